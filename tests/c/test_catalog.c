/* Catalogues: loading, exact error statuses and paths, cycles, merge atomicity,
 * round trips, the built-in catalogue. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "model/catalog_internal.h"

#define FIX(name) EDUIND_TEST_DATA "/catalog/" name

static eduind_catalog *load_valid(void)
{
	eduind_catalog *cat = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	if (eduind_catalog_load_file(&cat, FIX("valid.json"), &err) != EDUIND_OK)
		fprintf(stderr, "\n  valid.json: %s %s %s\n", err.source, err.path, err.message);
	return cat;
}

static void test_valid(void)
{
	eduind_catalog *cat = load_valid();
	const eduind_indicator *ind;
	const char *code, *zh, *en, *unit;
	size_t idx = 99;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_STRING_EQUAL(eduind_catalog_name(cat), "test catalogue");
	CU_ASSERT_EQUAL(eduind_catalog_count(cat), 4);
	CU_ASSERT_EQUAL(eduind_catalog_variable_count(cat), 6);
	CU_ASSERT_EQUAL(eduind_catalog_variable_at(cat, 1, &code, &zh, &en, &unit), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(code, "teachers.primary");
	CU_ASSERT_STRING_EQUAL(zh, "小学专任教师数");
	CU_ASSERT_STRING_EQUAL(en, "Primary teachers");
	CU_ASSERT_STRING_EQUAL(unit, "count");
	CU_ASSERT_EQUAL(eduind_catalog_variable_at(cat, 6, &code, NULL, NULL, NULL), EDUIND_ENOTFOUND);
	CU_ASSERT_EQUAL(eduind_catalog_variable_find(cat, "grads.junior", &idx), EDUIND_OK);
	CU_ASSERT_EQUAL(idx, 2);
	CU_ASSERT_EQUAL(eduind_catalog_variable_find(cat, "ptr.primary", &idx), EDUIND_ENOTFOUND);

	ind = eduind_catalog_find(cat, "ptr.primary");
	CU_ASSERT_PTR_NOT_NULL_FATAL(ind);
	CU_ASSERT_PTR_EQUAL(ind, eduind_catalog_at(cat, 0));
	CU_ASSERT_STRING_EQUAL(eduind_indicator_code(ind), "ptr.primary");
	CU_ASSERT_STRING_EQUAL(eduind_indicator_name_zh(ind), "小学生师比");
	CU_ASSERT_STRING_EQUAL(eduind_indicator_description_en(ind), "pupils per teacher");
	CU_ASSERT_EQUAL(eduind_indicator_kind(ind), EDUIND_KIND_RATIO);
	CU_ASSERT_STRING_EQUAL(eduind_indicator_numerator(ind), "enrol.primary");
	CU_ASSERT_STRING_EQUAL(eduind_indicator_denominator(ind), "teachers.primary");
	CU_ASSERT_STRING_EQUAL(eduind_indicator_formula(ind), "(enrol.primary) / (teachers.primary)");
	CU_ASSERT_EQUAL(eduind_indicator_scale(ind), 1.0);
	CU_ASSERT_EQUAL(eduind_indicator_unit(ind), EDUIND_UNIT_RATIO);
	CU_ASSERT_EQUAL(eduind_indicator_decimals(ind), 2);
	CU_ASSERT_EQUAL(eduind_indicator_direction(ind), EDUIND_DIRECTION_LOWER);
	CU_ASSERT_STRING_EQUAL(eduind_indicator_level(ind), "primary");
	CU_ASSERT_STRING_EQUAL(eduind_indicator_category(ind), "teachers");
	CU_ASSERT_STRING_EQUAL(eduind_indicator_source_document(ind), "UIS TG 2009");
	CU_ASSERT_STRING_EQUAL(eduind_indicator_source_section(ind), "A.9");
	CU_ASSERT_STRING_EQUAL(eduind_indicator_reported(ind), "reported.ptr.primary");
	CU_ASSERT_EQUAL(eduind_indicator_missing_policy(ind), EDUIND_MISSING_SKIP);

	ind = eduind_catalog_find(cat, "transition.senior");
	CU_ASSERT_PTR_NOT_NULL_FATAL(ind);
	CU_ASSERT_EQUAL(eduind_indicator_kind(ind), EDUIND_KIND_PROPORTION);
	CU_ASSERT_EQUAL(eduind_indicator_scale(ind), 100.0); /* percent defaults to 100 */
	CU_ASSERT_STRING_EQUAL(eduind_indicator_formula(ind), "(entrants.senior) / (grads.junior + transfers.in) * 100");
	CU_ASSERT_EQUAL(eduind_indicator_missing_policy(ind), EDUIND_MISSING_OPTIONAL);
	CU_ASSERT_EQUAL(eduind_indicator_optional_count(ind), 1);
	CU_ASSERT_STRING_EQUAL(eduind_indicator_optional_at(ind, 0), "transfers.in");
	CU_ASSERT_PTR_NULL(eduind_indicator_optional_at(ind, 1));
	CU_ASSERT_STRING_EQUAL(eduind_indicator_description_zh(ind), "");
	CU_ASSERT_STRING_EQUAL(eduind_indicator_reported(ind), "");

	ind = eduind_catalog_find(cat, "growth.enrol.primary");
	CU_ASSERT_PTR_NOT_NULL_FATAL(ind);
	CU_ASSERT_EQUAL(eduind_indicator_kind(ind), EDUIND_KIND_VALUE);
	CU_ASSERT_STRING_EQUAL(eduind_indicator_formula(ind), "growth(enrol.primary[-1], enrol.primary)");
	CU_ASSERT_STRING_EQUAL(eduind_indicator_numerator(ind), "");
	CU_ASSERT_EQUAL(eduind_indicator_direction(ind), EDUIND_DIRECTION_NONE);

	CU_ASSERT_PTR_NULL(eduind_catalog_find(cat, "enrol.primary")); /* a variable, not an indicator */
	CU_ASSERT_PTR_NULL(eduind_catalog_find(cat, "nosuch"));
	CU_ASSERT_PTR_NULL(eduind_catalog_at(cat, 4));
	CU_ASSERT_PTR_NOT_NULL(strstr(cat_checks_json(cat), "\"A-1\""));
	CU_ASSERT_EQUAL(cat_checks_json(cat)[0], '[');
	eduind_catalog_free(cat);
}

typedef struct bad_case {
	const char *file;
	eduind_status status;
	const char *path;
	long column;
	const char *message_part;
} bad_case;

static void test_invalid_fixtures(void)
{
	static const bad_case cases[] = {
		{ "bad_version.json", EDUIND_EVERSION, NULL, 0, "version" },
		{ "bad_syntax.json", EDUIND_EPARSE, NULL, 0, NULL },
		{ "unknown_member.json", EDUIND_ESCHEMA, "$.indicators[0].scael", 0, NULL },
		{ "unknown_name.json", EDUIND_ESCHEMA, "$.indicators[1].numerator", 5, "unknown name 'nosuch'" },
		{ "formula_syntax.json", EDUIND_EPARSE, "$.indicators[0].formula", 11,
		  "column 11: expected ')' after the arguments of ratio" },
		{ "duplicate.json", EDUIND_EDUPLICATE, "$.indicators[1].code", 0, "'r'" },
		{ "duplicate_var.json", EDUIND_EDUPLICATE, "$.indicators[0].code", 0, "already defined as a variable" },
		{ "cycle.json", EDUIND_ECYCLE, NULL, 0, "x -> y -> z -> x" },
		{ "self_cycle.json", EDUIND_ECYCLE, NULL, 0, "x -> x" },
		{ "bad_decimals.json", EDUIND_ESCHEMA, "$.indicators[0].decimals", 0, NULL },
		{ "bad_reported.json", EDUIND_ESCHEMA, "$.indicators[0].reported", 0, "nosuch" },
		{ "value_with_numerator.json", EDUIND_ESCHEMA, "$.indicators[0].numerator", 0, NULL },
		{ "no_source.json", EDUIND_ESCHEMA, "$.indicators[0]", 0, "source" },
		{ "bad_unit.json", EDUIND_ESCHEMA, "$.indicators[0].unit", 0, "percents" },
		{ "bad_code.json", EDUIND_ESCHEMA, "$.variables[0].code", 0, "a..b" },
		{ "bad_optional.json", EDUIND_ESCHEMA, "$.indicators[0].missing.optional[1]", 0, "'c'" },
		{ "no_such_file.json", EDUIND_EIO, NULL, 0, "no_such_file.json" },
	};
	size_t i;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const bad_case *c = &cases[i];
		char path[512];
		eduind_catalog *cat = (eduind_catalog *)&path;
		eduind_error err;
		eduind_status st;
		int ok = 1;
		snprintf(path, sizeof path, "%s/catalog/%s", EDUIND_TEST_DATA, c->file);
		eduind_error_clear(&err);
		st = eduind_catalog_load_file(&cat, path, &err);
		ok &= st == c->status && err.status == c->status && cat == NULL;
		if (c->path != NULL)
			ok &= strcmp(err.path, c->path) == 0;
		ok &= err.column == c->column || c->status == EDUIND_EPARSE;
		if (c->status == EDUIND_EPARSE && c->path == NULL)
			ok &= err.line == 2; /* JSON syntax: the line of the stray '}' */
		if (c->status == EDUIND_EPARSE && c->path != NULL)
			ok &= err.column == c->column;
		if (c->message_part != NULL)
			ok &= strstr(err.message, c->message_part) != NULL;
		if (c->status != EDUIND_EIO)
			ok &= strstr(err.source, c->file) != NULL;
		if (!ok)
			fprintf(stderr, "\n  %s: got %s line %ld col %ld src %s path '%s': %s\n", c->file,
			        eduind_status_name(st), err.line, err.column, err.source, err.path, err.message);
		CU_ASSERT_TRUE(ok);
		eduind_catalog_free(cat == (eduind_catalog *)&path ? NULL : cat);
	}
}

static const char *user_ok =
	"{\"format\":\"eduind-catalog\",\"version\":1,\"indicators\":["
	"{\"code\":\"my.ratio\",\"name\":{\"zh\":\"m\",\"en\":\"m\"},\"kind\":\"value\","
	"\"formula\":\"enrol.primary / teachers.primary + ptr.primary\",\"unit\":\"number\",\"decimals\":3,"
	"\"source\":{\"document\":\"me\",\"section\":\"1\"}}],"
	"\"checks\":[{\"id\":\"U-1\",\"kind\":\"sum\",\"total\":\"enrol.primary\",\"parts\":[\"grads.junior\"]}]}";

static void test_merge(void)
{
	eduind_catalog *cat = load_valid();
	eduind_error err;
	char *before = NULL, *after = NULL;
	const eduind_indicator *kept;
	/* A good indicator followed by a bad one: nothing is added. */
	static const char *bad =
		"{\"format\":\"eduind-catalog\",\"version\":1,"
		"\"variables\":[{\"code\":\"new.var\",\"name\":{\"zh\":\"n\",\"en\":\"n\"},\"unit\":\"count\"}],"
		"\"indicators\":["
		"{\"code\":\"good\",\"name\":{\"zh\":\"g\",\"en\":\"g\"},\"kind\":\"value\",\"formula\":\"new.var\","
		"\"unit\":\"number\",\"decimals\":0,\"source\":{\"document\":\"d\",\"section\":\"s\"}},"
		"{\"code\":\"bad\",\"name\":{\"zh\":\"b\",\"en\":\"b\"},\"kind\":\"value\",\"formula\":\"good + oops\","
		"\"unit\":\"number\",\"decimals\":0,\"source\":{\"document\":\"d\",\"section\":\"s\"}}],"
		"\"checks\":[{\"id\":\"X\"}]}";
	static const char *dup =
		"{\"format\":\"eduind-catalog\",\"version\":1,\"indicators\":["
		"{\"code\":\"ptr.primary\",\"name\":{\"zh\":\"g\",\"en\":\"g\"},\"kind\":\"value\",\"formula\":\"1\","
		"\"unit\":\"number\",\"decimals\":0,\"source\":{\"document\":\"d\",\"section\":\"s\"}}]}";
	static const char *cyc =
		"{\"format\":\"eduind-catalog\",\"version\":1,\"indicators\":["
		"{\"code\":\"c1\",\"name\":{\"zh\":\"g\",\"en\":\"g\"},\"kind\":\"value\",\"formula\":\"c2\","
		"\"unit\":\"number\",\"decimals\":0,\"source\":{\"document\":\"d\",\"section\":\"s\"}},"
		"{\"code\":\"c2\",\"name\":{\"zh\":\"g\",\"en\":\"g\"},\"kind\":\"value\",\"formula\":\"c1 + ptr.primary\","
		"\"unit\":\"number\",\"decimals\":0,\"source\":{\"document\":\"d\",\"section\":\"s\"}}]}";
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	kept = eduind_catalog_find(cat, "ptr.primary");
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_to_json(cat, &before), EDUIND_OK);

	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_catalog_merge_string(cat, bad, strlen(bad), &err), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.path, "$.indicators[1].formula");
	CU_ASSERT_EQUAL(err.column, 8);
	CU_ASSERT_STRING_EQUAL(err.source, "<string>");
	CU_ASSERT_EQUAL(eduind_catalog_merge_string(cat, dup, strlen(dup), &err), EDUIND_EDUPLICATE);
	CU_ASSERT_EQUAL(eduind_catalog_merge_string(cat, cyc, strlen(cyc), &err), EDUIND_ECYCLE);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "c1 -> c2 -> c1"));
	CU_ASSERT_EQUAL(eduind_catalog_merge_string(cat, "{", 1, &err), EDUIND_EPARSE);
	CU_ASSERT_EQUAL(eduind_catalog_count(cat), 4);
	CU_ASSERT_EQUAL(eduind_catalog_variable_count(cat), 6);
	CU_ASSERT_PTR_NULL(eduind_catalog_find(cat, "good"));
	CU_ASSERT_EQUAL(eduind_catalog_variable_find(cat, "new.var", &(size_t){ 0 }), EDUIND_ENOTFOUND);
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_to_json(cat, &after), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(before, after);
	eduind_free(after);
	after = NULL;

	/* A user indicator over the existing dictionary and indicators. */
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_catalog_merge_string(cat, user_ok, strlen(user_ok), &err), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_catalog_count(cat), 5);
	CU_ASSERT_PTR_NOT_NULL(eduind_catalog_find(cat, "my.ratio"));
	CU_ASSERT_PTR_EQUAL(eduind_catalog_find(cat, "ptr.primary"), kept); /* pointers stay valid */
	CU_ASSERT_PTR_NOT_NULL(strstr(cat_checks_json(cat), "\"A-1\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(cat_checks_json(cat), "\"U-1\""));
	CU_ASSERT_EQUAL(eduind_catalog_merge_string(cat, user_ok, strlen(user_ok), &err), EDUIND_EDUPLICATE);
	CU_ASSERT_EQUAL(eduind_catalog_merge_string(NULL, user_ok, 3, &err), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_catalog_merge_file(cat, FIX("valid.json"), &err), EDUIND_EDUPLICATE);
	eduind_free(before);
	eduind_catalog_free(cat);
}

static void test_round_trip(void)
{
	eduind_catalog *cat = load_valid(), *again = NULL;
	char *a = NULL, *b = NULL;
	eduind_error err;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_EQUAL(eduind_catalog_merge_string(cat, user_ok, strlen(user_ok), NULL), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_to_json(cat, &a), EDUIND_OK);
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_load_string(&again, a, strlen(a), &err), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_to_json(again, &b), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(a, b);
	CU_ASSERT_EQUAL(eduind_catalog_count(again), 5);
	CU_ASSERT_STRING_EQUAL(eduind_catalog_name(again), "test catalogue");
	CU_ASSERT_EQUAL(eduind_indicator_scale(eduind_catalog_find(again, "transition.senior")), 100.0);
	CU_ASSERT_EQUAL(eduind_indicator_optional_count(eduind_catalog_find(again, "transition.senior")), 1);
	CU_ASSERT_STRING_EQUAL(cat_checks_json(cat), cat_checks_json(again));
	eduind_free(a);
	eduind_free(b);
	CU_ASSERT_EQUAL(eduind_catalog_to_json(NULL, &b), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(b);
	CU_ASSERT_EQUAL(eduind_catalog_to_json(cat, NULL), EDUIND_ENULL);
	eduind_catalog_free(cat);
	eduind_catalog_free(again);
}

static void test_check_formula(void)
{
	eduind_catalog *cat = load_valid();
	eduind_error err;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_EQUAL(eduind_catalog_check_formula(cat, "ptr.primary * enrol.primary[-1]", NULL), EDUIND_OK);
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_catalog_check_formula(cat, "enrol.primary +", &err), EDUIND_EPARSE);
	CU_ASSERT_EQUAL(err.column, 16);
	CU_ASSERT_EQUAL(eduind_catalog_check_formula(cat, "enrol.primary + pop.x", &err), EDUIND_ESCHEMA);
	CU_ASSERT_EQUAL(err.column, 17);
	CU_ASSERT_EQUAL(eduind_catalog_check_formula(cat, "gpi(enrol.primary)", &err), EDUIND_ESCHEMA);
	CU_ASSERT_EQUAL(err.column, 1);
	CU_ASSERT_EQUAL(eduind_catalog_check_formula(cat, "enrol.primary[-51]", &err), EDUIND_ELIMIT);
	CU_ASSERT_EQUAL(eduind_catalog_check_formula(NULL, "1", &err), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_catalog_check_formula(cat, NULL, &err), EDUIND_ENULL);
	eduind_catalog_free(cat);
}

static void test_builtin_and_nulls(void)
{
	eduind_catalog *cat = NULL;
	eduind_error err;
	const eduind_indicator *ger;
	size_t i;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_builtin(&cat, &err), EDUIND_OK);
	CU_ASSERT_TRUE(eduind_catalog_count(cat) >= 2);
	ger = eduind_catalog_find(cat, "ger.preschool3");
	CU_ASSERT_PTR_NOT_NULL_FATAL(ger);
	CU_ASSERT_EQUAL(eduind_indicator_scale(ger), 100.0);
	CU_ASSERT_EQUAL(eduind_indicator_unit(ger), EDUIND_UNIT_PERCENT);
	CU_ASSERT_PTR_NOT_NULL(eduind_catalog_find(cat, "ptr.primary"));
	for (i = 0; i < eduind_catalog_count(cat); i++)
		CU_ASSERT_STRING_NOT_EQUAL(eduind_indicator_code(eduind_catalog_at(cat, i)), "");
	eduind_catalog_free(cat);

	CU_ASSERT_EQUAL(eduind_catalog_builtin(NULL, NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_catalog_new(NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_catalog_load_string(NULL, "{}", 2, NULL), EDUIND_ENULL);
	cat = (eduind_catalog *)&err;
	CU_ASSERT_EQUAL(eduind_catalog_load_string(&cat, NULL, 0, NULL), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(cat);
	CU_ASSERT_EQUAL(eduind_catalog_load_string(&cat, "{\"format\":\"eduind-dataset\",\"version\":1}", 39, &err),
	                EDUIND_ESCHEMA);
	CU_ASSERT_PTR_NULL(cat);
	eduind_catalog_free(NULL);
	CU_ASSERT_EQUAL(eduind_catalog_count(NULL), 0);
	CU_ASSERT_PTR_NULL(eduind_catalog_at(NULL, 0));
	CU_ASSERT_PTR_NULL(eduind_catalog_find(NULL, "x"));
	CU_ASSERT_STRING_EQUAL(eduind_catalog_name(NULL), "");
	CU_ASSERT_STRING_EQUAL(eduind_indicator_code(NULL), "");
	CU_ASSERT_STRING_EQUAL(eduind_kind_name(EDUIND_KIND_PROPORTION), "proportion");
	CU_ASSERT_STRING_EQUAL(eduind_direction_name(EDUIND_DIRECTION_HIGHER), "higher");
	CU_ASSERT_STRING_EQUAL(eduind_direction_name((eduind_direction)99), "none");
	/* An empty catalogue serialises and loads back. */
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_new(&cat), EDUIND_OK);
	{
		char *text = NULL;
		eduind_catalog *again = NULL;
		CU_ASSERT_EQUAL(eduind_catalog_to_json(cat, &text), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_catalog_load_string(&again, text, strlen(text), NULL), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_catalog_count(again), 0);
		eduind_catalog_free(again);
		eduind_free(text);
	}
	eduind_catalog_free(cat);
}

int register_catalog_suite(void)
{
	CU_pSuite s = CU_add_suite("catalog", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "valid", test_valid) || !CU_add_test(s, "invalid_fixtures", test_invalid_fixtures) ||
	    !CU_add_test(s, "merge", test_merge) || !CU_add_test(s, "round_trip", test_round_trip) ||
	    !CU_add_test(s, "check_formula", test_check_formula) ||
	    !CU_add_test(s, "builtin_and_nulls", test_builtin_and_nulls))
		return -1;
	return 0;
}
