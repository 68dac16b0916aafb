/* Edge cases of the teacher calculations (the Altay golden table is in calc_teachers). */
#include <string.h>
#include "calc_testing.h"

static void test_ptr(void)
{
	double out;
	char text[32];
	CHECK_VALUE(54005.0 / 5307.0, 0, eduind_pupil_teacher_ratio(54005, 5307, &out));
	CU_ASSERT_EQUAL(eduind_format(out, 2, EDUIND_UNIT_RATIO, text, sizeof text), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(text, "10.18:1");
	CHECK_VALUE(0.0, 0, eduind_pupil_teacher_ratio(0, 10, &out));
	CHECK_VALUE(12.5, 0, eduind_pupil_teacher_ratio(25, 2, &out));   /* FTE teachers */
	CHECK_FAILS(EDUIND_EZERODIV, eduind_pupil_teacher_ratio(100, 0, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_pupil_teacher_ratio(-1, 10, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_pupil_teacher_ratio(NAN, 10, &out));
	CU_ASSERT_EQUAL(eduind_pupil_teacher_ratio(1, 1, NULL), EDUIND_ENULL);
}

static void test_dual_qualified(void)
{
	double out;
	CHECK_VALUE(55.0, 1e-12, eduind_dual_qualified_share(110, 200, &out));
	CHECK_VALUE(100.0, 0, eduind_dual_qualified_share(200, 200, &out));
	CHECK_FAILS(EDUIND_EINCONSISTENT, eduind_dual_qualified_share(201, 200, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_dual_qualified_share(0, 0, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_dual_qualified_share(-1, 200, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_dual_qualified_share(1, INFINITY, &out));
}

static void test_staffing_gap(void)
{
	double out;
	/* 1:19 primary standard (B.6): 1900 pupils need exactly 100. */
	CHECK_VALUE(10.0, 0, eduind_staffing_gap(1900, 90, 19, &out));
	CHECK_VALUE(11.0, 0, eduind_staffing_gap(1901, 90, 19, &out));   /* a part needs one more */
	CHECK_VALUE(-5.0, 0, eduind_staffing_gap(1900, 105, 19, &out));  /* surplus */
	CHECK_VALUE(20.0, 0, eduind_staffing_gap(270, 0, 13.5, &out));
	/* 0.7 / 0.1 is 6.999999999999999 in binary: still 7 teachers, not 8. */
	CHECK_VALUE(7.0, 0, eduind_staffing_gap(0.7, 0, 0.1, &out));
	CHECK_VALUE(0.0, 0, eduind_staffing_gap(0, 0, 19, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_staffing_gap(100, 5, 0, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_staffing_gap(100, 5, -19, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_staffing_gap(-100, 5, 19, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_staffing_gap(100, -5, 19, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_staffing_gap(100, 5, NAN, &out));
	CU_ASSERT_EQUAL(eduind_staffing_gap(100, 5, 19, NULL), EDUIND_ENULL);
}

int register_calc_teachers_edges_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_teachers_edges", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "ptr", test_ptr) ||
	    !CU_add_test(s, "dual_qualified", test_dual_qualified) ||
	    !CU_add_test(s, "staffing_gap", test_staffing_gap))
		return -1;
	return 0;
}
