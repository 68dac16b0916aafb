/* Private: consistency-check rules, read from the "checks" arrays of catalogues and
 * datasets (docs/formats.md, "Checks"). */
#ifndef EDUIND_EVAL_CHECK_RULES_H
#define EDUIND_EVAL_CHECK_RULES_H

#include <stddef.h>
#include "eduind/eval.h"

typedef struct check_rule {
	eduind_check_kind kind;   /* SUM, SUBSET, SAME or TREND */
	char *id;                 /* as given, or generated ("sum:enrol.secondary") */
	/* sum: total = sum of parts */
	char *total;
	char **parts;
	size_t n_parts;
	/* subset: part <= whole */
	char *part;
	char *whole;
	/* same: a agrees with b * b_scale */
	char *a;
	char *b;
	double b_scale;           /* default 1 */
	int b_decimals;           /* -1 when not given */
	/* trend: |growth from the previous period| <= max_change_pct */
	char *variable;
	double max_change_pct;
	/* sum, subset, same: explicit allowance; NaN when not given */
	double tolerance;
} check_rule;

typedef struct check_rules {
	check_rule *items;
	size_t n;
	size_t cap;
} check_rules;

#define CHECK_RULES_INIT { NULL, 0, 0 }

/* Most rules one "checks" array may hold (a guard against absurd input). */
#define CHECK_RULES_MAX 100000

/*
 * Parses len bytes of JSON text holding a "checks" array and appends its rules to
 * rules. source names the owner in errors ("dataset", "catalogue"); paths read
 * "$.checks[3].parts[1]". Statuses: EDUIND_EPARSE (line/column), EDUIND_ESCHEMA (unknown
 * kind or member, wrong type, missing member, bad number), EDUIND_EDUPLICATE (a member
 * twice), EDUIND_ELIMIT, EDUIND_ENOMEM. On failure rules keeps what it had before.
 */
eduind_status cr_parse(check_rules *rules, const char *json, size_t len, const char *source,
                       eduind_error *err);

/* Half-unit allowance of a "same" rule: the explicit tolerance, else
 * 0.5 x 10^-b_decimals x b_scale, else 0. */
double cr_same_tolerance(const check_rule *r);

void cr_free(check_rules *rules);

#endif
