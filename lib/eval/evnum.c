/* Short, locale-free number text for messages, built on the calc rounding. */
#include <math.h>
#include <string.h>
#include "eduind/calc.h"
#include "eduind/format.h"
#include "eval/evnum.h"

int ev_sig_decimals(double v)
{
	int d;
	if (!isfinite(v) || v == 0)
		return 0;
	d = 11 - (int)floor(log10(fabs(v)));
	return d < 0 ? 0 : (d > 15 ? 15 : d);
}

double ev_tidy(double v)
{
	double r;
	if (!isfinite(v))
		return v;
	return eduind_round(v, ev_sig_decimals(v), &r) == EDUIND_OK ? r : v;
}

const char *ev_num(double v, char buf[EV_NUM_BUF])
{
	char *dot;
	size_t n;
	if (!isfinite(v) || eduind_format_decimal(v, ev_sig_decimals(v), buf, EV_NUM_BUF) != EDUIND_OK) {
		strcpy(buf, "NaN");
		return buf;
	}
	dot = strchr(buf, '.');
	if (dot != NULL) {
		n = strlen(buf);
		while (n > 0 && buf[n - 1] == '0')
			buf[--n] = '\0';
		if (n > 0 && buf[n - 1] == '.')
			buf[--n] = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		strcpy(buf, "0");
	return buf;
}
