/**
 * @file eduind/plan.h
 * @brief Target plans: what each indicator should reach, by when, and how binding.
 *
 * A plan (JSON format "eduind-plan", docs/formats.md) lists targets: indicator,
 * entity, year, comparison, value(s), binding (约束性) or expected (预期性), source.
 * Whether a target is judged on the published (rounded to the indicator's decimals)
 * value or on the raw value is explicit; the default is published, because inspectors
 * compare the printed figure.
 *
 * Ownership and threads: as for catalogues (immutable once loaded, shareable).
 */
#ifndef EDUIND_PLAN_H
#define EDUIND_PLAN_H

#include <stddef.h>
#include "eduind/export.h"
#include "eduind/status.h"

EDUIND_BEGIN_DECL

typedef struct eduind_plan eduind_plan;
typedef struct eduind_target eduind_target;

/** How a value is compared with its target. JSON spellings in brackets. */
typedef enum eduind_comparison {
	EDUIND_CMP_GE = 0,       /**< value >= target [">="] */
	EDUIND_CMP_LE,           /**< value <= target ["<="] */
	EDUIND_CMP_GT,           /**< value > target [">"] */
	EDUIND_CMP_LT,           /**< value < target ["<"] */
	EDUIND_CMP_EQ,           /**< value == target (on the judged rounding) ["="] */
	EDUIND_CMP_BETWEEN,      /**< target <= value <= target_high ["between"] */
	EDUIND_CMP_INCREASE,     /**< value > value of the previous year (比上年增长) ["increase"] */
	EDUIND_CMP_NOT_DECREASE, /**< value >= value of the previous year (只增不减) ["not_decrease"] */
	EDUIND_CMP_APPROX,       /**< |value - target| <= tolerance (大体相当) ["approx"] */
	EDUIND_CMP_ELIMINATE     /**< value <= ceiling, default 0 (基本消除) ["eliminate"] */
} eduind_comparison;

/** Binding force of a target. */
typedef enum eduind_binding {
	EDUIND_BINDING_NONE = 0, /**< not stated ["none"] */
	EDUIND_BINDING_BINDING,  /**< 约束性 ["binding"] */
	EDUIND_BINDING_EXPECTED  /**< 预期性 ["expected"] */
} eduind_binding;

/** Loads a plan. *out is NULL on failure. Same statuses as the catalogue loaders. */
EDUIND_EXTERN(eduind_status) eduind_plan_load_file(eduind_plan **out, const char *path, eduind_error *err);
EDUIND_EXTERN(eduind_status) eduind_plan_load_string(eduind_plan **out, const char *json, size_t len,
                                                     eduind_error *err);
EDUIND_EXTERN(eduind_status) eduind_plan_to_json(const eduind_plan *plan, char **out);
EDUIND_EXTERN(void) eduind_plan_free(eduind_plan *plan);

EDUIND_EXTERN(const char *) eduind_plan_name(const eduind_plan *plan);
EDUIND_EXTERN(const char *) eduind_plan_source(const eduind_plan *plan);
/** Baseline year of the plan (e.g. 2020), 0 if not stated. */
EDUIND_EXTERN(int) eduind_plan_baseline_year(const eduind_plan *plan);
EDUIND_EXTERN(size_t) eduind_plan_count(const eduind_plan *plan);
EDUIND_EXTERN(const eduind_target *) eduind_plan_at(const eduind_plan *plan, size_t i);

EDUIND_EXTERN(const char *) eduind_target_indicator(const eduind_target *t);
EDUIND_EXTERN(const char *) eduind_target_entity(const eduind_target *t);
EDUIND_EXTERN(int) eduind_target_year(const eduind_target *t);
EDUIND_EXTERN(eduind_comparison) eduind_target_comparison(const eduind_target *t);
/** Target value (the ceiling for eliminate; NaN for increase/not_decrease). */
EDUIND_EXTERN(double) eduind_target_value(const eduind_target *t);
/** Upper bound for between; NaN otherwise. */
EDUIND_EXTERN(double) eduind_target_value_high(const eduind_target *t);
/** Tolerance for approx; 0 otherwise. */
EDUIND_EXTERN(double) eduind_target_tolerance(const eduind_target *t);
EDUIND_EXTERN(eduind_binding) eduind_target_binding(const eduind_target *t);
/** 1 when judged on the published rounding (default), 0 when on the raw value. */
EDUIND_EXTERN(int) eduind_target_judge_rounded(const eduind_target *t);
EDUIND_EXTERN(const char *) eduind_target_source(const eduind_target *t);
EDUIND_EXTERN(const char *) eduind_target_note(const eduind_target *t);

EDUIND_EXTERN(const char *) eduind_comparison_name(eduind_comparison cmp);
/** Short symbol for display: ">=", "<=", "between", "↑", "≥prev", "≈", "≤ceiling". */
EDUIND_EXTERN(const char *) eduind_comparison_symbol(eduind_comparison cmp);
EDUIND_EXTERN(const char *) eduind_binding_name(eduind_binding b);

EDUIND_END_DECL

#endif /* EDUIND_PLAN_H */
