/* Private: the checks that need no rule (lib/eval/check_builtin.c) and the helpers
 * consistency.c shares with them. */
#ifndef EDUIND_EVAL_CHECK_BUILTIN_H
#define EDUIND_EVAL_CHECK_BUILTIN_H

#include <stddef.h>
#include "eduind/eval.h"
#include "internal/error.h"

/* A malloc'ed printf-style message, NULL when out of memory. */
char *ck_message(const char *fmt, ...) EDUIND_PRINTF(1, 2);

/* Reads the total of variable index v (DS_NONE allowed) for entity index e in period;
 * 1 with *out set when it carries a finite number, else 0. */
int ck_read(const eduind_dataset *ds, size_t e, int period, size_t v, double *out);

/* Negative stored values, except for variables the catalogue (may be NULL) declares with
 * a unit that can be negative ("pp", "number", "percent"). Rule "bound:VARIABLE". */
eduind_status ck_negative_values(eduind_findings *f, const eduind_catalog *cat, const eduind_dataset *ds);

/* Over the results: proportions outside 0..scale (rule "bound:INDICATOR"), and computed
 * values that disagree with their published figure (eduind_result.reported_value, from
 * the indicator's "reported" variable) beyond half a unit of the indicator's decimals
 * (rule "reported:INDICATOR"). */
eduind_status ck_results(eduind_findings *f, const eduind_catalog *cat, const eduind_results *res);

#endif
