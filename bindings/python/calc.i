/* The scalar calculations: a float comes back, a failing status raises. The argument
 * names and defaults Python users see are in eduind/_calc.py. */

%apply double *OUTPUT { double *out, double *out_pct, double *out_teachers, double *out_years };

eduind_status eduind_ratio(double num, double den, double scale, double *out);
eduind_status eduind_proportion(double part, double whole, double scale, double *out);
eduind_status eduind_gross_enrolment_ratio(double enrolled, double population, double *out_pct);
eduind_status eduind_net_enrolment_rate(double enrolled_of_age, double population, double *out_pct);
eduind_status eduind_adjusted_ner(double enrolled_in_level, double enrolled_above, double population,
                                  double *out_pct);
eduind_status eduind_gross_intake_ratio(double new_entrants, double population, double *out_pct);
eduind_status eduind_out_of_school_rate(double population, double enrolled_of_age, double *out_pct);
eduind_status eduind_consolidation_rate(double final_grade, double cohort_grade1, double *out_pct);
eduind_status eduind_consolidation_rate_adjusted(double graduates, double cohort_grade1,
                                                 double transfers_in, double transfers_out,
                                                 double deaths, double *out_pct);
eduind_status eduind_transition_rate(double entrants, double graduates, double *out_pct);
eduind_status eduind_effective_transition_rate(double entrants_next, double repeaters_next,
                                               double last_grade, double last_grade_repeaters,
                                               double *out_pct);
eduind_status eduind_promotion_rate(double enrol_next_grade, double repeaters_next_grade,
                                    double enrol_grade, double *out_pct);
eduind_status eduind_repetition_rate(double repeaters_next_year, double enrol_grade, double *out_pct);
eduind_status eduind_dropout_rate(double promotion_pct, double repetition_pct, double *out_pct);
eduind_status eduind_dropout_rate_direct(double dropouts, double enrolled_start, double *out_pct);
eduind_status eduind_pupil_teacher_ratio(double pupils, double teachers, double *out);
eduind_status eduind_dual_qualified_share(double dual_qualified, double specialised, double *out_pct);
eduind_status eduind_staffing_gap(double pupils, double teachers, double standard_ratio,
                                  double *out_teachers);
eduind_status eduind_growth_rate(double previous, double current, double *out_pct);
eduind_status eduind_per_pupil_growth(double spend_prev, double pupils_prev, double spend_cur,
                                      double pupils_cur, double *out_pct);
eduind_status eduind_cagr(double start, double end, double years, double *out_pct);
eduind_status eduind_required_growth(double current, double target, double years, double *out_pct);
eduind_status eduind_years_to_target(double current, double target, double rate_pct, double *out_years);
eduind_status eduind_gpi(double female, double male, int adjusted, double *out);
eduind_status eduind_round(double value, int decimals, double *out);

%clear double *out, double *out_pct, double *out_teachers, double *out_years;

/* ner_cap fills out[3]: returned as a (male, female, total) tuple. */
%typemap(in, numinputs=0) double out_mft[3] (double tmp[3]) {
	$1 = tmp;
}
%typemap(argout) double out_mft[3] {
	$result = SWIG_Python_AppendOutput($result, Py_BuildValue("(ddd)", $1[0], $1[1], $1[2]));
}
eduind_status eduind_ner_cap(double ner_male, double ner_female, double ner_total,
                             double publish_limit, double out_mft[3]);

/* ---- Formatting ---------------------------------------------------------------- */

const char *eduind_unit_name(int unit);

%{
/* Unit given by its JSON name ("percent"); raises InvalidInputError for an unknown name. */
static int py_unit_from_name(const char *name, eduind_unit *unit)
{
	eduind_status rc = eduind_unit_from_name(name, unit);
	if (rc != EDUIND_OK) {
		eduind_error err;
		eduind_error_clear(&err);
		snprintf(err.message, sizeof err.message, "unknown unit \"%s\"", name ? name : "(null)");
		py_raise(rc, &err);
		return 0;
	}
	return 1;
}
%}

%inline %{
/* eduind_format_decimal / eduind_format as a str. */
static PyObject *py_format(double value, int decimals, const char *unit_name)
{
	char buf[512];
	eduind_unit unit = EDUIND_UNIT_NUMBER;
	eduind_status rc;

	if (unit_name != NULL && !py_unit_from_name(unit_name, &unit))
		return NULL;
	rc = unit_name == NULL ? eduind_format_decimal(value, decimals, buf, sizeof buf)
	                       : eduind_format(value, decimals, unit, buf, sizeof buf);
	if (rc != EDUIND_OK) {
		py_raise(rc, NULL);
		return NULL;
	}
	return py_str(buf);
}

static int py_unit_value(const char *unit_name)
{
	eduind_unit unit = EDUIND_UNIT_NUMBER;
	if (!py_unit_from_name(unit_name, &unit))
		return -1;
	return (int)unit;
}
%}
