/* Column forms: broadcasting, per-element status, identical to the scalar calls. */
#include <string.h>
#include "calc_testing.h"

typedef eduind_status (*scalar2)(double a, double b, double *out);

static eduind_status gpi0(double a, double b, double *out) { return eduind_gpi(a, b, 0, out); }
static eduind_status gpi1(double a, double b, double *out) { return eduind_gpi(a, b, 1, out); }
static eduind_status prop100(double a, double b, double *out) { return eduind_proportion(a, b, 100, out); }
static eduind_status ratio1(double a, double b, double *out) { return eduind_ratio(a, b, 1, out); }

static const struct {
	eduind_calc2 kind;
	scalar2 fn;
} kinds[] = {
	{ EDUIND_CALC2_GER, eduind_gross_enrolment_ratio },
	{ EDUIND_CALC2_NER, eduind_net_enrolment_rate },
	{ EDUIND_CALC2_PTR, eduind_pupil_teacher_ratio },
	{ EDUIND_CALC2_CONSOLIDATION, eduind_consolidation_rate },
	{ EDUIND_CALC2_TRANSITION, eduind_transition_rate },
	{ EDUIND_CALC2_DUAL_QUALIFIED, eduind_dual_qualified_share },
	{ EDUIND_CALC2_GROWTH, eduind_growth_rate },
	{ EDUIND_CALC2_GPI, gpi0 },
	{ EDUIND_CALC2_GPI_ADJUSTED, gpi1 },
	{ EDUIND_CALC2_PROPORTION_PCT, prop100 },
	{ EDUIND_CALC2_RATIO, ratio1 },
};

#define N 9
static const double col_a[N] = { 54005, 0, 110, -1, NAN, 5, 1e300, 27.3, 8 };
static const double col_b[N] = { 5307, 10, 100, 10, 10, 0, 1e-300, 26.9, 7 };

static void test_same_as_scalar(void)
{
	size_t k, i;
	for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		double out[N];
		int st[N];
		CU_ASSERT_EQUAL_FATAL(eduind_calc2_many(kinds[k].kind, col_a, N, col_b, N, out, N, st),
		                      EDUIND_OK);
		for (i = 0; i < N; i++) {
			double one = NAN;
			eduind_status s = kinds[k].fn(col_a[i], col_b[i], &one);
			CU_ASSERT_EQUAL(st[i], (int)s);
			if (s == EDUIND_OK) {
				CU_ASSERT_EQUAL(out[i], one);
			} else {
				CU_ASSERT(isnan(out[i]));
			}
		}
	}
}

static void test_statuses(void)
{
	double out[N];
	int st[N];
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, col_a, N, col_b, N, out, N, st), EDUIND_OK);
	CU_ASSERT_EQUAL(calc_rounded(out[0], 2), 10.18);
	CU_ASSERT_EQUAL(st[0], EDUIND_OK);
	CU_ASSERT_EQUAL(out[1], 0.0);
	CU_ASSERT_EQUAL(st[3], EDUIND_ENEGATIVE);
	CU_ASSERT_EQUAL(st[4], EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(st[5], EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(st[6], EDUIND_ERANGE);
	/* status_out may be NULL: failures are still NaN. */
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PROPORTION_PCT, col_a, N, col_b, N, out, N, NULL),
	                EDUIND_OK);
	CU_ASSERT(isnan(out[8]));          /* 8 of 7: part > whole */
}

static void test_broadcast(void)
{
	double pupils[3] = { 1900, 2000, 0 }, teachers = 100, out[3];
	double scalar_a = 100, many_b[3] = { 50, 200, 0 };
	int st[3];
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, pupils, 3, &teachers, 1, out, 3, st), EDUIND_OK);
	CU_ASSERT_EQUAL(out[0], 19.0);
	CU_ASSERT_EQUAL(out[1], 20.0);
	CU_ASSERT_EQUAL(out[2], 0.0);
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_GROWTH, &scalar_a, 1, many_b, 3, out, 3, st), EDUIND_OK);
	CU_ASSERT_EQUAL(out[0], -50.0);
	CU_ASSERT_EQUAL(out[1], 100.0);
	CU_ASSERT_EQUAL(out[2], -100.0);
	/* Both broadcast. */
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_RATIO, &scalar_a, 1, &teachers, 1, out, 3, st), EDUIND_OK);
	CU_ASSERT_EQUAL(out[2], 1.0);
	/* Lengths must be n_out or 1. */
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, pupils, 2, &teachers, 1, out, 3, st), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, pupils, 3, many_b, 2, out, 3, st), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_calc2_many((eduind_calc2)0, pupils, 3, many_b, 3, out, 3, st), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_calc2_many((eduind_calc2)99, pupils, 3, many_b, 3, out, 3, st), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, NULL, 3, many_b, 3, out, 3, st), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, pupils, 3, many_b, 3, NULL, 3, st), EDUIND_ENULL);
	/* Empty columns are fine. */
	CU_ASSERT_EQUAL(eduind_calc2_many(EDUIND_CALC2_PTR, pupils, 0, many_b, 0, out, 0, st), EDUIND_OK);
}

static void test_aliasing(void)
{
	/* out may be one of the inputs, even the broadcast one. */
	double col[3] = { 100, 0, 0 };
	double den[3] = { 50, 25, 0 };
	int st[3];
	CU_ASSERT_EQUAL(eduind_ratio_many(col, 1, den, 3, 100, col, 3, st), EDUIND_OK);
	CU_ASSERT_EQUAL(col[0], 200.0);
	CU_ASSERT_EQUAL(col[1], 400.0);
	CU_ASSERT(isnan(col[2]));
	CU_ASSERT_EQUAL(st[2], EDUIND_EZERODIV);
}

static void test_ratio_many(void)
{
	double out[N];
	int st[N];
	size_t i;
	CU_ASSERT_EQUAL(eduind_ratio_many(col_a, N, col_b, N, 100, out, N, st), EDUIND_OK);
	for (i = 0; i < N; i++) {
		double one = NAN;
		eduind_status s = eduind_ratio(col_a[i], col_b[i], 100, &one);
		CU_ASSERT_EQUAL(st[i], (int)s);
		if (s == EDUIND_OK) {
			CU_ASSERT_EQUAL(out[i], one);
		} else {
			CU_ASSERT(isnan(out[i]));
		}
	}
	/* A bad scale fails every element, exactly as the scalar call would. */
	CU_ASSERT_EQUAL(eduind_ratio_many(col_a, N, col_b, N, NAN, out, N, st), EDUIND_OK);
	CU_ASSERT_EQUAL(st[0], EDUIND_ENONFINITE);
	CU_ASSERT(isnan(out[0]));
	CU_ASSERT_EQUAL(eduind_ratio_many(col_a, 3, col_b, N, 1, out, N, st), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_ratio_many(col_a, N, NULL, N, 1, out, N, st), EDUIND_ENULL);
}

int register_calc_bulk_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_bulk", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "same_as_scalar", test_same_as_scalar) ||
	    !CU_add_test(s, "statuses", test_statuses) ||
	    !CU_add_test(s, "broadcast", test_broadcast) ||
	    !CU_add_test(s, "aliasing", test_aliasing) ||
	    !CU_add_test(s, "ratio_many", test_ratio_many))
		return -1;
	return 0;
}
