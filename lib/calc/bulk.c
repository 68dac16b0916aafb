/* Column forms of the two-argument calculations, with numpy-style broadcasting of
 * length-1 inputs. Each element goes through the scalar function, so bulk and scalar
 * results are identical by construction. */
#include <math.h>
#include "eduind/calc.h"

typedef eduind_status (*calc2_fn)(double a, double b, double *out);

static eduind_status gpi_plain(double f, double m, double *out)
{
	return eduind_gpi(f, m, 0, out);
}

static eduind_status gpi_adjusted(double f, double m, double *out)
{
	return eduind_gpi(f, m, 1, out);
}

static eduind_status proportion_pct(double a, double b, double *out)
{
	return eduind_proportion(a, b, 100.0, out);
}

static eduind_status plain_ratio(double a, double b, double *out)
{
	return eduind_ratio(a, b, 1.0, out);
}

static calc2_fn calc2_lookup(eduind_calc2 kind)
{
	switch (kind) {
	case EDUIND_CALC2_GER: return eduind_gross_enrolment_ratio;
	case EDUIND_CALC2_NER: return eduind_net_enrolment_rate;
	case EDUIND_CALC2_PTR: return eduind_pupil_teacher_ratio;
	case EDUIND_CALC2_CONSOLIDATION: return eduind_consolidation_rate;
	case EDUIND_CALC2_TRANSITION: return eduind_transition_rate;
	case EDUIND_CALC2_DUAL_QUALIFIED: return eduind_dual_qualified_share;
	case EDUIND_CALC2_GROWTH: return eduind_growth_rate;
	case EDUIND_CALC2_GPI: return gpi_plain;
	case EDUIND_CALC2_GPI_ADJUSTED: return gpi_adjusted;
	case EDUIND_CALC2_PROPORTION_PCT: return proportion_pct;
	case EDUIND_CALC2_RATIO: return plain_ratio;
	}
	return NULL;
}

static eduind_status check_shape(const double *a, size_t n_a, const double *b, size_t n_b,
                                 const double *out, size_t n_out)
{
	if (n_out == 0)
		return EDUIND_OK;
	if (a == NULL || b == NULL || out == NULL)
		return EDUIND_ENULL;
	if ((n_a != n_out && n_a != 1) || (n_b != n_out && n_b != 1))
		return EDUIND_EINVAL;
	return EDUIND_OK;
}

eduind_status eduind_calc2_many(eduind_calc2 kind, const double *a, size_t n_a, const double *b,
                                size_t n_b, double *out, size_t n_out, int *status_out)
{
	calc2_fn fn = calc2_lookup(kind);
	eduind_status st;
	double a0, b0;
	size_t i;
	if (fn == NULL)
		return EDUIND_EINVAL;
	st = check_shape(a, n_a, b, n_b, out, n_out);
	if (st != EDUIND_OK || n_out == 0)
		return st;
	/* out may be one of the inputs (numpy's out=a): a broadcast value must be read
	 * before out[0] overwrites it. */
	a0 = a[0];
	b0 = b[0];
	for (i = 0; i < n_out; i++) {
		double v;
		eduind_status s = fn(n_a == 1 ? a0 : a[i], n_b == 1 ? b0 : b[i], &v);
		out[i] = s == EDUIND_OK ? v : NAN;
		if (status_out != NULL)
			status_out[i] = (int)s;
	}
	return EDUIND_OK;
}

eduind_status eduind_ratio_many(const double *num, size_t n_num, const double *den, size_t n_den,
                                double scale, double *out, size_t n_out, int *status_out)
{
	eduind_status st = check_shape(num, n_num, den, n_den, out, n_out);
	double num0, den0;
	size_t i;
	if (st != EDUIND_OK || n_out == 0)
		return st;
	num0 = num[0];   /* before out (which may alias num or den) is written */
	den0 = den[0];
	for (i = 0; i < n_out; i++) {
		double v;
		eduind_status s = eduind_ratio(n_num == 1 ? num0 : num[i], n_den == 1 ? den0 : den[i], scale, &v);
		out[i] = s == EDUIND_OK ? v : NAN;
		if (status_out != NULL)
			status_out[i] = (int)s;
	}
	return EDUIND_OK;
}
