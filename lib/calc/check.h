/* Private: argument checks shared by the calculation files, applied in one order
 * everywhere (NULL, non-finite, negative, zero denominator, inconsistency, domain) so
 * that the same bad input always yields the same status. */
#ifndef EDUIND_CALC_CHECK_H
#define EDUIND_CALC_CHECK_H

#include <math.h>
#include "eduind/status.h"

#define CALC_TRY(expr)                                  \
	do {                                            \
		eduind_status calc_try_st_ = (expr);    \
		if (calc_try_st_ != EDUIND_OK)          \
			return calc_try_st_;            \
	} while (0)

static inline eduind_status finite2(double a, double b)
{
	return isfinite(a) && isfinite(b) ? EDUIND_OK : EDUIND_ENONFINITE;
}

static inline eduind_status finite3(double a, double b, double c)
{
	return isfinite(a) && isfinite(b) && isfinite(c) ? EDUIND_OK : EDUIND_ENONFINITE;
}

/* Counts and amounts: finite and not negative. */
static inline eduind_status counts2(double a, double b)
{
	CALC_TRY(finite2(a, b));
	return a < 0 || b < 0 ? EDUIND_ENEGATIVE : EDUIND_OK;
}

static inline eduind_status counts3(double a, double b, double c)
{
	CALC_TRY(finite3(a, b, c));
	return a < 0 || b < 0 || c < 0 ? EDUIND_ENEGATIVE : EDUIND_OK;
}

/* Stores a computed value, refusing overflow to Inf or NaN. */
static inline eduind_status store(double v, double *out)
{
	if (!isfinite(v))
		return EDUIND_ERANGE;
	*out = v;
	return EDUIND_OK;
}

#endif
