/* numpy forms. Inputs come in through numpy.i's IN_ARRAY1 (a contiguous float64 array
 * is used in place, anything else is converted once); outputs are arrays the Python
 * layer allocated (INPLACE_ARRAY1), so ownership never crosses the boundary. Every
 * function here runs without the GIL (%thread): the conversions happen before, the
 * status typemap raises after it is taken back. Broadcasting follows the C bulk
 * contract: each input has the output's length or length 1. */

%apply (double *IN_ARRAY1, size_t DIM1) {
	(double *a, size_t n_a), (double *b, size_t n_b), (double *c, size_t n_c),
	(double *d, size_t n_d), (double *e, size_t n_e),
	(double *values, size_t n_values), (double *weights, size_t n_weights),
	(double *second, size_t n_second), (double *third, size_t n_third)
};
%apply (double *INPLACE_ARRAY1, size_t DIM1) { (double *out, size_t n_out) };
%apply (int *INPLACE_ARRAY1, size_t DIM1) { (int *status, size_t n_status) };
%apply double *OUTPUT { double *result };

%{
/* A double argument that stands for a C int (decimals, the adjusted flag). */
static int py_as_int(double v, int *out)
{
	if (!isfinite(v) || v < -2147483648.0 || v > 2147483647.0 || v != floor(v))
		return 0;
	*out = (int)v;
	return 1;
}

/* Adapters giving every scalar calculation the same shape, so one loop serves them all.
 * They only forward to the C function: no formula is written here. */
typedef eduind_status (*py_elem_fn)(const double *x, double *y);

#define PY_ELEM2(name, cfn) \
	static eduind_status name(const double *x, double *y) { return cfn(x[0], x[1], y); }
#define PY_ELEM3(name, cfn) \
	static eduind_status name(const double *x, double *y) { return cfn(x[0], x[1], x[2], y); }
#define PY_ELEM4(name, cfn) \
	static eduind_status name(const double *x, double *y) { return cfn(x[0], x[1], x[2], x[3], y); }

PY_ELEM3(py_e_ratio, eduind_ratio)
PY_ELEM3(py_e_proportion, eduind_proportion)
PY_ELEM2(py_e_ger, eduind_gross_enrolment_ratio)
PY_ELEM2(py_e_ner, eduind_net_enrolment_rate)
PY_ELEM3(py_e_adjusted_ner, eduind_adjusted_ner)
PY_ELEM2(py_e_gir, eduind_gross_intake_ratio)
PY_ELEM2(py_e_oosr, eduind_out_of_school_rate)
PY_ELEM2(py_e_consolidation, eduind_consolidation_rate)
PY_ELEM2(py_e_transition, eduind_transition_rate)
PY_ELEM4(py_e_etr, eduind_effective_transition_rate)
PY_ELEM3(py_e_promotion, eduind_promotion_rate)
PY_ELEM2(py_e_repetition, eduind_repetition_rate)
PY_ELEM2(py_e_dropout, eduind_dropout_rate)
PY_ELEM2(py_e_dropout_direct, eduind_dropout_rate_direct)
PY_ELEM2(py_e_ptr, eduind_pupil_teacher_ratio)
PY_ELEM2(py_e_dual, eduind_dual_qualified_share)
PY_ELEM3(py_e_staffing_gap, eduind_staffing_gap)
PY_ELEM2(py_e_growth, eduind_growth_rate)
PY_ELEM4(py_e_per_pupil_growth, eduind_per_pupil_growth)
PY_ELEM3(py_e_cagr, eduind_cagr)
PY_ELEM3(py_e_required_growth, eduind_required_growth)
PY_ELEM3(py_e_years_to_target, eduind_years_to_target)

static eduind_status py_e_consolidation_adjusted(const double *x, double *y)
{
	return eduind_consolidation_rate_adjusted(x[0], x[1], x[2], x[3], x[4], y);
}
static eduind_status py_e_ner_cap(const double *x, double *y)
{
	return eduind_ner_cap(x[0], x[1], x[2], x[3], y);
}
static eduind_status py_e_gpi(const double *x, double *y)
{
	int adjusted;
	if (!py_as_int(x[2], &adjusted))
		return EDUIND_EINVAL;
	return eduind_gpi(x[0], x[1], adjusted, y);
}
static eduind_status py_e_round(const double *x, double *y)
{
	int decimals;
	if (!py_as_int(x[1], &decimals))
		return EDUIND_EINVAL;
	return eduind_round(x[0], decimals, y);
}

struct py_elem {
	const char *name;   /* the Python function name */
	int n_in, n_out;
	py_elem_fn fn;
};

static const struct py_elem py_elems[] = {
	{ "ratio", 3, 1, py_e_ratio },
	{ "proportion", 3, 1, py_e_proportion },
	{ "gross_enrolment_ratio", 2, 1, py_e_ger },
	{ "net_enrolment_rate", 2, 1, py_e_ner },
	{ "adjusted_ner", 3, 1, py_e_adjusted_ner },
	{ "ner_cap", 4, 3, py_e_ner_cap },
	{ "gross_intake_ratio", 2, 1, py_e_gir },
	{ "out_of_school_rate", 2, 1, py_e_oosr },
	{ "consolidation_rate", 2, 1, py_e_consolidation },
	{ "consolidation_rate_adjusted", 5, 1, py_e_consolidation_adjusted },
	{ "transition_rate", 2, 1, py_e_transition },
	{ "effective_transition_rate", 4, 1, py_e_etr },
	{ "promotion_rate", 3, 1, py_e_promotion },
	{ "repetition_rate", 2, 1, py_e_repetition },
	{ "dropout_rate", 2, 1, py_e_dropout },
	{ "dropout_rate_direct", 2, 1, py_e_dropout_direct },
	{ "pupil_teacher_ratio", 2, 1, py_e_ptr },
	{ "dual_qualified_share", 2, 1, py_e_dual },
	{ "staffing_gap", 3, 1, py_e_staffing_gap },
	{ "growth_rate", 2, 1, py_e_growth },
	{ "per_pupil_growth", 4, 1, py_e_per_pupil_growth },
	{ "cagr", 3, 1, py_e_cagr },
	{ "required_growth", 3, 1, py_e_required_growth },
	{ "years_to_target", 3, 1, py_e_years_to_target },
	{ "gpi", 3, 1, py_e_gpi },
	{ "round", 2, 1, py_e_round },
};
#define PY_N_ELEMS (sizeof py_elems / sizeof py_elems[0])
#define PY_MAX_IN 5
%}

%thread py_map;
%thread py_calc2_many;
%thread py_ratio_many;
%thread py_round_many;
%thread py_weighted_mean;
%thread py_weighted_mean_w;
%thread py_cv;
%thread py_cv_w;
%thread py_balance_cv;
%thread py_share_at_least;
%thread py_mean_years_schooling;
%thread py_survival_rates;

%inline %{
/* Index of an element-wise calculation by Python name, -1 if there is none. */
static int py_elem_index(const char *name)
{
	size_t i;
	for (i = 0; name != NULL && i < PY_N_ELEMS; i++)
		if (strcmp(py_elems[i].name, name) == 0)
			return (int)i;
	return -1;
}
static int py_elem_inputs(int fn) { return fn >= 0 && (size_t)fn < PY_N_ELEMS ? py_elems[fn].n_in : 0; }
static int py_elem_outputs(int fn) { return fn >= 0 && (size_t)fn < PY_N_ELEMS ? py_elems[fn].n_out : 0; }

/*
 * Calls calculation fn for each of n elements; input k of element i is the array's
 * element i, or element 0 for a length-1 array. out holds n_out = n * outputs values
 * (row-major); a failed element gets NaN and its status in status[i]. Unused inputs
 * (beyond the function's arity) are ignored.
 */
static eduind_status py_map(int fn, double *a, size_t n_a, double *b, size_t n_b,
                            double *c, size_t n_c, double *d, size_t n_d, double *e, size_t n_e,
                            double *out, size_t n_out, int *status, size_t n_status)
{
	const double *in[PY_MAX_IN];
	size_t len[PY_MAX_IN];
	double x[PY_MAX_IN], y[3];
	size_t i, n = n_status;
	int k, j, n_in, n_y;

	if (fn < 0 || (size_t)fn >= PY_N_ELEMS)
		return EDUIND_EINVAL;
	n_in = py_elems[fn].n_in;
	n_y = py_elems[fn].n_out;
	in[0] = a; in[1] = b; in[2] = c; in[3] = d; in[4] = e;
	len[0] = n_a; len[1] = n_b; len[2] = n_c; len[3] = n_d; len[4] = n_e;
	if (n_out != n * (size_t)n_y)
		return EDUIND_EINVAL;
	for (k = 0; k < n_in; k++)
		if (len[k] != n && len[k] != 1)
			return EDUIND_EINVAL;
	for (i = 0; i < n; i++) {
		eduind_status rc;
		for (k = 0; k < n_in; k++)
			x[k] = in[k][len[k] == 1 ? 0 : i];
		rc = py_elems[fn].fn(x, y);
		for (j = 0; j < n_y; j++)
			out[i * (size_t)n_y + (size_t)j] = rc == EDUIND_OK ? y[j] : NAN;
		status[i] = (int)rc;
	}
	return EDUIND_OK;
}

static eduind_status py_calc2_many(int kind, double *a, size_t n_a, double *b, size_t n_b,
                                   double *out, size_t n_out, int *status, size_t n_status)
{
	if (n_status != n_out)
		return EDUIND_EINVAL;
	return eduind_calc2_many((eduind_calc2)kind, a, n_a, b, n_b, out, n_out, status);
}

static eduind_status py_ratio_many(double *a, size_t n_a, double *b, size_t n_b, double scale,
                                   double *out, size_t n_out, int *status, size_t n_status)
{
	if (n_status != n_out)
		return EDUIND_EINVAL;
	return eduind_ratio_many(a, n_a, b, n_b, scale, out, n_out, status);
}

static eduind_status py_round_many(double *values, size_t n_values, int decimals,
                                   double *out, size_t n_out)
{
	if (n_values != n_out)
		return EDUIND_EINVAL;
	return eduind_round_many(values, n_values, decimals, out);
}

/* ---- Statistics over arrays (the Python layer checks lengths first, with a message) ---- */

static eduind_status py_weighted_mean(double *values, size_t n_values, double *result)
{
	return eduind_weighted_mean(values, NULL, n_values, result);
}
static eduind_status py_weighted_mean_w(double *values, size_t n_values, double *weights,
                                        size_t n_weights, double *result)
{
	if (n_values != n_weights)
		return EDUIND_EINVAL;
	return eduind_weighted_mean(values, weights, n_values, result);
}
static eduind_status py_cv(double *values, size_t n_values, double *result)
{
	return eduind_cv(values, NULL, n_values, result);
}
static eduind_status py_cv_w(double *values, size_t n_values, double *weights, size_t n_weights,
                             double *result)
{
	if (n_values != n_weights)
		return EDUIND_EINVAL;
	return eduind_cv(values, weights, n_values, result);
}
static eduind_status py_balance_cv(double *values, size_t n_values, double *second, size_t n_second,
                                   double per, double *result)
{
	if (n_values != n_second)
		return EDUIND_EINVAL;
	return eduind_balance_cv(values, second, n_values, per, result);
}
static eduind_status py_share_at_least(double *values, size_t n_values, double threshold,
                                       double *result)
{
	return eduind_share_at_least(values, n_values, threshold, result);
}
static eduind_status py_mean_years_schooling(double *values, size_t n_values, double *second,
                                             size_t n_second, double *result)
{
	if (n_values != n_second)
		return EDUIND_EINVAL;
	return eduind_mean_years_schooling(values, second, n_values, result);
}
static eduind_status py_survival_rates(double *values, size_t n_values, double *second,
                                       size_t n_second, double *third, size_t n_third,
                                       int max_repetitions, double *out, size_t n_out)
{
	if (n_values != n_second || n_values != n_third || n_values != n_out)
		return EDUIND_EINVAL;
	return eduind_survival_rates(values, second, third, n_values, max_repetitions, out);
}
%}

%clear double *result;

/* The kinds of eduind_calc2_many, so Python never repeats the enum's numbers. */
%constant int CALC2_GER = EDUIND_CALC2_GER;
%constant int CALC2_NER = EDUIND_CALC2_NER;
%constant int CALC2_PTR = EDUIND_CALC2_PTR;
%constant int CALC2_CONSOLIDATION = EDUIND_CALC2_CONSOLIDATION;
%constant int CALC2_TRANSITION = EDUIND_CALC2_TRANSITION;
%constant int CALC2_DUAL_QUALIFIED = EDUIND_CALC2_DUAL_QUALIFIED;
%constant int CALC2_GROWTH = EDUIND_CALC2_GROWTH;
%constant int CALC2_GPI = EDUIND_CALC2_GPI;
%constant int CALC2_GPI_ADJUSTED = EDUIND_CALC2_GPI_ADJUSTED;
%constant int CALC2_PROPORTION_PCT = EDUIND_CALC2_PROPORTION_PCT;
%constant int CALC2_RATIO = EDUIND_CALC2_RATIO;
