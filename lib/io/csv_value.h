/* Private: what a CSV cell means as a value. Run inside a c_locale scope. */
#ifndef EDUIND_IO_CSV_VALUE_H
#define EDUIND_IO_CSV_VALUE_H

#include "eduind/dataset.h"

/* Removes ASCII spaces and tabs at both ends, in place; returns s. */
char *csv_trim(char *s);

/* "" NA - — missing -> missing; n/a -> not applicable; "12.5%" -> 12.5 present; a strict
 * decimal number -> present. Returns 0 (and leaves the outputs alone) for anything else,
 * such as "1,234" or "12abc". text is trimmed in place, nothing else changes. */
int csv_value_parse(char *text, double *value, eduind_state *state);

#endif
