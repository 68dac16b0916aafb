/* Gender parity index, unadjusted and UIS adjusted (SDG 4.5.1, methodology A.10). */
#include "eduind/calc.h"
#include "calc/kernels.h"

eduind_status eduind_gpi(double female, double male, int adjusted, double *out)
{
	double r;
	eduind_status st;
	if (out == NULL)
		return EDUIND_ENULL;
	st = ck_gpi(female, male, adjusted, &r);
	if (st == EDUIND_OK)
		*out = r;
	return st;
}
