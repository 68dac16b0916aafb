/* Private: building a plan (lib/io/json_plan.c) with the model's own validation, so any
 * future constructor applies the same rules. */
#ifndef EDUIND_MODEL_PLAN_BUILD_H
#define EDUIND_MODEL_PLAN_BUILD_H

#include <stddef.h>
#include "eduind/plan.h"

struct eduind_target {
	char *indicator;
	char *entity;
	int year;
	eduind_comparison comparison;
	double value;      /* NaN when the comparison takes none */
	double value_high; /* NaN unless between */
	double tolerance;  /* 0 unless approx */
	eduind_binding binding;
	int judge_rounded;
	char *source; /* "" when none */
	char *note;
};

/* What a caller supplies for a new target (strings are copied). */
typedef struct plan_target_spec {
	const char *indicator;
	const char *entity;
	int year;
	eduind_comparison comparison;
	double value;
	double value_high;
	double tolerance;
	eduind_binding binding;
	int judge_rounded;
	const char *source; /* NULL or "" when none */
	const char *note;
} plan_target_spec;

eduind_status plan_new(eduind_plan **out);
/* Copies the texts (NULL keeps ""). */
eduind_status plan_set_info(eduind_plan *plan, const char *name, const char *source,
                            int baseline_year);
/* Checks t (see plan_check_target) and appends a copy of it. */
eduind_status plan_add_target(eduind_plan *plan, const plan_target_spec *t);

/* Rules every target obeys. On failure returns EDUIND_EINVAL, names the offending JSON
 * member in *member ("value", "value_high", "tolerance", "year", ...) and explains in why. */
eduind_status plan_check_target(const plan_target_spec *t, const char **member, char *why,
                                size_t why_size);

/* Parses a comparison / binding spelling; 0 if unknown. */
int plan_comparison_from_name(const char *name, eduind_comparison *out);
int plan_binding_from_name(const char *name, eduind_binding *out);

#endif
