/* The pure judgement logic of lib/eval/progress.c: comparisons, goals, pace and
 * progress categories on constructed series. */
#include <math.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "eval/progress.h"

static pg_target target(eduind_comparison cmp, double value, double high, double tol)
{
	pg_target t;
	t.cmp = cmp;
	t.value = value;
	t.high = high;
	t.tolerance = tol;
	return t;
}

static pg_series series(int by, double b, int ly, double l, double prev, int ty)
{
	pg_series s;
	s.base_year = by;
	s.base = b;
	s.latest_year = ly;
	s.latest = l;
	s.latest_prev = prev;
	s.target_year = ty;
	return s;
}

static void test_comparisons(void)
{
	pg_target t = target(EDUIND_CMP_GE, 98.2, NAN, 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 98.2, NAN), 1);
	CU_ASSERT_EQUAL(pg_meets(&t, 98.19, NAN), 0);
	CU_ASSERT_EQUAL(pg_meets(&t, NAN, NAN), -1);
	/* 98.19999999999999 is 98.2 with binary noise: it meets, 98.1999999 does not. */
	CU_ASSERT_EQUAL(pg_meets(&t, 98.19999999999999, NAN), 1);
	CU_ASSERT_EQUAL(pg_meets(&t, 98.1999999, NAN), 0);

	t = target(EDUIND_CMP_GT, 10, NAN, 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 10, NAN), 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 10.001, NAN), 1);
	t = target(EDUIND_CMP_LE, 10, NAN, 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 10, NAN), 1);
	CU_ASSERT_EQUAL(pg_meets(&t, 10.01, NAN), 0);
	t = target(EDUIND_CMP_LT, 10, NAN, 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 10, NAN), 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 9.99, NAN), 1);
	t = target(EDUIND_CMP_EQ, 100, NAN, 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 100, NAN), 1);
	CU_ASSERT_EQUAL(pg_meets(&t, 99.9, NAN), 0);

	t = target(EDUIND_CMP_BETWEEN, 10, 12, 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 10, NAN), 1);
	CU_ASSERT_EQUAL(pg_meets(&t, 12, NAN), 1);
	CU_ASSERT_EQUAL(pg_meets(&t, 9.99, NAN), 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 12.01, NAN), 0);

	/* approx: 1.1 - 1 is 0.10000000000000009 in binary; it is within a tolerance of 0.1. */
	t = target(EDUIND_CMP_APPROX, 1, NAN, 0.1);
	CU_ASSERT_EQUAL(pg_meets(&t, 1.1, NAN), 1);
	CU_ASSERT_EQUAL(pg_meets(&t, 0.9, NAN), 1);
	CU_ASSERT_EQUAL(pg_meets(&t, 1.11, NAN), 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 0.89, NAN), 0);

	t = target(EDUIND_CMP_ELIMINATE, 0, NAN, 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 0, NAN), 1);
	CU_ASSERT_EQUAL(pg_meets(&t, 0.1, NAN), 0);
	t = target(EDUIND_CMP_ELIMINATE, 0.5, NAN, 0);
	CU_ASSERT_EQUAL(pg_meets(&t, 0.5, NAN), 1);
	CU_ASSERT_EQUAL(pg_meets(&t, 0.6, NAN), 0);
}

static void test_year_on_year(void)
{
	pg_target inc = target(EDUIND_CMP_INCREASE, NAN, NAN, 0);
	pg_target nd = target(EDUIND_CMP_NOT_DECREASE, NAN, NAN, 0);
	CU_ASSERT_TRUE(pg_is_year_on_year(EDUIND_CMP_INCREASE));
	CU_ASSERT_TRUE(pg_is_year_on_year(EDUIND_CMP_NOT_DECREASE));
	CU_ASSERT_FALSE(pg_is_year_on_year(EDUIND_CMP_GE));
	/* 比上年增长 is strict, 只增不减 is not. */
	CU_ASSERT_EQUAL(pg_meets(&inc, 101, 100), 1);
	CU_ASSERT_EQUAL(pg_meets(&inc, 100, 100), 0);
	CU_ASSERT_EQUAL(pg_meets(&inc, 99, 100), 0);
	CU_ASSERT_EQUAL(pg_meets(&nd, 100, 100), 1);
	CU_ASSERT_EQUAL(pg_meets(&nd, 101, 100), 1);
	CU_ASSERT_EQUAL(pg_meets(&nd, 99.99, 100), 0);
	/* Without a previous year nothing can be said. */
	CU_ASSERT_EQUAL(pg_meets(&inc, 101, NAN), -1);
	CU_ASSERT_EQUAL(pg_meets(&nd, 101, NAN), -1);
	CU_ASSERT_TRUE(isnan(pg_goal(&inc, 5)));
}

static void test_goal(void)
{
	pg_target t = target(EDUIND_CMP_BETWEEN, 10, 12, 0);
	CU_ASSERT_DOUBLE_EQUAL(pg_goal(&t, 8), 10, 0);
	CU_ASSERT_DOUBLE_EQUAL(pg_goal(&t, 13), 12, 0);
	CU_ASSERT_DOUBLE_EQUAL(pg_goal(&t, 11), 11, 0);
	t = target(EDUIND_CMP_ELIMINATE, 0.5, NAN, 0);
	CU_ASSERT_DOUBLE_EQUAL(pg_goal(&t, 3), 0.5, 0);
	t = target(EDUIND_CMP_APPROX, 1, NAN, 0.1);
	CU_ASSERT_DOUBLE_EQUAL(pg_goal(&t, 0.5), 1, 0);
	CU_ASSERT_TRUE(isnan(pg_goal(&t, NAN)));
}

static void test_category_boundaries(void)
{
	CU_ASSERT_EQUAL(pg_category(NAN), EDUIND_PROGRESS_UNKNOWN);
	CU_ASSERT_EQUAL(pg_category(250), EDUIND_PROGRESS_ON_TRACK);
	CU_ASSERT_EQUAL(pg_category(95), EDUIND_PROGRESS_ON_TRACK);
	CU_ASSERT_EQUAL(pg_category(94.999), EDUIND_PROGRESS_MODERATE);
	CU_ASSERT_EQUAL(pg_category(50), EDUIND_PROGRESS_MODERATE);
	CU_ASSERT_EQUAL(pg_category(49.999), EDUIND_PROGRESS_OFF_TRACK);
	CU_ASSERT_EQUAL(pg_category(0), EDUIND_PROGRESS_OFF_TRACK);
	CU_ASSERT_EQUAL(pg_category(-0.001), EDUIND_PROGRESS_REGRESSING);
}

/* Target >= 98.2 by 2025 from 95.5 in 2020: 0.54 a year is needed. */
static void test_pace_higher(void)
{
	pg_target t = target(EDUIND_CMP_GE, 98.2, NAN, 0);
	pg_series s;
	double r;
	/* 2023: 97.2 -> 1.7 / 3 = 0.5667 a year = 104.94% of the pace needed. */
	s = series(2020, 95.5, 2023, 97.2, NAN, 2025);
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_ON_TRACK);
	CU_ASSERT_DOUBLE_EQUAL(r, 1.7 / 3 / 0.54 * 100, 1e-9);
	/* 96.7 -> 0.4 a year = 74.07% */
	s.latest = 96.7;
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_MODERATE);
	CU_ASSERT_DOUBLE_EQUAL(r, 74.074074074, 1e-6);
	/* 96.0 -> 0.1667 a year = 30.86% */
	s.latest = 96.0;
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_OFF_TRACK);
	CU_ASSERT_DOUBLE_EQUAL(r, 30.864197531, 1e-6);
	/* 95.5 -> no change: 0%, still off track rather than regressing */
	s.latest = 95.5;
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_OFF_TRACK);
	CU_ASSERT_DOUBLE_EQUAL(r, 0, 1e-12);
	/* 95.0 -> falling */
	s.latest = 95.0;
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_REGRESSING);
	CU_ASSERT_TRUE(r < 0);
	/* 98.3 already meets: achieved, no pace computed */
	s.latest = 98.3;
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_ACHIEVED);
	CU_ASSERT_TRUE(isnan(r));
	/* The boundary pace itself: exactly 95% of 0.54 a year over 3 years = 1.539 */
	s.latest = 95.5 + 0.95 * 0.54 * 3;
	CU_ASSERT_EQUAL(pg_assess(&t, &s, NULL), EDUIND_PROGRESS_ON_TRACK);
	s.latest = 95.5 + 0.94 * 0.54 * 3;
	CU_ASSERT_EQUAL(pg_assess(&t, &s, NULL), EDUIND_PROGRESS_MODERATE);
}

/* For <= targets a falling value is progress. Dropout 14 (2020) -> <= 10 by 2025. */
static void test_pace_lower(void)
{
	pg_target t = target(EDUIND_CMP_LE, 10, NAN, 0);
	pg_series s = series(2020, 14, 2022, 12.4, NAN, 2025);
	double r;
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_ON_TRACK);
	CU_ASSERT_DOUBLE_EQUAL(r, 100, 1e-9);
	s.latest = 13.4; /* -0.3 a year of -0.8 needed: 37.5% */
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_OFF_TRACK);
	CU_ASSERT_DOUBLE_EQUAL(r, 37.5, 1e-9);
	s.latest = 14.5;
	CU_ASSERT_EQUAL(pg_assess(&t, &s, NULL), EDUIND_PROGRESS_REGRESSING);
	s.latest = 9.9;
	CU_ASSERT_EQUAL(pg_assess(&t, &s, NULL), EDUIND_PROGRESS_ACHIEVED);

	/* eliminate large classes: 8% (2020) -> <= 0 by 2024; 5% in 2022 is 75% of the pace */
	t = target(EDUIND_CMP_ELIMINATE, 0, NAN, 0);
	s = series(2020, 8, 2022, 5, NAN, 2024);
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_MODERATE);
	CU_ASSERT_DOUBLE_EQUAL(r, 75, 1e-9);
}

static void test_pace_ranges(void)
{
	/* between 10 and 12 from 8: the goal is the lower bound, 10 */
	pg_target t = target(EDUIND_CMP_BETWEEN, 10, 12, 0);
	pg_series s = series(2020, 8, 2022, 9, NAN, 2024);
	double r;
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_ON_TRACK);
	CU_ASSERT_DOUBLE_EQUAL(r, 100, 1e-9);
	/* from above: 14 -> 13.5 of the 2 needed in 4 years: 0.25 a year of 0.5 = 50% */
	s = series(2020, 14, 2022, 13.5, NAN, 2024);
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_MODERATE);
	CU_ASSERT_DOUBLE_EQUAL(r, 50, 1e-9);
	/* approx 1 +- 0.1 from 0.5: the goal is the centre */
	t = target(EDUIND_CMP_APPROX, 1, NAN, 0.1);
	s = series(2020, 0.5, 2022, 0.6, NAN, 2025);
	CU_ASSERT_EQUAL(pg_assess(&t, &s, &r), EDUIND_PROGRESS_MODERATE);
	CU_ASSERT_DOUBLE_EQUAL(r, 0.05 / 0.1 * 100, 1e-9);
}

static void test_unknown_and_regressing(void)
{
	pg_target t = target(EDUIND_CMP_GE, 98.2, NAN, 0);
	pg_series s = series(2020, 95.5, 2020, 95.5, NAN, 2025);
	/* one value only */
	CU_ASSERT_EQUAL(pg_assess(&t, &s, NULL), EDUIND_PROGRESS_UNKNOWN);
	/* ... but one value that meets is achieved */
	s = series(2020, 99, 2020, 99, NAN, 2025);
	CU_ASSERT_EQUAL(pg_assess(&t, &s, NULL), EDUIND_PROGRESS_ACHIEVED);
	/* no value at all */
	s = series(0, NAN, 0, NAN, NAN, 2025);
	CU_ASSERT_EQUAL(pg_assess(&t, &s, NULL), EDUIND_PROGRESS_UNKNOWN);
	/* target year not after the baseline: no pace */
	s = series(2020, 95.5, 2022, 96, NAN, 2020);
	CU_ASSERT_EQUAL(pg_assess(&t, &s, NULL), EDUIND_PROGRESS_UNKNOWN);
	/* the baseline met, the latest does not: going back */
	s = series(2020, 98.5, 2022, 97, NAN, 2025);
	CU_ASSERT_EQUAL(pg_assess(&t, &s, NULL), EDUIND_PROGRESS_REGRESSING);
	/* strictly above 10 from exactly 10: no pace can be measured */
	t = target(EDUIND_CMP_GT, 10, NAN, 0);
	s = series(2020, 10, 2022, 10, NAN, 2025);
	CU_ASSERT_EQUAL(pg_assess(&t, &s, NULL), EDUIND_PROGRESS_UNKNOWN);
}

static void test_year_on_year_progress(void)
{
	pg_target inc = target(EDUIND_CMP_INCREASE, NAN, NAN, 0);
	pg_target nd = target(EDUIND_CMP_NOT_DECREASE, NAN, NAN, 0);
	pg_series s = series(2019, 90, 2021, 105, 100, 2022);
	CU_ASSERT_EQUAL(pg_assess(&inc, &s, NULL), EDUIND_PROGRESS_ACHIEVED);
	s.latest = 100;
	CU_ASSERT_EQUAL(pg_assess(&inc, &s, NULL), EDUIND_PROGRESS_OFF_TRACK);
	CU_ASSERT_EQUAL(pg_assess(&nd, &s, NULL), EDUIND_PROGRESS_ACHIEVED);
	s.latest = 99;
	CU_ASSERT_EQUAL(pg_assess(&inc, &s, NULL), EDUIND_PROGRESS_REGRESSING);
	CU_ASSERT_EQUAL(pg_assess(&nd, &s, NULL), EDUIND_PROGRESS_REGRESSING);
	s.latest_prev = NAN;
	CU_ASSERT_EQUAL(pg_assess(&inc, &s, NULL), EDUIND_PROGRESS_UNKNOWN);
}

static void test_names(void)
{
	CU_ASSERT_STRING_EQUAL(eduind_verdict_name(EDUIND_VERDICT_MET), "met");
	CU_ASSERT_STRING_EQUAL(eduind_verdict_name(EDUIND_VERDICT_NOT_MET), "not_met");
	CU_ASSERT_STRING_EQUAL(eduind_verdict_name(EDUIND_VERDICT_PENDING), "pending");
	CU_ASSERT_STRING_EQUAL(eduind_verdict_name(EDUIND_VERDICT_NO_DATA), "no_data");
	CU_ASSERT_STRING_EQUAL(eduind_verdict_name((eduind_verdict)42), "no_data");
	CU_ASSERT_STRING_EQUAL(eduind_progress_name(EDUIND_PROGRESS_UNKNOWN), "unknown");
	CU_ASSERT_STRING_EQUAL(eduind_progress_name(EDUIND_PROGRESS_ACHIEVED), "achieved");
	CU_ASSERT_STRING_EQUAL(eduind_progress_name(EDUIND_PROGRESS_ON_TRACK), "on_track");
	CU_ASSERT_STRING_EQUAL(eduind_progress_name(EDUIND_PROGRESS_MODERATE), "moderate");
	CU_ASSERT_STRING_EQUAL(eduind_progress_name(EDUIND_PROGRESS_OFF_TRACK), "off_track");
	CU_ASSERT_STRING_EQUAL(eduind_progress_name(EDUIND_PROGRESS_REGRESSING), "regressing");
	CU_ASSERT_STRING_EQUAL(eduind_progress_name((eduind_progress)-1), "unknown");
}

int register_progress_suite(void)
{
	CU_pSuite s = CU_add_suite("progress", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "comparisons", test_comparisons) ||
	    !CU_add_test(s, "year_on_year", test_year_on_year) ||
	    !CU_add_test(s, "goal", test_goal) ||
	    !CU_add_test(s, "category_boundaries", test_category_boundaries) ||
	    !CU_add_test(s, "pace_higher", test_pace_higher) ||
	    !CU_add_test(s, "pace_lower", test_pace_lower) ||
	    !CU_add_test(s, "pace_ranges", test_pace_ranges) ||
	    !CU_add_test(s, "unknown_and_regressing", test_unknown_and_regressing) ||
	    !CU_add_test(s, "year_on_year_progress", test_year_on_year_progress) ||
	    !CU_add_test(s, "names", test_names))
		return -1;
	return 0;
}
