/* Generic ratio and proportion: the two shapes every rate in the library reduces to. */
#include "eduind/calc.h"
#include "calc/check.h"
#include "calc/rate.h"

eduind_status eduind_ratio(double num, double den, double scale, double *out)
{
	if (out == NULL)
		return EDUIND_ENULL;
	CALC_TRY(finite3(num, den, scale));
	if (den == 0)
		return EDUIND_EZERODIV;
	return store(num / den * scale, out);
}

eduind_status eduind_proportion(double part, double whole, double scale, double *out)
{
	if (out == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts2(part, whole));
	if (!isfinite(scale))
		return EDUIND_ENONFINITE;
	if (whole == 0)
		return EDUIND_EZERODIV;
	if (part > whole)
		return EDUIND_EINCONSISTENT;
	return store(part / whole * scale, out);
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
