/* Golden test: the pupil:teacher ratios derived from the Altay 2015/2020 tables
 * (seed-indicators.md §2.1), plus staffing and dual-qualified share. */
#include <math.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

#define TYPES 10
/* kindergarten, primary, secondary subtotal, junior, senior, vocational subtotal,
 * of which technical, higher, special, total */
static const double students[2][TYPES] = {
	{ 21130, 49844, 32999, 20204, 12795, 3070, 1345, 4718, 50, 111811 },
	{ 28906, 54005, 35594, 23143, 12451, 4751, 1819, 6108, 194, 129558 },
};
static const double teachers[2][TYPES] = {
	{ 965, 4736, 3381, 2114, 1267, 376, 136, 37, 25, 9520 },
	{ 2296, 5307, 3217, 2113, 1104, 439, 129, 143, 35, 11437 },
};
static const char *const published[2][TYPES] = {
	{ "21.90", "10.52", "9.76", "9.56", "10.10", "8.16", "9.89", "127.51", "2.00", "11.74" },
	{ "12.59", "10.18", "11.06", "10.95", "11.28", "10.82", "14.10", "42.71", "5.54", "11.33" },
};

static void test_altay_ptr_table(void)
{
	int y, t;
	for (y = 0; y < 2; y++) {
		for (t = 0; t < TYPES; t++) {
			double ptr;
			char text[32], expect[40];
			CU_ASSERT_EQUAL_FATAL(eduind_pupil_teacher_ratio(students[y][t], teachers[y][t], &ptr),
			                      EDUIND_OK);
			CU_ASSERT_EQUAL(eduind_format_decimal(ptr, 2, text, sizeof text), EDUIND_OK);
			CU_ASSERT_STRING_EQUAL(text, published[y][t]);
			CU_ASSERT_EQUAL(eduind_format(ptr, 2, EDUIND_UNIT_RATIO, text, sizeof text), EDUIND_OK);
			strcpy(expect, published[y][t]);
			strcat(expect, ":1");
			CU_ASSERT_STRING_EQUAL(text, expect);
		}
	}
}

static void test_ptr_errors(void)
{
	double out = 42;
	CU_ASSERT_EQUAL(eduind_pupil_teacher_ratio(100, 0, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_pupil_teacher_ratio(-1, 5, &out), EDUIND_ENEGATIVE);
	CU_ASSERT_EQUAL(eduind_pupil_teacher_ratio(100, -5, &out), EDUIND_ENEGATIVE);
	CU_ASSERT_EQUAL(eduind_pupil_teacher_ratio(NAN, 5, &out), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_pupil_teacher_ratio(100, INFINITY, &out), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_pupil_teacher_ratio(100, 5, NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(out, 42); /* untouched on failure */
	CU_ASSERT_EQUAL(eduind_pupil_teacher_ratio(0, 5, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(out, 0);
}

static void test_dual_qualified(void)
{
	double out = 0;
	CU_ASSERT_EQUAL(eduind_dual_qualified_share(301, 500, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 60.2, 1e-12);
	CU_ASSERT_EQUAL(eduind_dual_qualified_share(501, 500, &out), EDUIND_EINCONSISTENT);
	CU_ASSERT_EQUAL(eduind_dual_qualified_share(0, 0, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_dual_qualified_share(-1, 10, &out), EDUIND_ENEGATIVE);
}

static void test_staffing_gap(void)
{
	double out = 0;
	/* 1900 pupils at 19 per teacher need exactly 100 teachers. */
	CU_ASSERT_EQUAL(eduind_staffing_gap(1900, 90, 19, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(out, 10);
	CU_ASSERT_EQUAL(eduind_staffing_gap(1901, 100, 19, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(out, 1);
	CU_ASSERT_EQUAL(eduind_staffing_gap(1900, 120, 19, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(out, -20); /* surplus */
	/* Aheqi rule: one health technician per 600 pupils. */
	CU_ASSERT_EQUAL(eduind_staffing_gap(6001, 10, 600, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(out, 1);
	CU_ASSERT_EQUAL(eduind_staffing_gap(1900, 90, 0, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_staffing_gap(1900, 90, -19, &out), EDUIND_ENEGATIVE);
}

int register_calc_teachers_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_teachers", NULL, NULL);
	if (s == NULL || !CU_add_test(s, "altay_ptr_table", test_altay_ptr_table) ||
	    !CU_add_test(s, "ptr_errors", test_ptr_errors) ||
	    !CU_add_test(s, "dual_qualified", test_dual_qualified) ||
	    !CU_add_test(s, "staffing_gap", test_staffing_gap))
		return -1;
	return 0;
}
