/* Reading files and parsing JSON text; the validation half is in json_get.c. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "io/c_locale.h"
#include "io/json_util.h"

static const char *reason(int code, char *buf, size_t size)
{
	/* XSI strerror_r: thread-safe, unlike strerror. */
	if (strerror_r(code, buf, size) != 0)
		snprintf(buf, size, "error %d", code);
	return buf;
}

eduind_status ju_read_file(const char *path, size_t limit, char **out, size_t *len,
                           eduind_error *err)
{
	FILE *f;
	char *buf = NULL;
	size_t used = 0, cap = 0;
	char why[128];

	if (out != NULL)
		*out = NULL;
	if (len != NULL)
		*len = 0;
	if (path == NULL || out == NULL)
		return eduind__fail(err, EDUIND_ENULL, "file name or output is NULL");
	f = fopen(path, "rb");
	if (f == NULL)
		return eduind__fail_at(err, EDUIND_EIO, path, 0, 0, NULL, "cannot open \"%s\": %s", path,
		                       reason(errno, why, sizeof why));
	for (;;) {
		size_t got;
		if (cap - used < 2) {
			size_t ncap = cap ? cap * 2 : 65536;
			char *p;
			if (cap > limit + 1) {
				fclose(f);
				free(buf);
				return eduind__fail_at(err, EDUIND_ELIMIT, path, 0, 0, NULL,
				                       "\"%s\" is larger than %zu bytes", path, limit);
			}
			p = realloc(buf, ncap);
			if (p == NULL) {
				fclose(f);
				free(buf);
				return eduind__fail_at(err, EDUIND_ENOMEM, path, 0, 0, NULL,
				                       "out of memory reading \"%s\"", path);
			}
			buf = p;
			cap = ncap;
		}
		got = fread(buf + used, 1, cap - used - 1, f);
		used += got;
		if (used > limit) {
			fclose(f);
			free(buf);
			return eduind__fail_at(err, EDUIND_ELIMIT, path, 0, 0, NULL,
			                       "\"%s\" is larger than %zu bytes", path, limit);
		}
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		int code = errno;
		fclose(f);
		free(buf);
		return eduind__fail_at(err, EDUIND_EIO, path, 0, 0, NULL, "cannot read \"%s\": %s", path,
		                       reason(code, why, sizeof why));
	}
	fclose(f);
	buf[used] = '\0';
	*out = buf;
	if (len != NULL)
		*len = used;
	return EDUIND_OK;
}

size_t ju_bom_length(const char *text, size_t len)
{
	if (text != NULL && len >= 3 && (unsigned char)text[0] == 0xEF &&
	    (unsigned char)text[1] == 0xBB && (unsigned char)text[2] == 0xBF)
		return 3;
	return 0;
}

/* 1-based line and byte column of offset pos in text. */
static void locate(const char *text, size_t pos, long *line, long *col)
{
	size_t i, start = 0;
	long l = 1;
	for (i = 0; i < pos; i++) {
		if (text[i] == '\n') {
			l++;
			start = i + 1;
		}
	}
	*line = l;
	*col = (long)(pos - start) + 1;
}

/* A printable excerpt of up to 24 bytes from pos, stopping at a line end. */
static void excerpt(const char *text, size_t len, size_t pos, char *buf, size_t size)
{
	size_t n = 0;
	while (pos + n < len && n < 24 && n + 1 < size && text[pos + n] != '\n' &&
	       text[pos + n] != '\r') {
		unsigned char ch = (unsigned char)text[pos + n];
		buf[n] = (ch < 0x20 || ch == 0x7F) ? ' ' : (char)ch;
		n++;
	}
	/* Do not end inside a multi-byte character. */
	if (pos + n < len && n > 0 && ((unsigned char)text[pos + n] & 0xC0) == 0x80) {
		while (n > 0 && ((unsigned char)buf[n - 1] & 0xC0) == 0x80)
			n--;
		if (n > 0 && ((unsigned char)buf[n - 1] & 0xC0) == 0xC0)
			n--;
	}
	buf[n] = '\0';
}

/* Deepest bracket nesting reached before pos, ignoring brackets inside strings. */
static long depth_before(const char *text, size_t pos)
{
	size_t i;
	long depth = 0, max = 0;
	int in_string = 0;
	for (i = 0; i < pos; i++) {
		char ch = text[i];
		if (in_string) {
			if (ch == '\\')
				i++;
			else if (ch == '"')
				in_string = 0;
		} else if (ch == '"') {
			in_string = 1;
		} else if (ch == '[' || ch == '{') {
			if (++depth > max)
				max = depth;
		} else if (ch == ']' || ch == '}') {
			depth--;
		}
	}
	return max;
}

static int only_space(const char *p, const char *end)
{
	for (; p < end; p++)
		if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			return 0;
	return 1;
}

static eduind_status syntax_error(const char *text, size_t len, size_t pos, const char *source,
                                  const char *what, eduind_error *err)
{
	long line, col;
	char near[32];
	locate(text, pos, &line, &col);
	if (pos >= len)
		return eduind__fail_at(err, EDUIND_EPARSE, source, line, col, NULL,
		                       "invalid JSON: unexpected end of input");
	excerpt(text, len, pos, near, sizeof near);
	return eduind__fail_at(err, EDUIND_EPARSE, source, line, col, NULL, "invalid JSON: %s near '%s'",
	                       what, near);
}

eduind_status ju_parse(const char *text, size_t len, const char *source, cJSON **out,
                       eduind_error *err)
{
	const char *end = NULL;
	size_t bom, pos;
	cJSON *root;
	c_locale_scope loc;

	if (out != NULL)
		*out = NULL;
	if (source == NULL)
		source = "<string>";
	if (out == NULL || (text == NULL && len > 0))
		return eduind__fail(err, EDUIND_ENULL, "JSON text or output is NULL");
	if (text == NULL)
		text = ""; /* NULL with length 0: empty input (no arithmetic on a null pointer) */
	if (len > JU_MAX_INPUT)
		return eduind__fail_at(err, EDUIND_ELIMIT, source, 0, 0, NULL,
		                       "input of %zu bytes is larger than the limit of %zu bytes", len,
		                       JU_MAX_INPUT);
	bom = ju_bom_length(text, len);
	if (only_space(text + bom, text + len))
		return eduind__fail_at(err, EDUIND_EPARSE, source, 1, 1, NULL, "invalid JSON: empty input");

	/* We never call cJSON_GetErrorPtr: the failure position comes from return_parse_end.
	 * Trailing text is checked here because cJSON's require_null_terminated only works
	 * when the length includes the NUL. */
	c_locale_enter(&loc);
	root = cJSON_ParseWithLengthOpts(text + bom, len - bom, &end, 0);
	c_locale_leave(&loc);

	if (end == NULL || end < text + bom || end > text + len)
		end = text + len;
	pos = (size_t)(end - text);
	if (root == NULL) {
		if (depth_before(text, pos) >= CJSON_NESTING_LIMIT) {
			long line, col;
			locate(text, pos, &line, &col);
			return eduind__fail_at(err, EDUIND_ELIMIT, source, line, col, NULL,
			                       "JSON nested deeper than %d levels", CJSON_NESTING_LIMIT);
		}
		/* cJSON sometimes stops just past the offending token, on the line end; point at
		 * the token instead. */
		while (pos > bom && pos < len && (text[pos] == '\n' || text[pos] == '\r'))
			pos--;
		return syntax_error(text, len, pos, source, "unexpected character", err);
	}
	while (pos < len && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' ||
	                     text[pos] == '\r'))
		pos++;
	if (pos < len) {
		cJSON_Delete(root);
		return syntax_error(text, len, pos, source, "unexpected text after the value", err);
	}
	*out = root;
	return EDUIND_OK;
}

eduind_status ju_parse_file(const char *path, cJSON **out, eduind_error *err)
{
	char *text = NULL;
	size_t len = 0;
	eduind_status st;
	if (out != NULL)
		*out = NULL;
	if (path == NULL || out == NULL)
		return eduind__fail(err, EDUIND_ENULL, "file name or output is NULL");
	st = ju_read_file(path, JU_MAX_INPUT, &text, &len, err);
	if (st != EDUIND_OK)
		return st;
	st = ju_parse(text, len, path, out, err);
	free(text);
	return st;
}
