/* eduind_round and eduind_round_many: half away from zero on the decimal value. */
#include <float.h>
#include <stdint.h>
#include <string.h>
#include "calc_testing.h"

/* The textbook shortcut, which binary representation error defeats. */
static double naive_round2(double x)
{
	return floor(x * 100.0 + 0.5) / 100.0;
}

static void test_published_halves(void)
{
	/* Each of these sits exactly on a half as typed, but is stored slightly below it. */
	CU_ASSERT_EQUAL(calc_rounded(16.975, 2), 16.98);
	CU_ASSERT_EQUAL(calc_rounded(1.005, 2), 1.01);
	CU_ASSERT_EQUAL(calc_rounded(0.285, 2), 0.29);
	CU_ASSERT_EQUAL(calc_rounded(2.675, 2), 2.68);
	CU_ASSERT_EQUAL(calc_rounded(1.0005, 3), 1.001);
	CU_ASSERT_EQUAL(calc_rounded(8.345, 2), 8.35);
	CU_ASSERT_EQUAL(calc_rounded(95.45, 1), 95.5);
	/* ...and the shortcut gets two of them wrong. */
	CU_ASSERT_EQUAL(naive_round2(1.005), 1.00);
	CU_ASSERT_EQUAL(naive_round2(0.285), 0.28);
}

static void test_not_halves(void)
{
	CU_ASSERT_EQUAL(calc_rounded(1.0049999999999, 2), 1.00);
	CU_ASSERT_EQUAL(calc_rounded(16.974999, 2), 16.97);
	CU_ASSERT_EQUAL(calc_rounded(10.176182, 2), 10.18);
	CU_ASSERT_EQUAL(calc_rounded(3.14159, 4), 3.1416);
	CU_ASSERT_EQUAL(calc_rounded(7.0, 2), 7.0);
}

static void test_negative_and_zero_decimals(void)
{
	CU_ASSERT_EQUAL(calc_rounded(-2.5, 0), -3.0);
	CU_ASSERT_EQUAL(calc_rounded(2.5, 0), 3.0);
	CU_ASSERT_EQUAL(calc_rounded(0.5, 0), 1.0);
	CU_ASSERT_EQUAL(calc_rounded(-0.5, 0), -1.0);
	CU_ASSERT_EQUAL(calc_rounded(0.49999, 0), 0.0);
	CU_ASSERT_EQUAL(calc_rounded(-1.005, 2), -1.01);
	CU_ASSERT_EQUAL(calc_rounded(-16.975, 2), -16.98);
	CU_ASSERT_EQUAL(calc_rounded(9.995, 2), 10.0);
	CU_ASSERT_EQUAL(calc_rounded(-99.95, 1), -100.0);
	CU_ASSERT_EQUAL(calc_rounded(123456.785, 2), 123456.79);
}

static void test_zero_has_no_sign(void)
{
	double r = calc_rounded(-0.004, 2);
	CU_ASSERT_EQUAL(r, 0.0);
	CU_ASSERT_FALSE(signbit(r));
	r = calc_rounded(-0.0, 3);
	CU_ASSERT_FALSE(signbit(r));
	CU_ASSERT_EQUAL(calc_rounded(-0.005, 2), -0.01);
}

static void test_extremes(void)
{
	double out;
	/* 15 decimals, the most allowed. */
	CU_ASSERT_EQUAL(calc_rounded(0.1 + 0.2, 15), 0.3);
	CU_ASSERT_EQUAL(calc_rounded(5e-16, 15), 1e-15);
	CU_ASSERT_EQUAL(calc_rounded(-5e-16, 15), -1e-15);
	CU_ASSERT_EQUAL(calc_rounded(4.9e-16, 15), 0.0);
	CU_ASSERT_EQUAL(calc_rounded(0.123456789012345, 15), 0.123456789012345);
	/* Huge and tiny magnitudes. */
	CU_ASSERT_EQUAL(calc_rounded(1e300, 2), 1e300);
	CU_ASSERT_EQUAL(calc_rounded(-1e300, 0), -1e300);
	CU_ASSERT_EQUAL(calc_rounded(1.5e22, 0), 1.5e22);
	CU_ASSERT_EQUAL(calc_rounded(1e-300, 2), 0.0);
	CU_ASSERT_EQUAL(calc_rounded(DBL_MIN, 15), 0.0);
	CU_ASSERT_EQUAL(calc_rounded(4.9e-324, 0), 0.0);
	CU_ASSERT_EQUAL(calc_rounded(123456789012.345, 2), 123456789012.35);
	/* DBL_MAX reads above itself at 15 digits; it has no decimals to drop, so it stays. */
	CU_ASSERT_EQUAL(eduind_round(DBL_MAX, 2, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(out, DBL_MAX);
	CU_ASSERT_EQUAL(calc_rounded(-DBL_MAX, 0), -DBL_MAX);
	/* Reading at 15 digits can itself carry: 99999999999999.99 is 100000000000000 to
	 * 15 digits, so the rounded value must be 1e14 exactly, as the text says. */
	CU_ASSERT_EQUAL(calc_rounded(99999999999999.99, 2), 1e14);
	CU_ASSERT_EQUAL(calc_rounded(-9999999999999.999, 3), -1e13);
	CU_ASSERT_EQUAL(calc_rounded(999999999999999.9, 0), 1e15);
	CU_ASSERT_EQUAL(calc_rounded(1.7976931348623e308, 0), 1.7976931348623e308);
}

static void test_bad_arguments(void)
{
	double out;
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_round(NAN, 2, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_round(INFINITY, 2, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_round(-INFINITY, 2, &out));
	CHECK_FAILS(EDUIND_EINVAL, eduind_round(1.0, -1, &out));
	CHECK_FAILS(EDUIND_EINVAL, eduind_round(1.0, 16, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_round(NAN, 99, &out)); /* order: non-finite first */
	CU_ASSERT_EQUAL(eduind_round(1.0, 2, NULL), EDUIND_ENULL);
}

/* Every three-decimal number k/1000 in [-100, 100], rounded to 2 decimals, against an
 * integer computation of half away from zero. The shortcut fails on many of them. */
static void test_exhaustive_three_decimals(void)
{
	long k, ours_wrong = 0, naive_wrong = 0;
	for (k = -100000; k <= 100000; k++) {
		long hundredths = k >= 0 ? (k + 5) / 10 : -((-k + 5) / 10);
		double expected = (double)hundredths / 100.0;
		double x = (double)k / 1000.0, r = NAN;
		if (eduind_round(x, 2, &r) != EDUIND_OK || r != expected)
			ours_wrong++;
		if (k >= 0 && naive_round2(x) != expected)
			naive_wrong++;
	}
	CU_ASSERT_EQUAL(ours_wrong, 0);
	CU_ASSERT(naive_wrong > 100);
}

/* Deterministic pseudo-random doubles over many magnitudes. */
static double next_value(uint64_t *state)
{
	double mantissa, scale;
	int exponent;
	*state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
	mantissa = (double)(*state >> 11) / 9007199254740992.0;   /* [0, 1) */
	exponent = (int)((*state >> 3) % 25) - 10;
	scale = pow(10.0, exponent);
	return ((*state & 1) ? -1.0 : 1.0) * mantissa * scale;
}

static void test_round_and_text_agree(void)
{
	uint64_t state = 20240601;
	int i, d;
	char a[400], b[400];
	for (i = 0; i < 4000; i++) {
		double x = next_value(&state);
		for (d = 0; d <= 15; d += 3) {
			double r = NAN, again = NAN;
			CU_ASSERT_EQUAL_FATAL(eduind_round(x, d, &r), EDUIND_OK);
			CU_ASSERT_EQUAL(eduind_round(r, d, &again), EDUIND_OK);
			CU_ASSERT_EQUAL(again, r);                     /* idempotent */
			CU_ASSERT_EQUAL(eduind_format_decimal(x, d, a, sizeof a), EDUIND_OK);
			CU_ASSERT_EQUAL(eduind_format_decimal(r, d, b, sizeof b), EDUIND_OK);
			CU_ASSERT_STRING_EQUAL(a, b);                  /* display == value */
			/* never further than half a unit of the last place (+ 15-digit reading) */
			CU_ASSERT(fabs(r - x) <= 0.5 * pow(10.0, -d) * (1 + 1e-9) + fabs(x) * 1e-14);
		}
	}
}

static void test_round_many(void)
{
	double in[6] = { 16.975, 1.005, NAN, -2.5, INFINITY, 0.285 };
	double out[6];
	double buf[3] = { 1.005, 2.675, 0.285 };
	CU_ASSERT_EQUAL(eduind_round_many(in, 6, 2, out), EDUIND_OK);
	CU_ASSERT_EQUAL(out[0], 16.98);
	CU_ASSERT_EQUAL(out[1], 1.01);
	CU_ASSERT(isnan(out[2]));            /* missing stays missing */
	CU_ASSERT_EQUAL(out[3], -2.5);
	CU_ASSERT(isnan(out[4]));
	CU_ASSERT_EQUAL(out[5], 0.29);
	CU_ASSERT_EQUAL(eduind_round_many(buf, 3, 2, buf), EDUIND_OK);   /* in place */
	CU_ASSERT_EQUAL(buf[0], 1.01);
	CU_ASSERT_EQUAL(buf[1], 2.68);
	CU_ASSERT_EQUAL(buf[2], 0.29);
	CU_ASSERT_EQUAL(eduind_round_many(in, 0, 2, out), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_round_many(NULL, 1, 2, out), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_round_many(in, 1, 2, NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_round_many(in, 1, 16, out), EDUIND_EINVAL);
}

int register_calc_rounding_sweep_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_rounding_sweep", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "published_halves", test_published_halves) ||
	    !CU_add_test(s, "not_halves", test_not_halves) ||
	    !CU_add_test(s, "negative_and_zero_decimals", test_negative_and_zero_decimals) ||
	    !CU_add_test(s, "zero_has_no_sign", test_zero_has_no_sign) ||
	    !CU_add_test(s, "extremes", test_extremes) ||
	    !CU_add_test(s, "bad_arguments", test_bad_arguments) ||
	    !CU_add_test(s, "exhaustive_three_decimals", test_exhaustive_three_decimals) ||
	    !CU_add_test(s, "round_and_text_agree", test_round_and_text_agree) ||
	    !CU_add_test(s, "round_many", test_round_many))
		return -1;
	return 0;
}
