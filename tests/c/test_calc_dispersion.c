/* Golden test: the MoE worked example of the 差异系数 (methodology D.1, 生均图书册数 in five
 * primary schools, published 0.52) and its wrong unweighted readings. */
#include <math.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

static const double pupils[5] = { 45, 37, 89, 76, 55 };
static const double books[5] = { 279, 137, 935, 160, 402 };

static void test_moe_five_schools(void)
{
	double cv = 0, r = 0;
	CU_ASSERT_EQUAL(eduind_balance_cv(books, pupils, 5, 1, &cv), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(cv, 0.515257, 5e-7);
	CU_ASSERT_EQUAL(eduind_round(cv, 2, &r), EDUIND_OK);
	CU_ASSERT_EQUAL(r, 0.52);
	/* Per-100-pupil scaling does not change a CV. */
	CU_ASSERT_EQUAL(eduind_balance_cv(books, pupils, 5, 100, &r), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(r, cv, 1e-12);
	/* The enrolment-weighted CV of the school ratios is the same quantity. */
	{
		double x[5];
		int i;
		for (i = 0; i < 5; i++)
			x[i] = books[i] / pupils[i];
		CU_ASSERT_EQUAL(eduind_cv(x, pupils, 5, &r), EDUIND_OK);
		CU_ASSERT_DOUBLE_EQUAL(r, cv, 1e-12);
	}
}

static void test_unweighted_readings_do_not_match(void)
{
	double x[5], cv, mean = 0, ss = 0, rounded;
	int i;
	for (i = 0; i < 5; i++)
		x[i] = books[i] / pupils[i];
	CU_ASSERT_EQUAL(eduind_cv(x, NULL, 5, &cv), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(cv, 0.4888, 5e-5);
	eduind_round(cv, 2, &rounded);
	CU_ASSERT_NOT_EQUAL(rounded, 0.52);
	/* Sample (n-1) form: 0.5465, also not the published figure. */
	for (i = 0; i < 5; i++)
		mean += x[i] / 5;
	for (i = 0; i < 5; i++)
		ss += (x[i] - mean) * (x[i] - mean);
	eduind_round(sqrt(ss / 4) / mean, 2, &rounded);
	CU_ASSERT_DOUBLE_EQUAL(sqrt(ss / 4) / mean, 0.5465, 5e-5);
	CU_ASSERT_NOT_EQUAL(rounded, 0.52);
}

static void test_balance_edges(void)
{
	double out = 9;
	const double p0[3] = { 0, 100, 50 }, r0[3] = { 7, 500, 250 };
	const double one_p[1] = { 10 }, one_r[1] = { 3 };
	const double zero_r[2] = { 0, 0 }, two_p[2] = { 5, 6 };
	CU_ASSERT_EQUAL(eduind_balance_cv(r0, p0, 3, 1, &out), EDUIND_OK); /* empty school skipped */
	CU_ASSERT_DOUBLE_EQUAL(out, 0, 1e-15);
	CU_ASSERT_EQUAL(eduind_balance_cv(one_r, one_p, 1, 1, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(out, 0);
	CU_ASSERT_EQUAL(eduind_balance_cv(zero_r, two_p, 2, 1, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_balance_cv(r0, p0, 0, 1, &out), EDUIND_EEMPTY);
	CU_ASSERT_EQUAL(eduind_balance_cv(r0, zero_r, 2, 1, &out), EDUIND_EEMPTY);
	CU_ASSERT_EQUAL(eduind_balance_cv(NULL, p0, 3, 1, &out), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_balance_cv(r0, p0, 3, 0, &out), EDUIND_EDOMAIN);
	CU_ASSERT_EQUAL(eduind_balance_cv(r0, p0, 3, NAN, &out), EDUIND_ENONFINITE);
	{
		const double neg[2] = { -1, 5 };
		CU_ASSERT_EQUAL(eduind_balance_cv(neg, two_p, 2, 1, &out), EDUIND_ENEGATIVE);
	}
}

static void test_means_and_shares(void)
{
	double out = 0;
	const double v[3] = { 2, 4, 9 }, w[3] = { 1, 1, 2 };
	const double classes[8] = { 40, 45, 55, 56, 60, 66, 70, 30 };
	/* Census weights: 小学 6, 初中 9, 高中 12, 大专及以上 16, 未上学 0. */
	const double pop[5] = { 100, 300, 350, 150, 100 }, years[5] = { 0, 6, 9, 12, 16 };
	CU_ASSERT_EQUAL(eduind_weighted_mean(v, w, 3, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 6.0, 1e-12);
	CU_ASSERT_EQUAL(eduind_weighted_mean(v, NULL, 3, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 5.0, 1e-12);
	CU_ASSERT_EQUAL(eduind_share_at_least(classes, 8, 56, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 50.0, 1e-12);
	CU_ASSERT_EQUAL(eduind_share_at_least(classes, 8, 66, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 25.0, 1e-12);
	CU_ASSERT_EQUAL(eduind_mean_years_schooling(pop, years, 5, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, (1800 + 3150 + 1800 + 1600) / 1000.0, 1e-12);
	CU_ASSERT_EQUAL(eduind_weighted_mean(v, w, 0, &out), EDUIND_EEMPTY);
	{
		const double wz[3] = { 0, 0, 0 }, wn[3] = { 1, -1, 1 }, vn[3] = { 1, NAN, 2 };
		CU_ASSERT_EQUAL(eduind_weighted_mean(v, wz, 3, &out), EDUIND_EZERODIV);
		CU_ASSERT_EQUAL(eduind_weighted_mean(v, wn, 3, &out), EDUIND_ENEGATIVE);
		CU_ASSERT_EQUAL(eduind_weighted_mean(vn, w, 3, &out), EDUIND_ENONFINITE);
		CU_ASSERT_EQUAL(eduind_cv(wz, NULL, 3, &out), EDUIND_EZERODIV);
	}
	CU_ASSERT_EQUAL(eduind_share_at_least(classes, 0, 56, &out), EDUIND_EEMPTY);
	CU_ASSERT_EQUAL(eduind_share_at_least(NULL, 3, 56, &out), EDUIND_ENULL);
}

int register_calc_dispersion_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_dispersion", NULL, NULL);
	if (s == NULL || !CU_add_test(s, "moe_five_schools", test_moe_five_schools) ||
	    !CU_add_test(s, "unweighted_readings_do_not_match", test_unweighted_readings_do_not_match) ||
	    !CU_add_test(s, "balance_edges", test_balance_edges) ||
	    !CU_add_test(s, "means_and_shares", test_means_and_shares))
		return -1;
	return 0;
}
