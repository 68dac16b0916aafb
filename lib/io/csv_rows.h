/* Private: CSV text -> rows of NUL-terminated fields with their line numbers, on top of
 * libcsv (strict quoting). Blank lines are skipped; a row whose field count differs from
 * the first row's is an error, as are NUL bytes and malformed quoting. */
#ifndef EDUIND_IO_CSV_ROWS_H
#define EDUIND_IO_CSV_ROWS_H

#include <stddef.h>
#include "eduind/status.h"

/* Called once per row; fields are valid during the call only. line is the 1-based line
 * where the row starts. A non-OK return stops the reading and is passed on (the
 * callback fills err itself). */
typedef eduind_status (*csv_row_fn)(void *user, char **fields, size_t n, long line);

/* Reads text (a leading UTF-8 BOM is skipped). source names the input in messages. */
eduind_status csv_read_rows(const char *text, size_t len, char delimiter, const char *source,
                            csv_row_fn fn, void *user, eduind_error *err);

#endif
