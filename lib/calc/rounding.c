/* eduind_round: half away from zero on the decimal value (四舍五入), methodology §E. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/calc.h"
#include "calc/decimal.h"

static const double powers_of_ten[DECIMAL_MAX_PLACES + 1] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
};

eduind_status eduind_round(double value, int decimals, double *out)
{
	decimal_text dt;
	char digits[400];
	unsigned long long m;
	eduind_status st;

	if (out == NULL)
		return EDUIND_ENULL;
	st = decimal_round(value, decimals, &dt);
	if (st != EDUIND_OK)
		return st;
	strcpy(digits, dt.integer);
	strcat(digits, dt.fraction);
	/* More than 16 digits means no digit was dropped: the value has no finer decimals
	 * than requested, so it is its own rounding. */
	if (strlen(digits + strspn(digits, "0")) > 16) {
		*out = value;
		return EDUIND_OK;
	}
	/* Both m (< 2^53) and 10^decimals are exact, so the quotient is the double
	 * nearest to the rounded decimal, as strtod would give, without any locale. */
	m = strtoull(digits, NULL, 10);
	*out = (dt.negative ? -1.0 : 1.0) * ((double)m / powers_of_ten[decimals]);
	if (*out == 0)
		*out = 0.0; /* no negative zero */
	return EDUIND_OK;
}

eduind_status eduind_round_many(const double *values, size_t n, int decimals, double *out)
{
	size_t i;
	if (n == 0)
		return EDUIND_OK;
	if (values == NULL || out == NULL)
		return EDUIND_ENULL;
	if (decimals < 0 || decimals > DECIMAL_MAX_PLACES)
		return EDUIND_EINVAL;
	for (i = 0; i < n; i++) {
		double v = values[i]; /* in-place is allowed: read before writing */
		if (eduind_round(v, decimals, &out[i]) != EDUIND_OK)
			out[i] = NAN;
	}
	return EDUIND_OK;
}
