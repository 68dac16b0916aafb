/* Shared assertions of the calc_* suites. */
#ifndef EDUIND_TEST_CALC_TESTING_H
#define EDUIND_TEST_CALC_TESTING_H

#include <math.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

/* A value no calculation produces, to prove a failed call left *out untouched. */
#define CALC_SENTINEL (-98765.4321)

/* Asserts that `call` (which writes into the double `out`) returns `status` and leaves
 * out unchanged. */
#define CHECK_FAILS(status, call)                         \
	do {                                                  \
		out = CALC_SENTINEL;                              \
		CU_ASSERT_EQUAL((call), (status));                \
		CU_ASSERT_EQUAL(out, CALC_SENTINEL);              \
	} while (0)

/* Asserts that `call` succeeds and out is within tol of expected. */
#define CHECK_VALUE(expected, tol, call)                  \
	do {                                                  \
		out = CALC_SENTINEL;                              \
		CU_ASSERT_EQUAL_FATAL((call), EDUIND_OK);         \
		CU_ASSERT_DOUBLE_EQUAL(out, (expected), (tol));   \
	} while (0)

/* Rounds v to `decimals` with the library's rounding (asserting success). */
static inline double calc_rounded(double v, int decimals)
{
	double r = NAN;
	CU_ASSERT_EQUAL(eduind_round(v, decimals, &r), EDUIND_OK);
	return r;
}

#endif
