/* Means and dispersion: weighted mean, CV, the MoE 差异系数 (methodology C.3), the share of
 * large classes (B.9) and mean years of schooling (B.10). */
#include <math.h>
#include <stddef.h>
#include "eduind/calc.h"
#include "calc/check.h"

/* Validates values (finite) and weights (finite, >= 0) and returns sum(w) and sum(w*v). */
static eduind_status weighted_sums(const double *values, const double *weights, size_t n,
                                   double *sum_w, double *sum_wv)
{
	size_t i;
	double sw = 0, swv = 0;
	if (values == NULL)
		return EDUIND_ENULL;
	if (n == 0)
		return EDUIND_EEMPTY;
	for (i = 0; i < n; i++) {
		double w = weights ? weights[i] : 1.0;
		if (!isfinite(values[i]) || !isfinite(w))
			return EDUIND_ENONFINITE;
		if (w < 0)
			return EDUIND_ENEGATIVE;
		sw += w;
		swv += w * values[i];
	}
	if (sw == 0)
		return EDUIND_EZERODIV;
	*sum_w = sw;
	*sum_wv = swv;
	return EDUIND_OK;
}

eduind_status eduind_weighted_mean(const double *values, const double *weights, size_t n, double *out)
{
	double sw, swv;
	if (out == NULL)
		return EDUIND_ENULL;
	CALC_TRY(weighted_sums(values, weights, n, &sw, &swv));
	return store(swv / sw, out);
}

eduind_status eduind_cv(const double *values, const double *weights, size_t n, double *out)
{
	double sw, swv, mean, ss = 0;
	size_t i;
	if (out == NULL)
		return EDUIND_ENULL;
	CALC_TRY(weighted_sums(values, weights, n, &sw, &swv));
	mean = swv / sw;
	if (mean == 0)
		return EDUIND_EZERODIV;
	if (mean < 0)
		return EDUIND_EDOMAIN; /* a CV is defined for positive quantities */
	/* Second pass around the mean: more accurate than sum of squares minus square of sum. */
	for (i = 0; i < n; i++) {
		double d = values[i] - mean;
		ss += (weights ? weights[i] : 1.0) * d * d;
	}
	return store(sqrt(ss / sw) / mean, out);
}

eduind_status eduind_balance_cv(const double *resource, const double *students, size_t n, double per,
                                double *out)
{
	double total_x = 0, total_p = 0, county, ss = 0;
	size_t i, used = 0;
	if (resource == NULL || students == NULL || out == NULL)
		return EDUIND_ENULL;
	if (n == 0)
		return EDUIND_EEMPTY;
	if (!isfinite(per))
		return EDUIND_ENONFINITE;
	if (per <= 0)
		return EDUIND_EDOMAIN;
	for (i = 0; i < n; i++) {
		CALC_TRY(counts2(resource[i], students[i]));
		if (students[i] == 0)
			continue; /* a school without pupils has no per-pupil value and no weight */
		total_x += resource[i];
		total_p += students[i];
		used++;
	}
	if (used == 0)
		return EDUIND_EEMPTY;
	/* The county value is the ratio of totals (全县生均), i.e. the enrolment-weighted mean. */
	county = per * total_x / total_p;
	if (county == 0)
		return EDUIND_EZERODIV;
	for (i = 0; i < n; i++) {
		double d;
		if (students[i] == 0)
			continue;
		d = per * resource[i] / students[i] - county;
		ss += students[i] / total_p * d * d;
	}
	return store(sqrt(ss) / county, out);
}

eduind_status eduind_share_at_least(const double *sizes, size_t n, double threshold, double *out_pct)
{
	size_t i, count = 0;
	if (sizes == NULL || out_pct == NULL)
		return EDUIND_ENULL;
	if (n == 0)
		return EDUIND_EEMPTY;
	if (!isfinite(threshold))
		return EDUIND_ENONFINITE;
	for (i = 0; i < n; i++) {
		if (!isfinite(sizes[i]))
			return EDUIND_ENONFINITE;
		if (sizes[i] < 0)
			return EDUIND_ENEGATIVE;
		if (sizes[i] >= threshold)
			count++;
	}
	*out_pct = (double)count / (double)n * 100.0;
	return EDUIND_OK;
}

eduind_status eduind_mean_years_schooling(const double *population, const double *years, size_t n,
                                          double *out)
{
	size_t i;
	if (population == NULL || years == NULL || out == NULL)
		return EDUIND_ENULL;
	for (i = 0; i < n; i++) {
		if (!isfinite(years[i]))
			return EDUIND_ENONFINITE;
		if (years[i] < 0)
			return EDUIND_ENEGATIVE;
	}
	/* The mean of years per level, weighted by the population at each level. */
	return eduind_weighted_mean(years, population, n, out);
}
