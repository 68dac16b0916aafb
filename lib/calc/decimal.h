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

/* Writes "-12.35" (or "12" with 0 places) into buf; EDUIND_EBUFSIZE if it does not fit. */
eduind_status decimal_write(const decimal_text *d, char *buf, size_t size, size_t *len);

#endif
