#include <locale.h>
#include <math.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

static double rounded(double v, int d)
{
	double out = -12345;
	CU_ASSERT_EQUAL(eduind_round(v, d, &out), EDUIND_OK);
	return out;
}

static void test_publication_cases(void)
{
	/* The decimal the user typed is what is rounded. */
	CU_ASSERT_EQUAL(rounded(16.975, 2), 16.98);
	CU_ASSERT_EQUAL(rounded(1.005, 2), 1.01);
	CU_ASSERT_EQUAL(rounded(0.285, 2), 0.29);
	CU_ASSERT_EQUAL(rounded(2.675, 2), 2.68);
	CU_ASSERT_EQUAL(rounded(1.45, 1), 1.5);
	CU_ASSERT_EQUAL(rounded(0.5, 0), 1.0);
	CU_ASSERT_EQUAL(rounded(2.5, 0), 3.0);
	CU_ASSERT_EQUAL(rounded(-2.5, 0), -3.0);
	CU_ASSERT_EQUAL(rounded(-16.975, 2), -16.98);
	CU_ASSERT_EQUAL(rounded(9.995, 2), 10.0);
	CU_ASSERT_EQUAL(rounded(99.95, 1), 100.0);
	CU_ASSERT_EQUAL(rounded(0.0004, 2), 0.0);
	CU_ASSERT_EQUAL(rounded(0.005, 2), 0.01);
	CU_ASSERT_EQUAL(rounded(0.0049999, 2), 0.0);
	CU_ASSERT_EQUAL(rounded(123.456, 0), 123.0);
	CU_ASSERT_EQUAL(rounded(0, 3), 0.0);
	CU_ASSERT_EQUAL(rounded(1e300, 2), 1e300);
	CU_ASSERT_EQUAL(rounded(0.1 + 0.2, 15), 0.3);
	CU_ASSERT_EQUAL(rounded(54005.0 / 5307.0, 2), 10.18);
	/* No negative zero. */
	CU_ASSERT_FALSE(signbit(rounded(-0.004, 2)));
}

static void test_naive_rounding_is_wrong(void)
{
	/* The reason for the decimal rounding: the binary value of 1.005 is just below it. */
	CU_ASSERT_EQUAL(floor(1.005 * 100 + 0.5) / 100, 1.0);
	CU_ASSERT_EQUAL(rounded(1.005, 2), 1.01);
}

static void test_round_errors(void)
{
	double out = 7;
	CU_ASSERT_EQUAL(eduind_round(1, 2, NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_round(NAN, 2, &out), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_round(INFINITY, 2, &out), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_round(1, -1, &out), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_round(1, 16, &out), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(out, 7);
	CU_ASSERT_EQUAL(rounded(1.23456789012345, 15), 1.23456789012345);
}

static void test_round_many(void)
{
	double v[4] = { 16.975, 1.005, NAN, -0.285 }, out[4];
	CU_ASSERT_EQUAL(eduind_round_many(v, 4, 2, out), EDUIND_OK);
	CU_ASSERT_EQUAL(out[0], 16.98);
	CU_ASSERT_EQUAL(out[1], 1.01);
	CU_ASSERT_TRUE(isnan(out[2]));
	CU_ASSERT_EQUAL(out[3], -0.29);
	CU_ASSERT_EQUAL(eduind_round_many(v, 4, 2, v), EDUIND_OK); /* in place */
	CU_ASSERT_EQUAL(v[0], 16.98);
	CU_ASSERT_EQUAL(eduind_round_many(NULL, 4, 2, out), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_round_many(v, 4, 99, out), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_round_many(NULL, 0, 2, NULL), EDUIND_OK);
}

int register_calc_rounding_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_rounding", NULL, NULL);
	if (s == NULL || !CU_add_test(s, "publication_cases", test_publication_cases) ||
	    !CU_add_test(s, "naive_rounding_is_wrong", test_naive_rounding_is_wrong) ||
	    !CU_add_test(s, "errors", test_round_errors) || !CU_add_test(s, "many", test_round_many))
		return -1;
	return 0;
}
