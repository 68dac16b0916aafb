/* Pure judgement logic: does a value meet a target, and how fast is it getting there. */
#include <math.h>
#include "eduind/calc.h"
#include "eval/evnum.h"
#include "eval/progress.h"

static const char *const verdict_names[] = { "met", "not_met", "pending", "no_data" };
static const char *const progress_names[] = { "unknown",   "achieved",  "on_track",
	                                            "moderate",  "off_track", "regressing" };

const char *eduind_verdict_name(eduind_verdict v)
{
	if ((int)v < 0 || (size_t)v >= sizeof verdict_names / sizeof verdict_names[0])
		return "no_data";
	return verdict_names[v];
}

const char *eduind_progress_name(eduind_progress p)
{
	if ((int)p < 0 || (size_t)p >= sizeof progress_names / sizeof progress_names[0])
		return "unknown";
	return progress_names[p];
}

double pg_slack(double a, double b)
{
	double m = fmax(fabs(a), fabs(b));
	return 1e-12 * (m > 1 ? m : 1);
}

int pg_is_year_on_year(eduind_comparison cmp)
{
	return cmp == EDUIND_CMP_INCREASE || cmp == EDUIND_CMP_NOT_DECREASE;
}

int pg_meets(const pg_target *t, double v, double prev)
{
	double x = t->value;
	if (isnan(v))
		return -1;
	switch (t->cmp) {
	case EDUIND_CMP_GE:
		return v >= x - pg_slack(v, x);
	case EDUIND_CMP_LE:
	case EDUIND_CMP_ELIMINATE:
		return v <= x + pg_slack(v, x);
	case EDUIND_CMP_GT:
		return v > x + pg_slack(v, x);
	case EDUIND_CMP_LT:
		return v < x - pg_slack(v, x);
	case EDUIND_CMP_EQ:
		return fabs(v - x) <= pg_slack(v, x);
	case EDUIND_CMP_BETWEEN:
		return v >= x - pg_slack(v, x) && v <= t->high + pg_slack(v, t->high);
	case EDUIND_CMP_APPROX:
		return fabs(v - x) <= t->tolerance + pg_slack(v, x);
	case EDUIND_CMP_INCREASE:
		if (isnan(prev))
			return -1;
		return v > prev + pg_slack(v, prev);
	case EDUIND_CMP_NOT_DECREASE:
		if (isnan(prev))
			return -1;
		return v >= prev - pg_slack(v, prev);
	}
	return -1;
}

double pg_goal(const pg_target *t, double from)
{
	if (pg_is_year_on_year(t->cmp) || isnan(from))
		return NAN;
	if (t->cmp == EDUIND_CMP_BETWEEN) {
		if (from < t->value)
			return t->value;
		if (from > t->high)
			return t->high;
		return from;
	}
	return t->value;
}

eduind_progress pg_category(double r)
{
	if (isnan(r))
		return EDUIND_PROGRESS_UNKNOWN;
	if (r >= 95)
		return EDUIND_PROGRESS_ON_TRACK;
	if (r >= 50)
		return EDUIND_PROGRESS_MODERATE;
	if (r >= 0)
		return EDUIND_PROGRESS_OFF_TRACK;
	return EDUIND_PROGRESS_REGRESSING;
}

static eduind_progress year_on_year(const pg_target *t, const pg_series *s)
{
	int m = pg_meets(t, s->latest, s->latest_prev);
	if (m < 0)
		return EDUIND_PROGRESS_UNKNOWN;
	if (m)
		return EDUIND_PROGRESS_ACHIEVED;
	/* An increase was needed: standing still is no progress, falling is going back. */
	if (fabs(s->latest - s->latest_prev) <= pg_slack(s->latest, s->latest_prev))
		return EDUIND_PROGRESS_OFF_TRACK;
	return EDUIND_PROGRESS_REGRESSING;
}

eduind_progress pg_assess(const pg_target *t, const pg_series *s, double *ratio_pct)
{
	double goal, needed, actual, ratio;
	if (ratio_pct != NULL)
		*ratio_pct = NAN;
	if (s->latest_year == 0 || isnan(s->latest))
		return EDUIND_PROGRESS_UNKNOWN;
	if (pg_is_year_on_year(t->cmp))
		return year_on_year(t, s);
	if (pg_meets(t, s->latest, NAN) == 1)
		return EDUIND_PROGRESS_ACHIEVED;
	if (s->base_year == 0 || isnan(s->base) || s->base_year >= s->latest_year ||
	    s->target_year <= s->base_year)
		return EDUIND_PROGRESS_UNKNOWN;
	if (pg_meets(t, s->base, NAN) == 1)
		return EDUIND_PROGRESS_REGRESSING;
	goal = pg_goal(t, s->base);
	needed = (goal - s->base) / (double)(s->target_year - s->base_year);
	actual = (s->latest - s->base) / (double)(s->latest_year - s->base_year);
	if (eduind_ratio(actual, needed, 100, &ratio) != EDUIND_OK)
		return EDUIND_PROGRESS_UNKNOWN; /* the baseline sits on the goal: no pace to compare */
	/* Paces come from decimal figures; 94.99999999999999 is 95 and must categorise so. */
	ratio = ev_tidy(ratio);
	if (ratio_pct != NULL)
		*ratio_pct = ratio;
	return pg_category(ratio);
}
