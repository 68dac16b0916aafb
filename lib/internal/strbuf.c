#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal/strbuf.h"

static int sb_reserve(strbuf *sb, size_t extra)
{
	size_t need, cap;
	char *p;
	if (sb->failed)
		return 0;
	need = sb->len + extra + 1;
	if (need <= sb->cap)
		return 1;
	cap = sb->cap ? sb->cap : 256;
	while (cap < need) {
		if (cap > ((size_t)-1) / 2) {
			sb->failed = 1;
			return 0;
		}
		cap *= 2;
	}
	p = realloc(sb->data, cap);
	if (p == NULL) {
		sb->failed = 1;
		return 0;
	}
	sb->data = p;
	sb->cap = cap;
	return 1;
}

void sb_append_n(strbuf *sb, const char *s, size_t n)
{
	if (!sb_reserve(sb, n))
		return;
	memcpy(sb->data + sb->len, s, n);
	sb->len += n;
	sb->data[sb->len] = '\0';
}

void sb_append(strbuf *sb, const char *s)
{
	sb_append_n(sb, s ? s : "", strlen(s ? s : ""));
}

void sb_append_char(strbuf *sb, char c)
{
	sb_append_n(sb, &c, 1);
}

void sb_printf(strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	int n;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		sb->failed = 1;
		return;
	}
	if (!sb_reserve(sb, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	sb->len += (size_t)n;
}

void sb_append_json_string(strbuf *sb, const char *s)
{
	const unsigned char *p;
	if (s == NULL) {
		sb_append(sb, "null");
		return;
	}
	sb_append_char(sb, '"');
	for (p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': sb_append(sb, "\\\""); break;
		case '\\': sb_append(sb, "\\\\"); break;
		case '\n': sb_append(sb, "\\n"); break;
		case '\r': sb_append(sb, "\\r"); break;
		case '\t': sb_append(sb, "\\t"); break;
		default:
			if (*p < 0x20)
				sb_printf(sb, "\\u%04x", *p);
			else
				sb_append_char(sb, (char)*p);
		}
	}
	sb_append_char(sb, '"');
}

void sb_append_csv_field(strbuf *sb, const char *s)
{
	const char *p;
	if (s == NULL)
		s = "";
	if (strpbrk(s, ",\"\r\n") == NULL) {
		sb_append(sb, s);
		return;
	}
	sb_append_char(sb, '"');
	for (p = s; *p; p++) {
		if (*p == '"')
			sb_append_char(sb, '"');
		sb_append_char(sb, *p);
	}
	sb_append_char(sb, '"');
}

eduind_status sb_finish(strbuf *sb, char **out)
{
	if (sb->failed) {
		sb_free(sb);
		*out = NULL;
		return EDUIND_ENOMEM;
	}
	if (sb->data == NULL && !sb_reserve(sb, 0)) {
		*out = NULL;
		return EDUIND_ENOMEM;
	}
	if (sb->len == 0)
		sb->data[0] = '\0';
	*out = sb->data;
	sb->data = NULL;
	sb->len = sb->cap = 0;
	return EDUIND_OK;
}

void sb_free(strbuf *sb)
{
	free(sb->data);
	sb->data = NULL;
	sb->len = sb->cap = 0;
}
