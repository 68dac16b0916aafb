/* Private: the arithmetic and checks of the calculations that formulas run per value
 * (ratio, proportion, growth, parity), as inline functions of plain doubles. The public
 * functions (ratio.c, growth.c, parity.c) and the column loops of the formula machine
 * and the evaluator all call these, so a value computed for a million schools is the
 * value eduind_ratio gives for one, status included.
 *
 * They are branch-free on purpose: the result is always computed and the status picked
 * with selects, in the order of check.h (non-finite, negative, zero denominator,
 * inconsistency, range). A loop calling them therefore vectorises. The result is only
 * meaningful when the status is EDUIND_OK. */
#ifndef EDUIND_CALC_KERNELS_H
#define EDUIND_CALC_KERNELS_H

#include <math.h>
#include "eduind/status.h"

/* 1 if every one is finite, without short-circuit branches. */
static inline int ck_finite2(double a, double b)
{
	return isfinite(a) & isfinite(b);
}

static inline eduind_status ck_ratio(double num, double den, double scale, double *r)
{
	double v = num / den * scale;
	*r = v;
	return !(ck_finite2(num, den) & isfinite(scale)) ? EDUIND_ENONFINITE
	       : den == 0                                ? EDUIND_EZERODIV
	       : !isfinite(v)                            ? EDUIND_ERANGE
	                                                 : EDUIND_OK;
}

static inline eduind_status ck_proportion(double part, double whole, double scale, double *r)
{
	double v = part / whole * scale;
	*r = v;
	return !ck_finite2(part, whole)      ? EDUIND_ENONFINITE
	       : ((part < 0) | (whole < 0)) ? EDUIND_ENEGATIVE
	       : !isfinite(scale)           ? EDUIND_ENONFINITE
	       : whole == 0                 ? EDUIND_EZERODIV
	       : part > whole               ? EDUIND_EINCONSISTENT
	       : !isfinite(v)               ? EDUIND_ERANGE
	                                    : EDUIND_OK;
}

/* Percent change. Not (current / previous - 1) * 100: subtracting 1 from a rounded
 * quotient cancels its leading digits and magnifies its error, enough to move a
 * published half (100000 -> 100115 is 0.115%, which must print 0.12, not 0.11). The
 * difference of two close values is exact, and (difference * 100) / previous rounds
 * once whenever difference * 100 is finite. */
static inline eduind_status ck_growth(double previous, double current, double *r)
{
	double diff = current - previous, scaled = diff * 100.0;
	/* scaled / previous, or diff / previous * 100 when diff * 100 overflows (times 1
	 * is exact); selects on the operands keep the loops that use it branch-free. */
	int fits = isfinite(scaled);
	double v = (fits ? scaled : diff) / previous * (fits ? 1.0 : 100.0);
	*r = v;
	return !ck_finite2(previous, current) ? EDUIND_ENONFINITE
	       : previous == 0               ? EDUIND_EZERODIV
	       : previous < 0                ? EDUIND_EDOMAIN /* growth from a negative base */
	       : current < 0                 ? EDUIND_ENEGATIVE
	       : !isfinite(v)                ? EDUIND_ERANGE
	                                     : EDUIND_OK;
}

/* Gender parity index. Adjusted (UIS): a ratio above 1 is inverted and subtracted from
 * 2, which makes the index symmetric around 1 and bounded by 2 (min(r, 2 - r) is a
 * known wrong variant). */
static inline eduind_status ck_gpi(double female, double male, int adjusted, double *r)
{
	double plain = female / male, inverted = 2.0 - male / female;
	double v = adjusted && plain > 1 ? inverted : plain;
	*r = v;
	return !ck_finite2(female, male)      ? EDUIND_ENONFINITE
	       : ((female < 0) | (male < 0)) ? EDUIND_ENEGATIVE
	       : male == 0                   ? EDUIND_EZERODIV
	       : !isfinite(v)                ? EDUIND_ERANGE
	                                     : EDUIND_OK;
}

#endif
