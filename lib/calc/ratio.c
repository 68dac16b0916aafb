/* Generic ratio and proportion: the two shapes every rate in the library reduces to. */
#include "eduind/calc.h"
#include "calc/check.h"
#include "calc/kernels.h"
#include "calc/rate.h"

eduind_status eduind_ratio(double num, double den, double scale, double *out)
{
	double r;
	eduind_status st;
	if (out == NULL)
		return EDUIND_ENULL;
	st = ck_ratio(num, den, scale, &r);
	if (st == EDUIND_OK)
		*out = r;
	return st;
}

eduind_status eduind_proportion(double part, double whole, double scale, double *out)
{
	double r;
	eduind_status st;
	if (out == NULL)
		return EDUIND_ENULL;
	st = ck_proportion(part, whole, scale, &r);
	if (st == EDUIND_OK)
		*out = r;
	return st;
}

eduind_status calc_count_rate(double num, double den, double *out_pct)
{
	if (out_pct == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts2(num, den));
	if (den == 0)
		return EDUIND_EZERODIV;
	return store(num / den * 100.0, out_pct);
}
