/* eduind_round: half away from zero on the decimal value (四舍五入), methodology §E. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/calc.h"
#include "calc/decimal.h"

/* Powers of ten that are exact doubles (10^22 is the largest). */
static const double powers_of_ten[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};
#define EXACT_POW10_MAX 22

/* The double nearest to the decimal m x 10^scale, m an integer of at most 15 digits
 * (so exact). One multiplication or division by an exact power of ten is correctly
 * rounded; beyond 10^22 strtod does it, from text without a radix character
 * ("123e-30"), which no locale reads differently. */
static double scaled_integer(unsigned long long m, int scale)
{
	char text[48];
	if (scale >= 0 && scale <= EXACT_POW10_MAX)
		return (double)m * powers_of_ten[scale];
	if (scale < 0 && -scale <= EXACT_POW10_MAX)
		return (double)m / powers_of_ten[-scale];
	snprintf(text, sizeof text, "%llue%d", m, scale);
	return strtod(text, NULL);
}

eduind_status eduind_round(double value, int decimals, double *out)
{
	decimal_text dt;
	char digits[400];
	size_t len;
	int trailing_zeros = 0;
	double result;
	unsigned long long m;
	eduind_status st;

	if (out == NULL)
		return EDUIND_ENULL;
	if (decimal_fast(value, decimals, &m)) {
		/* m and 10^decimals are exact, so this is the double nearest the decimal,
		 * the same double the text path below yields. */
		result = (double)m / powers_of_ten[decimals];
		*out = value < 0 && m != 0 ? -result : result;
		return EDUIND_OK;
	}
	st = decimal_round(value, decimals, &dt);
	if (st != EDUIND_OK)
		return st;
	/* integer and fraction digits together are the rounded value x 10^decimals. Drop
	 * zeros at both ends: at most 15 significant digits remain (a carry such as
	 * 99999999999999.99 -> 100000000000000.00 leaves a single 1), so m is exact. */
	strcpy(digits, dt.integer);
	strcat(digits, dt.fraction);
	len = strlen(digits);
	while (len > 1 && digits[len - 1] == '0') {
		digits[--len] = '\0';
		trailing_zeros++;
	}
	result = scaled_integer(strtoull(digits, NULL, 10), trailing_zeros - decimals);
	/* Only a value within 5e-15 of DBL_MAX reads above it at 15 digits; it has no
	 * digits below 10^-decimals, so it is its own rounding. */
	if (!isfinite(result))
		result = fabs(value);
	*out = dt.negative ? -result : result;
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
