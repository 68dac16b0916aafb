#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "calc/decimal.h"

/* Extracts the 15 significant digits and the decimal exponent of |value| > 0 from
 * printf's %e form. The radix character of %e follows LC_NUMERIC, so it is skipped by
 * position rather than matched; digits and the exponent are locale-free. */
static void significant_digits(double value, char digits[DECIMAL_SIG_DIGITS + 1], int *exp10)
{
	char buf[64];
	const char *p;
	int n = 0;
	snprintf(buf, sizeof buf, "%.*e", DECIMAL_SIG_DIGITS - 1, fabs(value));
	for (p = buf; *p && *p != 'e' && *p != 'E'; p++) {
		if (*p >= '0' && *p <= '9' && n < DECIMAL_SIG_DIGITS)
			digits[n++] = *p;
	}
	while (n < DECIMAL_SIG_DIGITS)
		digits[n++] = '0';
	digits[n] = '\0';
	*exp10 = (*p == 'e' || *p == 'E') ? (int)strtol(p + 1, NULL, 10) : 0;
}

/* Integer part: the first len digits of d (zeros past the 16 held), leading zeros dropped. */
static void int_digits(const char *d, int len, char *out)
{
	int i, n = 0;
	for (i = 0; i < len; i++) {
		char c = i <= DECIMAL_SIG_DIGITS ? d[i] : '0';
		if (n == 0 && c == '0')
			continue;
		out[n++] = c;
	}
	if (n == 0)
		out[n++] = '0';
	out[n] = '\0';
}

static const double fast_scale[DECIMAL_MAX_PLACES + 1] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
};

int decimal_fast(double value, int places, unsigned long long *m)
{
	double y, n, frac;
	if (places < 0 || places > DECIMAL_MAX_PLACES || !isfinite(value))
		return 0;
	y = fabs(value) * fast_scale[places];
	if (!(y < 1e9))
		return 0;
	n = floor(y);
	frac = y - n;
	/* Near a half the last bits decide; leave it to the exact decimal path. Near an
	 * integer either side rounds to the same integer, so no care is needed there. */
	if (fabs(frac - 0.5) < 1e-5)
		return 0;
	*m = (unsigned long long)n + (frac > 0.5 ? 1u : 0u);
	return 1;
}

/* Lays out m x 10^-places as text (digits by hand: this runs once per displayed value,
 * and printf's machinery would cost more than everything else). */
static void text_from_integer(unsigned long long m, int places, int negative, decimal_text *out)
{
	char digits[32], rev[32];
	int len = 0, i, int_len, nonzero = m != 0;
	do {
		rev[len++] = (char)('0' + m % 10);
		m /= 10;
	} while (m != 0);
	for (i = 0; i < len; i++)
		digits[i] = rev[len - 1 - i];
	digits[len] = '\0';
	int_len = len - places;
	if (int_len <= 0) {
		strcpy(out->integer, "0");
	} else {
		memcpy(out->integer, digits, (size_t)int_len);
		out->integer[int_len] = '\0';
	}
	for (i = 0; i < places; i++) {
		int idx = int_len + i;
		out->fraction[i] = idx >= 0 ? digits[idx] : '0';
	}
	out->fraction[places] = '\0';
	out->negative = negative && nonzero;
}

eduind_status decimal_round(double value, int places, decimal_text *out)
{
	unsigned long long m;
	if (isfinite(value) && decimal_fast(value, places, &m)) {
		out->places = places;
		text_from_integer(m, places, value < 0, out);
		return EDUIND_OK;
	}
	return decimal_round_exact(value, places, out);
}

eduind_status decimal_round_exact(double value, int places, decimal_text *out)
{
	char d[DECIMAL_SIG_DIGITS + 2];
	int exp10, keep, i, int_len;

	if (!isfinite(value))
		return EDUIND_ENONFINITE;
	if (places < 0 || places > DECIMAL_MAX_PLACES)
		return EDUIND_EINVAL;
	memset(out, 0, sizeof *out);
	out->places = places;

	if (value == 0) {
		strcpy(out->integer, "0");
		memset(out->fraction, '0', (size_t)places);
		return EDUIND_OK;
	}
	significant_digits(value, d + 1, &exp10);
	d[0] = '0'; /* room for a carry: 9.99 -> 10.0 */
	exp10 += 1; /* now: value = 0.d1d2...d15 x 10^exp10 */

	/* keep = how many of the 15 digits stand before the rounding position. */
	keep = exp10 + places;
	if (keep < 0) {
		memset(d + 1, '0', DECIMAL_SIG_DIGITS);
	} else if (keep < DECIMAL_SIG_DIGITS) {
		int round_up = d[1 + keep] >= '5';
		for (i = 1 + keep; i <= DECIMAL_SIG_DIGITS; i++)
			d[i] = '0';
		for (i = keep; round_up && i >= 0; i--) {
			if (d[i] == '9') {
				d[i] = '0';
			} else {
				d[i]++;
				round_up = 0;
			}
		}
	}
	/* d[0..15] holds the rounded digits, value = 0.d0d1...d15 x 10^(exp10 + 1): the first
	 * exp10 + 1 of them form the integer part, the rest the fraction. */
	int_len = exp10 + 1;
	int_digits(d, int_len, out->integer);
	for (i = 0; i < places; i++) {
		int idx = int_len + i;
		out->fraction[i] = (idx >= 0 && idx <= DECIMAL_SIG_DIGITS) ? d[idx] : '0';
	}
	out->fraction[places] = '\0';
	/* -0.004 at two places prints 0.00, not -0.00. */
	out->negative = value < 0 && (strcmp(out->integer, "0") != 0 ||
	                              strspn(out->fraction, "0") != (size_t)places);
	return EDUIND_OK;
}

eduind_status decimal_write(const decimal_text *dt, char *buf, size_t size, size_t *len)
{
	size_t ni = strlen(dt->integer), nf = dt->places > 0 ? (size_t)dt->places : 0;
	size_t n = (dt->negative ? 1 : 0) + ni + (nf ? nf + 1 : 0), at = 0;
	if (n >= size) {
		if (size > 0)
			buf[0] = '\0';
		return EDUIND_EBUFSIZE;
	}
	if (dt->negative)
		buf[at++] = '-';
	memcpy(buf + at, dt->integer, ni);
	at += ni;
	if (nf) {
		buf[at++] = '.';
		memcpy(buf + at, dt->fraction, nf);
		at += nf;
	}
	buf[at] = '\0';
	if (len)
		*len = n;
	return EDUIND_OK;
}
