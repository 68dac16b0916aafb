#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "io/numtext.h"

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

int nt_parse(const char *s, double *out)
{
	const char *p = s;
	char *end;
	size_t int_digits = 0, frac_digits = 0;
	double v;

	if (s == NULL)
		return 0;
	if (*p == '+' || *p == '-')
		p++;
	while (is_digit(*p)) {
		p++;
		int_digits++;
	}
	if (*p == '.') {
		p++;
		while (is_digit(*p)) {
			p++;
			frac_digits++;
		}
	}
	if (int_digits + frac_digits == 0)
		return 0;
	if (*p == 'e' || *p == 'E') {
		size_t exp_digits = 0;
		p++;
		if (*p == '+' || *p == '-')
			p++;
		while (is_digit(*p)) {
			p++;
			exp_digits++;
		}
		if (exp_digits == 0)
			return 0;
	}
	if (*p != '\0')
		return 0;
	/* The grammar above is a subset of what strtod reads, so it consumes everything. */
	errno = 0;
	v = strtod(s, &end);
	if (*end != '\0' || !isfinite(v))
		return 0;
	*out = v;
	return 1;
}

int nt_parse_long(const char *s, long lo, long hi, long *out)
{
	const char *p = s;
	char *end;
	long v;
	if (s == NULL)
		return 0;
	if (*p == '+' || *p == '-')
		p++;
	if (!is_digit(*p))
		return 0;
	while (is_digit(*p))
		p++;
	if (*p != '\0')
		return 0;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno == ERANGE || *end != '\0' || v < lo || v > hi)
		return 0;
	*out = v;
	return 1;
}

void nt_format(double v, char buf[NT_BUF])
{
	int prec;
	if (v == 0.0) {
		/* Keep the sign of -0 out of published data; it is the same amount. */
		snprintf(buf, NT_BUF, "0");
		return;
	}
	for (prec = 15; prec <= 17; prec++) {
		snprintf(buf, NT_BUF, "%.*g", prec, v);
		if (prec == 17 || strtod(buf, NULL) == v)
			return;
	}
}

void nt_append_json(strbuf *sb, double v)
{
	char buf[NT_BUF];
	if (!isfinite(v)) {
		sb_append(sb, "null");
		return;
	}
	nt_format(v, buf);
	sb_append(sb, buf);
}

void nt_append_csv(strbuf *sb, double v)
{
	char buf[NT_BUF];
	if (isfinite(v)) {
		nt_format(v, buf);
		sb_append(sb, buf);
	}
}
