/* The "eduind-dataset" JSON format: loading, errors with their exact location, writing. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "model/dataset_internal.h"

static eduind_dataset *load_fixture(const char *name)
{
	char path[1024];
	eduind_dataset *ds = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	snprintf(path, sizeof path, "%s/dataset/%s", EDUIND_TEST_DATA, name);
	CU_ASSERT_EQUAL(eduind_dataset_load_json_file(&ds, path, &err), EDUIND_OK);
	if (ds == NULL)
		fprintf(stderr, "\n  %s: %s %s\n", name, err.path, err.message);
	return ds;
}

static void expect(const eduind_dataset *ds, const char *entity, int period, const char *var,
                   const char *cell, double value, eduind_state state)
{
	double v = -1;
	eduind_state s = (eduind_state)-1;
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, entity, period, var, cell, &v, &s), EDUIND_OK);
	CU_ASSERT_EQUAL(s, state);
	if (eduind_state_has_value(state)) {
		CU_ASSERT_DOUBLE_EQUAL(v, value, 0);
	} else {
		CU_ASSERT_TRUE(isnan(v));
	}
}

static void check_altay(const eduind_dataset *ds)
{
	const char *id, *parent, *zh, *en, *level;
	const size_t *kids;
	CU_ASSERT_STRING_EQUAL(eduind_dataset_name(ds), "阿勒泰地区教育事业发展基本情况");
	CU_ASSERT_EQUAL(eduind_dataset_entity_count(ds), 2);
	/* Declaration order, with the parent declared after its child. */
	CU_ASSERT_EQUAL(eduind_dataset_entity_at(ds, 0, &id, &parent, &zh, &en, &level), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(id, "altay.school01");
	CU_ASSERT_STRING_EQUAL(parent, "altay");
	CU_ASSERT_STRING_EQUAL(zh, "第一小学");
	CU_ASSERT_STRING_EQUAL(en, "");
	CU_ASSERT_STRING_EQUAL(level, "primary");
	CU_ASSERT_EQUAL(eduind_dataset_entity_at(ds, 1, &id, &parent, &zh, &en, &level), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(en, "Altay Prefecture");
	CU_ASSERT_EQUAL(ds_entity_children(ds, 1, &kids), 1);
	CU_ASSERT_EQUAL(kids[0], 0);

	expect(ds, "altay", 2020, "enrol.primary", NULL, 54005, EDUIND_STATE_PRESENT);
	expect(ds, "altay", 2020, "enrol.primary", "sex=F", 26100, EDUIND_STATE_ESTIMATED);
	expect(ds, "altay", 2020, "enrol.primary", "sex=F;area=rural", 0, EDUIND_STATE_PRESENT);
	expect(ds, "altay", 2020, "reported.ger.he", NULL, 0, EDUIND_STATE_MISSING);
	expect(ds, "altay", 2020, "enrol.special", NULL, 0, EDUIND_STATE_SUPPRESSED);
	expect(ds, "altay.school01", 2020, "enrol.preschool", NULL, 0, EDUIND_STATE_NOT_APPLICABLE);
	expect(ds, "altay", 2020, "teachers.primary", NULL, 0, EDUIND_STATE_MISSING);
	expect(ds, "altay", 2015, "enrol.primary", NULL, 49844, EDUIND_STATE_PRESENT);
	expect(ds, "altay", 2015, "teachers.primary", NULL, 4736, EDUIND_STATE_PRESENT);
	expect(ds, "altay", 2019, "ratio.x", NULL, 0.1, EDUIND_STATE_PRESENT);
	expect(ds, "altay", 2019, "reported.ger.he", NULL, 0, EDUIND_STATE_MISSING);
	CU_ASSERT_EQUAL(eduind_dataset_value_count(ds), 11);
	CU_ASSERT_EQUAL(eduind_dataset_period_count(ds), 3);
	CU_ASSERT_EQUAL(eduind_dataset_period_at(ds, 0), 2015);
	CU_ASSERT_STRING_EQUAL(eduind_dataset_variable_at(ds, 0), "enrol.primary");
	CU_ASSERT_PTR_NOT_NULL(ds_checks_json(ds));
	if (ds_checks_json(ds) != NULL) {
		CU_ASSERT_STRING_EQUAL(ds_checks_json(ds),
		                       "[{\"id\":\"A-5\",\"kind\":\"sum\",\"total\":\"enrol.secondary\","
		                       "\"parts\":[\"enrol.junior\",\"enrol.senior\"]}]");
	}
}

static void test_load_valid(void)
{
	eduind_dataset *ds = load_fixture("altay.json");
	if (ds == NULL)
		return;
	check_altay(ds);
	eduind_dataset_free(ds);
}

/* Writing then reading gives the same dataset, states and all, and the same text again. */
static void test_round_trip(void)
{
	eduind_dataset *ds = load_fixture("altay.json"), *again = NULL;
	char *text = NULL, *text2 = NULL;
	eduind_error err;
	if (ds == NULL)
		return;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_to_json(ds, &text), EDUIND_OK);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "\"value\": null, \"state\": \"suppressed\""));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "\"cell\": {\"area\": \"rural\", \"sex\": \"F\"}, \"value\": 0 }"));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "\"value\": 0.1 }"));
	CU_ASSERT_EQUAL(eduind_dataset_load_json_string(&again, text, strlen(text), &err), EDUIND_OK);
	if (again == NULL) {
		fprintf(stderr, "\n%s\n%s %s\n", text, err.path, err.message);
	} else {
		check_altay(again);
		CU_ASSERT_EQUAL(eduind_dataset_to_json(again, &text2), EDUIND_OK);
		CU_ASSERT_STRING_EQUAL(text, text2);
	}
	eduind_free(text);
	eduind_free(text2);
	eduind_dataset_free(again);
	eduind_dataset_free(ds);
}

static void test_numbers_exact(void)
{
	eduind_dataset *ds = NULL, *back = NULL;
	char *text = NULL;
	double v = 0;
	eduind_state s;
	const double third = 1.0 / 3.0, tiny = 5e-324, big = 1.7976931348623157e308;
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	eduind_dataset_set(ds, "a", 2020, "third", NULL, third, EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "a", 2020, "tiny", NULL, tiny, EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "a", 2020, "big", NULL, -big, EDUIND_STATE_PRESENT);
	CU_ASSERT_EQUAL(eduind_dataset_to_json(ds, &text), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_load_json_string(&back, text, strlen(text), NULL), EDUIND_OK);
	eduind_dataset_get(back, "a", 2020, "third", NULL, &v, &s);
	CU_ASSERT_EQUAL(v, third);
	eduind_dataset_get(back, "a", 2020, "tiny", NULL, &v, &s);
	CU_ASSERT_EQUAL(v, tiny);
	eduind_dataset_get(back, "a", 2020, "big", NULL, &v, &s);
	CU_ASSERT_EQUAL(v, -big);
	eduind_free(text);
	eduind_dataset_free(back);
	eduind_dataset_free(ds);
}

typedef struct bad_case {
	const char *file;
	eduind_status status;
	long line, column;
	const char *path;
} bad_case;

static const bad_case bad_cases[] = {
	{ "trailing_comma.json", EDUIND_EPARSE, 5, 67, "" },
	{ "nan.json", EDUIND_EPARSE, 2, 74, "" },
	{ "deep_nesting.json", EDUIND_ELIMIT, 1, 1048, "" },
	{ "version2.json", EDUIND_EVERSION, 0, 0, "$.version" },
	{ "wrong_format.json", EDUIND_ESCHEMA, 0, 0, "$.format" },
	{ "unknown_member.json", EDUIND_ESCHEMA, 0, 0, "$.entites" },
	{ "duplicate_value.json", EDUIND_EDUPLICATE, 0, 0, "$.values[1]" },
	{ "duplicate_data.json", EDUIND_EDUPLICATE, 0, 0, "$.data.a[\"2020\"][\"enrol.primary\"]" },
	{ "number_with_missing.json", EDUIND_ESCHEMA, 0, 0, "$.values[0].value" },
	{ "estimated_without_number.json", EDUIND_ESCHEMA, 0, 0, "$.values[0].value" },
	{ "unknown_state.json", EDUIND_ESCHEMA, 0, 0, "$.values[0].state" },
	{ "unknown_parent.json", EDUIND_ESCHEMA, 0, 0, "$.entities[1].parent" },
	{ "parent_cycle.json", EDUIND_ECYCLE, 0, 0, "$.entities[1].parent" },
	{ "duplicate_entity.json", EDUIND_EDUPLICATE, 0, 0, "$.entities[2].id" },
	{ "huge_period.json", EDUIND_ESCHEMA, 0, 0, "$.values[0].period" },
	{ "fractional_period.json", EDUIND_ESCHEMA, 0, 0, "$.values[0].period" },
	{ "data_bad_period.json", EDUIND_ESCHEMA, 0, 0, "$.data.altay[\"20x0\"]" },
	{ "data_string_value.json", EDUIND_ESCHEMA, 0, 0, "$.data.altay[\"2020\"][\"enrol.primary\"]" },
	{ "overflow.json", EDUIND_ESCHEMA, 0, 0, "$.values[0].value" },
	{ "bad_cell.json", EDUIND_ESCHEMA, 0, 0, "$.values[0].cell" },
	{ "name_not_object.json", EDUIND_ESCHEMA, 0, 0, "$.entities[0].name" },
};

static void test_invalid_fixtures(void)
{
	size_t i;
	for (i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
		const bad_case *b = &bad_cases[i];
		char path[1024];
		eduind_dataset *ds = (eduind_dataset *)1;
		eduind_error err;
		eduind_status st;
		eduind_error_clear(&err);
		snprintf(path, sizeof path, "%s/invalid/%s", EDUIND_TEST_DATA, b->file);
		st = eduind_dataset_load_json_file(&ds, path, &err);
		CU_ASSERT_EQUAL(st, b->status);
		CU_ASSERT_PTR_NULL(ds);
		CU_ASSERT_EQUAL(err.status, b->status);
		CU_ASSERT_EQUAL(err.line, b->line);
		CU_ASSERT_EQUAL(err.column, b->column);
		CU_ASSERT_STRING_EQUAL(err.path, b->path);
		CU_ASSERT_STRING_EQUAL(err.source, path);
		CU_ASSERT_NOT_EQUAL(err.message[0], '\0');
		if (st != b->status || err.line != b->line || err.column != b->column ||
		    strcmp(err.path, b->path) != 0)
			fprintf(stderr, "\n  %s: %s %ld:%ld %s: %s\n", b->file, eduind_status_name(st),
			        err.line, err.column, err.path, err.message);
	}
}

static void test_messages(void)
{
	const char *dup = "{\"format\":\"eduind-dataset\",\"version\":1,\"values\":["
	                  "{\"entity\":\"a\",\"period\":2020,\"variable\":\"v\",\"value\":1},"
	                  "{\"entity\":\"a\",\"period\":2020,\"variable\":\"v\",\"value\":null}]}";
	const char *undeclared = "{\"format\":\"eduind-dataset\",\"version\":1,"
	                         "\"values\":[{\"entity\":\"x\",\"period\":2020,\"variable\":\"v\"}]}";
	eduind_dataset *ds = NULL;
	eduind_error err;
	char line[700];
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_dataset_load_json_string(&ds, dup, strlen(dup), &err), EDUIND_EDUPLICATE);
	eduind_error_format(&err, line, sizeof line);
	CU_ASSERT_STRING_EQUAL(line, "<string>: $.values[1]: a value of \"v\" for \"a\", 2020 is already given");
	/* An entity used only in values is created; a value without "value" is missing. */
	CU_ASSERT_EQUAL(eduind_dataset_load_json_string(&ds, undeclared, strlen(undeclared), &err),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_entity_count(ds), 1);
	expect(ds, "x", 2020, "v", NULL, 0, EDUIND_STATE_MISSING);
	CU_ASSERT_EQUAL(eduind_dataset_value_count(ds), 1);
	eduind_dataset_free(ds);
}

static void test_nulls(void)
{
	eduind_dataset *ds = (eduind_dataset *)1;
	eduind_error err;
	char *text = (char *)1;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_dataset_load_json_string(&ds, NULL, 3, &err), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(ds);
	CU_ASSERT_EQUAL(eduind_dataset_load_json_string(NULL, "{}", 2, &err), EDUIND_ENULL);
	ds = (eduind_dataset *)1;
	CU_ASSERT_EQUAL(eduind_dataset_load_json_file(&ds, NULL, &err), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(ds);
	CU_ASSERT_EQUAL(eduind_dataset_load_json_file(NULL, "x.json", NULL), EDUIND_ENULL);
	ds = (eduind_dataset *)1;
	CU_ASSERT_EQUAL(eduind_dataset_load_json_file(&ds, EDUIND_TEST_DATA "/nope.json", &err),
	                EDUIND_EIO);
	CU_ASSERT_PTR_NULL(ds);
	CU_ASSERT_EQUAL(eduind_dataset_load_json_string(&ds, "[]", 2, &err), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.path, "$");
	CU_ASSERT_EQUAL(eduind_dataset_load_json_string(&ds, "", 0, &err), EDUIND_EPARSE);
	CU_ASSERT_EQUAL(eduind_dataset_to_json(NULL, &text), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(text);
	CU_ASSERT_EQUAL(eduind_dataset_to_json((eduind_dataset *)&err, NULL), EDUIND_ENULL);
}

static void test_empty_and_bom(void)
{
	const char *t = "\xEF\xBB\xBF{\"format\":\"eduind-dataset\",\"version\":1}";
	eduind_dataset *ds = NULL;
	char *text = NULL;
	CU_ASSERT_EQUAL(eduind_dataset_load_json_string(&ds, t, strlen(t), NULL), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_value_count(ds), 0);
	CU_ASSERT_PTR_NULL(ds_checks_json(ds));
	CU_ASSERT_EQUAL(eduind_dataset_to_json(ds, &text), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(text, "{\n  \"format\": \"eduind-dataset\",\n  \"version\": 1,\n"
	                             "  \"entities\": [],\n  \"values\": []\n}\n");
	eduind_free(text);
	eduind_dataset_free(ds);
}

int register_dataset_json_suite(void)
{
	CU_pSuite s = CU_add_suite("dataset_json", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "load_valid", test_load_valid) ||
	    !CU_add_test(s, "round_trip", test_round_trip) ||
	    !CU_add_test(s, "numbers_exact", test_numbers_exact) ||
	    !CU_add_test(s, "invalid_fixtures", test_invalid_fixtures) ||
	    !CU_add_test(s, "messages", test_messages) || !CU_add_test(s, "nulls", test_nulls) ||
	    !CU_add_test(s, "empty_and_bom", test_empty_and_bom))
		return -1;
	return 0;
}
