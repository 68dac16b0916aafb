#include <csv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal/error.h"
#include "io/csv_rows.h"
#include "io/json_util.h"

typedef struct reader {
	const char *source;
	eduind_error *err;
	csv_row_fn fn;
	void *user;
	eduind_status status; /* first failure; later callbacks do nothing */

	char *buf;            /* the current row's fields, each NUL-terminated */
	size_t used, cap;
	size_t *offsets;
	char **fields;
	size_t n_fields, cap_fields;
	size_t width;         /* field count of the first row, 0 before it */

	long line;            /* line the next character is on */
	long row_line;        /* line the current row started on */
	int after_cr;         /* the last line end seen was a CR (CRLF counts once) */
} reader;

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t ncap;
	void *np;
	if (need <= *cap)
		return 1;
	ncap = *cap ? *cap * 2 : 16;
	while (ncap < need)
		ncap *= 2;
	np = realloc(*p, ncap * elem);
	if (np == NULL)
		return 0;
	*p = np;
	*cap = ncap;
	return 1;
}

static void fail(reader *r, eduind_status st, long line, const char *fmt, ...) EDUIND_PRINTF(4, 5);

static void fail(reader *r, eduind_status st, long line, const char *fmt, ...)
{
	char msg[EDUIND_ERROR_MESSAGE_SIZE];
	va_list ap;
	if (r->status != EDUIND_OK)
		return;
	r->status = st;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	eduind__fail_at(r->err, st, r->source, line, 0, NULL, "%s", msg);
}

/* Counts the line ends inside a (quoted) field, so later rows keep true line numbers. */
static void count_lines(reader *r, const char *s, size_t len)
{
	size_t i;
	for (i = 0; i < len; i++) {
		if (s[i] == '\n') {
			if (!(i > 0 && s[i - 1] == '\r'))
				r->line++;
		} else if (s[i] == '\r') {
			r->line++;
		}
	}
}

static void on_field(void *s, size_t len, void *data)
{
	reader *r = data;
	const char *text = s != NULL ? s : "";
	if (r->status != EDUIND_OK)
		return;
	if (r->n_fields == 0)
		r->row_line = r->line;
	r->after_cr = 0;
	if (memchr(text, '\0', len) != NULL) {
		fail(r, EDUIND_EPARSE, r->line, "NUL byte in field %zu", r->n_fields + 1);
		return;
	}
	count_lines(r, text, len);
	if (!grow((void **)&r->buf, &r->cap, r->used + len + 1, 1) ||
	    !grow((void **)&r->offsets, &r->cap_fields, r->n_fields + 1, sizeof *r->offsets)) {
		fail(r, EDUIND_ENOMEM, r->line, "out of memory reading CSV");
		return;
	}
	memcpy(r->buf + r->used, text, len);
	r->buf[r->used + len] = '\0';
	r->offsets[r->n_fields++] = r->used;
	r->used += len + 1;
}

static void on_row(int c, void *data)
{
	reader *r = data;
	size_t i, cap_ptrs;
	char **ptrs;
	if (c == '\r') {
		r->line++;
		r->after_cr = 1;
	} else if (c == '\n') {
		if (!r->after_cr)
			r->line++;
		r->after_cr = 0;
	}
	if (r->status != EDUIND_OK || r->n_fields == 0)
		return; /* a blank line, or an earlier failure */
	if (r->width == 0) {
		r->width = r->n_fields;
	} else if (r->n_fields != r->width) {
		fail(r, EDUIND_EPARSE, r->row_line, "row has %zu fields, the header has %zu", r->n_fields,
		     r->width);
		return;
	}
	cap_ptrs = r->n_fields;
	ptrs = realloc(r->fields, cap_ptrs * sizeof *r->fields);
	if (ptrs == NULL) {
		fail(r, EDUIND_ENOMEM, r->row_line, "out of memory reading CSV");
		return;
	}
	r->fields = ptrs;
	for (i = 0; i < r->n_fields; i++)
		r->fields[i] = r->buf + r->offsets[i];
	r->status = r->fn(r->user, r->fields, r->n_fields, r->row_line);
	r->n_fields = 0;
	r->used = 0;
}

/* Line of the byte at pos, for libcsv's quoting errors. */
static long line_at(const char *text, size_t pos)
{
	size_t i;
	long line = 1;
	for (i = 0; i < pos; i++)
		if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= pos || text[i + 1] != '\n')))
			line++;
	return line;
}

eduind_status csv_read_rows(const char *text, size_t len, char delimiter, const char *source,
                            csv_row_fn fn, void *user, eduind_error *err)
{
	struct csv_parser p;
	reader r;
	size_t bom, done;
	int fini;

	if (text == NULL || fn == NULL)
		return eduind__fail(err, EDUIND_ENULL, "CSV text is NULL");
	if (len > JU_MAX_INPUT)
		return eduind__fail_at(err, EDUIND_ELIMIT, source, 0, 0, NULL,
		                       "CSV input of %zu bytes is larger than the limit of %zu bytes", len,
		                       JU_MAX_INPUT);
	memset(&r, 0, sizeof r);
	r.source = source;
	r.err = err;
	r.fn = fn;
	r.user = user;
	r.line = 1;
	r.status = EDUIND_OK;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_REPALL_NL) != 0)
		return eduind__fail(err, EDUIND_ENOMEM, "out of memory");
	csv_set_delim(&p, (unsigned char)delimiter);
	bom = ju_bom_length(text, len);
	done = csv_parse(&p, text + bom, len - bom, on_field, on_row, &r);
	if (r.status == EDUIND_OK && done != len - bom) {
		if (csv_error(&p) == CSV_EPARSE)
			fail(&r, EDUIND_EPARSE, line_at(text, bom + done),
			     "malformed CSV quoting (a quote inside an unquoted field, or text after a "
			     "closing quote)");
		else
			fail(&r, EDUIND_ENOMEM, r.line, "out of memory reading CSV");
	}
	if (r.status == EDUIND_OK) {
		fini = csv_fini(&p, on_field, on_row, &r);
		if (r.status == EDUIND_OK && fini != 0)
			fail(&r, EDUIND_EPARSE, r.row_line ? r.row_line : r.line,
			     "unterminated quoted field at the end of the input");
	}
	csv_free(&p);
	free(r.buf);
	free(r.offsets);
	free(r.fields);
	return r.status;
}
