/* Private: rounding on the decimal value, shared by eduind_round and the formatters so
 * that a printed figure and a rounded value can never disagree. */
#ifndef EDUIND_CALC_DECIMAL_H
#define EDUIND_CALC_DECIMAL_H

#include <stddef.h>
#include "eduind/status.h"

/* Most significant digits a double carries faithfully: what "the value typed" means. */
#define DECIMAL_SIG_DIGITS 15
#define DECIMAL_MAX_PLACES 15

/* A rounded decimal: sign, integer digits and exactly `places` fraction digits, as text. */
typedef struct decimal_text {
	int negative;       /* 1 only when the rounded value is not zero */
	char integer[330];  /* at least "0" */
	char fraction[DECIMAL_MAX_PLACES + 1];
	int places;
} decimal_text;

/* Rounds |value| half away from zero at `places` decimals after reducing it to 15
 * significant digits. EDUIND_ENONFINITE or EDUIND_EINVAL on bad arguments. */
eduind_status decimal_round(double value, int places, decimal_text *out);

/* The same without the fast path: always through the 15-digit decimal. */
eduind_status decimal_round_exact(double value, int places, decimal_text *out);

/* Fast path for the common case. When |value| x 10^places is below 1e9 and its fraction
 * is not within 1e-5 of one half, the floating-point product and the 15-digit decimal
 * agree on the rounded integer (their difference is below 1e-6), so *m receives
 * round(|value| x 10^places) and 1 is returned. Otherwise 0: use decimal_round. */
int decimal_fast(double value, int places, unsigned long long *m);

/* Writes "-12.35" (or "12" with 0 places) into buf; EDUIND_EBUFSIZE if it does not fit. */
eduind_status decimal_write(const decimal_text *d, char *buf, size_t size, size_t *len);

#endif
