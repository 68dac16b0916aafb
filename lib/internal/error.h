/* Private: filling the caller's eduind_error record. Never prints, never global. */
#ifndef EDUIND_INTERNAL_ERROR_H
#define EDUIND_INTERNAL_ERROR_H

#include <stdarg.h>
#include "eduind/status.h"

#if defined(__GNUC__)
#  define EDUIND_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#  define EDUIND_PRINTF(f, a)
#endif

/* Sets status and message (printf-style); clears source, path, line and column.
 * Returns status so callers can write: return eduind__fail(err, EDUIND_EINVAL, "...").
 * err may be NULL. */
eduind_status eduind__fail(eduind_error *err, eduind_status status, const char *fmt, ...)
	EDUIND_PRINTF(3, 4);

/* Same, with the location of the problem (any of source/path may be NULL, line/col 0). */
eduind_status eduind__fail_at(eduind_error *err, eduind_status status, const char *source,
                              long line, long column, const char *path, const char *fmt, ...)
	EDUIND_PRINTF(7, 8);

/* Fills in the source (file name) of an error that is already set, if it has none. */
void eduind__error_set_source(eduind_error *err, const char *source);

/* Copies src into a fixed buffer, truncating on a UTF-8 character boundary. */
void eduind__copy_text(char *dst, size_t size, const char *src);

#endif
