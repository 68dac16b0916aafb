#include <math.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

static void test_growth(void)
{
	double out = 0, r;
	/* Wuhai: 15887.2 万元, "同比增加 26.65%" over 12544.2 (seed-indicators W-12). */
	CU_ASSERT_EQUAL(eduind_growth_rate(12544.2, 15887.2, &out), EDUIND_OK);
	eduind_round(out, 2, &r);
	CU_ASSERT_EQUAL(r, 26.65);
	CU_ASSERT_EQUAL(eduind_growth_rate(100, 90, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, -10, 1e-12);
	CU_ASSERT_EQUAL(eduind_growth_rate(0, 90, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_growth_rate(-5, 90, &out), EDUIND_EDOMAIN);
	CU_ASSERT_EQUAL(eduind_growth_rate(5, -90, &out), EDUIND_ENEGATIVE);
	CU_ASSERT_EQUAL(eduind_growth_rate(5, NAN, &out), EDUIND_ENONFINITE);
	/* Per pupil: 1,000,000 for 100 pupils -> 1,050,000 for 100 pupils = +5 %; with 105 pupils 0 %. */
	CU_ASSERT_EQUAL(eduind_per_pupil_growth(1e6, 100, 1.05e6, 100, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 5, 1e-9);
	CU_ASSERT_EQUAL(eduind_per_pupil_growth(1e6, 100, 1.05e6, 105, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 0, 1e-9);
	CU_ASSERT_EQUAL(eduind_per_pupil_growth(1e6, 0, 1.05e6, 105, &out), EDUIND_EZERODIV);
}

static void test_compound(void)
{
	double out = 0, r;
	/* Altay enrolment 111811 (2015) -> 129558 (2020): 2.99 % a year. */
	CU_ASSERT_EQUAL(eduind_cagr(111811, 129558, 5, &out), EDUIND_OK);
	eduind_round(out, 2, &r);
	CU_ASSERT_EQUAL(r, 2.99);
	CU_ASSERT_EQUAL(eduind_cagr(100, 0, 5, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, -100, 1e-12);
	CU_ASSERT_EQUAL(eduind_cagr(0, 10, 5, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_cagr(10, 20, 0, &out), EDUIND_EDOMAIN);
	CU_ASSERT_EQUAL(eduind_cagr(10, 20, -1, &out), EDUIND_EDOMAIN);
	/* One year is the growth rate exactly, and bad input is still judged as cagr does. */
	CU_ASSERT_EQUAL(eduind_cagr(100000, 100115, 1, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_growth_rate(100000, 100115, &r), EDUIND_OK);
	CU_ASSERT_EQUAL(out, r);
	CU_ASSERT_EQUAL(eduind_cagr(-5, 10, 1, &out), EDUIND_ENEGATIVE);
	CU_ASSERT_EQUAL(eduind_cagr(0, 10, 1, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_cagr(NAN, 10, 1, &out), EDUIND_ENONFINITE);
	/* Altay 3-year preschool GER 95.5 (2020) to 98.2 (2025). */
	CU_ASSERT_EQUAL(eduind_required_growth(95.5, 98.2, 5, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, (pow(98.2 / 95.5, 0.2) - 1) * 100, 1e-12);
	CU_ASSERT_EQUAL(eduind_years_to_target(100, 121, 10, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 2, 1e-12);
	CU_ASSERT_EQUAL(eduind_years_to_target(121, 100, -9.090909090909091, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 2, 1e-9);
	CU_ASSERT_EQUAL(eduind_years_to_target(100, 100, 0, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(out, 0);
	CU_ASSERT_EQUAL(eduind_years_to_target(100, 121, -1, &out), EDUIND_EDOMAIN);
	CU_ASSERT_EQUAL(eduind_years_to_target(100, 121, 0, &out), EDUIND_EDOMAIN);
	CU_ASSERT_EQUAL(eduind_years_to_target(0, 121, 5, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_years_to_target(10, 0, -5, &out), EDUIND_EDOMAIN);
}

int register_calc_growth_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_growth", NULL, NULL);
	if (s == NULL || !CU_add_test(s, "growth", test_growth) || !CU_add_test(s, "compound", test_compound))
		return -1;
	return 0;
}
