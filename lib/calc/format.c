/* Display text as publications print it: "95.5%", "16.98:1", locale-independent. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "eduind/format.h"
#include "calc/decimal.h"

static const char *const unit_names[] = {
	"number", "percent", "ratio", "per100", "yuan", "years",
	"coefficient", "count", "pp", "m2", "boolean",
};
#define UNIT_COUNT (sizeof unit_names / sizeof unit_names[0])

const char *eduind_unit_name(eduind_unit unit)
{
	if ((unsigned)unit >= UNIT_COUNT)
		return "number";
	return unit_names[unit];
}

eduind_status eduind_unit_from_name(const char *name, eduind_unit *out)
{
	size_t i;
	if (name == NULL || out == NULL)
		return EDUIND_ENULL;
	for (i = 0; i < UNIT_COUNT; i++) {
		if (strcmp(name, unit_names[i]) == 0) {
			*out = (eduind_unit)i;
			return EDUIND_OK;
		}
	}
	return EDUIND_EINVAL;
}

eduind_status eduind_format_decimal(double value, int decimals, char *buf, size_t size)
{
	decimal_text dt;
	eduind_status st;
	if (buf == NULL)
		return EDUIND_ENULL;
	if (size > 0)
		buf[0] = '\0';
	st = decimal_round(value, decimals, &dt);
	if (st != EDUIND_OK)
		return st;
	return decimal_write(&dt, buf, size, NULL);
}

eduind_status eduind_format(double value, int decimals, eduind_unit unit, char *buf, size_t size)
{
	const char *suffix = "";
	size_t len;
	decimal_text dt;
	eduind_status st;
	int n;

	if (buf == NULL)
		return EDUIND_ENULL;
	if (size > 0)
		buf[0] = '\0';
	if ((unsigned)unit >= UNIT_COUNT)
		return EDUIND_EINVAL;     /* not a unit: printing a bare number would hide it */
	if (unit == EDUIND_UNIT_BOOLEAN) {
		const char *text = value != 0 ? "yes" : "no";
		if (!isfinite(value))
			return EDUIND_ENONFINITE; /* Inf is not "yes" */
		if (strlen(text) >= size)
			return EDUIND_EBUFSIZE;
		strcpy(buf, text);
		return EDUIND_OK;
	}
	st = decimal_round(value, decimals, &dt);
	if (st != EDUIND_OK)
		return st;
	st = decimal_write(&dt, buf, size, &len);
	if (st != EDUIND_OK)
		return st;
	switch (unit) {
	case EDUIND_UNIT_PERCENT: suffix = "%"; break;
	case EDUIND_UNIT_RATIO: suffix = ":1"; break;
	case EDUIND_UNIT_PP: suffix = " pp"; break;
	default: break;
	}
	n = (int)strlen(suffix);
	if ((size_t)n >= size - len) {
		buf[0] = '\0';
		return EDUIND_EBUFSIZE;
	}
	memcpy(buf + len, suffix, (size_t)n + 1);
	return EDUIND_OK;
}
