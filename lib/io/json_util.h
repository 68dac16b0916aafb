/* Private: the shared front end of every JSON loader (catalogue, dataset, plan, ...).
 *
 * Two halves:
 *  - reading and parsing: whole files with clear I/O messages, a size limit, a UTF-8 BOM
 *    skipped, syntax errors reported as EDUIND_EPARSE with 1-based line and column and a
 *    short excerpt;
 *  - content validation: a JSON path that follows the walk ("$.indicators[3].name.zh")
 *    and typed getters that fail with EDUIND_ESCHEMA, that path and a short message.
 *
 * Thread safety: nothing here keeps state between calls. cJSON 1.7.15 writes a static
 * global_error on every parse; we never read it (cJSON_GetErrorPtr) and take the error
 * position from return_parse_end instead, so concurrent parses give correct results.
 */
#ifndef EDUIND_IO_JSON_UTIL_H
#define EDUIND_IO_JSON_UTIL_H

#include <stddef.h>
#include <cjson/cJSON.h>
#include "eduind/status.h"
#include "internal/error.h"

/* Largest input any loader accepts (bytes); bigger input is EDUIND_ELIMIT. */
#define JU_MAX_INPUT ((size_t)256 * 1024 * 1024)

/* ---- Reading and parsing -------------------------------------------------------------- */

/* Reads a whole file into a NUL-terminated buffer (free with free()). Files larger than
 * limit are EDUIND_ELIMIT; open/read failures are EDUIND_EIO naming the file and the
 * system's reason. On failure *out is NULL. */
eduind_status ju_read_file(const char *path, size_t limit, char **out, size_t *len,
                           eduind_error *err);

/* Returns the number of bytes of a UTF-8 byte order mark at the start of text (0 or 3). */
size_t ju_bom_length(const char *text, size_t len);

/* Parses len bytes of JSON (need not be NUL-terminated; a leading BOM is skipped).
 * source names the input in messages (a file name or "<string>"). Syntax errors are
 * EDUIND_EPARSE with line, column and an excerpt; nesting beyond cJSON's limit and input
 * beyond JU_MAX_INPUT are EDUIND_ELIMIT. Numbers are read in the "C" locale. On failure
 * *out is NULL. */
eduind_status ju_parse(const char *text, size_t len, const char *source, cJSON **out,
                       eduind_error *err);

/* ju_read_file + ju_parse, with the file name as source. */
eduind_status ju_parse_file(const char *path, cJSON **out, eduind_error *err);

/* ---- Content validation with JSON paths ----------------------------------------------- */

#define JU_PATH_CAP 512

/* Where the walk is. Build on the stack with ju_init; push a key or an index before
 * looking at a member, pop back to the mark afterwards. */
typedef struct ju_ctx {
	eduind_error *err;  /* may be NULL */
	const char *source; /* file name or "<string>", for messages */
	size_t len;
	char path[JU_PATH_CAP];
} ju_ctx;

void ju_init(ju_ctx *c, eduind_error *err, const char *source);
/* Appends ".key" (or ["key"] when key is not a plain identifier); returns the mark. */
size_t ju_push_key(ju_ctx *c, const char *key);
/* Appends "[i]"; returns the mark. */
size_t ju_push_index(ju_ctx *c, size_t i);
void ju_pop(ju_ctx *c, size_t mark);
const char *ju_path(const ju_ctx *c);

/* Fails with status, the current path and a printf-style message. */
eduind_status ju_fail(ju_ctx *c, eduind_status status, const char *fmt, ...) EDUIND_PRINTF(3, 4);
/* Same, with the path of obj's member key (the current path + key). */
eduind_status ju_fail_member(ju_ctx *c, const char *key, eduind_status status, const char *fmt,
                             ...) EDUIND_PRINTF(4, 5);

/* Type checks of the item at the current path (EDUIND_ESCHEMA "expected a string"...). */
eduind_status ju_as_string(ju_ctx *c, const cJSON *item, const char **out);
eduind_status ju_as_number(ju_ctx *c, const cJSON *item, double *out); /* finite only */
eduind_status ju_as_int(ju_ctx *c, const cJSON *item, long lo, long hi, long *out);
eduind_status ju_as_object(ju_ctx *c, const cJSON *item);
eduind_status ju_as_array(ju_ctx *c, const cJSON *item);

/* Member getters (case-sensitive names). Required ones fail when the member is absent;
 * required strings must also be non-empty. Optional ones leave *out untouched when the
 * member is absent (object/array getters set *out to NULL then). A member that is
 * present with the wrong type (null included) is an error either way. */
eduind_status ju_req_string(ju_ctx *c, const cJSON *obj, const char *key, const char **out);
eduind_status ju_opt_string(ju_ctx *c, const cJSON *obj, const char *key, const char **out);
eduind_status ju_req_number(ju_ctx *c, const cJSON *obj, const char *key, double *out);
eduind_status ju_opt_number(ju_ctx *c, const cJSON *obj, const char *key, double *out);
eduind_status ju_req_int(ju_ctx *c, const cJSON *obj, const char *key, long lo, long hi, long *out);
eduind_status ju_opt_int(ju_ctx *c, const cJSON *obj, const char *key, long lo, long hi, long *out);
eduind_status ju_req_object(ju_ctx *c, const cJSON *obj, const char *key, const cJSON **out);
eduind_status ju_opt_object(ju_ctx *c, const cJSON *obj, const char *key, const cJSON **out);
eduind_status ju_req_array(ju_ctx *c, const cJSON *obj, const char *key, const cJSON **out);
eduind_status ju_opt_array(ju_ctx *c, const cJSON *obj, const char *key, const cJSON **out);

/* Fails unless every member of obj is in the NULL-terminated list known, or starts with
 * "x_" or "_" (free for users' notes). A member named twice is EDUIND_EDUPLICATE. */
eduind_status ju_check_members(ju_ctx *c, const cJSON *obj, const char *const *known);

/* Checks the document header: root is an object, "format" equals format (else
 * EDUIND_ESCHEMA), "version" is an integer from 1 to max_version (else EDUIND_EVERSION).
 * version may be NULL. */
eduind_status ju_check_header(ju_ctx *c, const cJSON *root, const char *format, int max_version,
                              int *version);

#endif
