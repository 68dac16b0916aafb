/* Flow rates and survival (methodology A.7, A.8 synthetic test) and consolidation. */
#include <math.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

static const double e_t[3] = { 1000, 900, 800 };
static const double e_t1[3] = { 1010, 920, 830 };
static const double r_t1[3] = { 100, 60, 40 };

static void test_flow_rates(void)
{
	double p, r, d;
	CU_ASSERT_EQUAL(eduind_promotion_rate(920, 60, 1000, &p), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(p, 86, 1e-12);
	CU_ASSERT_EQUAL(eduind_repetition_rate(100, 1000, &r), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(r, 10, 1e-12);
	CU_ASSERT_EQUAL(eduind_dropout_rate(p, r, &d), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(d, 4, 1e-12);
	CU_ASSERT_EQUAL(eduind_dropout_rate(90, 15, &d), EDUIND_OK); /* residual reported, not clipped */
	CU_ASSERT_DOUBLE_EQUAL(d, -5, 1e-12);
	CU_ASSERT_EQUAL(eduind_promotion_rate(50, 60, 1000, &p), EDUIND_EINCONSISTENT);
	CU_ASSERT_EQUAL(eduind_promotion_rate(920, 60, 0, &p), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_dropout_rate_direct(12, 1000, &d), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(d, 1.2, 1e-12);
	CU_ASSERT_EQUAL(eduind_effective_transition_rate(930, 30, 1000, 100, &d), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(d, 100, 1e-12);
	CU_ASSERT_EQUAL(eduind_effective_transition_rate(930, 30, 100, 100, &d), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_transition_rate(927, 1000, &d), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(d, 92.7, 1e-12);
}

static void test_survival_synthetic(void)
{
	double sr[3], r;
	CU_ASSERT_EQUAL(eduind_survival_rates(e_t, e_t1, r_t1, 3, -1, sr), EDUIND_OK);
	CU_ASSERT_EQUAL(sr[0], 100);
	eduind_round(sr[1], 4, &r);
	CU_ASSERT_EQUAL(r, 95.5556);
	eduind_round(sr[2], 4, &r);
	CU_ASSERT_EQUAL(r, 89.8677);
	CU_ASSERT_EQUAL(eduind_survival_rates(e_t, e_t1, r_t1, 3, 2, sr), EDUIND_OK);
	eduind_round(sr[1], 2, &r);
	CU_ASSERT_EQUAL(r, 95.46);
	eduind_round(sr[2], 4, &r);
	CU_ASSERT_EQUAL(r, 89.7513);
	/* No repetition allowed: survival is the product of promotion rates. */
	CU_ASSERT_EQUAL(eduind_survival_rates(e_t, e_t1, r_t1, 3, 0, sr), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(sr[2], 100 * 0.86 * (790.0 / 900.0), 1e-9);
}

static void test_survival_errors(void)
{
	double sr[3] = { -1, -1, -1 };
	const double zero[3] = { 0, 900, 800 }, too_many[3] = { 1000, 50, 40 };
	CU_ASSERT_EQUAL(eduind_survival_rates(zero, e_t1, r_t1, 3, -1, sr), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_survival_rates(e_t, too_many, r_t1, 3, -1, sr), EDUIND_EINCONSISTENT);
	CU_ASSERT_EQUAL(eduind_survival_rates(e_t, e_t1, r_t1, 0, -1, sr), EDUIND_EEMPTY);
	CU_ASSERT_EQUAL(eduind_survival_rates(NULL, e_t1, r_t1, 3, -1, sr), EDUIND_ENULL);
	CU_ASSERT_EQUAL(sr[0], -1);
}

static void test_consolidation(void)
{
	double out = 0;
	CU_ASSERT_EQUAL(eduind_consolidation_rate(973, 1000, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 97.3, 1e-12);
	CU_ASSERT_EQUAL(eduind_consolidation_rate(973, 0, &out), EDUIND_EZERODIV);
	/* County practice: graduates / (entrants + in - out - deaths). */
	CU_ASSERT_EQUAL(eduind_consolidation_rate_adjusted(980, 1000, 30, 20, 10, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 98, 1e-12);
	CU_ASSERT_EQUAL(eduind_consolidation_rate_adjusted(980, 10, 0, 20, 0, &out), EDUIND_EINCONSISTENT);
	CU_ASSERT_EQUAL(eduind_consolidation_rate_adjusted(980, 10, 0, 10, 0, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_consolidation_rate_adjusted(980, 1000, -1, 0, 0, &out), EDUIND_ENEGATIVE);
}

int register_calc_flow_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_flow", NULL, NULL);
	if (s == NULL || !CU_add_test(s, "flow_rates", test_flow_rates) ||
	    !CU_add_test(s, "survival_synthetic", test_survival_synthetic) ||
	    !CU_add_test(s, "survival_errors", test_survival_errors) ||
	    !CU_add_test(s, "consolidation", test_consolidation))
		return -1;
	return 0;
}
