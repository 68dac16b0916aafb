/* GPI illustrations of methodology A.10 and the bulk (column) forms. */
#include <math.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

static void test_gpi(void)
{
	double out = 0;
	CU_ASSERT_EQUAL(eduind_gpi(110, 100, 0, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 1.1, 1e-12);
	CU_ASSERT_EQUAL(eduind_gpi(110, 100, 1, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 1.090909, 1e-6);
	CU_ASSERT_NOT_EQUAL(fabs(out - 0.9) < 1e-9, 1); /* not the min(r, 2-r) variant */
	CU_ASSERT_EQUAL(eduind_gpi(27.3, 26.9, 0, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 1.014870, 1e-6);
	CU_ASSERT_EQUAL(eduind_gpi(27.3, 26.9, 1, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 1.014652, 1e-6);
	CU_ASSERT_EQUAL(eduind_gpi(50, 100, 0, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 0.5, 1e-12);
	CU_ASSERT_EQUAL(eduind_gpi(50, 100, 1, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 0.5, 1e-12);
	CU_ASSERT_EQUAL(eduind_gpi(50, 0, 1, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_gpi(0, 0, 1, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_gpi(-1, 10, 1, &out), EDUIND_ENEGATIVE);
}

static void test_bulk_matches_scalar(void)
{
	const double pupils[4] = { 54005, 49844, 100, -3 };
	const double teachers[4] = { 5307, 4736, 0, 10 };
	const double one_teacher_count[1] = { 5307 };
	double out[4], scalar;
	int st[4];
	size_t i;
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, pupils, 4, teachers, 4, out, 4, st), EDUIND_OK);
	for (i = 0; i < 4; i++) {
		eduind_status s = eduind_pupil_teacher_ratio(pupils[i], teachers[i], &scalar);
		CU_ASSERT_EQUAL(st[i], s);
		if (s == EDUIND_OK) {
			CU_ASSERT_EQUAL(out[i], scalar);
		} else {
			CU_ASSERT_TRUE(isnan(out[i]));
		}
	}
	CU_ASSERT_EQUAL(st[2], EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(st[3], EDUIND_ENEGATIVE);
	/* Broadcasting a length-1 input. */
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, pupils, 2, one_teacher_count, 1, out, 2, NULL),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(out[1], 49844.0 / 5307.0);
	CU_ASSERT_EQUAL(eduind_ratio_many(pupils, 2, teachers, 2, 100, out, 2, st), EDUIND_OK);
	CU_ASSERT_EQUAL(out[0], 54005.0 / 5307.0 * 100);
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_GPI_ADJUSTED, pupils, 1, teachers, 1, out, 1, st),
	                EDUIND_OK);
	/* Shape and kind errors fail the whole call. */
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, pupils, 3, teachers, 4, out, 4, st), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_calc2_many((eduind_calc2)999, pupils, 4, teachers, 4, out, 4, st), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, NULL, 4, teachers, 4, out, 4, st), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, NULL, 0, NULL, 0, NULL, 0, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_ratio_many(pupils, 4, teachers, 2, 1, out, 4, st), EDUIND_EINVAL);
}

int register_calc_parity_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_parity", NULL, NULL);
	if (s == NULL || !CU_add_test(s, "gpi", test_gpi) ||
	    !CU_add_test(s, "bulk_matches_scalar", test_bulk_matches_scalar))
		return -1;
	return 0;
}
