#include <stdio.h>
#include <string.h>
#include "internal/error.h"

void eduind__copy_text(char *dst, size_t size, const char *src)
{
	size_t n;
	if (size == 0)
		return;
	if (src == NULL)
		src = "";
	n = strlen(src);
	if (n >= size) {
		n = size - 1;
		/* Never cut a multi-byte UTF-8 sequence in half: back up to a lead byte. */
		while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(dst, src, n);
	dst[n] = '\0';
}

static void set_message(eduind_error *err, const char *fmt, va_list ap) EDUIND_PRINTF(2, 0);

static void set_message(eduind_error *err, const char *fmt, va_list ap)
{
	char tmp[EDUIND_ERROR_MESSAGE_SIZE * 2];
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	eduind__copy_text(err->message, sizeof err->message, tmp);
}

eduind_status eduind__fail(eduind_error *err, eduind_status status, const char *fmt, ...)
{
	va_list ap;
	if (err == NULL)
		return status;
	eduind_error_clear(err);
	err->status = status;
	va_start(ap, fmt);
	set_message(err, fmt, ap);
	va_end(ap);
	return status;
}

eduind_status eduind__fail_at(eduind_error *err, eduind_status status, const char *source,
                              long line, long column, const char *path, const char *fmt, ...)
{
	va_list ap;
	if (err == NULL)
		return status;
	eduind_error_clear(err);
	err->status = status;
	eduind__copy_text(err->source, sizeof err->source, source);
	eduind__copy_text(err->path, sizeof err->path, path);
	err->line = line;
	err->column = column;
	va_start(ap, fmt);
	set_message(err, fmt, ap);
	va_end(ap);
	return status;
}

void eduind__error_set_source(eduind_error *err, const char *source)
{
	if (err != NULL && err->source[0] == '\0')
		eduind__copy_text(err->source, sizeof err->source, source);
}
