/* Growth and target arithmetic: MoE B.8 (增长率, 生均经费增长), compound growth for plans. */
#include <math.h>
#include "eduind/calc.h"
#include "calc/check.h"
#include "calc/kernels.h"

eduind_status eduind_growth_rate(double previous, double current, double *out_pct)
{
	double r;
	eduind_status st;
	if (out_pct == NULL)
		return EDUIND_ENULL;
	st = ck_growth(previous, current, &r);
	if (st == EDUIND_OK)
		*out_pct = r;
	return st;
}

eduind_status eduind_per_pupil_growth(double spend_prev, double pupils_prev, double spend_cur,
                                      double pupils_cur, double *out_pct)
{
	if (out_pct == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts2(spend_prev, pupils_prev));
	CALC_TRY(counts2(spend_cur, pupils_cur));
	if (pupils_prev == 0 || pupils_cur == 0)
		return EDUIND_EZERODIV;
	return eduind_growth_rate(spend_prev / pupils_prev, spend_cur / pupils_cur, out_pct);
}

eduind_status eduind_cagr(double start, double end, double years, double *out_pct)
{
	if (out_pct == NULL)
		return EDUIND_ENULL;
	CALC_TRY(finite3(start, end, years));
	if (start < 0 || end < 0)
		return EDUIND_ENEGATIVE;
	if (start == 0)
		return EDUIND_EZERODIV;
	if (years <= 0)
		return EDUIND_EDOMAIN;
	/* Over one year the compound rate is the growth rate: compute it the way that
	 * rounds once (and costs no logarithm). */
	if (years == 1)
		return eduind_growth_rate(start, end, out_pct);
	/* expm1(log1p(change) / years): no cancellation near 0; end == 0 gives
	 * log1p(-1) = -Inf and -100%. */
	return store(expm1(log1p((end - start) / start) / years) * 100.0, out_pct);
}

eduind_status eduind_required_growth(double current, double target, double years, double *out_pct)
{
	/* The growth still needed is the compound rate from where we are to the target. */
	return eduind_cagr(current, target, years, out_pct);
}

eduind_status eduind_years_to_target(double current, double target, double rate_pct, double *out_years)
{
	double ratio, factor;
	if (out_years == NULL)
		return EDUIND_ENULL;
	CALC_TRY(finite3(current, target, rate_pct));
	if (current < 0 || target < 0)
		return EDUIND_ENEGATIVE;
	if (current == target) {
		*out_years = 0;
		return EDUIND_OK;
	}
	if (current == 0)
		return EDUIND_EZERODIV;
	factor = 1.0 + rate_pct / 100.0;
	if (target == 0 || factor <= 0)
		return EDUIND_EDOMAIN; /* compound growth never reaches 0 */
	ratio = target / current;
	/* The trend must move towards the target, up or down; flat or away never arrives. */
	if (!((ratio > 1 && factor > 1) || (ratio < 1 && factor < 1)))
		return EDUIND_EDOMAIN;
	return store(log(ratio) / log(factor), out_years);
}
