/* Gender parity index, unadjusted and UIS adjusted (A.10). */
#include "calc_testing.h"

static void test_illustrations(void)
{
	double out;
	/* F = 110, M = 100: 1.1 unadjusted, 2 - 100/110 = 1.090909 adjusted. */
	CHECK_VALUE(1.1, 1e-15, eduind_gpi(110, 100, 0, &out));
	CHECK_VALUE(1.090909, 1e-6, eduind_gpi(110, 100, 1, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 6), 1.090909);
	/* ...and not the wrong reflection 2 - F/M = 0.9. */
	CU_ASSERT(fabs(out - 0.9) > 0.1);
	/* F = 27.3, M = 26.9 (rates): 1.014870 vs 1.014652. */
	CHECK_VALUE(1.014870, 1e-6, eduind_gpi(27.3, 26.9, 0, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 6), 1.014870);
	CHECK_VALUE(1.014652, 1e-6, eduind_gpi(27.3, 26.9, 1, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 6), 1.014652);
	/* Below 1 both agree. */
	CHECK_VALUE(0.5, 0, eduind_gpi(50, 100, 0, &out));
	CHECK_VALUE(0.5, 0, eduind_gpi(50, 100, 1, &out));
	CHECK_VALUE(1.0, 0, eduind_gpi(100, 100, 1, &out));
}

static void test_symmetry(void)
{
	/* The adjusted index is symmetric around 1: swapping F and M mirrors it. */
	static const double pairs[][2] = { { 110, 100 }, { 27.3, 26.9 }, { 80, 20 }, { 1, 3 } };
	size_t i;
	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		double a = NAN, b = NAN;
		CU_ASSERT_EQUAL(eduind_gpi(pairs[i][0], pairs[i][1], 1, &a), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_gpi(pairs[i][1], pairs[i][0], 1, &b), EDUIND_OK);
		CU_ASSERT_DOUBLE_EQUAL(a + b, 2.0, 1e-15);
		CU_ASSERT(a >= 0 && a <= 2);
	}
}

static void test_errors(void)
{
	double out;
	CHECK_FAILS(EDUIND_EZERODIV, eduind_gpi(0, 0, 0, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_gpi(0, 0, 1, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_gpi(10, 0, 1, &out));
	CHECK_VALUE(0.0, 0, eduind_gpi(0, 10, 1, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_gpi(-1, 10, 0, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_gpi(NAN, 10, 0, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_gpi(1, -INFINITY, 0, &out));
	CU_ASSERT_EQUAL(eduind_gpi(1, 1, 0, NULL), EDUIND_ENULL);
}

int register_calc_parity_edges_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_parity_edges", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "illustrations", test_illustrations) ||
	    !CU_add_test(s, "symmetry", test_symmetry) ||
	    !CU_add_test(s, "errors", test_errors))
		return -1;
	return 0;
}
