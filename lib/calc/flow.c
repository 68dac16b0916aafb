/* Retention and flow: consolidation (MoE B.3), progression (B.5), dropout (B.4) and the
 * UIS flow rates and reconstructed-cohort survival (A.6-A.8). */
#include <math.h>
#include <stddef.h>
#include "eduind/calc.h"
#include "calc/check.h"
#include "calc/rate.h"

eduind_status eduind_consolidation_rate(double final_grade, double cohort_grade1, double *out_pct)
{
	/* Can pass 100 when in-migration is not adjusted for; see the _adjusted form. */
	return calc_count_rate(final_grade, cohort_grade1, out_pct);
}

eduind_status eduind_consolidation_rate_adjusted(double graduates, double cohort_grade1,
                                                 double transfers_in, double transfers_out,
                                                 double deaths, double *out_pct)
{
	double base;
	if (out_pct == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts3(graduates, cohort_grade1, transfers_in));
	CALC_TRY(counts2(transfers_out, deaths));
	base = cohort_grade1 + transfers_in - transfers_out - deaths;
	if (base == 0)
		return EDUIND_EZERODIV;
	if (base < 0)
		return EDUIND_EINCONSISTENT; /* more left the cohort than ever belonged to it */
	return store(graduates / base * 100.0, out_pct);
}

eduind_status eduind_transition_rate(double entrants, double graduates, double *out_pct)
{
	return calc_count_rate(entrants, graduates, out_pct);
}

/* (a - b) / (c - d) * 100 where b is part of a and d part of c. */
static eduind_status net_rate(double a, double b, double c, double d, double *out_pct)
{
	if (out_pct == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts2(a, b));
	CALC_TRY(counts2(c, d));
	if (c - d == 0)
		return EDUIND_EZERODIV;
	if (b > a || d > c)
		return EDUIND_EINCONSISTENT;
	return store((a - b) / (c - d) * 100.0, out_pct);
}

eduind_status eduind_effective_transition_rate(double entrants_next, double repeaters_next,
                                               double last_grade, double last_grade_repeaters,
                                               double *out_pct)
{
	return net_rate(entrants_next, repeaters_next, last_grade, last_grade_repeaters, out_pct);
}

eduind_status eduind_promotion_rate(double enrol_next_grade, double repeaters_next_grade,
                                    double enrol_grade, double *out_pct)
{
	return net_rate(enrol_next_grade, repeaters_next_grade, enrol_grade, 0, out_pct);
}

eduind_status eduind_repetition_rate(double repeaters_next_year, double enrol_grade, double *out_pct)
{
	if (out_pct == NULL)
		return EDUIND_ENULL;
	return eduind_proportion(repeaters_next_year, enrol_grade, 100.0, out_pct);
}

eduind_status eduind_dropout_rate(double promotion_pct, double repetition_pct, double *out_pct)
{
	if (out_pct == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts2(promotion_pct, repetition_pct));
	/* A residual: negative when the data are inconsistent. Reported, not clipped. */
	return store(100.0 - promotion_pct - repetition_pct, out_pct);
}

eduind_status eduind_dropout_rate_direct(double dropouts, double enrolled_start, double *out_pct)
{
	if (out_pct == NULL)
		return EDUIND_ENULL;
	return eduind_proportion(dropouts, enrolled_start, 100.0, out_pct);
}

/* Share of the pupils reaching a grade who go on to the next one. enrol is the grade's
 * enrolment (> 0), rep its repeaters the next year, promoted the next grade's new
 * entrants; the caller has checked promoted + rep <= enrol. Each year a pupil is
 * promoted with p = promoted / enrol or repeats with r = rep / enrol; allowing at most
 * max_rep repetitions, the chance of moving on is p (1 + r + ... + r^max_rep), and
 * without a limit its sum p / (1 - r). Following a cohort year by year gives exactly
 * these sums; the closed forms take constant time even for max_rep = INT_MAX. */
static double reach_next(double enrol, double rep, double promoted, int max_rep)
{
	double p = promoted / enrol, r = rep / enrol;
	if (promoted == 0)
		return 0.0;                             /* also covers r == 1 (all repeat) */
	if (max_rep < 0)
		return promoted / (enrol - rep);        /* p / (1 - r) in one division */
	if (r == 0)
		return p;
	/* 1 + r + ... + r^k = (1 - r^(k+1)) / (1 - r), with r < 1 since promoted > 0 */
	return p * -expm1(((double)max_rep + 1.0) * log(r)) / (1.0 - r);
}

eduind_status eduind_survival_rates(const double *enrol, const double *enrol_next,
                                    const double *repeaters_next, size_t grades, int max_repetitions,
                                    double *out_pct)
{
	size_t g;
	double sr = 100.0;
	if (enrol == NULL || enrol_next == NULL || repeaters_next == NULL || out_pct == NULL)
		return EDUIND_ENULL;
	if (grades == 0)
		return EDUIND_EEMPTY;
	for (g = 0; g < grades; g++)
		CALC_TRY(counts3(enrol[g], enrol_next[g], repeaters_next[g]));
	/* Only grades below the last are denominators; check all before writing anything. */
	for (g = 0; g + 1 < grades; g++)
		if (enrol[g] == 0)
			return EDUIND_EZERODIV;
	for (g = 0; g < grades; g++) {
		if (repeaters_next[g] > enrol_next[g])
			return EDUIND_EINCONSISTENT;
		/* Promoted plus repeaters above the grade's pupils is a negative dropout: the
		 * closed form would then give survival above 100%. */
		if (g + 1 < grades &&
		    (enrol_next[g + 1] - repeaters_next[g + 1]) + repeaters_next[g] > enrol[g])
			return EDUIND_EINCONSISTENT;
	}
	out_pct[0] = sr;
	for (g = 0; g + 1 < grades; g++) {
		sr *= reach_next(enrol[g], repeaters_next[g], enrol_next[g + 1] - repeaters_next[g + 1],
		                 max_repetitions);
		out_pct[g + 1] = sr;
	}
	return EDUIND_OK;
}
