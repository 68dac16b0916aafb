/* Gender parity index, unadjusted and UIS adjusted (SDG 4.5.1, methodology A.10). */
#include "eduind/calc.h"
#include "calc/check.h"

eduind_status eduind_gpi(double female, double male, int adjusted, double *out)
{
	double r;
	if (out == NULL)
		return EDUIND_ENULL;
	CALC_TRY(counts2(female, male));
	if (male == 0)
		return EDUIND_EZERODIV;
	r = female / male;
	/* UIS inverts ratios above 1 and subtracts them from 2, which makes the index
	 * symmetric around 1 and bounded by 2. (min(r, 2 - r) is a known wrong variant.) */
	if (adjusted && r > 1)
		r = 2.0 - male / female;
	return store(r, out);
}
