#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/status.h"

struct status_text {
	eduind_status status;
	const char *name;
	const char *text;
};

/* Indexed by -status; keep in the order of the enum. */
static const struct status_text texts[] = {
	{ EDUIND_OK, "EDUIND_OK", "success" },
	{ EDUIND_ENULL, "EDUIND_ENULL", "a required argument is NULL" },
	{ EDUIND_ENEGATIVE, "EDUIND_ENEGATIVE", "a count or amount is negative" },
	{ EDUIND_EZERODIV, "EDUIND_EZERODIV", "zero denominator: the result is undefined" },
	{ EDUIND_ENONFINITE, "EDUIND_ENONFINITE", "an input is NaN or infinite" },
	{ EDUIND_ERANGE, "EDUIND_ERANGE", "the result is not a finite number" },
	{ EDUIND_EEMPTY, "EDUIND_EEMPTY", "no usable input values" },
	{ EDUIND_EINCONSISTENT, "EDUIND_EINCONSISTENT", "inputs are inconsistent (a part exceeds its whole)" },
	{ EDUIND_EDOMAIN, "EDUIND_EDOMAIN", "an input is outside the formula's domain" },
	{ EDUIND_EINVAL, "EDUIND_EINVAL", "invalid argument" },
	{ EDUIND_ENOMEM, "EDUIND_ENOMEM", "out of memory" },
	{ EDUIND_EIO, "EDUIND_EIO", "input/output error" },
	{ EDUIND_EPARSE, "EDUIND_EPARSE", "syntax error" },
	{ EDUIND_ESCHEMA, "EDUIND_ESCHEMA", "invalid content" },
	{ EDUIND_ENOTFOUND, "EDUIND_ENOTFOUND", "not found" },
	{ EDUIND_EDUPLICATE, "EDUIND_EDUPLICATE", "defined more than once" },
	{ EDUIND_ECYCLE, "EDUIND_ECYCLE", "definitions refer to each other in a cycle" },
	{ EDUIND_EMISSING, "EDUIND_EMISSING", "a required value is missing" },
	{ EDUIND_ELIMIT, "EDUIND_ELIMIT", "input exceeds a size limit" },
	{ EDUIND_EBUFSIZE, "EDUIND_EBUFSIZE", "output buffer too small" },
	{ EDUIND_EVERSION, "EDUIND_EVERSION", "unsupported format version" },
	{ EDUIND_ENOTAPPLICABLE, "EDUIND_ENOTAPPLICABLE", "not applicable" },
};

static const struct status_text *lookup(eduind_status status)
{
	int i = -(int)status;
	if (i < 0 || (size_t)i >= sizeof texts / sizeof texts[0])
		return NULL;
	return &texts[i];
}

const char *eduind_status_str(eduind_status status)
{
	const struct status_text *t = lookup(status);
	return t ? t->text : "unknown error";
}

const char *eduind_status_name(eduind_status status)
{
	const struct status_text *t = lookup(status);
	return t ? t->name : "EDUIND_UNKNOWN";
}

void eduind_error_clear(eduind_error *err)
{
	if (err != NULL)
		memset(err, 0, sizeof *err);
}

size_t eduind_error_format(const eduind_error *err, char *buf, size_t size)
{
	char where[EDUIND_ERROR_SOURCE_SIZE + 64];
	int n;
	const char *msg;

	if (err == NULL)
		return 0;
	where[0] = '\0';
	if (err->source[0] != '\0') {
		if (err->line > 0 && err->column > 0)
			snprintf(where, sizeof where, "%s:%ld:%ld: ", err->source, err->line, err->column);
		else if (err->line > 0)
			snprintf(where, sizeof where, "%s:%ld: ", err->source, err->line);
		else
			snprintf(where, sizeof where, "%s: ", err->source);
	} else if (err->line > 0) {
		snprintf(where, sizeof where, "line %ld, column %ld: ", err->line, err->column);
	}
	msg = err->message[0] ? err->message : eduind_status_str(err->status);
	if (err->path[0] != '\0')
		n = snprintf(buf, size, "%s%s: %s", where, err->path, msg);
	else
		n = snprintf(buf, size, "%s%s", where, msg);
	return n < 0 ? 0 : (size_t)n;
}

void eduind_free(void *ptr)
{
	free(ptr);
}
