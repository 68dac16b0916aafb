/* Terminal tables: columns aligned by display width (a Chinese character takes two
 * cells, a combining mark none), long text cut with "…", colour only when asked. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "cli.h"

struct table {
	size_t n_cols;
	char **headers;
	char **cells;          /* row-major, n_rows * n_cols */
	unsigned char *styles; /* cell_style per cell */
	size_t n_rows;
	size_t cap_rows;
	unsigned char *right;
	size_t *max_width;     /* 0 = unlimited */
	int failed;
};

/* Width of the character at s (len bytes available); *adv receives its byte length. */
static int char_width(const char *s, size_t len, size_t *adv)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &cp);
	if (n <= 0) {
		*adv = 1;   /* invalid byte: shown as one replacement cell */
		return 1;
	}
	*adv = (size_t)n;
	if (cp < 0x20 || cp == 0x7f)
		return 0;
	return utf8proc_charwidth(cp);
}

size_t text_width(const char *s)
{
	size_t w = 0;
	size_t len = strlen(s);
	while (len > 0) {
		size_t adv;
		w += (size_t)char_width(s, len, &adv);
		s += adv;
		len -= adv;
	}
	return w;
}

/* Bytes of s that fit in width cells, leaving room for the ellipsis when cut. */
static size_t fit_bytes(const char *s, size_t width, size_t *used)
{
	size_t total = text_width(s);
	if (total <= width) {
		*used = total;
		return strlen(s);
	}
	size_t w = 0, bytes = 0, len = strlen(s);
	while (bytes < len) {
		size_t adv;
		int cw = char_width(s + bytes, len - bytes, &adv);
		if (w + (size_t)cw + 1 > width)
			break;
		w += (size_t)cw;
		bytes += adv;
	}
	*used = w;
	return bytes;
}

static char *dup_text(const char *s)
{
	if (!s)
		s = "";
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	if (d)
		memcpy(d, s, n);
	return d;
}

table *table_new(size_t n_cols, const char *const *headers)
{
	table *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->n_cols = n_cols;
	t->headers = calloc(n_cols, sizeof *t->headers);
	t->right = calloc(n_cols, 1);
	t->max_width = calloc(n_cols, sizeof *t->max_width);
	if (!t->headers || !t->right || !t->max_width) {
		table_free(t);
		return NULL;
	}
	for (size_t c = 0; c < n_cols; c++) {
		t->headers[c] = dup_text(headers[c]);
		if (!t->headers[c]) {
			table_free(t);
			return NULL;
		}
	}
	return t;
}

void table_free(table *t)
{
	if (!t)
		return;
	if (t->headers) {
		for (size_t c = 0; c < t->n_cols; c++)
			free(t->headers[c]);
	}
	for (size_t i = 0; i < t->n_rows * t->n_cols; i++)
		free(t->cells[i]);
	free(t->headers);
	free(t->cells);
	free(t->styles);
	free(t->right);
	free(t->max_width);
	free(t);
}

void table_align_right(table *t, size_t col)
{
	if (col < t->n_cols)
		t->right[col] = 1;
}

void table_max_width(table *t, size_t col, size_t width)
{
	if (col < t->n_cols)
		t->max_width[col] = width < 2 ? 2 : width;
}

int table_add_row(table *t, const char *const *cells)
{
	if (t->failed)
		return -1;
	if (t->n_rows == t->cap_rows) {
		size_t cap = t->cap_rows ? t->cap_rows * 2 : 16;
		char **c = realloc(t->cells, cap * t->n_cols * sizeof *c);
		if (!c) {
			t->failed = 1;
			return -1;
		}
		t->cells = c;
		unsigned char *s = realloc(t->styles, cap * t->n_cols);
		if (!s) {
			t->failed = 1;
			return -1;
		}
		t->styles = s;
		t->cap_rows = cap;
	}
	size_t base = t->n_rows * t->n_cols;
	for (size_t c = 0; c < t->n_cols; c++) {
		t->cells[base + c] = dup_text(cells[c]);
		t->styles[base + c] = STYLE_NONE;
		if (!t->cells[base + c]) {
			for (size_t k = 0; k < c; k++)
				free(t->cells[base + k]);
			t->failed = 1;
			return -1;
		}
	}
	t->n_rows++;
	return 0;
}

void table_style_cell(table *t, size_t col, cell_style style)
{
	if (t->n_rows > 0 && col < t->n_cols)
		t->styles[(t->n_rows - 1) * t->n_cols + col] = (unsigned char)style;
}

size_t table_rows(const table *t)
{
	return t->n_rows;
}

static const char *style_code(cell_style s)
{
	switch (s) {
	case STYLE_GOOD: return "\033[32m";
	case STYLE_BAD: return "\033[1;31m";
	case STYLE_WARN: return "\033[33m";
	case STYLE_DIM: return "\033[2m";
	case STYLE_BOLD: return "\033[1m";
	default: return NULL;
	}
}

/* Ends a line without trailing blanks (an empty last column leaves padding behind). */
static void end_line(textbuf *out)
{
	while (!out->failed && out->len > 0 && out->data[out->len - 1] == ' ')
		out->data[--out->len] = '\0';
	tb_addc(out, '\n');
}

static void put_cell(textbuf *out, const char *text, size_t width, size_t limit, int right,
                     cell_style style, int color, int last)
{
	size_t used;
	size_t bytes = fit_bytes(text, limit ? limit : (size_t)-1, &used);
	int cut = bytes < strlen(text);
	size_t shown = used + (cut ? 1 : 0);
	size_t pad = width > shown ? width - shown : 0;
	const char *code = color ? style_code(style) : NULL;
	if (right)
		tb_repeat(out, " ", pad);
	if (code)
		tb_add(out, code);
	tb_addn(out, text, bytes);
	if (cut)
		tb_add(out, "…");
	if (code)
		tb_add(out, "\033[0m");
	/* No trailing spaces after the last column. */
	if (!right && !last)
		tb_repeat(out, " ", pad);
}

void table_render(const table *t, textbuf *out, int color)
{
	if (t->failed) {
		out->failed = 1;
		return;
	}
	size_t *w = calloc(t->n_cols, sizeof *w);
	if (!w) {
		out->failed = 1;
		return;
	}
	for (size_t c = 0; c < t->n_cols; c++) {
		size_t hw = text_width(t->headers[c]);
		w[c] = hw;
		for (size_t r = 0; r < t->n_rows; r++) {
			size_t cw = text_width(t->cells[r * t->n_cols + c]);
			if (cw > w[c])
				w[c] = cw;
		}
		if (t->max_width[c] && w[c] > t->max_width[c])
			w[c] = t->max_width[c] > hw ? t->max_width[c] : hw;
	}
	for (size_t c = 0; c < t->n_cols; c++) {
		put_cell(out, t->headers[c], w[c], w[c], t->right[c], STYLE_BOLD, color,
		         c + 1 == t->n_cols);
		if (c + 1 < t->n_cols)
			tb_add(out, "  ");
		else
			end_line(out);
	}
	for (size_t c = 0; c < t->n_cols; c++) {
		tb_repeat(out, "-", w[c]);
		tb_add(out, c + 1 < t->n_cols ? "  " : "\n");
	}
	for (size_t r = 0; r < t->n_rows; r++) {
		for (size_t c = 0; c < t->n_cols; c++) {
			size_t i = r * t->n_cols + c;
			put_cell(out, t->cells[i], w[c], w[c], t->right[c], (cell_style)t->styles[i], color,
			         c + 1 == t->n_cols);
			if (c + 1 < t->n_cols)
				tb_add(out, "  ");
			else
				end_line(out);
		}
	}
	free(w);
}
