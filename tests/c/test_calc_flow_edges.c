/* Retention and progression: consolidation, transition, promotion, repetition, dropout,
 * and survival by the reconstructed cohort (A.8 synthetic example). */
#include <limits.h>
#include <string.h>
#include "calc_testing.h"

static void test_consolidation(void)
{
	double out;
	CHECK_VALUE(95.0, 1e-12, eduind_consolidation_rate(950, 1000, &out));
	CHECK_VALUE(102.0, 1e-12, eduind_consolidation_rate(1020, 1000, &out)); /* not clipped */
	CHECK_FAILS(EDUIND_EZERODIV, eduind_consolidation_rate(950, 0, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_consolidation_rate(-1, 1000, &out));
	/* County practice: 950 / (1000 + 30 - 40 - 2) = 96.15% */
	CHECK_VALUE(950.0 * 100.0 / 988.0, 1e-12,
	            eduind_consolidation_rate_adjusted(950, 1000, 30, 40, 2, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 1), 96.2);
	CHECK_VALUE(95.0, 1e-12, eduind_consolidation_rate_adjusted(950, 1000, 0, 0, 0, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_consolidation_rate_adjusted(0, 10, 0, 10, 0, &out));
	CHECK_FAILS(EDUIND_EINCONSISTENT, eduind_consolidation_rate_adjusted(0, 10, 0, 9, 2, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_consolidation_rate_adjusted(950, 1000, 0, 0, -1, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_consolidation_rate_adjusted(950, 1000, NAN, 0, 0, &out));
	CU_ASSERT_EQUAL(eduind_consolidation_rate_adjusted(1, 1, 0, 0, 0, NULL), EDUIND_ENULL);
}

static void test_transition(void)
{
	double out;
	CHECK_VALUE(94.3, 1e-12, eduind_transition_rate(943, 1000, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_transition_rate(943, 0, &out));
	/* ETR: (E1(t+1) - R1(t+1)) / (En(t) - Rn(t+1)) = (900 - 50) / (1000 - 100) */
	CHECK_VALUE(850.0 * 100.0 / 900.0, 1e-12,
	            eduind_effective_transition_rate(900, 50, 1000, 100, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_effective_transition_rate(900, 50, 100, 100, &out));
	CHECK_FAILS(EDUIND_EINCONSISTENT, eduind_effective_transition_rate(40, 50, 1000, 100, &out));
	CHECK_FAILS(EDUIND_EINCONSISTENT, eduind_effective_transition_rate(900, 50, 100, 101, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_effective_transition_rate(900, -50, 1000, 100, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_effective_transition_rate(900, 50, INFINITY, 100, &out));
	CU_ASSERT_EQUAL(eduind_effective_transition_rate(1, 0, 1, 0, NULL), EDUIND_ENULL);
}

static void test_flow_rates(void)
{
	double out, p, r;
	/* A.8 synthetic data, grade 1: p1 = (920 - 60) / 1000, r1 = 100 / 1000, d1 = 4%. */
	CHECK_VALUE(86.0, 1e-12, eduind_promotion_rate(920, 60, 1000, &out));
	p = out;
	CHECK_VALUE(10.0, 1e-12, eduind_repetition_rate(100, 1000, &out));
	r = out;
	CHECK_VALUE(4.0, 1e-12, eduind_dropout_rate(p, r, &out));
	/* Grade 2: p2 = 87.7778, r2 = 6.6667, d2 = 5.5556 */
	CHECK_VALUE(87.777778, 1e-6, eduind_promotion_rate(830, 40, 900, &out));
	p = out;
	CHECK_VALUE(6.666667, 1e-6, eduind_repetition_rate(60, 900, &out));
	r = out;
	CHECK_VALUE(5.555556, 1e-6, eduind_dropout_rate(p, r, &out));
	/* A negative residual is reported, not clipped. */
	CHECK_VALUE(-3.0, 1e-12, eduind_dropout_rate(95, 8, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_dropout_rate(-1, 8, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_dropout_rate(NAN, 8, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_promotion_rate(920, 60, 0, &out));
	CHECK_FAILS(EDUIND_EINCONSISTENT, eduind_promotion_rate(50, 60, 1000, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_promotion_rate(920, -60, 1000, &out));
	CHECK_FAILS(EDUIND_EINCONSISTENT, eduind_repetition_rate(1001, 1000, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_repetition_rate(0, 0, &out));
	/* MoE 辍学率 (B.4): direct count over enrolment at the start of the year. */
	CHECK_VALUE(0.5, 1e-12, eduind_dropout_rate_direct(5, 1000, &out));
	CHECK_FAILS(EDUIND_EINCONSISTENT, eduind_dropout_rate_direct(1001, 1000, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_dropout_rate_direct(0, 0, &out));
	CU_ASSERT_EQUAL(eduind_promotion_rate(1, 0, 1, NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_dropout_rate(1, 0, NULL), EDUIND_ENULL);
}

static const double a8_enrol[3] = { 1000, 900, 800 };
static const double a8_enrol_next[3] = { 1010, 920, 830 };
static const double a8_repeaters_next[3] = { 100, 60, 40 };

static void test_survival_a8(void)
{
	double sr[3] = { -1, -1, -1 };
	CU_ASSERT_EQUAL_FATAL(eduind_survival_rates(a8_enrol, a8_enrol_next, a8_repeaters_next, 3, -1, sr),
	                      EDUIND_OK);
	CU_ASSERT_EQUAL(sr[0], 100.0);
	CU_ASSERT_EQUAL(calc_rounded(sr[1], 4), 95.5556);
	CU_ASSERT_EQUAL(calc_rounded(sr[2], 4), 89.8677);
	CU_ASSERT_EQUAL_FATAL(eduind_survival_rates(a8_enrol, a8_enrol_next, a8_repeaters_next, 3, 2, sr),
	                      EDUIND_OK);
	CU_ASSERT_EQUAL(sr[0], 100.0);
	CU_ASSERT_EQUAL(calc_rounded(sr[1], 4), 95.46);
	CU_ASSERT_EQUAL(calc_rounded(sr[2], 4), 89.7513);
	/* No repetition allowed: survival is the product of promotion rates. */
	CU_ASSERT_EQUAL(eduind_survival_rates(a8_enrol, a8_enrol_next, a8_repeaters_next, 3, 0, sr),
	                EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(sr[1], 86.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(sr[2], 86.0 * 790.0 / 900.0, 1e-12);
	/* The largest cap costs no more than any other (closed form, no loop of 2^31 years). */
	CU_ASSERT_EQUAL(eduind_survival_rates(a8_enrol, a8_enrol_next, a8_repeaters_next, 3, INT_MAX, sr),
	                EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(sr[2], 89.867725, 1e-6);
	/* A large cap converges to the closed form. */
	CU_ASSERT_EQUAL(eduind_survival_rates(a8_enrol, a8_enrol_next, a8_repeaters_next, 3, 1000, sr),
	                EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(sr[2], 89.867725, 1e-6);
}

/* An explicit year-by-year cohort: pupils[g][j] are in grade g after j repetitions of it;
 * a pupil who would repeat grade g a (k+1)-th time leaves. Returns how many per 100
 * ever reached each grade. */
static void simulate_cohort(const double *p, const double *r, int grades, int k, double *reached)
{
	double pupils[3][8], next[3][8];
	int year, g, j;
	memset(pupils, 0, sizeof pupils);
	pupils[0][0] = 100.0;
	reached[0] = 100.0;
	for (g = 1; g < grades; g++)
		reached[g] = 0.0;
	for (year = 0; year < 40; year++) {
		memset(next, 0, sizeof next);
		for (g = 0; g + 1 < grades; g++) {
			for (j = 0; j <= k; j++) {
				double n = pupils[g][j];
				next[g + 1][0] += n * p[g];
				reached[g + 1] += n * p[g];
				if (j + 1 <= k)
					next[g][j + 1] += n * r[g];
			}
		}
		memcpy(pupils, next, sizeof pupils);
	}
}

static void test_survival_matches_simulation(void)
{
	const double p[2] = { 0.86, 790.0 / 900.0 }, r[2] = { 0.1, 60.0 / 900.0 };
	double sim[3], sr[3];
	int k, g;
	for (k = 0; k <= 7; k++) {
		simulate_cohort(p, r, 3, k, sim);
		CU_ASSERT_EQUAL_FATAL(eduind_survival_rates(a8_enrol, a8_enrol_next, a8_repeaters_next, 3, k, sr),
		                      EDUIND_OK);
		for (g = 0; g < 3; g++)
			CU_ASSERT_DOUBLE_EQUAL(sr[g], sim[g], 1e-9);
	}
}

static void test_survival_errors(void)
{
	double sr[3] = { -1, -1, -1 };
	double e[3] = { 1000, 900, 800 }, en[3] = { 1010, 920, 830 }, rn[3] = { 100, 60, 40 };
	double one = 500;
	/* One grade: survival to grade 1 is 100 by definition. */
	CU_ASSERT_EQUAL(eduind_survival_rates(&one, &one, &one, 1, -1, sr), EDUIND_OK);
	CU_ASSERT_EQUAL(sr[0], 100.0);
	sr[0] = -1;
	CU_ASSERT_EQUAL(eduind_survival_rates(NULL, en, rn, 3, -1, sr), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_survival_rates(e, en, rn, 3, -1, NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_survival_rates(e, en, rn, 0, -1, sr), EDUIND_EEMPTY);
	en[2] = NAN;
	CU_ASSERT_EQUAL(eduind_survival_rates(e, en, rn, 3, -1, sr), EDUIND_ENONFINITE);
	en[2] = 830;
	rn[1] = -1;
	CU_ASSERT_EQUAL(eduind_survival_rates(e, en, rn, 3, -1, sr), EDUIND_ENEGATIVE);
	rn[1] = 60;
	e[1] = 0;
	CU_ASSERT_EQUAL(eduind_survival_rates(e, en, rn, 3, -1, sr), EDUIND_EZERODIV);
	e[1] = 900;
	rn[2] = 900;                /* more repeaters than pupils in grade 3 next year */
	CU_ASSERT_EQUAL(eduind_survival_rates(e, en, rn, 3, -1, sr), EDUIND_EINCONSISTENT);
	rn[2] = 40;
	rn[0] = 200;                /* promoted 860 + repeaters 200 > 1000: negative dropout */
	CU_ASSERT_EQUAL(eduind_survival_rates(e, en, rn, 3, -1, sr), EDUIND_EINCONSISTENT);
	CU_ASSERT_EQUAL(sr[0], -1);  /* untouched on failure */
	CU_ASSERT_EQUAL(sr[2], -1);
	/* The last grade's own enrolment is not a denominator: 0 there is fine. */
	rn[0] = 100;
	e[2] = 0;
	CU_ASSERT_EQUAL(eduind_survival_rates(e, en, rn, 3, -1, sr), EDUIND_OK);
	CU_ASSERT_EQUAL(calc_rounded(sr[2], 4), 89.8677);
	/* Nobody promoted: survival falls to 0, even with all pupils repeating. */
	e[0] = 1000; en[1] = 60; rn[1] = 60; rn[0] = 1000;
	CU_ASSERT_EQUAL(eduind_survival_rates(e, en, rn, 3, -1, sr), EDUIND_OK);
	CU_ASSERT_EQUAL(sr[1], 0.0);
	CU_ASSERT_EQUAL(sr[2], 0.0);
}

int register_calc_flow_edges_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_flow_edges", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "consolidation", test_consolidation) ||
	    !CU_add_test(s, "transition", test_transition) ||
	    !CU_add_test(s, "flow_rates", test_flow_rates) ||
	    !CU_add_test(s, "survival_a8", test_survival_a8) ||
	    !CU_add_test(s, "survival_matches_simulation", test_survival_matches_simulation) ||
	    !CU_add_test(s, "survival_errors", test_survival_errors))
		return -1;
	return 0;
}
