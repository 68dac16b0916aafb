/* Plans: loading, defaults, validation of each comparison, names, writing. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

static eduind_plan *load_altay(void)
{
	eduind_plan *plan = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_plan_load_file(&plan, EDUIND_TEST_DATA "/plan/altay.json", &err),
	                EDUIND_OK);
	if (plan == NULL)
		fprintf(stderr, "\n  %s: %s\n", err.path, err.message);
	return plan;
}

static void check_altay(const eduind_plan *plan)
{
	const eduind_target *t;
	CU_ASSERT_STRING_EQUAL(eduind_plan_source(plan), "阿行署发〔2021〕7号 二(三)");
	CU_ASSERT_EQUAL(eduind_plan_baseline_year(plan), 2020);
	CU_ASSERT_EQUAL_FATAL(eduind_plan_count(plan), 7);

	t = eduind_plan_at(plan, 0);
	CU_ASSERT_STRING_EQUAL(eduind_target_indicator(t), "ger.preschool3");
	CU_ASSERT_STRING_EQUAL(eduind_target_entity(t), "altay");
	CU_ASSERT_EQUAL(eduind_target_year(t), 2025);
	CU_ASSERT_EQUAL(eduind_target_comparison(t), EDUIND_CMP_GE);
	CU_ASSERT_DOUBLE_EQUAL(eduind_target_value(t), 98.2, 0);
	CU_ASSERT_TRUE(isnan(eduind_target_value_high(t)));
	CU_ASSERT_DOUBLE_EQUAL(eduind_target_tolerance(t), 0, 0);
	CU_ASSERT_EQUAL(eduind_target_binding(t), EDUIND_BINDING_BINDING);
	CU_ASSERT_EQUAL(eduind_target_judge_rounded(t), 1);
	CU_ASSERT_STRING_EQUAL(eduind_target_source(t), "主要预期指标表");
	CU_ASSERT_STRING_EQUAL(eduind_target_note(t), "");

	t = eduind_plan_at(plan, 1);
	CU_ASSERT_EQUAL(eduind_target_comparison(t), EDUIND_CMP_INCREASE);
	CU_ASSERT_TRUE(isnan(eduind_target_value(t)));
	CU_ASSERT_EQUAL(eduind_target_binding(t), EDUIND_BINDING_NONE);

	t = eduind_plan_at(plan, 2);
	CU_ASSERT_EQUAL(eduind_target_comparison(t), EDUIND_CMP_ELIMINATE);
	CU_ASSERT_DOUBLE_EQUAL(eduind_target_value(t), 0.5, 0);

	t = eduind_plan_at(plan, 3);
	CU_ASSERT_EQUAL(eduind_target_comparison(t), EDUIND_CMP_APPROX);
	CU_ASSERT_DOUBLE_EQUAL(eduind_target_value(t), 1, 0);
	CU_ASSERT_DOUBLE_EQUAL(eduind_target_tolerance(t), 0.1, 0);

	t = eduind_plan_at(plan, 4);
	CU_ASSERT_EQUAL(eduind_target_comparison(t), EDUIND_CMP_BETWEEN);
	CU_ASSERT_DOUBLE_EQUAL(eduind_target_value(t), 10, 0);
	CU_ASSERT_DOUBLE_EQUAL(eduind_target_value_high(t), 12, 0);

	/* Per-target overrides of entity and judge; eliminate without ceiling means 0. */
	t = eduind_plan_at(plan, 5);
	CU_ASSERT_STRING_EQUAL(eduind_target_entity(t), "burqin");
	CU_ASSERT_EQUAL(eduind_target_judge_rounded(t), 0);
	CU_ASSERT_EQUAL(eduind_target_binding(t), EDUIND_BINDING_EXPECTED);
	CU_ASSERT_DOUBLE_EQUAL(eduind_target_value(t), 0, 0);
	CU_ASSERT_STRING_EQUAL(eduind_target_note(t), "基本消除超大班额");

	t = eduind_plan_at(plan, 6);
	CU_ASSERT_EQUAL(eduind_target_comparison(t), EDUIND_CMP_NOT_DECREASE);
	CU_ASSERT_PTR_NULL(eduind_plan_at(plan, 7));
}

static void test_load(void)
{
	eduind_plan *plan = load_altay();
	if (plan == NULL)
		return;
	CU_ASSERT_STRING_EQUAL(eduind_plan_name(plan), "阿勒泰地区教育事业发展“十四五”规划 主要预期指标");
	check_altay(plan);
	eduind_plan_free(plan);
}

static void test_round_trip(void)
{
	eduind_plan *plan = load_altay(), *again = NULL;
	char *text = NULL, *text2 = NULL;
	eduind_error err;
	if (plan == NULL)
		return;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL_FATAL(eduind_plan_to_json(plan, &text), EDUIND_OK);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "\"comparison\": \"eliminate\", \"ceiling\": 0.5"));
	CU_ASSERT_EQUAL(eduind_plan_load_string(&again, text, strlen(text), &err), EDUIND_OK);
	if (again != NULL) {
		check_altay(again);
		CU_ASSERT_EQUAL(eduind_plan_to_json(again, &text2), EDUIND_OK);
		CU_ASSERT_STRING_EQUAL(text, text2);
	} else {
		fprintf(stderr, "\n%s\n%s: %s\n", text, err.path, err.message);
	}
	eduind_free(text);
	eduind_free(text2);
	eduind_plan_free(again);
	eduind_plan_free(plan);
}

/* One target in a plan with entity "a"; checks the failure. */
static void expect_bad_target(const char *target, eduind_status status, const char *path,
                              const char *in_message)
{
	char json[1024];
	eduind_plan *plan = (eduind_plan *)1;
	eduind_error err;
	eduind_status st;
	eduind_error_clear(&err);
	snprintf(json, sizeof json, "{\"format\":\"eduind-plan\",\"version\":1,\"entity\":\"a\","
	                            "\"targets\":[{\"indicator\":\"i\",\"year\":2025,\"comparison\":\">=\","
	                            "\"value\":1},%s]}",
	         target);
	st = eduind_plan_load_string(&plan, json, strlen(json), &err);
	CU_ASSERT_EQUAL(st, status);
	CU_ASSERT_PTR_NULL(plan);
	CU_ASSERT_STRING_EQUAL(err.path, path);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.message, in_message));
	if (st != status || strcmp(err.path, path) != 0 || strstr(err.message, in_message) == NULL)
		fprintf(stderr, "\n  %s -> %s %s: %s\n", target, eduind_status_name(st), err.path,
		        err.message);
}

static void test_validation(void)
{
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\"between\",\"value\":12,"
	                  "\"value_high\":10}",
	                  EDUIND_ESCHEMA, "$.targets[1].value_high", "below value");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\"between\",\"value\":12}",
	                  EDUIND_ESCHEMA, "$.targets[1]", "missing required member \"value_high\"");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\"approx\",\"value\":1,"
	                  "\"tolerance\":-0.1}",
	                  EDUIND_ESCHEMA, "$.targets[1].tolerance", "tolerance of 0 or more");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\"approx\",\"value\":1}",
	                  EDUIND_ESCHEMA, "$.targets[1]", "missing required member \"tolerance\"");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\">=\",\"value\":1,"
	                  "\"tolerance\":1}",
	                  EDUIND_ESCHEMA, "$.targets[1].tolerance", "only for approx");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\"increase\",\"value\":1}",
	                  EDUIND_ESCHEMA, "$.targets[1].value", "only for");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\"eliminate\",\"value\":1}",
	                  EDUIND_ESCHEMA, "$.targets[1].value", "ceiling");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\">=\"}", EDUIND_ESCHEMA,
	                  "$.targets[1]", "missing required member \"value\"");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\"≥\",\"value\":1}",
	                  EDUIND_ESCHEMA, "$.targets[1].comparison", "unknown comparison");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\">=\",\"value\":1,"
	                  "\"binding\":\"must\"}",
	                  EDUIND_ESCHEMA, "$.targets[1].binding", "unknown binding");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\">=\",\"value\":1,"
	                  "\"judge\":\"rounded\"}",
	                  EDUIND_ESCHEMA, "$.targets[1].judge", "published or raw");
	expect_bad_target("{\"indicator\":\"x\",\"year\":25,\"comparison\":\">=\",\"value\":1}",
	                  EDUIND_ESCHEMA, "$.targets[1].year", "from 1000 to 9999");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\">=\",\"value\":\"1\"}",
	                  EDUIND_ESCHEMA, "$.targets[1].value", "expected a number");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\">=\",\"value\":1,"
	                  "\"entity\":\"\"}",
	                  EDUIND_ESCHEMA, "$.targets[1].entity", "no entity");
	expect_bad_target("{\"indicator\":\"\",\"year\":2025,\"comparison\":\">=\",\"value\":1}",
	                  EDUIND_ESCHEMA, "$.targets[1].indicator", "must not be empty");
	expect_bad_target("{\"indicator\":\"x\",\"year\":2025,\"comparison\":\">=\",\"value\":1,"
	                  "\"valu\":2}",
	                  EDUIND_ESCHEMA, "$.targets[1].valu", "unknown member");
	expect_bad_target("[]", EDUIND_ESCHEMA, "$.targets[1]", "expected an object");
}

static void test_document_errors(void)
{
	const char *no_entity = "{\"format\":\"eduind-plan\",\"version\":1,\"targets\":["
	                        "{\"indicator\":\"i\",\"year\":2025,\"comparison\":\"increase\"}]}";
	const char *v9 = "{\"format\":\"eduind-plan\",\"version\":9,\"targets\":[]}";
	const char *no_targets = "{\"format\":\"eduind-plan\",\"version\":1}";
	const char *syntax = "{\"format\":\"eduind-plan\",\n\"version\":1,\n\"targets\":[}";
	const char *judge_raw = "{\"format\":\"eduind-plan\",\"version\":1,\"judge\":\"raw\",\"entity\":\"e\","
	                        "\"targets\":[{\"indicator\":\"i\",\"year\":2025,\"comparison\":\"=\",\"value\":3}]}";
	eduind_plan *plan = (eduind_plan *)1;
	eduind_error err;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_plan_load_string(&plan, no_entity, strlen(no_entity), &err), EDUIND_ESCHEMA);
	CU_ASSERT_STRING_EQUAL(err.path, "$.targets[0]");
	CU_ASSERT_PTR_NULL(plan);
	CU_ASSERT_EQUAL(eduind_plan_load_string(&plan, v9, strlen(v9), &err), EDUIND_EVERSION);
	CU_ASSERT_STRING_EQUAL(err.path, "$.version");
	CU_ASSERT_EQUAL(eduind_plan_load_string(&plan, no_targets, strlen(no_targets), &err),
	                EDUIND_ESCHEMA);
	CU_ASSERT_EQUAL(eduind_plan_load_string(&plan, syntax, strlen(syntax), &err), EDUIND_EPARSE);
	CU_ASSERT_EQUAL(err.line, 3);
	CU_ASSERT_EQUAL(err.column, 12);
	CU_ASSERT_EQUAL(eduind_plan_load_string(&plan, judge_raw, strlen(judge_raw), &err), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_target_judge_rounded(eduind_plan_at(plan, 0)), 0);
	CU_ASSERT_EQUAL(eduind_target_comparison(eduind_plan_at(plan, 0)), EDUIND_CMP_EQ);
	eduind_plan_free(plan);
	plan = (eduind_plan *)1;
	CU_ASSERT_EQUAL(eduind_plan_load_file(&plan, EDUIND_TEST_DATA "/plan/none.json", &err), EDUIND_EIO);
	CU_ASSERT_PTR_NULL(plan);
}

static void test_names(void)
{
	CU_ASSERT_STRING_EQUAL(eduind_comparison_name(EDUIND_CMP_GE), ">=");
	CU_ASSERT_STRING_EQUAL(eduind_comparison_name(EDUIND_CMP_NOT_DECREASE), "not_decrease");
	CU_ASSERT_STRING_EQUAL(eduind_comparison_name(EDUIND_CMP_ELIMINATE), "eliminate");
	CU_ASSERT_STRING_EQUAL(eduind_comparison_name((eduind_comparison)42), "unknown");
	CU_ASSERT_STRING_EQUAL(eduind_comparison_symbol(EDUIND_CMP_INCREASE), "↑");
	CU_ASSERT_STRING_EQUAL(eduind_comparison_symbol(EDUIND_CMP_NOT_DECREASE), "≥prev");
	CU_ASSERT_STRING_EQUAL(eduind_comparison_symbol(EDUIND_CMP_APPROX), "≈");
	CU_ASSERT_STRING_EQUAL(eduind_comparison_symbol(EDUIND_CMP_ELIMINATE), "≤ceiling");
	CU_ASSERT_STRING_EQUAL(eduind_comparison_symbol(EDUIND_CMP_BETWEEN), "between");
	CU_ASSERT_STRING_EQUAL(eduind_comparison_symbol((eduind_comparison)-1), "?");
	CU_ASSERT_STRING_EQUAL(eduind_binding_name(EDUIND_BINDING_BINDING), "binding");
	CU_ASSERT_STRING_EQUAL(eduind_binding_name(EDUIND_BINDING_EXPECTED), "expected");
	CU_ASSERT_STRING_EQUAL(eduind_binding_name((eduind_binding)5), "none");
}

static void test_nulls(void)
{
	eduind_plan *plan = (eduind_plan *)1;
	char *text = (char *)1;
	eduind_plan_free(NULL);
	CU_ASSERT_EQUAL(eduind_plan_load_string(&plan, NULL, 0, NULL), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(plan);
	CU_ASSERT_EQUAL(eduind_plan_load_string(NULL, "{}", 2, NULL), EDUIND_ENULL);
	plan = (eduind_plan *)1;
	CU_ASSERT_EQUAL(eduind_plan_load_file(&plan, NULL, NULL), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(plan);
	CU_ASSERT_EQUAL(eduind_plan_to_json(NULL, &text), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(text);
	CU_ASSERT_EQUAL(eduind_plan_count(NULL), 0);
	CU_ASSERT_PTR_NULL(eduind_plan_at(NULL, 0));
	CU_ASSERT_STRING_EQUAL(eduind_plan_name(NULL), "");
	CU_ASSERT_STRING_EQUAL(eduind_plan_source(NULL), "");
	CU_ASSERT_EQUAL(eduind_plan_baseline_year(NULL), 0);
	CU_ASSERT_STRING_EQUAL(eduind_target_indicator(NULL), "");
	CU_ASSERT_STRING_EQUAL(eduind_target_entity(NULL), "");
	CU_ASSERT_TRUE(isnan(eduind_target_value(NULL)));
	CU_ASSERT_TRUE(isnan(eduind_target_value_high(NULL)));
	CU_ASSERT_EQUAL(eduind_target_year(NULL), 0);
	CU_ASSERT_EQUAL(eduind_target_judge_rounded(NULL), 1);
	CU_ASSERT_STRING_EQUAL(eduind_target_note(NULL), "");
}

int register_plan_suite(void)
{
	CU_pSuite s = CU_add_suite("plan", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "load", test_load) || !CU_add_test(s, "round_trip", test_round_trip) ||
	    !CU_add_test(s, "validation", test_validation) ||
	    !CU_add_test(s, "document_errors", test_document_errors) ||
	    !CU_add_test(s, "names", test_names) || !CU_add_test(s, "nulls", test_nulls))
		return -1;
	return 0;
}
