/* A growable text buffer: reports are built in memory and written in one go, so a
 * failure part-way never leaves half a report behind. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void tb_init(textbuf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->failed = 0;
}

void tb_free(textbuf *b)
{
	free(b->data);
	tb_init(b);
}

static int tb_reserve(textbuf *b, size_t extra)
{
	if (b->failed)
		return -1;
	if (b->len + extra + 1 <= b->cap)
		return 0;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->len + extra + 1) {
		if (cap > ((size_t)-1) / 2) {
			b->failed = 1;
			return -1;
		}
		cap *= 2;
	}
	char *p = realloc(b->data, cap);
	if (!p) {
		b->failed = 1;
		return -1;
	}
	b->data = p;
	b->cap = cap;
	return 0;
}

void tb_addn(textbuf *b, const char *s, size_t n)
{
	if (tb_reserve(b, n) != 0)
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void tb_add(textbuf *b, const char *s)
{
	if (s)
		tb_addn(b, s, strlen(s));
}

void tb_addc(textbuf *b, char c)
{
	tb_addn(b, &c, 1);
}

void tb_printf(textbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->failed = 1;
		va_end(ap2);
		return;
	}
	if (tb_reserve(b, (size_t)n) == 0) {
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
		b->len += (size_t)n;
	}
	va_end(ap2);
}

void tb_repeat(textbuf *b, const char *s, size_t times)
{
	for (size_t i = 0; i < times; i++)
		tb_add(b, s);
}

void tb_html(textbuf *b, const char *s)
{
	if (!s)
		return;
	for (; *s; s++) {
		switch (*s) {
		case '&': tb_add(b, "&amp;"); break;
		case '<': tb_add(b, "&lt;"); break;
		case '>': tb_add(b, "&gt;"); break;
		case '"': tb_add(b, "&quot;"); break;
		case '\'': tb_add(b, "&#39;"); break;
		default: tb_addc(b, *s); break;
		}
	}
}

void tb_json(textbuf *b, const char *s)
{
	if (!s) {
		tb_add(b, "null");
		return;
	}
	tb_addc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': tb_add(b, "\\\""); break;
		case '\\': tb_add(b, "\\\\"); break;
		case '\n': tb_add(b, "\\n"); break;
		case '\r': tb_add(b, "\\r"); break;
		case '\t': tb_add(b, "\\t"); break;
		default:
			if (*p < 0x20)
				tb_printf(b, "\\u%04x", *p);
			else
				tb_addc(b, (char)*p);
		}
	}
	tb_addc(b, '"');
}

void tb_csv(textbuf *b, const char *s)
{
	if (!s)
		return;
	/* Quote fields that hold separators, quotes, line breaks or edge spaces; a leading
	 * '=', '+', '-' or '@' is left as is: the values are ours, not user formulas. */
	int quote = strpbrk(s, ",\"\r\n") != NULL || (*s == ' ') || (*s && s[strlen(s) - 1] == ' ');
	if (!quote) {
		tb_add(b, s);
		return;
	}
	tb_addc(b, '"');
	for (; *s; s++) {
		if (*s == '"')
			tb_addc(b, '"');
		tb_addc(b, *s);
	}
	tb_addc(b, '"');
}

void tb_md(textbuf *b, const char *s)
{
	if (!s)
		return;
	for (; *s; s++) {
		if (*s == '|')
			tb_add(b, "\\|");
		else if (*s == '\n' || *s == '\r')
			tb_addc(b, ' ');
		else
			tb_addc(b, *s);
	}
}

void tb_json_number(textbuf *b, double v)
{
	if (!isfinite(v)) {
		tb_add(b, "null");
		return;
	}
	char tmp[64];
	/* Shortest text that reads back to the same double. */
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(tmp, sizeof tmp, "%.*g", prec, v);
		if (strtod(tmp, NULL) == v)
			break;
	}
	tb_add(b, tmp);
}
