/* Weighted mean, CV, the MoE 差异系数 (with the official D.1 example), share of large
 * classes, mean years of schooling. */
#include "calc_testing.h"

/* methodology D.1: 生均图书册数 of 5 primary schools. */
static const double d1_students[5] = { 45, 37, 89, 76, 55 };
static const double d1_books[5] = { 279, 137, 935, 160, 402 };

static void test_balance_cv_official_example(void)
{
	double out, per_pupil[5], plain_pop, plain_sample, weighted;
	int i;
	CHECK_VALUE(0.515257, 1e-6, eduind_balance_cv(d1_books, d1_students, 5, 1, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 2), 0.52);                 /* published */
	CU_ASSERT_EQUAL(calc_rounded(out, 6), 0.515257);
	weighted = out;

	/* The other readings of "差异系数" do not reproduce 0.52. */
	for (i = 0; i < 5; i++)
		per_pupil[i] = d1_books[i] / d1_students[i];
	CHECK_VALUE(0.4888, 1e-4, eduind_cv(per_pupil, NULL, 5, &out));
	plain_pop = out;
	CU_ASSERT_NOT_EQUAL(calc_rounded(plain_pop, 2), 0.52);
	plain_sample = plain_pop * sqrt(5.0 / 4.0);                  /* n - 1 form */
	CU_ASSERT_DOUBLE_EQUAL(plain_sample, 0.5465, 1e-4);
	CU_ASSERT_NOT_EQUAL(calc_rounded(plain_sample, 2), 0.52);

	/* The enrolment-weighted CV of the school values is the same statistic. */
	CHECK_VALUE(weighted, 1e-12, eduind_cv(per_pupil, d1_students, 5, &out));
	/* County value 1913 / 302 = 6.33 is the enrolment-weighted mean. */
	CHECK_VALUE(1913.0 / 302.0, 1e-12, eduind_weighted_mean(per_pupil, d1_students, 5, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 2), 6.33);
	/* Per-100-pupil indicators: same CV (scale-free). */
	CHECK_VALUE(weighted, 1e-12, eduind_balance_cv(d1_books, d1_students, 5, 100, &out));
}

static void test_balance_cv_edges(void)
{
	double out;
	double x[4] = { 279, 50, 137, 0 }, p[4] = { 45, 0, 37, 0 };
	double zero_x[3] = { 0, 0, 0 }, some_p[3] = { 10, 20, 30 };
	/* Schools with no pupils are left out, with their resources. */
	double x2[2] = { 279, 137 }, p2[2] = { 45, 37 }, expected = NAN;
	CU_ASSERT_EQUAL(eduind_balance_cv(x2, p2, 2, 1, &expected), EDUIND_OK);
	CHECK_VALUE(expected, 1e-15, eduind_balance_cv(x, p, 4, 1, &out));
	/* One school: no dispersion. */
	CHECK_VALUE(0.0, 0, eduind_balance_cv(x, p, 1, 1, &out));
	/* Equal per-pupil values: 0. */
	x2[0] = 90; p2[0] = 45; x2[1] = 74; p2[1] = 37;
	CHECK_VALUE(0.0, 1e-15, eduind_balance_cv(x2, p2, 2, 1, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_balance_cv(zero_x, some_p, 3, 1, &out));
	CHECK_FAILS(EDUIND_EEMPTY, eduind_balance_cv(x, p + 3, 1, 1, &out));   /* all P = 0 */
	CHECK_FAILS(EDUIND_EEMPTY, eduind_balance_cv(x, p, 0, 1, &out));
	CHECK_FAILS(EDUIND_EDOMAIN, eduind_balance_cv(x, p, 4, 0, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_balance_cv(x, p, 4, NAN, &out));
	p[1] = -1;
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_balance_cv(x, p, 4, 1, &out));
	p[1] = NAN;
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_balance_cv(x, p, 4, 1, &out));
	CU_ASSERT_EQUAL(eduind_balance_cv(NULL, p, 4, 1, &out), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_balance_cv(x, NULL, 4, 1, &out), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_balance_cv(x, p, 4, 1, NULL), EDUIND_ENULL);
}

static void test_weighted_mean_and_cv(void)
{
	double out;
	double v[4] = { 2, 4, 4, 6 }, w[4] = { 1, 0, 2, 1 }, zeros[4] = { 0, 0, 0, 0 };
	double neg[2] = { -1, 3 };
	CHECK_VALUE(4.0, 0, eduind_weighted_mean(v, NULL, 4, &out));
	CHECK_VALUE(4.0, 0, eduind_weighted_mean(v, w, 4, &out));
	CHECK_VALUE(1.0, 0, eduind_weighted_mean(neg, NULL, 2, &out));  /* values may be < 0 */
	/* population form: sd of {2,4,4,6} = sqrt(2), mean 4 */
	CHECK_VALUE(sqrt(2.0) / 4.0, 1e-15, eduind_cv(v, NULL, 4, &out));
	CHECK_VALUE(sqrt(2.0) / 4.0, 1e-15, eduind_cv(v, w, 4, &out));   /* weight 2 on 4 */
	CHECK_VALUE(0.0, 0, eduind_cv(v, NULL, 1, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_weighted_mean(v, zeros, 4, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_cv(zeros, NULL, 4, &out));   /* mean 0 */
	CHECK_VALUE(2.0, 1e-15, eduind_cv(neg, NULL, 2, &out));        /* mean 1 > 0: defined */
	neg[1] = 0;
	CHECK_FAILS(EDUIND_EDOMAIN, eduind_cv(neg, NULL, 2, &out));     /* mean < 0 */
	CHECK_FAILS(EDUIND_EEMPTY, eduind_weighted_mean(v, NULL, 0, &out));
	CHECK_FAILS(EDUIND_EEMPTY, eduind_cv(v, NULL, 0, &out));
	w[1] = -1;
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_weighted_mean(v, w, 4, &out));
	w[1] = INFINITY;
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_cv(v, w, 4, &out));
	v[2] = NAN;
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_weighted_mean(v, NULL, 4, &out));
	CU_ASSERT_EQUAL(eduind_weighted_mean(NULL, NULL, 4, &out), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_cv(v, NULL, 4, NULL), EDUIND_ENULL);
}

static void test_share_at_least(void)
{
	double out;
	/* B.9: 大班额 = classes of 56 or more (超大班额 >= 66 included). */
	double classes[10] = { 45, 50, 55, 56, 60, 65, 66, 70, 40, 38 };
	CHECK_VALUE(50.0, 0, eduind_share_at_least(classes, 10, 56, &out));
	CHECK_VALUE(20.0, 0, eduind_share_at_least(classes, 10, 66, &out));
	CHECK_VALUE(0.0, 0, eduind_share_at_least(classes, 10, 100, &out));
	CHECK_VALUE(100.0, 0, eduind_share_at_least(classes, 10, 0, &out));
	CHECK_FAILS(EDUIND_EEMPTY, eduind_share_at_least(classes, 0, 56, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_share_at_least(classes, 10, NAN, &out));
	classes[3] = -56;
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_share_at_least(classes, 10, 56, &out));
	CU_ASSERT_EQUAL(eduind_share_at_least(NULL, 10, 56, &out), EDUIND_ENULL);
}

static void test_mean_years(void)
{
	double out;
	/* Census weights (B.10): none 0, primary 6, junior 9, senior 12, tertiary 16. */
	double years[5] = { 0, 6, 9, 12, 16 };
	double pop[5] = { 1000, 3000, 3500, 1500, 1000 };
	double none[5] = { 0, 0, 0, 0, 0 };
	CHECK_VALUE(8.35, 1e-12, eduind_mean_years_schooling(pop, years, 5, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 2), 8.35);
	CHECK_VALUE(16.0, 0, eduind_mean_years_schooling(pop + 4, years + 4, 1, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_mean_years_schooling(none, years, 5, &out));
	CHECK_FAILS(EDUIND_EEMPTY, eduind_mean_years_schooling(pop, years, 0, &out));
	pop[2] = -1;
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_mean_years_schooling(pop, years, 5, &out));
	pop[2] = NAN;
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_mean_years_schooling(pop, years, 5, &out));
	CU_ASSERT_EQUAL(eduind_mean_years_schooling(pop, NULL, 5, &out), EDUIND_ENULL);
}

int register_calc_dispersion_edges_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_dispersion_edges", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "balance_cv_official_example", test_balance_cv_official_example) ||
	    !CU_add_test(s, "balance_cv_edges", test_balance_cv_edges) ||
	    !CU_add_test(s, "weighted_mean_and_cv", test_weighted_mean_and_cv) ||
	    !CU_add_test(s, "share_at_least", test_share_at_least) ||
	    !CU_add_test(s, "mean_years", test_mean_years))
		return -1;
	return 0;
}
