/* CSV datasets: layouts, header mapping, markers, and errors with file, line and column. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "model/dataset_internal.h"

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

static eduind_dataset *load_file(const char *name, const eduind_csv_options *opts)
{
	char path[1024];
	eduind_dataset *ds = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	snprintf(path, sizeof path, "%s/csv/%s", EDUIND_TEST_DATA, name);
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_file(&ds, path, opts, &err), EDUIND_OK);
	if (ds == NULL)
		fprintf(stderr, "\n  %s: %ld %s: %s\n", name, err.line, err.path, err.message);
	return ds;
}

/* Loads text that must fail; checks status, line and column header; returns the message. */
static void expect_fail(const char *csv, const eduind_csv_options *opts, eduind_status status,
                        long line, const char *column, const char *in_message)
{
	eduind_dataset *ds = (eduind_dataset *)1;
	eduind_error err;
	eduind_status st;
	eduind_error_clear(&err);
	st = eduind_dataset_load_csv_string(&ds, csv, strlen(csv), opts, &err);
	CU_ASSERT_EQUAL(st, status);
	CU_ASSERT_PTR_NULL(ds);
	CU_ASSERT_EQUAL(err.line, line);
	CU_ASSERT_STRING_EQUAL(err.path, column);
	CU_ASSERT_STRING_EQUAL(err.source, "<string>");
	CU_ASSERT_PTR_NOT_NULL(strstr(err.message, in_message));
	if (st != status || err.line != line || strcmp(err.path, column) != 0 ||
	    strstr(err.message, in_message) == NULL)
		fprintf(stderr, "\n  [%s] -> %s %ld %s: %s\n", csv, eduind_status_name(st), err.line,
		        err.path, err.message);
	if (st == EDUIND_OK)
		eduind_dataset_free(ds);
}

static void test_long(void)
{
	eduind_dataset *ds = load_file("long.csv", NULL);
	if (ds == NULL)
		return;
	expect(ds, "altay", 2020, "enrol.primary", NULL, 54005, EDUIND_STATE_PRESENT);
	expect(ds, "altay", 2020, "enrol.primary", "sex=F", 26100, EDUIND_STATE_ESTIMATED);
	expect(ds, "altay", 2020, "reported.ger.he", NULL, 0, EDUIND_STATE_MISSING);
	expect(ds, "altay", 2020, "ratio.x", NULL, 95.5, EDUIND_STATE_PRESENT);
	expect(ds, "altay", 2020, "enrol.special", NULL, 0, EDUIND_STATE_SUPPRESSED);
	expect(ds, "altay", 2020, "enrol.preschool", NULL, 0, EDUIND_STATE_NOT_APPLICABLE);
	/* A zero is a zero, not missing. */
	expect(ds, "altay", 2019, "enrol.primary", NULL, 0, EDUIND_STATE_PRESENT);
	CU_ASSERT_EQUAL(eduind_dataset_value_count(ds), 7);
	CU_ASSERT_EQUAL(eduind_dataset_entity_count(ds), 1);
	CU_ASSERT_EQUAL(eduind_dataset_period_count(ds), 2);
	eduind_dataset_free(ds);
}

static void test_wide_chinese_headers(void)
{
	static const eduind_csv_column_map map[] = {
		{ "地区", "entity" },
		{ "年份", "period" },
		{ "在校生数", "enrol.primary" },
		{ "专任教师数", "teachers.primary" },
	};
	eduind_csv_options opts = EDUIND_CSV_OPTIONS_INIT;
	eduind_dataset *ds;
	opts.columns = map;
	opts.n_columns = 4;
	/* BOM and CRLF line ends in the file. */
	ds = load_file("wide_zh.csv", &opts);
	if (ds == NULL)
		return;
	expect(ds, "阿勒泰地区", 2020, "enrol.primary", NULL, 54005, EDUIND_STATE_PRESENT);
	expect(ds, "阿勒泰地区", 2020, "teachers.primary", NULL, 5307, EDUIND_STATE_PRESENT);
	expect(ds, "布尔津县", 2020, "enrol.primary", NULL, 1234, EDUIND_STATE_PRESENT);
	expect(ds, "布尔津县", 2020, "teachers.primary", NULL, 0, EDUIND_STATE_MISSING);
	CU_ASSERT_EQUAL(eduind_dataset_value_count(ds), 4);
	CU_ASSERT_STRING_EQUAL(eduind_dataset_variable_at(ds, 0), "enrol.primary");
	CU_ASSERT_STRING_EQUAL(eduind_dataset_variable_at(ds, 1), "teachers.primary");
	eduind_dataset_free(ds);

	/* Without the mapping the Chinese headings are variables, and no entity column. */
	{
		char path[1024];
		eduind_error err;
		eduind_error_clear(&err);
		snprintf(path, sizeof path, "%s/csv/wide_zh.csv", EDUIND_TEST_DATA);
		ds = (eduind_dataset *)1;
		CU_ASSERT_EQUAL(eduind_dataset_load_csv_file(&ds, path, NULL, &err), EDUIND_ESCHEMA);
		CU_ASSERT_PTR_NULL(ds);
		CU_ASSERT_STRING_EQUAL(err.message, "no \"entity\" column");
		CU_ASSERT_STRING_EQUAL(err.source, path);
	}
}

static void test_quoted_fields_and_tree(void)
{
	eduind_dataset *ds = load_file("quoted.csv", NULL);
	const char *id, *parent, *zh;
	if (ds == NULL)
		return;
	CU_ASSERT_EQUAL(eduind_dataset_entity_count(ds), 3);
	eduind_dataset_entity_at(ds, 0, &id, &parent, &zh, NULL, NULL);
	CU_ASSERT_STRING_EQUAL(zh, "Altay, Prefecture");
	eduind_dataset_entity_at(ds, 1, &id, &parent, &zh, NULL, NULL);
	CU_ASSERT_STRING_EQUAL(id, "school1");
	CU_ASSERT_STRING_EQUAL(parent, "altay");
	CU_ASSERT_STRING_EQUAL(zh, "First\n\"Primary\"");
	expect(ds, "school1", 2020, "enrol.primary", NULL, 800, EDUIND_STATE_PRESENT);
	expect(ds, "school2", 2020, "enrol.primary", NULL, 0, EDUIND_STATE_MISSING);
	CU_ASSERT_EQUAL(ds_entity_parent(ds, 2), 0);
	eduind_dataset_free(ds);
}

static void check_file_error(const char *name, eduind_status status, long line, const char *column,
                             const char *formatted)
{
	char path[1024], text[800], want[1200];
	eduind_dataset *ds = (eduind_dataset *)1;
	eduind_error err;
	eduind_error_clear(&err);
	snprintf(path, sizeof path, "%s/csv/%s", EDUIND_TEST_DATA, name);
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_file(&ds, path, NULL, &err), status);
	CU_ASSERT_PTR_NULL(ds);
	CU_ASSERT_EQUAL(err.line, line);
	CU_ASSERT_STRING_EQUAL(err.path, column);
	eduind_error_format(&err, text, sizeof text);
	snprintf(want, sizeof want, "%s:%s", path, formatted);
	CU_ASSERT_STRING_EQUAL(text, want);
	if (strcmp(text, want) != 0)
		fprintf(stderr, "\n  got  %s\n  want %s\n", text, want);
}

static void test_file_errors(void)
{
	check_file_error("bad_number.csv", EDUIND_ESCHEMA, 3, "enrol.primary",
	                 "3: enrol.primary: \"54,010\" is not a number (write plain decimals such as "
	                 "1234.5, without thousands separators)");
	check_file_error("ragged.csv", EDUIND_EPARSE, 3, "", "3: row has 4 fields, the header has 3");
	check_file_error("unterminated.csv", EDUIND_EPARSE, 2, "",
	                 "2: unterminated quoted field at the end of the input");
	check_file_error("bad_quote.csv", EDUIND_EPARSE, 2, "",
	                 "2: malformed CSV quoting (a quote inside an unquoted field, or text after a "
	                 "closing quote)");
}

static void test_value_errors(void)
{
	eduind_csv_options opts = EDUIND_CSV_OPTIONS_INIT;
	expect_fail("entity,period,v\na,2020,12abc\n", NULL, EDUIND_ESCHEMA, 2, "v", "\"12abc\"");
	expect_fail("entity,period,v\na,2020,1 234\n", NULL, EDUIND_ESCHEMA, 2, "v", "\"1 234\"");
	expect_fail("entity,period,v\na,2020,inf\n", NULL, EDUIND_ESCHEMA, 2, "v", "not a number");
	expect_fail("entity,period,v\na,2020,%\n", NULL, EDUIND_ESCHEMA, 2, "v", "not a number");
	expect_fail("entity,period,v\na,2020,1e999\n", NULL, EDUIND_ESCHEMA, 2, "v", "not a number");
	/* Line numbers count the lines inside quoted fields and skip blank lines correctly. */
	expect_fail("entity,period,name,v\na,2020,\"x\ny\nz\",1\n\nb,2020,q,bad\n", NULL, EDUIND_ESCHEMA,
	            6, "v", "\"bad\"");
	expect_fail("entity,period,v\r\na,2020,1\r\nb,2020,x\r\n", NULL, EDUIND_ESCHEMA, 3, "v", "\"x\"");
	/* Periods. */
	expect_fail("entity,period,v\na,99999999999999999999,1\n", NULL, EDUIND_ESCHEMA, 2, "period",
	            "is not a year");
	expect_fail("entity,period,v\na,2020/21,1\n", NULL, EDUIND_ESCHEMA, 2, "period", "is not a year");
	expect_fail("entity,period,v\na,,1\n", NULL, EDUIND_ESCHEMA, 2, "period", "empty");
	expect_fail("entity,period,v\n,2020,1\n", NULL, EDUIND_ESCHEMA, 2, "entity", "empty");
	/* Duplicates. */
	expect_fail("entity,period,v\na,2020,1\na,2020,2\n", NULL, EDUIND_EDUPLICATE, 3, "v",
	            "a second value of \"v\" for \"a\", 2020");
	expect_fail("entity,period,variable,value\na,2020,v,1\na,2020,v,\n", NULL, EDUIND_EDUPLICATE, 3,
	            "value", "second value");
	/* States in long files. */
	expect_fail("entity,period,variable,value,state\na,2020,v,1,missing\n", NULL, EDUIND_ESCHEMA, 2,
	            "state", "a number with state");
	expect_fail("entity,period,variable,value,state\na,2020,v,,estimated\n", NULL, EDUIND_ESCHEMA, 2,
	            "state", "needs a number");
	expect_fail("entity,period,variable,value,state\na,2020,v,1,guess\n", NULL, EDUIND_ESCHEMA, 2,
	            "state", "unknown state");
	expect_fail("entity,period,variable,value,state\na,2020,v,n/a,suppressed\n", NULL,
	            EDUIND_ESCHEMA, 2, "state", "n/a");
	/* Entity attributes that disagree, and a parent loop. */
	expect_fail("entity,period,name,v\na,2020,甲,1\na,2021,乙,2\n", NULL, EDUIND_ESCHEMA, 3, "name",
	            "named");
	expect_fail("entity,period,parent,v\na,2020,b,1\na,2021,c,2\n", NULL, EDUIND_ESCHEMA, 3,
	            "parent", "line 2");
	expect_fail("entity,period,parent,v\na,2020,b,1\nb,2020,a,2\n", NULL, EDUIND_ECYCLE, 2, "parent",
	            "own ancestor");
	expect_fail("entity,period,parent,v\na,2020,a,1\n", NULL, EDUIND_ECYCLE, 2, "parent",
	            "own ancestor");
	/* Header problems. */
	expect_fail("entity,period,v,v\na,2020,1,2\n", NULL, EDUIND_EDUPLICATE, 1, "v", "twice");
	expect_fail("entity,,v\na,2020,1\n", NULL, EDUIND_ESCHEMA, 1, "", "column 2 has no header");
	expect_fail("entity,v\na,1\n", NULL, EDUIND_ESCHEMA, 1, "", "no \"period\" column");
	expect_fail("entity,period,variable,value,extra\na,2020,v,1,x\n", NULL, EDUIND_ESCHEMA, 1, "extra",
	            "unknown column");
	expect_fail("entity,period,v,cell:\na,2020,1,x\n", NULL, EDUIND_ESCHEMA, 1, "cell:",
	            "invalid cell key");
	expect_fail("entity,period,v,cell:sex\na,2020,1,F;M\n", NULL, EDUIND_ESCHEMA, 2, "cell:sex",
	            "may not contain");
	opts.layout = EDUIND_CSV_WIDE;
	expect_fail("entity,period,variable,value\na,2020,v,1\n", &opts, EDUIND_ESCHEMA, 1, "variable",
	            "no meaning in a wide CSV");
	opts.layout = EDUIND_CSV_LONG;
	expect_fail("entity,period,v\na,2020,1\n", &opts, EDUIND_ESCHEMA, 1, "v", "unknown column");
	expect_fail("", NULL, EDUIND_ESCHEMA, 1, "", "no header row");
	expect_fail("\n\n", NULL, EDUIND_ESCHEMA, 1, "", "no header row");
}

static void test_nul_byte(void)
{
	const char csv[] = "entity,period,v\na,2020,1\0x\n";
	eduind_dataset *ds = (eduind_dataset *)1;
	eduind_error err;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_string(&ds, csv, sizeof csv - 1, NULL, &err),
	                EDUIND_EPARSE);
	CU_ASSERT_PTR_NULL(ds);
	CU_ASSERT_EQUAL(err.line, 2);
	CU_ASSERT_STRING_EQUAL(err.message, "NUL byte in field 3");
}

static void test_options(void)
{
	eduind_csv_options opts = EDUIND_CSV_OPTIONS_INIT;
	static const eduind_csv_column_map ignore[] = { { "备注", "ignore" }, { "学校", "entity" },
		                                              { "性别", "cell:sex" } };
	eduind_dataset *ds = NULL;
	const char *semi = "entity;v;w\na;1.5;2\n";
	const char *zh = "学校,性别,enrol,备注\nschool1,F,10,note\nschool1,,25,\n";
	eduind_error err;
	eduind_error_clear(&err);

	/* default_period fills in a missing period column. */
	opts.default_period = "2020";
	opts.delimiter = ';';
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_string(&ds, semi, strlen(semi), &opts, &err), EDUIND_OK);
	expect(ds, "a", 2020, "v", NULL, 1.5, EDUIND_STATE_PRESENT);
	expect(ds, "a", 2020, "w", NULL, 2, EDUIND_STATE_PRESENT);
	eduind_dataset_free(ds);

	opts.delimiter = 0;
	opts.columns = ignore;
	opts.n_columns = 3;
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_string(&ds, zh, strlen(zh), &opts, &err), EDUIND_OK);
	expect(ds, "school1", 2020, "enrol", "sex=F", 10, EDUIND_STATE_PRESENT);
	expect(ds, "school1", 2020, "enrol", NULL, 25, EDUIND_STATE_PRESENT);
	CU_ASSERT_EQUAL(eduind_dataset_variable_count(ds), 1);
	eduind_dataset_free(ds);

	/* Tab-separated. */
	opts.columns = NULL;
	opts.n_columns = 0;
	opts.delimiter = '\t';
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_string(&ds, "entity\tv\na\t3\n", 12, &opts, &err),
	                EDUIND_OK);
	expect(ds, "a", 2020, "v", NULL, 3, EDUIND_STATE_PRESENT);
	eduind_dataset_free(ds);

	ds = (eduind_dataset *)1;
	opts.delimiter = '"';
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_string(&ds, "a", 1, &opts, &err), EDUIND_EINVAL);
	CU_ASSERT_PTR_NULL(ds);
	opts.delimiter = 0;
	opts.default_period = "20x0";
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_string(&ds, "a", 1, &opts, &err), EDUIND_EINVAL);
	opts.default_period = NULL;
	opts.version = 99;
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_string(&ds, "a", 1, &opts, &err), EDUIND_EINVAL);
	opts.version = EDUIND_CSV_OPTIONS_VERSION;
	opts.layout = (eduind_csv_layout)9;
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_string(&ds, "a", 1, &opts, &err), EDUIND_EINVAL);
	opts.layout = EDUIND_CSV_AUTO;
	opts.n_columns = 2;
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_string(&ds, "a", 1, &opts, &err), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(ds);
}

static void test_nulls(void)
{
	eduind_dataset *ds = (eduind_dataset *)1;
	eduind_error err;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_string(&ds, NULL, 0, NULL, &err), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(ds);
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_string(NULL, "a", 1, NULL, &err), EDUIND_ENULL);
	ds = (eduind_dataset *)1;
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_file(&ds, NULL, NULL, &err), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(ds);
	ds = (eduind_dataset *)1;
	CU_ASSERT_EQUAL(eduind_dataset_load_csv_file(&ds, EDUIND_TEST_DATA "/csv/nope.csv", NULL, &err),
	                EDUIND_EIO);
	CU_ASSERT_PTR_NULL(ds);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "nope.csv"));
}

/* A JSON tree plus a CSV of values. */
static void test_merge_with_json(void)
{
	const char *json = "{\"format\":\"eduind-dataset\",\"version\":1,\"entities\":["
	                   "{\"id\":\"altay\"},{\"id\":\"burqin\",\"parent\":\"altay\"}]}";
	const char *csv = "entity,period,enrol.primary\naltay,2020,54005\nburqin,2020,5000\n";
	eduind_dataset *tree = NULL, *vals = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_load_json_string(&tree, json, strlen(json), &err), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_load_csv_string(&vals, csv, strlen(csv), NULL, &err),
	                      EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_merge(tree, vals, &err), EDUIND_OK);
	expect(tree, "burqin", 2020, "enrol.primary", NULL, 5000, EDUIND_STATE_PRESENT);
	CU_ASSERT_EQUAL(ds_entity_parent(tree, ds_entity_index(tree, "burqin")), 0);
	eduind_dataset_free(tree);
	eduind_dataset_free(vals);
}

int register_csv_suite(void)
{
	CU_pSuite s = CU_add_suite("csv", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "long", test_long) ||
	    !CU_add_test(s, "wide_chinese_headers", test_wide_chinese_headers) ||
	    !CU_add_test(s, "quoted_fields_and_tree", test_quoted_fields_and_tree) ||
	    !CU_add_test(s, "file_errors", test_file_errors) ||
	    !CU_add_test(s, "value_errors", test_value_errors) ||
	    !CU_add_test(s, "nul_byte", test_nul_byte) || !CU_add_test(s, "options", test_options) ||
	    !CU_add_test(s, "nulls", test_nulls) ||
	    !CU_add_test(s, "merge_with_json", test_merge_with_json))
		return -1;
	return 0;
}
