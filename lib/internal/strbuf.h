/* Private: a growable string builder for serialisers. Out-of-memory is sticky:
 * after a failed append every later append is a no-op and sb_finish reports it. */
#ifndef EDUIND_INTERNAL_STRBUF_H
#define EDUIND_INTERNAL_STRBUF_H

#include <stddef.h>
#include "eduind/status.h"
#include "internal/error.h"

typedef struct strbuf {
	char *data;
	size_t len;
	size_t cap;
	int failed;
} strbuf;

#define STRBUF_INIT { NULL, 0, 0, 0 }

void sb_append(strbuf *sb, const char *s);
void sb_append_n(strbuf *sb, const char *s, size_t n);
void sb_append_char(strbuf *sb, char c);
void sb_printf(strbuf *sb, const char *fmt, ...) EDUIND_PRINTF(2, 3);
/* Appends s as a JSON string literal with quotes and escapes. NULL appends null. */
void sb_append_json_string(strbuf *sb, const char *s);
/* Appends s as one CSV field, quoted when it holds a comma, quote or newline. */
void sb_append_csv_field(strbuf *sb, const char *s);
/* Hands the text to *out (caller frees with eduind_free); EDUIND_ENOMEM on failure. */
eduind_status sb_finish(strbuf *sb, char **out);
void sb_free(strbuf *sb);

#endif
