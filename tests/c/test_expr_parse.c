/* Formula language: syntax errors with exact columns, names, arity, limits, locale. */
#define _POSIX_C_SOURCE 200809L
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "expr/expr.h"

static eduind_status resolve(void *user, const char *name, ex_resolved *out)
{
	static const char *vars[] = { "a", "b", "enrol.primary", "teachers.primary", "pop.age3_5", "x.1st", NULL };
	size_t i;
	(void)user;
	if (strcmp(name, "both") == 0)
		return EDUIND_EDUPLICATE;
	if (strcmp(name, "ind.x") == 0) {
		out->kind = EX_REF_INDICATOR;
		out->id = 7;
		out->optional = 0;
		return EDUIND_OK;
	}
	for (i = 0; vars[i]; i++)
		if (strcmp(vars[i], name) == 0) {
			out->kind = EX_REF_VARIABLE;
			out->id = i;
			out->optional = 0;
			return EDUIND_OK;
		}
	return EDUIND_ENOTFOUND;
}

static eduind_status compile(const char *f, eduind_error *err, ex_program **p)
{
	eduind_error_clear(err);
	return ex_compile(f, strlen(f), resolve, NULL, p, err);
}

/* Expects status st at column col, and the message to contain want (if not NULL). */
static void expect_error(const char *f, eduind_status st, long col, const char *want)
{
	eduind_error err;
	ex_program *p = (ex_program *)1;
	eduind_status got = compile(f, &err, &p);
	CU_ASSERT_EQUAL(got, st);
	CU_ASSERT_EQUAL(err.status, st);
	CU_ASSERT_EQUAL(err.column, col);
	CU_ASSERT_PTR_NULL(p);
	if (want != NULL && strstr(err.message, want) == NULL) {
		fprintf(stderr, "\n  formula %s: message \"%s\" lacks \"%s\"\n", f, err.message, want);
		CU_FAIL("message");
	}
	if (got != st || err.column != col)
		fprintf(stderr, "\n  formula %s: got %s col %ld: %s\n", f, eduind_status_name(got), err.column,
		        err.message);
}

static void expect_ok(const char *f)
{
	eduind_error err;
	ex_program *p = NULL;
	eduind_status st = compile(f, &err, &p);
	CU_ASSERT_EQUAL(st, EDUIND_OK);
	if (st != EDUIND_OK)
		fprintf(stderr, "\n  formula %s: %s\n", f, err.message);
	CU_ASSERT_PTR_NOT_NULL(p);
	ex_program_free(p);
}

static void test_syntax_errors(void)
{
	expect_error("ratio(a, b", EDUIND_EPARSE, 11, "column 11: expected ')' after the arguments of ratio");
	expect_error("a +", EDUIND_EPARSE, 4, "expected a number, a name or '('");
	expect_error("", EDUIND_EPARSE, 1, "expected a formula");
	expect_error("(a + b", EDUIND_EPARSE, 7, "expected ')' to close the '('");
	expect_error("a b", EDUIND_EPARSE, 3, "expected an operator or the end of the formula, found 'b'");
	expect_error("a # b", EDUIND_EPARSE, 3, "unexpected character");
	expect_error("a[1]", EDUIND_EPARSE, 2, "0 or less");
	expect_error("a[-x]", EDUIND_EPARSE, 4, "expected a period offset");
	expect_error("a[-1", EDUIND_EPARSE, 5, "expected ']'");
	expect_error("a[-1.5]", EDUIND_EPARSE, 4, "whole number");
	expect_error("a{sex}", EDUIND_EPARSE, 6, "expected '='");
	expect_error("a{sex=F,sex=M}", EDUIND_EPARSE, 9, "twice");
	expect_error("a = b", EDUIND_EPARSE, 3, "'=='");
	expect_error("2x", EDUIND_EPARSE, 1, "malformed number");
	expect_error("1e999", EDUIND_EPARSE, 1, "out of range");
	expect_error("\"primary\"", EDUIND_EPARSE, 1, "string");
	expect_error("sum(a,", EDUIND_EPARSE, 7, "expected a number");
	expect_error("if a", EDUIND_EPARSE, 4, "'(' after if");
	expect_error("a ! b", EDUIND_EPARSE, 3, "unexpected character");
	expect_error("children_sum(a, \"pri", EDUIND_EPARSE, 17, "unterminated string");
}

static void test_name_errors(void)
{
	expect_error("a + nosuch", EDUIND_ESCHEMA, 5, "unknown name 'nosuch'");
	expect_error("ratio(enrol.primary, teacher.primary)", EDUIND_ESCHEMA, 22, "unknown name 'teacher.primary'");
	expect_error("foo(a)", EDUIND_ESCHEMA, 1, "unknown function 'foo'");
	expect_error("a + ratio(a)", EDUIND_ESCHEMA, 5, "ratio takes 2 or 3 arguments, got 1");
	expect_error("abs(a, b)", EDUIND_ESCHEMA, 1, "abs takes 1 argument(s), got 2");
	expect_error("sum()", EDUIND_ESCHEMA, 1, "at least 1");
	expect_error("if(a, b)", EDUIND_ESCHEMA, 1, "if takes 3");
	expect_error("children_sum(a, b)", EDUIND_ESCHEMA, 1, "optional level");
	expect_error("children_sum(\"primary\", a)", EDUIND_ESCHEMA, 1, "optional level");
	expect_error("sum(a, \"x\")", EDUIND_ESCHEMA, 8, "string");
	expect_error("both + 1", EDUIND_EDUPLICATE, 1, "'both'");
	/* and, or, not, if are keywords, not names */
	expect_error("and + 1", EDUIND_EPARSE, 1, NULL);
	expect_error("children_sum(nosuch)", EDUIND_ESCHEMA, 14, "nosuch");
}

static void test_accepts(void)
{
	expect_ok("a");
	expect_ok("12 + 0.5 * 1e4 - .5 + 2.");
	expect_ok("enrol.primary[-1]{sex=F}");
	expect_ok("enrol.primary{sex=F}[-8]");
	expect_ok("a{} + a{area=rural, sex=F} + a{grade=1}");
	expect_ok("x.1st + pop.age3_5");
	expect_ok("not a and b or a < b and a <= b and a > b and a >= b and a == b and a != b");
	expect_ok("if(a > 1, sum(a, b, 3), coalesce(a, b))");
	expect_ok("children_balance_cv(a, b, 1, \"primary\") + children_sum(a) + children_count(a > 2, \"junior\")");
	expect_ok("ind.x[-1] * 2");
	expect_ok("a[-50]");
	expect_ok("a[0] + a[-0]");
	expect_ok("  a\t+\nb\r");
}

static void test_refs_are_deduplicated(void)
{
	eduind_error err;
	ex_program *p = NULL;
	CU_ASSERT_EQUAL_FATAL(compile("a + a + a[-1] + a{sex=F} + a{sex=F} + ind.x + b[-2]{}", &err, &p), EDUIND_OK);
	CU_ASSERT_EQUAL(ex_program_ref_count(p), 5);
	CU_ASSERT_STRING_EQUAL(ex_program_ref(p, 0)->name, "a");
	CU_ASSERT_PTR_NULL(ex_program_ref(p, 0)->cell);
	CU_ASSERT_EQUAL(ex_program_ref(p, 1)->offset, -1);
	CU_ASSERT_STRING_EQUAL(ex_program_ref(p, 2)->cell, "sex=F");
	CU_ASSERT_EQUAL(ex_program_ref(p, 3)->kind, EX_REF_INDICATOR);
	CU_ASSERT_EQUAL(ex_program_ref(p, 3)->id, 7);
	CU_ASSERT_EQUAL(ex_program_ref(p, 3)->column, 39);
	CU_ASSERT_STRING_EQUAL(ex_program_ref(p, 4)->cell, "");
	CU_ASSERT_EQUAL(ex_program_ref(p, 4)->offset, -2);
	CU_ASSERT_PTR_NULL(ex_program_ref(p, 5));
	CU_ASSERT_FALSE(ex_program_uses_children(p));
	ex_program_free(p);
	/* Keys of a selector are sorted whatever the order written. */
	CU_ASSERT_EQUAL_FATAL(compile("a{sex=F, area=rural}", &err, &p), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(ex_program_ref(p, 0)->cell, "area=rural;sex=F");
	ex_program_free(p);
	CU_ASSERT_EQUAL_FATAL(compile("children_sum(a) + b", &err, &p), EDUIND_OK);
	CU_ASSERT_TRUE(ex_program_uses_children(p));
	CU_ASSERT_EQUAL(ex_program_ref_count(p), 1); /* a is read on the children */
	ex_program_free(p);
}

static void test_limits(void)
{
	char *big = malloc(EX_MAX_TEXT + 2);
	char deep[400];
	int i;
	eduind_error err;
	ex_program *p = NULL;
	CU_ASSERT_PTR_NOT_NULL_FATAL(big);
	/* 4097 bytes */
	memset(big, ' ', EX_MAX_TEXT + 1);
	big[0] = 'a';
	big[EX_MAX_TEXT + 1] = '\0';
	expect_error(big, EDUIND_ELIMIT, 4097, "at most 4096 bytes");
	/* exactly 4096 bytes is fine */
	big[EX_MAX_TEXT] = '\0';
	expect_ok(big);
	/* 64 levels of parentheses pass, 65 fail */
	for (i = 0; i < 63; i++)
		deep[i] = '(';
	deep[63] = 'a';
	for (i = 0; i < 63; i++)
		deep[64 + i] = ')';
	deep[127] = '\0';
	expect_ok(deep);
	for (i = 0; i < 64; i++)
		deep[i] = '(';
	deep[64] = 'a';
	for (i = 0; i < 64; i++)
		deep[65 + i] = ')';
	deep[129] = '\0';
	expect_error(deep, EDUIND_ELIMIT, 65, "64 levels"); /* where the 65th level starts */
	for (i = 0; i < 100; i++)
		deep[i] = '-';
	deep[100] = 'a';
	deep[101] = '\0';
	CU_ASSERT_EQUAL(compile(deep, &err, &p), EDUIND_ELIMIT);
	expect_error("a[-51]", EDUIND_ELIMIT, 2, "-50");
	/* 33 arguments */
	strcpy(big, "sum(a");
	for (i = 0; i < 32; i++)
		strcat(big, ",a");
	strcat(big, ")");
	expect_error(big, EDUIND_ELIMIT, 69, "32 arguments"); /* the 33rd argument */
	/* The longest chain that fits in 4096 bytes stays within 4096 instructions. */
	strcpy(big, "a");
	for (i = 0; i < 2047; i++)
		strcat(big, "+a");
	CU_ASSERT_EQUAL(strlen(big), 4095u);
	CU_ASSERT_EQUAL_FATAL(compile(big, &err, &p), EDUIND_OK);
	CU_ASSERT_EQUAL(ex_program_code_size(p), 4095u);
	ex_program_free(p);
	/* A long but shallow chain compiles into a stack of depth 2. */
	strcpy(big, "a");
	for (i = 0; i < 1000; i++)
		strcat(big, "+a");
	CU_ASSERT_EQUAL_FATAL(compile(big, &err, &p), EDUIND_OK);
	CU_ASSERT_EQUAL(ex_program_max_stack(p), 2);
	CU_ASSERT_EQUAL(ex_program_code_size(p), 2001u);
	ex_program_free(p);
	free(big);
}

static void test_numbers(void)
{
	double v = 0;
	CU_ASSERT_EQUAL(ex_parse_number("0.1", 3, &v), 3u);
	CU_ASSERT_EQUAL(v, 0.1);
	CU_ASSERT_EQUAL(ex_parse_number("1e4x", 4, &v), 3u);
	CU_ASSERT_EQUAL(v, 1e4);
	CU_ASSERT_EQUAL(ex_parse_number("16.975", 6, &v), 6u);
	CU_ASSERT_EQUAL(v, 16.975);
	CU_ASSERT_EQUAL(ex_parse_number("0.000000000000000000000000001", 29, &v), 29u);
	CU_ASSERT_EQUAL(v, 1e-27);
	CU_ASSERT_EQUAL(ex_parse_number("12345678901234567890123", 23, &v), 23u);
	CU_ASSERT_EQUAL(v, 12345678901234567890123.0);
	CU_ASSERT_EQUAL(ex_parse_number("2.5E-3", 6, &v), 6u);
	CU_ASSERT_EQUAL(v, 0.0025);
	CU_ASSERT_EQUAL(ex_parse_number("x", 1, &v), 0u);
	CU_ASSERT_EQUAL(ex_parse_number(".", 1, &v), 0u);
	/* The length bound is respected (no NUL needed). */
	CU_ASSERT_EQUAL(ex_parse_number("123", 2, &v), 2u);
	CU_ASSERT_EQUAL(v, 12.0);
}

static void test_locale(void)
{
	/* A host that switched to a comma-decimal locale must not change literals. */
	const char *locs[] = { "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8", NULL };
	char *saved = setlocale(LC_NUMERIC, NULL);
	char keep[64];
	int i, switched = 0;
	double v = 0;
	snprintf(keep, sizeof keep, "%s", saved ? saved : "C");
	for (i = 0; locs[i]; i++)
		if (setlocale(LC_NUMERIC, locs[i]) != NULL) {
			switched = 1;
			break;
		}
	CU_ASSERT_EQUAL(ex_parse_number("0.5", 3, &v), 3u);
	CU_ASSERT_EQUAL(v, 0.5);
	/* and the slow path too */
	CU_ASSERT_EQUAL(ex_parse_number("1.2345678901234567890123", 24, &v), 24u);
	CU_ASSERT_DOUBLE_EQUAL(v, 1.2345678901234567, 1e-15);
	expect_ok("a * 0.5");
	setlocale(LC_NUMERIC, keep);
	(void)switched;
}

int register_expr_parse_suite(void)
{
	CU_pSuite s = CU_add_suite("expr_parse", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "syntax_errors", test_syntax_errors) || !CU_add_test(s, "name_errors", test_name_errors) ||
	    !CU_add_test(s, "accepts", test_accepts) ||
	    !CU_add_test(s, "refs_are_deduplicated", test_refs_are_deduplicated) ||
	    !CU_add_test(s, "limits", test_limits) || !CU_add_test(s, "numbers", test_numbers) ||
	    !CU_add_test(s, "locale", test_locale))
		return -1;
	return 0;
}
