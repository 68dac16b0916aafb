/* eduind_ratio, eduind_proportion and the status order they share with every calc. */
#include "calc_testing.h"

static void test_ratio_values(void)
{
	double out;
	CHECK_VALUE(2.0, 0, eduind_ratio(1, 2, 4, &out));
	CHECK_VALUE(0.0, 0, eduind_ratio(0, 7, 100, &out));      /* nil is 0, not missing */
	CHECK_VALUE(250.0, 0, eduind_ratio(5, 2, 100, &out));    /* no upper bound */
	CHECK_VALUE(1.0 / 3.0, 1e-16, eduind_ratio(1, 3, 1, &out));
	/* 57 of 200 is 28.5 percent, and prints so. */
	CHECK_VALUE(28.5, 1e-13, eduind_ratio(57, 200, 100, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 1), 28.5);
	/* The generic ratio takes signed inputs (differences, balances); see calc.h. */
	CHECK_VALUE(-0.5, 0, eduind_ratio(-1, 2, 1, &out));
	CHECK_VALUE(-0.5, 0, eduind_ratio(1, -2, 1, &out));
	/* num * scale overflows but the quotient does not. */
	CHECK_VALUE(1e308, 1e293, eduind_ratio(1e308, 100, 100, &out));
}

static void test_ratio_errors(void)
{
	double out;
	CU_ASSERT_EQUAL(eduind_ratio(1, 2, 1, NULL), EDUIND_ENULL);
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_ratio(NAN, 2, 1, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_ratio(1, INFINITY, 1, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_ratio(1, 2, NAN, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_ratio(1, 0, 1, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_ratio(0, 0, 1, &out));
	CHECK_FAILS(EDUIND_ERANGE, eduind_ratio(1e300, 1e-300, 1, &out));
}

/* The documented order: ENULL, ENONFINITE, ENEGATIVE, EZERODIV, EINCONSISTENT. */
static void test_check_order(void)
{
	double out;
	CU_ASSERT_EQUAL(eduind_ratio(NAN, 0, -1, NULL), EDUIND_ENULL);
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_ratio(NAN, 0, -1, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_ratio(-1, 0, 1, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_proportion(-1, 0, 1, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_gross_enrolment_ratio(-1, 0, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_effective_transition_rate(0, 5, 3, 3, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_proportion(5, 0, 100, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_proportion(-5, 0, 100, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_proportion(INFINITY, -1, 100, &out));
}

static void test_proportion(void)
{
	double out;
	/* 普惠性幼儿园覆盖率 2021 (B.11): 4218.20 of 4805.21 (万人) -> 87.78% */
	CHECK_VALUE(87.784, 1e-3, eduind_proportion(4218.20, 4805.21, 100, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 2), 87.78);
	CHECK_VALUE(100.0, 0, eduind_proportion(7, 7, 100, &out));
	CHECK_VALUE(0.0, 0, eduind_proportion(0, 7, 100, &out));
	CHECK_VALUE(0.25, 0, eduind_proportion(1, 4, 1, &out));
	CHECK_FAILS(EDUIND_EINCONSISTENT, eduind_proportion(8, 7, 100, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_proportion(0, 0, 100, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_proportion(1, -7, 100, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_proportion(1, NAN, 100, &out));
	CU_ASSERT_EQUAL(eduind_proportion(1, 2, 100, NULL), EDUIND_ENULL);
}

int register_calc_ratio_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_ratio", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "ratio_values", test_ratio_values) ||
	    !CU_add_test(s, "ratio_errors", test_ratio_errors) ||
	    !CU_add_test(s, "check_order", test_check_order) ||
	    !CU_add_test(s, "proportion", test_proportion))
		return -1;
	return 0;
}
