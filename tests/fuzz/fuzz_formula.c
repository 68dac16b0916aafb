/* Any bytes as a formula: a program or a clean error with a column inside the text
 * (+1 for "at the end"); a program runs over a small family of entities without
 * crashing, every value without a state is finite, and inputs shown in place (env.view)
 * give exactly what copied inputs give. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/eduind.h"
#include "expr/expr.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *names[] = { "a", "b", "z", "m", "enrol.primary", "teachers.primary", "ind.x", NULL };

static eduind_status resolve(void *user, const char *name, ex_resolved *out)
{
	size_t i;
	(void)user;
	for (i = 0; names[i]; i++)
		if (strcmp(names[i], name) == 0) {
			out->kind = strncmp(name, "ind.", 4) == 0 ? EX_REF_INDICATOR : EX_REF_VARIABLE;
			out->id = i;
			out->optional = i == 1;
			return EDUIND_OK;
		}
	return EDUIND_ENOTFOUND;
}

static void load(void *user, const ex_ref *ref, const size_t *rows, size_t n, int period, size_t cell,
                 double *v, unsigned char *st)
{
	size_t i;
	(void)user;
	(void)cell;
	for (i = 0; i < n; i++) {
		double x = (double)(ref->id * 7 + rows[i] * 3 + (size_t)(period % 5)) - 6.0;
		st[i] = ref->id == 3 ? EX_MISSING : (ref->id == 2 ? EX_OK : (rows[i] == 2 ? EX_NA : EX_OK));
		v[i] = ref->id == 2 ? 0.0 : (ref->id == 6 ? 1e308 : x);
	}
}

static size_t children(void *user, size_t e, const size_t **out)
{
	static const size_t kids[] = { 1, 2, 3 };
	(void)user;
	*out = kids;
	return e == 0 ? 3 : 0;
}

static const char *level(void *user, size_t e)
{
	(void)user;
	return e == 2 ? "junior" : "primary";
}

/* The same inputs as load, in machine form, each in its own room until the run ends. */
#define VIEWS 64
static double view_v[VIEWS][8];
static unsigned char view_s[VIEWS][8];
static int views_used;

static int view(void *user, const ex_ref *ref, const size_t *rows, size_t n, int period, size_t cell,
                const double **v, const unsigned char **st)
{
	size_t i;
	if (ref->optional || n > 8 || views_used == VIEWS)
		return 0;
	load(user, ref, rows, n, period, cell, view_v[views_used], view_s[views_used]);
	for (i = 0; i < n; i++)
		view_v[views_used][i] = view_s[views_used][i] == EX_OK ? view_v[views_used][i] : NAN;
	*v = view_v[views_used];
	*st = view_s[views_used];
	views_used++;
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const ex_env env = { NULL, load, children, level, NULL, NULL };
	static const ex_env env_view = { NULL, load, children, level, NULL, view };
	double vv[4];
	unsigned char sv[4];
	ex_program *p = NULL;
	eduind_error err;
	eduind_status st;
	size_t rows[4] = { 0, 1, 2, 3 }, i;
	double v[4];
	unsigned char s[4];
	eduind_error_clear(&err);
	st = ex_compile((const char *)data, size, resolve, NULL, &p, &err);
	if (st != EDUIND_OK) {
		if (p != NULL || err.message[0] == '\0' || err.status != st)
			abort();
		if (st != EDUIND_ENOMEM && (err.column < 1 || (size_t)err.column > size + 1))
			abort();
		return 0;
	}
	if (p == NULL)
		abort();
	if (ex_run(p, &env, rows, 4, 2020, 0, v, s) != EDUIND_OK)
		abort();
	views_used = 0;
	if (ex_run(p, &env_view, rows, 4, 2020, 0, vv, sv) != EDUIND_OK)
		abort();
	for (i = 0; i < 4; i++) {
		if (sv[i] != s[i] || (s[i] == EX_OK && memcmp(&vv[i], &v[i], sizeof v[i]) != 0))
			abort();
		if (s[i] > EX_NA)
			abort();
		if (s[i] == EX_OK && !isfinite(v[i]))
			abort();
		if (s[i] != EX_OK && !isnan(v[i]))
			abort();
	}
	ex_program_free(p);
	return 0;
}
