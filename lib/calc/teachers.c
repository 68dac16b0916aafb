/* Teacher ratios and staffing: UIS A.9; MoE B.6, B.7. */
#include <math.h>
#include "eduind/calc.h"
#include "calc/check.h"

eduind_status eduind_pupil_teacher_ratio(double pupils, double teachers, double *out)
{
	if (out == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts2(pupils, teachers));
	if (teachers == 0)
		return EDUIND_EZERODIV;
	return store(pupils / teachers, out);
}

eduind_status eduind_dual_qualified_share(double dual_qualified, double specialised, double *out_pct)
{
	/* The denominator is specialised-course teachers (专业课教师), not all teachers. */
	return eduind_proportion(dual_qualified, specialised, 100.0, out_pct);
}

eduind_status eduind_staffing_gap(double pupils, double teachers, double standard_ratio,
                                  double *out_teachers)
{
	double need, nearest;
	if (out_teachers == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts3(pupils, teachers, standard_ratio));
	if (standard_ratio == 0)
		return EDUIND_EZERODIV;
	need = pupils / standard_ratio;
	/* 1900 / 19 must need 100 teachers, not 101 because of a stray last bit. */
	nearest = floor(need + 0.5);
	if (fabs(need - nearest) <= 1e-9 * (nearest > 1 ? nearest : 1))
		need = nearest;
	return store(ceil(need) - teachers, out_teachers);
}
