/* Growth rates, per-pupil growth, CAGR, growth still needed, years to target. */
#include "calc_testing.h"

static void test_growth_rate(void)
{
	double out;
	/* Bulletin style "增长1.07%", "下降0.27%" (2 decimals). */
	CHECK_VALUE(1.07, 1e-12, eduind_growth_rate(100, 101.07, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 2), 1.07);
	CHECK_VALUE(-0.27, 1e-12, eduind_growth_rate(100, 99.73, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 2), -0.27);
	/* Altay total enrolment 2015 -> 2020 (seed §2.1). */
	CHECK_VALUE(15.8723, 1e-4, eduind_growth_rate(111811, 129558, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 2), 15.87);
	CHECK_VALUE(0.0, 0, eduind_growth_rate(5, 5, &out));
	CHECK_VALUE(-100.0, 0, eduind_growth_rate(5, 0, &out));
	/* A tiny change keeps its digits (no cancellation). */
	CHECK_VALUE(1e-6, 1e-18, eduind_growth_rate(1e8, 1e8 + 1, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_growth_rate(0, 5, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_growth_rate(0, 0, &out));
	CHECK_FAILS(EDUIND_EDOMAIN, eduind_growth_rate(-5, 5, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_growth_rate(5, -5, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_growth_rate(NAN, 5, &out));
	CHECK_FAILS(EDUIND_ERANGE, eduind_growth_rate(1e-300, 1e300, &out));
	CU_ASSERT_EQUAL(eduind_growth_rate(1, 2, NULL), EDUIND_ENULL);
}

/* Growth rates that are exact halves at 2 decimals (0.005%, 0.015%, ... 4.995%), from
 * integer counts. Computed as current / previous - 1, about a third of them fell below
 * the half (100000 -> 100115 printed 0.11 instead of 0.12). */
static void test_growth_halves_sweep(void)
{
	static const long bases[] = { 100000, 200000, 400000, 800000, 1600000, 20000000 };
	long m, wrong = 0, wrong_cagr = 0, cases = 0;
	size_t b;
	for (m = 5; m < 5000; m += 10) {             /* growth = m / 1000 percent */
		for (b = 0; b < sizeof bases / sizeof bases[0]; b++) {
			long prev = bases[b], cur;
			double expected = (double)((m + 5) / 10) / 100.0, g = NAN, c = NAN;
			if ((prev * m) % 100000 != 0)
				continue;
			cur = prev + prev * m / 100000;
			cases++;
			if (eduind_growth_rate((double)prev, (double)cur, &g) != EDUIND_OK ||
			    calc_rounded(g, 2) != expected)
				wrong++;
			/* Over one year the compound rate is the growth rate. */
			if (eduind_cagr((double)prev, (double)cur, 1, &c) != EDUIND_OK ||
			    calc_rounded(c, 2) != expected)
				wrong_cagr++;
		}
	}
	CU_ASSERT_EQUAL(cases, 3000);
	CU_ASSERT_EQUAL(wrong, 0);
	CU_ASSERT_EQUAL(wrong_cagr, 0);
	CU_ASSERT_EQUAL(calc_rounded(100115.0 / 100000.0 * 100 - 100, 2), 0.11); /* the trap */
	{
		double out;
		CHECK_VALUE(0.115, 1e-15, eduind_growth_rate(100000, 100115, &out));
		CU_ASSERT_EQUAL(calc_rounded(out, 2), 0.12);
		CHECK_VALUE(0.115, 1e-15, eduind_per_pupil_growth(100000, 10, 100115, 10, &out));
		CU_ASSERT_EQUAL(calc_rounded(out, 2), 0.12);
	}
}

static void test_per_pupil_growth(void)
{
	double out;
	/* 10000 yuan for 100 pupils -> 11000 for 105: 100 -> 104.7619 yuan per pupil. */
	CHECK_VALUE(4.761905, 1e-6, eduind_per_pupil_growth(10000, 100, 11000, 105, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 2), 4.76);
	/* Spending up, per-pupil spending down: the "三个增长" check must see this. */
	CHECK_VALUE(-4.545455, 1e-6, eduind_per_pupil_growth(10000, 100, 10500, 110, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_per_pupil_growth(10000, 0, 11000, 105, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_per_pupil_growth(10000, 100, 11000, 0, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_per_pupil_growth(0, 100, 11000, 105, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_per_pupil_growth(10000, 100, -1, 105, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_per_pupil_growth(10000, 100, 11000, INFINITY, &out));
	CU_ASSERT_EQUAL(eduind_per_pupil_growth(1, 1, 1, 1, NULL), EDUIND_ENULL);
}

static void test_cagr(void)
{
	double out;
	/* Altay total enrolment, 5 years. */
	CHECK_VALUE(2.990209, 1e-6, eduind_cagr(111811, 129558, 5, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 2), 2.99);
	/* Doubling in one year, and in ten. */
	CHECK_VALUE(100.0, 1e-12, eduind_cagr(50, 100, 1, &out));
	CHECK_VALUE(7.177346, 1e-6, eduind_cagr(1, 2, 10, &out));
	CHECK_VALUE(0.0, 0, eduind_cagr(7, 7, 3, &out));
	CHECK_VALUE(-100.0, 0, eduind_cagr(7, 0, 3, &out));
	CHECK_VALUE(-50.0, 1e-12, eduind_cagr(100, 25, 2, &out));
	CHECK_VALUE(10.0, 1e-12, eduind_cagr(100, 121, 2, &out));
	CHECK_VALUE(22.474487, 1e-6, eduind_cagr(100, 150, 2, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_cagr(0, 10, 5, &out));
	CHECK_FAILS(EDUIND_EDOMAIN, eduind_cagr(10, 20, 0, &out));
	CHECK_FAILS(EDUIND_EDOMAIN, eduind_cagr(10, 20, -1, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_cagr(-10, 20, 5, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_cagr(10, -20, 5, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_cagr(0, 20, 0, &out));  /* zero-div before domain */
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_cagr(10, 20, NAN, &out));
	CHECK_FAILS(EDUIND_ERANGE, eduind_cagr(1e-300, 1e300, 1, &out));
	CU_ASSERT_EQUAL(eduind_cagr(1, 2, 1, NULL), EDUIND_ENULL);
}

static void test_required_growth(void)
{
	double out, back;
	/* Altay preschool GER 95.5 (2020) -> 98.2 (2025): 0.56% a year still needed. */
	CHECK_VALUE(0.559157, 1e-6, eduind_required_growth(95.5, 98.2, 5, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 2), 0.56);
	/* Growing at that rate for 5 years lands on the target. */
	back = 95.5 * pow(1 + out / 100, 5);
	CU_ASSERT_DOUBLE_EQUAL(back, 98.2, 1e-10);
	/* Vocational college 989 -> 6000 students (H02). */
	CHECK_VALUE(43.413816, 1e-6, eduind_required_growth(989, 6000, 5, &out));
	/* A falling target gives a negative rate. */
	CHECK_VALUE(-3.150049, 1e-6, eduind_required_growth(2.84, 2.42, 5, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_required_growth(0, 6000, 5, &out));
	CHECK_FAILS(EDUIND_EDOMAIN, eduind_required_growth(989, 6000, 0, &out));
}

static void test_years_to_target(void)
{
	double out;
	/* Mean years of schooling 10.38 -> 11.3 at 1.5% a year. */
	CHECK_VALUE(5.703812, 1e-6, eduind_years_to_target(10.38, 11.3, 1.5, &out));
	CHECK_VALUE(1.0, 1e-12, eduind_years_to_target(100, 110, 10, &out));
	CHECK_VALUE(0.0, 0, eduind_years_to_target(11.3, 11.3, 1.5, &out));
	/* Falling towards a lower target: ln(11.3/12) / ln(0.97) */
	CHECK_VALUE(1.973260, 1e-6, eduind_years_to_target(12, 11.3, -3, &out));
	CHECK_FAILS(EDUIND_EDOMAIN, eduind_years_to_target(12, 11.3, 1.5, &out)); /* moving away */
	CHECK_FAILS(EDUIND_EDOMAIN, eduind_years_to_target(10, 11.3, 0, &out));
	CHECK_FAILS(EDUIND_EDOMAIN, eduind_years_to_target(10, 11.3, -1, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_years_to_target(0, 11.3, 5, &out));
	CHECK_FAILS(EDUIND_EDOMAIN, eduind_years_to_target(10, 11.3, -100, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_years_to_target(-1, 11.3, 5, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_years_to_target(10, INFINITY, 5, &out));
	CU_ASSERT_EQUAL(eduind_years_to_target(1, 2, 1, NULL), EDUIND_ENULL);
}

int register_calc_growth_halves_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_growth_halves", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "growth_rate", test_growth_rate) ||
	    !CU_add_test(s, "growth_halves_sweep", test_growth_halves_sweep) ||
	    !CU_add_test(s, "per_pupil_growth", test_per_pupil_growth) ||
	    !CU_add_test(s, "cagr", test_cagr) ||
	    !CU_add_test(s, "required_growth", test_required_growth) ||
	    !CU_add_test(s, "years_to_target", test_years_to_target))
		return -1;
	return 0;
}
