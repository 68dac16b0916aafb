#define _POSIX_C_SOURCE 200809L
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "io/c_locale.h"
#include "io/json_util.h"
#include "io/numtext.h"

static cJSON *parse_ok(const char *text)
{
	cJSON *root = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(ju_parse(text, strlen(text), NULL, &root, &err), EDUIND_OK);
	return root;
}

static void expect_parse_error(const char *text, size_t len, eduind_status status, long line,
                               long col)
{
	cJSON *root = (cJSON *)1;
	eduind_error err;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(ju_parse(text, len, "t.json", &root, &err), status);
	CU_ASSERT_PTR_NULL(root);
	CU_ASSERT_EQUAL(err.status, status);
	CU_ASSERT_EQUAL(err.line, line);
	CU_ASSERT_EQUAL(err.column, col);
	CU_ASSERT_STRING_EQUAL(err.source, "t.json");
	if (err.line != line || err.column != col)
		fprintf(stderr, "\n  %s -> %ld:%ld %s\n", text, err.line, err.column, err.message);
}

static void test_parse_positions(void)
{
	const char *t1 = "{\n  \"a\": 1,\n  \"b\": tru\n}";
	const char *t2 = "{ \"a\": [1, 2,, 3] }";
	const char *t3 = "{ \"a\": 1 } x";
	const char *t4 = "\xEF\xBB\xBF{\"a\":\n}";
	const char *t5 = "[1, 2";
	eduind_error err;
	cJSON *root = NULL;

	expect_parse_error(t1, strlen(t1), EDUIND_EPARSE, 3, 8);
	expect_parse_error(t2, strlen(t2), EDUIND_EPARSE, 1, 14);
	expect_parse_error(t3, strlen(t3), EDUIND_EPARSE, 1, 12);
	/* Columns count bytes of the file, BOM included. */
	expect_parse_error(t4, strlen(t4), EDUIND_EPARSE, 2, 1);
	expect_parse_error(t5, strlen(t5), EDUIND_EPARSE, 1, 5); /* cJSON points at the last element */
	expect_parse_error("", 0, EDUIND_EPARSE, 1, 1);
	expect_parse_error("  \n ", 4, EDUIND_EPARSE, 1, 1);
	/* Embedded NUL ends the value early: the rest is trailing garbage. */
	expect_parse_error("[1]\0[2]", 7, EDUIND_EPARSE, 1, 4);

	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(ju_parse(t3, strlen(t3), NULL, &root, &err), EDUIND_EPARSE);
	CU_ASSERT_STRING_EQUAL(err.source, "<string>");
	CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "near 'x'"));

	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(ju_parse(t1, strlen(t1), NULL, &root, &err), EDUIND_EPARSE);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "near"));
}

static void test_parse_bom_and_length(void)
{
	const char *t = "\xEF\xBB\xBF{\"a\": 1.5}";
	cJSON *root = NULL;
	char buf[8] = { '[', '1', ']', 'x', 'x', 'x', 'x', 'x' };
	CU_ASSERT_EQUAL(ju_parse(t, strlen(t), NULL, &root, NULL), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(cJSON_GetObjectItem(root, "a")->valuedouble, 1.5, 0);
	cJSON_Delete(root);
	/* Not NUL-terminated: only len bytes are read. */
	CU_ASSERT_EQUAL(ju_parse(buf, 3, NULL, &root, NULL), EDUIND_OK);
	CU_ASSERT_TRUE(cJSON_IsArray(root));
	cJSON_Delete(root);
	CU_ASSERT_EQUAL(ju_bom_length("\xEF\xBB", 2), 0);
	CU_ASSERT_EQUAL(ju_bom_length(NULL, 0), 0);
}

static void test_parse_limits_and_nulls(void)
{
	size_t depth = 1200, i;
	char *deep = malloc(depth * 2 + 1);
	cJSON *root = (cJSON *)1;
	eduind_error err;

	for (i = 0; i < depth; i++) {
		deep[i] = '[';
		deep[depth + i] = ']';
	}
	deep[2 * depth] = '\0';
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(ju_parse(deep, 2 * depth, NULL, &root, &err), EDUIND_ELIMIT);
	CU_ASSERT_PTR_NULL(root);
	CU_ASSERT_EQUAL(err.line, 1);
	/* 999 levels are fine. */
	CU_ASSERT_EQUAL(ju_parse(deep + depth - 999, 2 * 999, NULL, &root, &err), EDUIND_OK);
	cJSON_Delete(root);
	free(deep);

	CU_ASSERT_EQUAL(ju_parse("[]", JU_MAX_INPUT + 1, NULL, &root, &err), EDUIND_ELIMIT);
	CU_ASSERT_EQUAL(ju_parse(NULL, 2, NULL, &root, &err), EDUIND_ENULL);
	CU_ASSERT_EQUAL(ju_parse("[]", 2, NULL, NULL, &err), EDUIND_ENULL);
	CU_ASSERT_EQUAL(ju_parse(NULL, 0, NULL, &root, NULL), EDUIND_EPARSE);
}

static void test_read_file(void)
{
	char *text = (char *)1;
	size_t len = 99;
	eduind_error err;
	char path[512];
	FILE *f;

	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(ju_read_file(EDUIND_TEST_DATA "/no/such/file.json", JU_MAX_INPUT, &text, &len,
	                             &err),
	                EDUIND_EIO);
	CU_ASSERT_PTR_NULL(text);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "file.json"));
	CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "No such file"));
	CU_ASSERT_PTR_NOT_NULL(strstr(err.source, "file.json"));

	/* A directory opens but cannot be read. */
	CU_ASSERT_EQUAL(ju_read_file(EDUIND_TEST_DATA, JU_MAX_INPUT, &text, &len, &err), EDUIND_EIO);
	CU_ASSERT_PTR_NULL(text);

	snprintf(path, sizeof path, "/tmp/ju_test_%ld.json", (long)getpid());
	f = fopen(path, "wb");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs("{\"a\":\n  oops}", f);
	fclose(f);
	CU_ASSERT_EQUAL(ju_read_file(path, JU_MAX_INPUT, &text, &len, &err), EDUIND_OK);
	CU_ASSERT_EQUAL(len, 13);
	CU_ASSERT_STRING_EQUAL(text, "{\"a\":\n  oops}");
	free(text);
	CU_ASSERT_EQUAL(ju_read_file(path, 12, &text, &len, &err), EDUIND_ELIMIT);
	CU_ASSERT_PTR_NULL(text);
	{
		cJSON *root = (cJSON *)1;
		CU_ASSERT_EQUAL(ju_parse_file(path, &root, &err), EDUIND_EPARSE);
		CU_ASSERT_PTR_NULL(root);
		CU_ASSERT_STRING_EQUAL(err.source, path);
		CU_ASSERT_EQUAL(err.line, 2);
		CU_ASSERT_EQUAL(err.column, 3);
	}
	remove(path);
	CU_ASSERT_EQUAL(ju_read_file(NULL, 10, &text, &len, &err), EDUIND_ENULL);
}

static void test_paths(void)
{
	ju_ctx c;
	size_t m1, m2, m3;
	ju_init(&c, NULL, NULL);
	CU_ASSERT_STRING_EQUAL(ju_path(&c), "$");
	m1 = ju_push_key(&c, "indicators");
	m2 = ju_push_index(&c, 3);
	m3 = ju_push_key(&c, "name");
	ju_push_key(&c, "zh");
	CU_ASSERT_STRING_EQUAL(ju_path(&c), "$.indicators[3].name.zh");
	ju_pop(&c, m3);
	CU_ASSERT_STRING_EQUAL(ju_path(&c), "$.indicators[3]");
	ju_pop(&c, m2);
	ju_push_key(&c, "enrol.primary");
	CU_ASSERT_STRING_EQUAL(ju_path(&c), "$.indicators[\"enrol.primary\"]");
	ju_pop(&c, m1);
	ju_push_key(&c, "2020");
	ju_push_key(&c, "a\"b");
	CU_ASSERT_STRING_EQUAL(ju_path(&c), "$[\"2020\"][\"a\\\"b\"]");
	ju_pop(&c, m1);
	/* Very deep paths are cut, never overflow. */
	for (m1 = 0; m1 < 400; m1++)
		ju_push_index(&c, m1);
	CU_ASSERT_EQUAL(strlen(ju_path(&c)), JU_PATH_CAP - 1);
}

static void test_getters(void)
{
	cJSON *root = parse_ok("{\"s\":\"x\",\"e\":\"\",\"n\":2.5,\"i\":7,\"f\":7.5,\"big\":1e999,"
	                       "\"o\":{\"k\":null},\"a\":[1,\"two\"],\"z\":null}");
	ju_ctx c;
	eduind_error err;
	const char *s = "unchanged";
	double d = -1;
	long l = -1;
	const cJSON *item = NULL;

	eduind_error_clear(&err);
	ju_init(&c, &err, "f.json");
	CU_ASSERT_EQUAL(ju_req_string(&c, root, "s", &s), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(s, "x");
	CU_ASSERT_EQUAL(ju_opt_string(&c, root, "e", &s), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(s, "");
	CU_ASSERT_EQUAL(ju_req_string(&c, root, "e", &s), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.path, "$.e");
	CU_ASSERT_STRING_EQUAL(err.message, "must not be empty");
	s = "kept";
	CU_ASSERT_EQUAL(ju_opt_string(&c, root, "absent", &s), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(s, "kept");
	CU_ASSERT_EQUAL(ju_req_string(&c, root, "absent", &s), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.path, "$");
	CU_ASSERT_STRING_EQUAL(err.message, "missing required member \"absent\"");
	CU_ASSERT_STRING_EQUAL(err.source, "f.json");
	CU_ASSERT_EQUAL(ju_req_string(&c, root, "n", &s), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.path, "$.n");
	CU_ASSERT_STRING_EQUAL(err.message, "expected a string, found a number");
	CU_ASSERT_EQUAL(ju_opt_string(&c, root, "z", &s), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.message, "expected a string, found null");

	CU_ASSERT_EQUAL(ju_req_number(&c, root, "n", &d), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(d, 2.5, 0);
	CU_ASSERT_EQUAL(ju_req_number(&c, root, "big", &d), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.path, "$.big");
	CU_ASSERT_DOUBLE_EQUAL(d, 2.5, 0);
	CU_ASSERT_EQUAL(ju_opt_number(&c, root, "s", &d), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.message, "expected a number, found a string");

	CU_ASSERT_EQUAL(ju_req_int(&c, root, "i", 0, 10, &l), EDUIND_OK);
	CU_ASSERT_EQUAL(l, 7);
	CU_ASSERT_EQUAL(ju_req_int(&c, root, "i", 8, 10, &l), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.message, "expected an integer from 8 to 10, found 7");
	CU_ASSERT_EQUAL(ju_opt_int(&c, root, "f", 0, 10, &l), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.message, "expected an integer, found 7.5");
	l = 42;
	CU_ASSERT_EQUAL(ju_opt_int(&c, root, "absent", 0, 10, &l), EDUIND_OK);
	CU_ASSERT_EQUAL(l, 42);

	CU_ASSERT_EQUAL(ju_req_object(&c, root, "o", &item), EDUIND_OK);
	CU_ASSERT_PTR_NOT_NULL(item);
	CU_ASSERT_EQUAL(ju_opt_object(&c, root, "a", &item), EDUIND_ESCHEMA);
	CU_ASSERT_PTR_NULL(item);
	CU_ASSERT_STRING_EQUAL(err.message, "expected an object, found an array");
	CU_ASSERT_EQUAL(ju_opt_array(&c, root, "absent", &item), EDUIND_OK);
	CU_ASSERT_PTR_NULL(item);
	CU_ASSERT_EQUAL(ju_req_array(&c, root, "a", &item), EDUIND_OK);
	{
		size_t mark = ju_push_key(&c, "a");
		size_t m2 = ju_push_index(&c, 1);
		CU_ASSERT_EQUAL(ju_as_number(&c, cJSON_GetArrayItem(item, 1), &d), EDUIND_ESCHEMA);
		CU_ASSERT_STRING_EQUAL(err.path, "$.a[1]");
		ju_pop(&c, m2);
		ju_pop(&c, mark);
	}
	CU_ASSERT_EQUAL(ju_req_array(&c, root, "absent", &item), EDUIND_ESCHEMA);
	/* Getters on something that is not an object see no members. */
	CU_ASSERT_EQUAL(ju_req_string(&c, item, "x", &s), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(ju_path(&c), "$");
	cJSON_Delete(root);
}

static void test_members_and_header(void)
{
	static const char *const known[] = { "format", "version", "name", NULL };
	cJSON *ok = parse_ok("{\"format\":\"eduind-dataset\",\"version\":1,\"x_note\":1,\"_c\":2}");
	cJSON *typo = parse_ok("{\"format\":\"eduind-dataset\",\"version\":1,\"nmae\":\"a\"}");
	cJSON *dup = parse_ok("{\"format\":\"eduind-dataset\",\"version\":1,\"name\":\"a\",\"name\":\"b\"}");
	cJSON *v2 = parse_ok("{\"format\":\"eduind-dataset\",\"version\":2}");
	cJSON *v0 = parse_ok("{\"format\":\"eduind-dataset\",\"version\":0}");
	cJSON *vs = parse_ok("{\"format\":\"eduind-dataset\",\"version\":\"1\"}");
	cJSON *wrong = parse_ok("{\"format\":\"eduind-plan\",\"version\":1}");
	cJSON *arr = parse_ok("[]");
	ju_ctx c;
	eduind_error err;
	int version = 0;

	eduind_error_clear(&err);
	ju_init(&c, &err, NULL);
	CU_ASSERT_EQUAL(ju_check_header(&c, ok, "eduind-dataset", 1, &version), EDUIND_OK);
	CU_ASSERT_EQUAL(version, 1);
	CU_ASSERT_EQUAL(ju_check_members(&c, ok, known), EDUIND_OK);
	CU_ASSERT_EQUAL(ju_check_members(&c, typo, known), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.path, "$.nmae");
	CU_ASSERT_STRING_EQUAL(err.message, "unknown member \"nmae\"");
	CU_ASSERT_EQUAL(ju_check_members(&c, dup, known), EDUIND_EDUPLICATE);
	CU_ASSERT_STRING_EQUAL(err.path, "$.name");
	CU_ASSERT_EQUAL(ju_check_header(&c, v2, "eduind-dataset", 1, NULL), EDUIND_EVERSION);
	CU_ASSERT_STRING_EQUAL(err.path, "$.version");
	CU_ASSERT_EQUAL(ju_check_header(&c, v0, "eduind-dataset", 1, NULL), EDUIND_EVERSION);
	CU_ASSERT_EQUAL(ju_check_header(&c, vs, "eduind-dataset", 1, NULL), EDUIND_ESCHEMA);
	CU_ASSERT_EQUAL(ju_check_header(&c, wrong, "eduind-dataset", 1, NULL), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.path, "$.format");
	CU_ASSERT_STRING_EQUAL(err.message,
	                       "expected format \"eduind-dataset\", found \"eduind-plan\"");
	CU_ASSERT_EQUAL(ju_check_header(&c, arr, "eduind-dataset", 1, NULL), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.path, "$");
	CU_ASSERT_EQUAL(ju_check_members(&c, arr, known), EDUIND_ESCHEMA);
	cJSON_Delete(ok);
	cJSON_Delete(typo);
	cJSON_Delete(dup);
	cJSON_Delete(v2);
	cJSON_Delete(v0);
	cJSON_Delete(vs);
	cJSON_Delete(wrong);
	cJSON_Delete(arr);
}

static void test_numtext(void)
{
	double d = 0;
	long l = 0;
	char buf[NT_BUF];
	c_locale_scope loc;

	c_locale_enter(&loc);
	CU_ASSERT_TRUE(nt_parse("54005", &d));
	CU_ASSERT_DOUBLE_EQUAL(d, 54005, 0);
	CU_ASSERT_TRUE(nt_parse("-1.5e3", &d));
	CU_ASSERT_DOUBLE_EQUAL(d, -1500, 0);
	CU_ASSERT_TRUE(nt_parse(".5", &d));
	CU_ASSERT_TRUE(nt_parse("5.", &d));
	CU_ASSERT_FALSE(nt_parse("1,234", &d));
	CU_ASSERT_FALSE(nt_parse("12abc", &d));
	CU_ASSERT_FALSE(nt_parse("", &d));
	CU_ASSERT_FALSE(nt_parse(".", &d));
	CU_ASSERT_FALSE(nt_parse(" 1", &d));
	CU_ASSERT_FALSE(nt_parse("inf", &d));
	CU_ASSERT_FALSE(nt_parse("nan", &d));
	CU_ASSERT_FALSE(nt_parse("0x10", &d));
	CU_ASSERT_FALSE(nt_parse("1e", &d));
	CU_ASSERT_FALSE(nt_parse("1e999", &d));
	CU_ASSERT_FALSE(nt_parse(NULL, &d));
	CU_ASSERT_TRUE(nt_parse_long("2020", 1000, 9999, &l));
	CU_ASSERT_EQUAL(l, 2020);
	CU_ASSERT_FALSE(nt_parse_long("99999999999999999999", 1000, 9999, &l));
	CU_ASSERT_FALSE(nt_parse_long("2020.0", 1000, 9999, &l));
	CU_ASSERT_FALSE(nt_parse_long("20a", 1000, 9999, &l));

	nt_format(54005, buf);
	CU_ASSERT_STRING_EQUAL(buf, "54005");
	nt_format(0.1, buf);
	CU_ASSERT_STRING_EQUAL(buf, "0.1");
	nt_format(0.1 + 0.2, buf);
	CU_ASSERT_STRING_EQUAL(buf, "0.30000000000000004");
	nt_format(-0.0, buf);
	CU_ASSERT_STRING_EQUAL(buf, "0");
	nt_format(1.0 / 3.0, buf);
	CU_ASSERT_DOUBLE_EQUAL(strtod(buf, NULL), 1.0 / 3.0, 0);
	c_locale_leave(&loc);
}

/* A host program in a comma-decimal locale must not change what we read. */
static void test_locale_independent(void)
{
	const char *names[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "ru_RU.UTF-8", NULL };
	char *saved = NULL;
	const char *old = setlocale(LC_NUMERIC, NULL);
	size_t i;
	cJSON *root = NULL;
	if (old != NULL)
		saved = strdup(old);
	for (i = 0; names[i] != NULL; i++)
		if (setlocale(LC_NUMERIC, names[i]) != NULL)
			break;
	CU_ASSERT_EQUAL(ju_parse("[1.5]", 5, NULL, &root, NULL), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(cJSON_GetArrayItem(root, 0)->valuedouble, 1.5, 0);
	cJSON_Delete(root);
	setlocale(LC_NUMERIC, saved != NULL ? saved : "C");
	free(saved);
}

int register_json_util_suite(void)
{
	CU_pSuite s = CU_add_suite("json_util", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "parse_positions", test_parse_positions) ||
	    !CU_add_test(s, "parse_bom_and_length", test_parse_bom_and_length) ||
	    !CU_add_test(s, "parse_limits_and_nulls", test_parse_limits_and_nulls) ||
	    !CU_add_test(s, "read_file", test_read_file) ||
	    !CU_add_test(s, "paths", test_paths) ||
	    !CU_add_test(s, "getters", test_getters) ||
	    !CU_add_test(s, "members_and_header", test_members_and_header) ||
	    !CU_add_test(s, "numtext", test_numtext) ||
	    !CU_add_test(s, "locale_independent", test_locale_independent))
		return -1;
	return 0;
}
