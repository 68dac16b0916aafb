/* The rounding fast path (decimal_fast) must agree with the exact 15-digit decimal path
 * everywhere: random values over many magnitudes and every number of places. */
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "calc/decimal.h"

static uint64_t state = 0x9E3779B97F4A7C15ull;

static double next_unit(void)
{
	/* xorshift64*: deterministic, so a failure reproduces. */
	state ^= state >> 12;
	state ^= state << 25;
	state ^= state >> 27;
	return (double)((state * 2685821657736338717ull) >> 11) / 9007199254740992.0;
}

static void test_fast_equals_exact(void)
{
	long i, disagree = 0, fast_used = 0;
	for (i = 0; i < 400000; i++) {
		int places = (int)(next_unit() * 8);
		double mag = pow(10, (int)(next_unit() * 14) - 6);
		double v = (next_unit() - 0.3) * mag;
		decimal_text a, b;
		unsigned long long m;
		/* Every 4th value sits on an exact decimal half, the hardest case. */
		if (i % 4 == 0)
			v = (floor(v * pow(10, places)) + 0.5) / pow(10, places);
		fast_used += decimal_fast(v, places, &m);
		CU_ASSERT_EQUAL_FATAL(decimal_round(v, places, &a), EDUIND_OK);
		CU_ASSERT_EQUAL_FATAL(decimal_round_exact(v, places, &b), EDUIND_OK);
		if (strcmp(a.integer, b.integer) != 0 || strcmp(a.fraction, b.fraction) != 0 ||
		    a.negative != b.negative)
			disagree++;
	}
	CU_ASSERT_EQUAL(disagree, 0);
	CU_ASSERT_TRUE(fast_used > 100000); /* the fast path is really exercised */
}

int register_calc_rounding_fast_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_rounding_fast", NULL, NULL);
	if (s == NULL || !CU_add_test(s, "fast_equals_exact", test_fast_equals_exact))
		return -1;
	return 0;
}
