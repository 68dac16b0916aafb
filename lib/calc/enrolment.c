/* Enrolment and intake rates: UIS A.1-A.4, A.11; MoE B.1. */
#include "eduind/calc.h"
#include "calc/check.h"
#include "calc/rate.h"

eduind_status eduind_gross_enrolment_ratio(double enrolled, double population, double *out_pct)
{
	return calc_count_rate(enrolled, population, out_pct);
}

eduind_status eduind_net_enrolment_rate(double enrolled_of_age, double population, double *out_pct)
{
	/* Not capped here: a value above 100 is reported as computed so the data problem
	 * stays visible; eduind_ner_cap applies the UIS publication rule. */
	return calc_count_rate(enrolled_of_age, population, out_pct);
}

eduind_status eduind_adjusted_ner(double enrolled_in_level, double enrolled_above, double population,
                                  double *out_pct)
{
	if (out_pct == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts3(enrolled_in_level, enrolled_above, population));
	return calc_count_rate(enrolled_in_level + enrolled_above, population, out_pct);
}

eduind_status eduind_ner_cap(double ner_male, double ner_female, double ner_total, double publish_limit,
                             double out[3])
{
	double top, k;
	if (out == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts3(ner_male, ner_female, ner_total));
	if (!isfinite(publish_limit))
		return EDUIND_ENONFINITE;
	if (publish_limit < 100)
		return EDUIND_EINVAL;
	top = ner_male > ner_female ? ner_male : ner_female;
	if (top > publish_limit)
		return EDUIND_ERANGE;
	/* One factor for all three keeps the female/male ratio, hence the GPI. */
	k = top > 100 ? 100.0 / top : 1.0;
	out[0] = ner_male * k;
	out[1] = ner_female * k;
	out[2] = ner_total * k;
	return EDUIND_OK;
}

eduind_status eduind_gross_intake_ratio(double new_entrants, double population, double *out_pct)
{
	return calc_count_rate(new_entrants, population, out_pct);
}

eduind_status eduind_out_of_school_rate(double population, double enrolled_of_age, double *out_pct)
{
	if (out_pct == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts2(population, enrolled_of_age));
	if (population == 0)
		return EDUIND_EZERODIV;
	/* More pupils of the age than children of the age: the inputs disagree, and a
	 * negative rate would hide that. */
	if (enrolled_of_age > population)
		return EDUIND_EINCONSISTENT;
	return store((population - enrolled_of_age) / population * 100.0, out_pct);
}
