/* Private: the pure logic of target judgement (lib/eval/judge.c builds on it).
 *
 * Everything here works on values that are already "as judged": rounded to the
 * published decimals, or raw when the target says so. Nothing allocates; nothing
 * keeps state. */
#ifndef EDUIND_EVAL_PROGRESS_H
#define EDUIND_EVAL_PROGRESS_H

#include "eduind/eval.h"
#include "eduind/plan.h"

/* What a target asks for, as numbers. */
typedef struct pg_target {
	eduind_comparison cmp;
	double value;     /* target, or the ceiling of eliminate; NaN for year-on-year */
	double high;      /* upper bound of between; NaN otherwise */
	double tolerance; /* half-width of approx; 0 otherwise */
} pg_target;

/* Allowance for binary floating-point error when comparing a and b: 1e-12 relative.
 * It only absorbs noise such as 98.19999999999999 for 98.2, never a real difference. */
double pg_slack(double a, double b);

/* 1 when value meets the target, 0 when it misses, -1 when that cannot be told
 * (value NaN, or a year-on-year comparison whose previous value is NaN). previous is
 * only read by increase / not_decrease. */
int pg_meets(const pg_target *t, double value, double previous);

/* 1 for increase and not_decrease, which compare with the previous year, not a level. */
int pg_is_year_on_year(eduind_comparison cmp);

/* The level a value at `from` has to reach: the target (the centre for approx, the
 * ceiling for eliminate) or, for between, the nearer bound (from itself when inside).
 * NaN for year-on-year comparisons and NaN input. */
double pg_goal(const pg_target *t, double from);

/* Progress category from the ratio (in percent) of the actual annual change to the
 * annual change needed: >= 95 on track, [50, 95) moderate, [0, 50) off track, < 0
 * regressing; NaN gives unknown. */
eduind_progress pg_category(double ratio_pct);

/* Where a series stands, as judged values and their years. */
typedef struct pg_series {
	int base_year;       /* 0 when there is no value at all */
	double base;
	int latest_year;     /* 0 when there is no value at all */
	double latest;
	double latest_prev;  /* value of latest_year - 1, NaN if none (year-on-year targets) */
	int target_year;
} pg_series;

/*
 * Progress towards the target in the manner of the SDG 4 progress measure:
 *  - achieved when the latest value already meets the target;
 *  - unknown with fewer than two values, or when the target year is not after the
 *    baseline;
 *  - regressing when the baseline met the target and the latest does not;
 *  - otherwise the actual annual change since the baseline, (latest - base) / years,
 *    over the annual change needed to reach the target from the baseline by its year,
 *    (goal - base) / years, as a percentage (pg_category). The sign of the needed
 *    change carries the direction, so for <= targets a falling value is progress.
 * Year-on-year targets: achieved when the latest value meets it against its previous
 * year, off track when an increase was needed and the value stood still, regressing
 * when it fell; unknown without a previous year.
 * *ratio_pct (may be NULL) receives the pace ratio, NaN when none was computed.
 */
eduind_progress pg_assess(const pg_target *t, const pg_series *s, double *ratio_pct);

#endif
