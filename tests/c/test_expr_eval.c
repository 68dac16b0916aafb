/* Formula language: evaluation, precedence, every function, states, children. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "expr/expr.h"

/* A tiny world: entity 0 (county) has children 1, 2 (primary) and 3 (junior);
 * entity 4 is a county whose child 5 lacks "k". */
static const char *names[] = { "a", "b", "z", "m", "na", "opt", "y", "k", "s", "neg", "big", NULL };

static eduind_status resolve(void *user, const char *name, ex_resolved *out)
{
	size_t i;
	(void)user;
	for (i = 0; names[i]; i++)
		if (strcmp(names[i], name) == 0) {
			out->kind = EX_REF_VARIABLE;
			out->id = i;
			out->optional = strcmp(name, "opt") == 0;
			return EDUIND_OK;
		}
	return EDUIND_ENOTFOUND;
}

static void value_of(const ex_ref *r, size_t e, int period, double *v, unsigned char *st)
{
	const char *n = r->name;
	*st = EX_OK;
	*v = NAN;
	if (r->cell != NULL && strcmp(r->cell, "sex=F") == 0) {
		*v = 7;
		return;
	}
	if (strcmp(n, "a") == 0)
		*v = 6;
	else if (strcmp(n, "b") == 0)
		*v = 4;
	else if (strcmp(n, "z") == 0)
		*v = 0;
	else if (strcmp(n, "m") == 0 || strcmp(n, "opt") == 0)
		*st = EX_MISSING;
	else if (strcmp(n, "na") == 0)
		*st = EX_NA;
	else if (strcmp(n, "y") == 0)
		*v = period == 2020 ? 110 : period == 2019 ? 100 : period == 2015 ? 50 : NAN;
	else if (strcmp(n, "k") == 0)
		*v = e == 1 ? 10 : e == 2 ? 20 : e == 3 ? 30 : NAN;
	else if (strcmp(n, "s") == 0)
		*v = e == 1 ? 100 : e == 2 ? 200 : e == 3 ? 300 : e == 5 ? 50 : NAN;
	else if (strcmp(n, "neg") == 0)
		*v = -3;
	else if (strcmp(n, "big") == 0)
		*v = 1e308;
	if (isnan(*v) && *st == EX_OK)
		*st = EX_MISSING;
	if (r->optional && *st != EX_OK) {
		*st = EX_OK;
		*v = 0;
	}
}

static void load(void *user, const ex_ref *ref, const size_t *rows, size_t n, int period, size_t cell, double *v,
                 unsigned char *st)
{
	size_t i;
	(void)user;
	(void)cell;
	for (i = 0; i < n; i++)
		value_of(ref, rows[i], period, &v[i], &st[i]);
}

static size_t children(void *user, size_t e, const size_t **out)
{
	static const size_t kids0[] = { 1, 2, 3 };
	static const size_t kids4[] = { 5 };
	(void)user;
	if (e == 0) {
		*out = kids0;
		return 3;
	}
	if (e == 4) {
		*out = kids4;
		return 1;
	}
	*out = NULL;
	return 0;
}

static const char *level(void *user, size_t e)
{
	(void)user;
	return e == 3 ? "junior" : (e == 0 || e == 4) ? "county" : "primary";
}

static const ex_env env = { NULL, load, children, level, NULL, NULL };

/* Evaluates f for one entity in 2020. */
static unsigned char eval_at(const char *f, size_t entity, double *v)
{
	ex_program *p = NULL;
	eduind_error err;
	unsigned char st = 255;
	eduind_error_clear(&err);
	*v = -12345;
	if (ex_compile(f, strlen(f), resolve, NULL, &p, &err) != EDUIND_OK) {
		fprintf(stderr, "\n  %s: %s\n", f, err.message);
		CU_FAIL("compile");
		return 255;
	}
	CU_ASSERT_EQUAL(ex_run(p, &env, &entity, 1, 2020, 0, v, &st), EDUIND_OK);
	ex_program_free(p);
	return st;
}

static void expect_value(const char *f, double want)
{
	double v;
	unsigned char st = eval_at(f, 0, &v);
	CU_ASSERT_EQUAL(st, EX_OK);
	CU_ASSERT_DOUBLE_EQUAL(v, want, 1e-12 * (fabs(want) > 1 ? fabs(want) : 1));
	if (st != EX_OK || fabs(v - want) > 1e-12 * (fabs(want) > 1 ? fabs(want) : 1))
		fprintf(stderr, "\n  %s = %.17g state %d, want %.17g\n", f, v, st, want);
}

static void expect_state(const char *f, unsigned char want)
{
	double v;
	unsigned char st = eval_at(f, 0, &v);
	CU_ASSERT_EQUAL(st, want);
	CU_ASSERT_TRUE(isnan(v));
	if (st != want)
		fprintf(stderr, "\n  %s: state %d (value %g), want %d\n", f, st, v, want);
}

static void test_precedence(void)
{
	expect_value("1 + 2 * 3", 7);
	expect_value("(1 + 2) * 3", 9);
	expect_value("10 - 4 - 3", 3);
	expect_value("24 / 4 / 2", 3);
	expect_value("-2 * 3", -6);
	expect_value("- a + b", -2);
	expect_value("--a", 6);
	expect_value("2 - -2", 4);
	expect_value("a * b - a / b", 24 - 1.5);
	expect_value("1 + 2 < 4", 1);
	expect_value("1 < 2 == 1", 1);
	expect_value("not 1 + 1 == 3", 1);
	expect_value("1 or 0 and 0", 1);
	expect_value("(1 or 0) and 0", 0);
	expect_value("not 0 and 0", 0);
	expect_value("a > b and b > 3", 1);
	expect_value("a <= 6 and a >= 6 and a != 5 and not (a == 5)", 1);
	expect_value("1e2 + 0.25 + .5", 100.75);
}

static void test_functions(void)
{
	expect_value("sum(a, b, 1)", 11);
	expect_value("min(a, b, 5)", 4);
	expect_value("max(a, b, 5)", 6);
	expect_value("abs(neg)", 3);
	expect_value("if(a > b, a, b)", 6);
	expect_value("if(0, m, b)", 4);       /* the unchosen branch's state does not matter */
	expect_value("if(1, a, 1 / z)", 6);
	expect_value("coalesce(m, na, b, a)", 4);
	expect_value("ratio(54005, 5307)", 54005.0 / 5307.0);
	expect_value("ratio(28906, 30267, 100)", 28906.0 / 30267.0 * 100.0);
	expect_value("growth(y[-1], y)", 10);
	expect_value("cagr(y[-5], y, 5)", (pow(110.0 / 50.0, 0.2) - 1) * 100);
	expect_value("gpi(a, b)", 1.5);
	expect_value("gpi_adj(a, b)", 2 - 4.0 / 6.0);
	expect_value("gpi_adj(b, a)", 4.0 / 6.0);
	expect_value("a{sex=F}", 7);
	expect_value("a{sex=F} - a", 1);
}

static void test_states(void)
{
	expect_state("m", EX_MISSING);
	expect_state("a + m", EX_MISSING);
	expect_state("m * 0", EX_MISSING); /* missing is never 0 */
	expect_state("-m", EX_MISSING);
	expect_state("not m", EX_MISSING);
	expect_state("m > 1", EX_MISSING);
	expect_state("na + m", EX_NA);     /* the leftmost state wins */
	expect_state("m + na", EX_MISSING);
	expect_state("a / z", EX_ZERODIV);
	expect_state("ratio(a, z)", EX_ZERODIV);
	expect_state("ratio(a, z, 100) + 1", EX_ZERODIV);
	expect_state("sum(a, m)", EX_MISSING);
	expect_state("min(a, na)", EX_NA);
	expect_state("if(m, a, b)", EX_MISSING);
	expect_state("if(1, m, b)", EX_MISSING);
	expect_state("coalesce(m, na)", EX_MISSING);
	expect_state("growth(z, a)", EX_ZERODIV);
	expect_state("growth(neg, a)", EX_INVALID);
	expect_state("cagr(a, b, 0)", EX_INVALID);
	expect_state("big * big", EX_INVALID);     /* overflow is never Inf */
	expect_state("y[-3]", EX_MISSING);          /* a period without data */
	expect_value("opt + a", 6);                 /* optional input counts as 0 */
	expect_value("coalesce(m, 0) + 1", 1);
}

static void test_children(void)
{
	double v;
	expect_value("children_sum(k)", 60);
	expect_value("children_sum(k, \"primary\")", 30);
	expect_value("children_count(k >= 20)", 2);
	expect_value("children_share(k >= 20)", 200.0 / 3.0);
	expect_value("children_mean(k)", 20);
	expect_value("children_mean(k * 2, \"primary\")", 30);
	{
		double m = 20, var = (100 + 0 + 100) / 3.0;
		expect_value("children_cv(k, 1)", sqrt(var) / m);
	}
	/* X_i = k/s = 0.1 for every school: no dispersion */
	expect_value("children_balance_cv(k, s, 1)", 0);
	{
		double X = 100.0 * 140.0 / 600.0;
		double d1 = 10 - X, d2 = 20 - X, d3 = 30 - X;
		double want = sqrt(100.0 / 600 * d1 * d1 + 200.0 / 600 * d2 * d2 + 300.0 / 600 * d3 * d3) / X;
		expect_value("children_balance_cv(k * s / 100, s, 100)", want);
		expect_value("children_balance_cv(k * s / 100, s, 100, \"primary\") > 0", 1);
	}
	/* nested: children of children (none here) -> not applicable inside, which propagates */
	expect_state("children_sum(children_sum(k))", EX_NA);
	/* a school has no children: not applicable, never 0 */
	CU_ASSERT_EQUAL(eval_at("children_sum(k)", 1, &v), EX_NA);
	CU_ASSERT_TRUE(isnan(v));
	CU_ASSERT_EQUAL(eval_at("children_sum(k, \"senior\")", 0, &v), EX_NA);
	/* a child without a value makes the aggregate missing; coalesce fills it */
	CU_ASSERT_EQUAL(eval_at("children_sum(k)", 4, &v), EX_MISSING);
	CU_ASSERT_EQUAL(eval_at("children_sum(coalesce(k, 0))", 4, &v), EX_OK);
	CU_ASSERT_EQUAL(v, 0);
	CU_ASSERT_EQUAL(eval_at("children_share(k > 1)", 4, &v), EX_MISSING);
	CU_ASSERT_EQUAL(eval_at("children_mean(s)", 4, &v), EX_OK);
	CU_ASSERT_EQUAL(v, 50);
}

/* Many rows at once: blocks of EX_BLOCK and a tail. */
static void test_blocks(void)
{
	size_t n = EX_BLOCK * 3 + 7, i;
	size_t *rows = malloc(n * sizeof *rows);
	double *v = malloc(n * sizeof *v);
	unsigned char *st = malloc(n);
	ex_program *p = NULL;
	const char *f = "if(coalesce(k, 0) > 15, k * 2, coalesce(k, -1))";
	CU_ASSERT_FATAL(rows && v && st);
	for (i = 0; i < n; i++)
		rows[i] = i % 4;
	CU_ASSERT_EQUAL_FATAL(ex_compile(f, strlen(f), resolve, NULL, &p, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL(ex_run(p, &env, rows, n, 2020, 0, v, st), EDUIND_OK);
	for (i = 0; i < n; i++) {
		double want = rows[i] == 0 ? -1 : rows[i] == 1 ? 10 : rows[i] == 2 ? 40 : 60;
		if (v[i] != want || st[i] != EX_OK) {
			CU_FAIL("block value");
			break;
		}
	}
	ex_program_free(p);
	/* A syntax check without a resolver accepts any name. */
	CU_ASSERT_EQUAL(ex_compile("anything.at_all + 1", 19, NULL, NULL, &p, NULL), EDUIND_OK);
	ex_program_free(p);
	CU_ASSERT_EQUAL(ex_compile(NULL, 0, NULL, NULL, &p, NULL), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(p);
	ex_program_free(NULL);
	free(rows);
	free(v);
	free(st);
}

/* Inputs shown in place (env.view) must give exactly what copied inputs give, for
 * every operation, whether the view is a first or a later operand. */
#define VIEW_ROWS (EX_BLOCK * 2 + 3)
static size_t view_rows[VIEW_ROWS];
static double view_k[VIEW_ROWS], view_s[VIEW_ROWS];
static unsigned char view_k_st[VIEW_ROWS], view_s_st[VIEW_ROWS];

static int view(void *user, const ex_ref *ref, const size_t *rows, size_t n, int period, size_t cell,
                const double **v, const unsigned char **st)
{
	size_t at;
	(void)user;
	(void)cell;
	(void)period;
	if (rows < view_rows || rows + n > view_rows + VIEW_ROWS || ref->offset != 0 || ref->cell != NULL)
		return 0;
	at = (size_t)(rows - view_rows);
	if (strcmp(ref->name, "k") == 0) {
		*v = view_k + at;
		*st = view_k_st + at;
		return 1;
	}
	if (strcmp(ref->name, "s") == 0) {
		*v = view_s + at;
		*st = view_s_st + at;
		return 1;
	}
	return 0;
}

static void test_views(void)
{
	static const char *formulas[] = {
		"k", "7", "k + s", "s - k", "k * 2", "2 * k", "s / k", "k / z", "-k", "not k", "k > 15",
		"k <= s and k != 20 or s < 0", "if(k > 15, k, s)", "if(s > 150, 1, 0)", "coalesce(k, s, 0)",
		"coalesce(s, k)", "sum(k, s, a)", "sum(a, k)", "min(k, 15)", "max(s, k)", "abs(0 - k)", "ratio(k, s)",
		"ratio(s, k, 100)", "growth(k, s)", "cagr(k, s, 2)", "gpi(k, s)", "gpi_adj(s, k)", "children_sum(k)",
		"children_mean(s) / k", "children_balance_cv(k, s, 100)", "k * k * k - s / (k + 1)",
	};
	ex_env with_view = env;
	size_t f, i;
	double *a = malloc(VIEW_ROWS * sizeof *a), *b = malloc(VIEW_ROWS * sizeof *b);
	unsigned char *sa = malloc(VIEW_ROWS), *sb = malloc(VIEW_ROWS);
	CU_ASSERT_FATAL(a && b && sa && sb);
	with_view.view = view;
	for (i = 0; i < VIEW_ROWS; i++) {
		ex_ref k = { "k", EX_REF_VARIABLE, 7, 0, NULL, 0, 1 }, sref = { "s", EX_REF_VARIABLE, 8, 0, NULL, 0, 1 };
		view_rows[i] = i % 6;
		value_of(&k, view_rows[i], 2020, &view_k[i], &view_k_st[i]);
		value_of(&sref, view_rows[i], 2020, &view_s[i], &view_s_st[i]);
	}
	for (f = 0; f < sizeof formulas / sizeof formulas[0]; f++) {
		ex_program *p = NULL;
		CU_ASSERT_EQUAL_FATAL(ex_compile(formulas[f], strlen(formulas[f]), resolve, NULL, &p, NULL), EDUIND_OK);
		CU_ASSERT_EQUAL(ex_run(p, &env, view_rows, VIEW_ROWS, 2020, 0, a, sa), EDUIND_OK);
		CU_ASSERT_EQUAL(ex_run(p, &with_view, view_rows, VIEW_ROWS, 2020, 0, b, sb), EDUIND_OK);
		for (i = 0; i < VIEW_ROWS; i++)
			if (sa[i] != sb[i] || memcmp(&a[i], &b[i], sizeof a[i]) != 0 || (sa[i] != EX_OK) != isnan(a[i])) {
				fprintf(stderr, "\n  %s, row %zu: %g/%d copied, %g/%d in place\n", formulas[f], i, a[i], sa[i],
				        b[i], sb[i]);
				CU_FAIL("view differs");
				break;
			}
		ex_program_free(p);
	}
	/* The views are only read. */
	for (i = 0; i < VIEW_ROWS; i++) {
		double v;
		unsigned char st;
		ex_ref k = { "k", EX_REF_VARIABLE, 7, 0, NULL, 0, 1 };
		value_of(&k, view_rows[i], 2020, &v, &st);
		CU_ASSERT(st == view_k_st[i] && memcmp(&v, &view_k[i], sizeof v) == 0);
	}
	free(a);
	free(b);
	free(sa);
	free(sb);
}

int register_expr_eval_suite(void)
{
	CU_pSuite s = CU_add_suite("expr_eval", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "precedence", test_precedence) || !CU_add_test(s, "functions", test_functions) ||
	    !CU_add_test(s, "states", test_states) || !CU_add_test(s, "children", test_children) ||
	    !CU_add_test(s, "blocks", test_blocks) || !CU_add_test(s, "views", test_views))
		return -1;
	return 0;
}
