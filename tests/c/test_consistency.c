/* Consistency checks (eduind_check) and the "checks" rule reader.
 * The Altay fixture holds the figures of seed-indicators.md §2.1 and §2.2 and the rules
 * of §3.1; the checks must find exactly the contradictions listed there. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "eval/check_rules.h"
#include "eval/findings.h"

static eduind_dataset *load(const char *name)
{
	char path[1024];
	eduind_dataset *ds = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	snprintf(path, sizeof path, "%s/checks/%s", EDUIND_TEST_DATA, name);
	CU_ASSERT_EQUAL(eduind_dataset_load_json_file(&ds, path, &err), EDUIND_OK);
	if (ds == NULL)
		fprintf(stderr, "%s: %s\n", path, err.message);
	return ds;
}

static eduind_dataset *from_text(const char *json)
{
	eduind_dataset *ds = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_dataset_load_json_string(&ds, json, strlen(json), &err), EDUIND_OK);
	if (ds == NULL)
		fprintf(stderr, "fixture: %s %s\n", err.path, err.message);
	return ds;
}

static int find_rule(const eduind_findings *f, const char *rule, eduind_finding *out)
{
	size_t i;
	eduind_finding x;
	for (i = 0; i < eduind_findings_count(f); i++) {
		if (eduind_findings_get(f, i, &x) == EDUIND_OK && strcmp(x.rule, rule) == 0) {
			if (out != NULL)
				*out = x;
			return 1;
		}
	}
	return 0;
}

static void test_altay_contradictions(void)
{
	static const char *const failing[] = { "A-14", "A-15", "A-16", "A-17", "A-18", "A-19", "A-20",
		                                   "A-21", "A-23", "A-24", "A-25", "A-26", "A-27", "A-34" };
	static const char *const holding[] = { "A-1/A-3", "A-2/A-4", "A-5/A-7", "A-6/A-8",
		                                   "A-9/A-10.secondary", "A-9/A-10.total", "A-11.schools",
		                                   "A-11.enrol", "A-11.teachers", "A-12", "A-13", "A-22", "T-1" };
	eduind_dataset *ds = load("altay.json");
	eduind_findings *f = NULL;
	eduind_finding x;
	eduind_error err;
	size_t i;
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL_FATAL(eduind_check(&f, NULL, ds, NULL, &err), EDUIND_OK);
	/* exactly one finding per failing rule (2020, or 2025 for the targets), nothing else */
	CU_ASSERT_EQUAL(eduind_findings_count(f), sizeof failing / sizeof failing[0]);
	for (i = 0; i < sizeof failing / sizeof failing[0]; i++) {
		CU_ASSERT_TRUE(find_rule(f, failing[i], NULL));
		/* sorted naturally by rule: A-14 ... */
		CU_ASSERT_EQUAL(eduind_findings_get(f, i, &x), EDUIND_OK);
		CU_ASSERT_STRING_EQUAL(x.rule, failing[i]);
		CU_ASSERT_STRING_EQUAL(x.entity, "altay");
		CU_ASSERT_EQUAL(x.kind, EDUIND_CHECK_SAME);
	}
	for (i = 0; i < sizeof holding / sizeof holding[0]; i++)
		CU_ASSERT_FALSE(find_rule(f, holding[i], NULL));

	/* 28906 vs 2.84万 = 28400, 506 apart, half-unit allowance 50 */
	CU_ASSERT_TRUE_FATAL(find_rule(f, "A-14", &x));
	CU_ASSERT_EQUAL(x.period, 2020);
	CU_ASSERT_DOUBLE_EQUAL(x.expected, 28906, 0);
	CU_ASSERT_DOUBLE_EQUAL(x.actual, 28400, 0);
	CU_ASSERT_DOUBLE_EQUAL(x.difference, -506, 0);
	CU_ASSERT_STRING_EQUAL(x.message,
	                       "A-14: altay 2020: enrol.kindergarten 28906 vs reported.wan.enrol.kindergarten "
	                       "2.84 ×10000 (= 28400): differ by 506, beyond the rounding of 2 decimals (±50)");
	/* A-20 fails by 0.01万 beyond rounding: 17202 vs 17100 is 102 > 50 */
	CU_ASSERT_TRUE_FATAL(find_rule(f, "A-20", &x));
	CU_ASSERT_DOUBLE_EQUAL(x.expected, 17202, 0);
	CU_ASSERT_DOUBLE_EQUAL(x.actual, 17100, 0);
	CU_ASSERT_DOUBLE_EQUAL(x.difference, -102, 0);
	/* the indicator table is higher (13000 vs 12451); A-19 lower (4100 vs 4751) */
	CU_ASSERT_TRUE_FATAL(find_rule(f, "A-18", &x));
	CU_ASSERT_DOUBLE_EQUAL(x.difference, 549, 0);
	CU_ASSERT_TRUE_FATAL(find_rule(f, "A-19", &x));
	CU_ASSERT_DOUBLE_EQUAL(x.difference, -651, 0);
	/* the other gaps of §3.1 */
	CU_ASSERT_TRUE(find_rule(f, "A-15", &x) && x.difference == -3005);
	CU_ASSERT_TRUE(find_rule(f, "A-16", &x) && x.difference == -1043);
	CU_ASSERT_TRUE(find_rule(f, "A-17", &x) && x.difference == -4048);
	CU_ASSERT_TRUE(find_rule(f, "A-21", &x) && x.difference == -296);
	/* narrative vs table: 95.5 vs 98, allowance 0.5 */
	CU_ASSERT_TRUE_FATAL(find_rule(f, "A-23", &x));
	CU_ASSERT_DOUBLE_EQUAL(x.difference, 2.5, 0);
	CU_ASSERT_STRING_EQUAL(x.message, "A-23: altay 2020: reported.ger.preschool3 95.5 vs "
	                                  "reported.ger.preschool3.narrative 98: differ by 2.5, beyond "
	                                  "the rounding of 0 decimals (±0.5)");
	CU_ASSERT_TRUE(find_rule(f, "A-26", &x) && x.period == 2025 && x.difference == -1000);
	CU_ASSERT_TRUE(find_rule(f, "A-34", &x) && fabs(x.difference - 1.6) < 1e-12);
	eduind_findings_free(f);
	eduind_dataset_free(ds);
}

/* add printed 万 figures (5.10 + 2.21 = 7.31): binary noise must not fail
 * them even with no tolerance. A-22 holds at 20 < 50. */
static void test_rounding_boundaries(void)
{
	const char *json =
		"{\"format\":\"eduind-dataset\",\"version\":1,"
		"\"data\":{\"x\":{\"2020\":{\"t\":7.31,\"p1\":5.10,\"p2\":2.21,\"a\":7420,\"b\":0.74,"
		"\"c\":7450,\"d\":7451,\"e\":0.3,\"f1\":0.1,\"f2\":0.2}}},"
		"\"checks\":[{\"id\":\"S\",\"kind\":\"sum\",\"total\":\"t\",\"parts\":[\"p1\",\"p2\"]},"
		"{\"id\":\"F\",\"kind\":\"sum\",\"total\":\"e\",\"parts\":[\"f1\",\"f2\"]},"
		"{\"id\":\"M1\",\"kind\":\"same\",\"a\":\"a\",\"b\":\"b\",\"b_scale\":10000,\"b_decimals\":2},"
		"{\"id\":\"M2\",\"kind\":\"same\",\"a\":\"c\",\"b\":\"b\",\"b_scale\":10000,\"b_decimals\":2},"
		"{\"id\":\"M3\",\"kind\":\"same\",\"a\":\"d\",\"b\":\"b\",\"b_scale\":10000,\"b_decimals\":2}]}";
	eduind_dataset *ds = from_text(json);
	eduind_findings *f = NULL;
	eduind_finding x;
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	CU_ASSERT_EQUAL_FATAL(eduind_check(&f, NULL, ds, NULL, NULL), EDUIND_OK);
	/* S and F hold (0.1 + 0.2 is 0.30000000000000004); M1 differs by 20, M2 by exactly the
	 * half unit 50 (holds), M3 by 51 (fails). */
	CU_ASSERT_EQUAL(eduind_findings_count(f), 1);
	CU_ASSERT_TRUE_FATAL(find_rule(f, "M3", &x));
	CU_ASSERT_DOUBLE_EQUAL(x.difference, -51, 0);
	eduind_findings_free(f);
	eduind_dataset_free(ds);
}

static void test_sum_subset_trend(void)
{
	const char *json =
		"{\"format\":\"eduind-dataset\",\"version\":1,"
		"\"entities\":[{\"id\":\"c\"},{\"id\":\"s1\",\"parent\":\"c\"},{\"id\":\"s2\",\"parent\":\"c\"}],"
		"\"data\":{\"c\":{\"2019\":{\"tot\":100,\"a\":60,\"b\":41,\"part\":5,\"whole\":4,\"n\":100},"
		"                 \"2020\":{\"tot\":100,\"a\":60,\"n\":150},"
		"                 \"2022\":{\"n\":120}},"
		"          \"s1\":{\"2019\":{\"tot\":10,\"a\":6,\"b\":4.5,\"n\":0},\"2020\":{\"n\":5}},"
		"          \"s2\":{\"2019\":{\"tot\":10,\"a\":6,\"b\":3,\"part\":3,\"whole\":4}}},"
		"\"checks\":["
		"{\"id\":\"SUM\",\"kind\":\"sum\",\"total\":\"tot\",\"parts\":[\"a\",\"b\"],\"tolerance\":0.5},"
		"{\"kind\":\"subset\",\"part\":\"part\",\"whole\":\"whole\"},"
		"{\"id\":\"TR\",\"kind\":\"trend\",\"variable\":\"n\",\"max_change_pct\":30},"
		"{\"id\":\"GONE\",\"kind\":\"sum\",\"total\":\"tot\",\"parts\":[\"a\",\"nowhere\"]}]}";
	eduind_dataset *ds = from_text(json);
	eduind_findings *f = NULL;
	eduind_finding x;
	size_t i;
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	CU_ASSERT_EQUAL_FATAL(eduind_check(&f, NULL, ds, NULL, NULL), EDUIND_OK);
	/* SUM: c 2019 101 vs 100 (beyond 0.5); s1 2019 10.5 vs 10 (within); s2 9 vs 10 (beyond);
	 * c 2020 lacks b: skipped. subset: c 2019 5 > 4. TR: c 2019->2020 +50%, 2020->2022
	 * -20% (fine); s1 0 -> 5 has no growth rate (zero base): skipped. GONE: no such
	 * variable anywhere: skipped. */
	CU_ASSERT_EQUAL_FATAL(eduind_findings_count(f), 4);
	/* order: SUM (c, s2), TR, subset:part (natural order, then entity) */
	CU_ASSERT_EQUAL(eduind_findings_get(f, 0, &x), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(x.rule, "SUM");
	CU_ASSERT_STRING_EQUAL(x.entity, "c");
	CU_ASSERT_EQUAL(x.kind, EDUIND_CHECK_SUM);
	CU_ASSERT_DOUBLE_EQUAL(x.expected, 101, 0);
	CU_ASSERT_DOUBLE_EQUAL(x.actual, 100, 0);
	CU_ASSERT_DOUBLE_EQUAL(x.difference, -1, 0);
	CU_ASSERT_STRING_EQUAL(x.message, "SUM: c 2019: tot 100 vs sum of parts 101 (a 60 + b 41): differ "
	                                  "by 1, beyond the tolerance ±0.5");
	CU_ASSERT_EQUAL(eduind_findings_get(f, 1, &x), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(x.rule, "SUM");
	CU_ASSERT_STRING_EQUAL(x.entity, "s2");
	CU_ASSERT_EQUAL(eduind_findings_get(f, 2, &x), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(x.rule, "TR");
	CU_ASSERT_EQUAL(x.kind, EDUIND_CHECK_TREND);
	CU_ASSERT_EQUAL(x.period, 2020);
	CU_ASSERT_DOUBLE_EQUAL(x.expected, 100, 0);
	CU_ASSERT_DOUBLE_EQUAL(x.actual, 150, 0);
	CU_ASSERT_STRING_EQUAL(x.message, "TR: c: n 2019 100 -> 2020 150: change +50%, beyond ±30%");
	CU_ASSERT_EQUAL(eduind_findings_get(f, 3, &x), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(x.rule, "subset:part");
	CU_ASSERT_EQUAL(x.kind, EDUIND_CHECK_SUBSET);
	CU_ASSERT_DOUBLE_EQUAL(x.difference, 1, 0);
	CU_ASSERT_STRING_EQUAL(x.message, "subset:part: c 2019: part part 5 exceeds its whole whole 4 by 1");
	for (i = 0; i < 4; i++)
		CU_ASSERT_EQUAL(eduind_findings_get(f, i, &x), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_findings_get(f, 4, &x), EDUIND_ENOTFOUND);
	eduind_findings_free(f);
	eduind_dataset_free(ds);
}

static void test_negative_values(void)
{
	const char *json = "{\"format\":\"eduind-dataset\",\"version\":1,"
	                   "\"values\":[{\"entity\":\"x\",\"period\":2020,\"variable\":\"enrol.primary\",\"value\":-3},"
	                   "{\"entity\":\"x\",\"period\":2020,\"variable\":\"enrol.primary\",\"cell\":{\"sex\":\"F\"},"
	                   "\"value\":-1},"
	                   "{\"entity\":\"x\",\"period\":2021,\"variable\":\"enrol.primary\",\"value\":4}]}";
	eduind_dataset *ds = from_text(json);
	eduind_findings *f = NULL;
	eduind_finding x;
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	CU_ASSERT_EQUAL_FATAL(eduind_check(&f, NULL, ds, NULL, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_findings_count(f), 2);
	/* same rule, entity and period: ordered by message, so the cell comes first */
	CU_ASSERT_EQUAL(eduind_findings_get(f, 0, &x), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(x.message, "bound:enrol.primary: x 2020 [sex=F]: enrol.primary = -1 is negative");
	CU_ASSERT_EQUAL(eduind_findings_get(f, 1, &x), EDUIND_OK);
	CU_ASSERT_EQUAL(x.kind, EDUIND_CHECK_BOUND);
	CU_ASSERT_STRING_EQUAL(x.rule, "bound:enrol.primary");
	CU_ASSERT_STRING_EQUAL(x.entity, "x");
	CU_ASSERT_EQUAL(x.period, 2020);
	CU_ASSERT_DOUBLE_EQUAL(x.expected, 0, 0);
	CU_ASSERT_DOUBLE_EQUAL(x.actual, -3, 0);
	CU_ASSERT_DOUBLE_EQUAL(x.difference, -3, 0);
	CU_ASSERT_STRING_EQUAL(x.message, "bound:enrol.primary: x 2020: enrol.primary = -3 is negative");
	eduind_findings_free(f);
	eduind_dataset_free(ds);
}

static void test_json_output(void)
{
	eduind_dataset *ds = load("altay.json");
	eduind_findings *f = NULL;
	char *text = NULL;
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	CU_ASSERT_EQUAL_FATAL(eduind_check(&f, NULL, ds, NULL, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_findings_to_json(f, &text), EDUIND_OK);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "{\"format\":\"eduind-findings\",\"version\":1,\"findings\":["));
	CU_ASSERT_PTR_NOT_NULL(strstr(text, "{\"kind\":\"same\",\"rule\":\"A-14\",\"entity\":\"altay\","
	                                    "\"period\":2020,\"expected\":28906,\"actual\":28400,"
	                                    "\"difference\":-506,\"message\":\"A-14: altay 2020:"));
	eduind_free(text);
	CU_ASSERT_EQUAL(eduind_findings_to_json(NULL, &text), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(text);
	CU_ASSERT_EQUAL(eduind_findings_to_json(f, NULL), EDUIND_ENULL);
	eduind_findings_free(f);
	eduind_dataset_free(ds);
}

static void test_nulls(void)
{
	eduind_findings *f = (eduind_findings *)&f;
	eduind_finding x;
	eduind_dataset *ds = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_check(NULL, NULL, NULL, NULL, &err), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_check(&f, NULL, NULL, NULL, &err), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(f);
	CU_ASSERT_EQUAL(err.status, EDUIND_ENULL);
	eduind_findings_free(NULL);
	CU_ASSERT_EQUAL(eduind_findings_count(NULL), 0);
	CU_ASSERT_EQUAL(eduind_findings_get(NULL, 0, &x), EDUIND_ENULL);
	/* an empty dataset has nothing to find */
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_check(&f, NULL, ds, NULL, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_findings_count(f), 0);
	CU_ASSERT_EQUAL(eduind_findings_get(f, 0, NULL), EDUIND_ENULL);
	eduind_findings_free(f);
	eduind_dataset_free(ds);
	CU_ASSERT_STRING_EQUAL(eduind_check_kind_name(EDUIND_CHECK_SUM), "sum");
	CU_ASSERT_STRING_EQUAL(eduind_check_kind_name(EDUIND_CHECK_SUBSET), "subset");
	CU_ASSERT_STRING_EQUAL(eduind_check_kind_name(EDUIND_CHECK_SAME), "same");
	CU_ASSERT_STRING_EQUAL(eduind_check_kind_name(EDUIND_CHECK_BOUND), "bound");
	CU_ASSERT_STRING_EQUAL(eduind_check_kind_name(EDUIND_CHECK_TREND), "trend");
	CU_ASSERT_STRING_EQUAL(eduind_check_kind_name(EDUIND_CHECK_REPORTED), "reported");
	CU_ASSERT_STRING_EQUAL(eduind_check_kind_name((eduind_check_kind)99), "unknown");
}

/* Bad rules in a dataset load (the dataset keeps the text) but fail the check with the
 * rule's path. */
static void test_bad_rule_in_dataset(void)
{
	const char *json = "{\"format\":\"eduind-dataset\",\"version\":1,\"data\":{\"x\":{\"2020\":{\"a\":1}}},"
	                   "\"checks\":[{\"id\":\"ok\",\"kind\":\"subset\",\"part\":\"a\",\"whole\":\"a\"},"
	                   "{\"id\":\"bad\",\"kind\":\"same\",\"a\":\"a\",\"b\":\"a\",\"b_decimals\":16}]}";
	eduind_dataset *ds = from_text(json);
	eduind_findings *f = (eduind_findings *)&f;
	eduind_error err;
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_check(&f, NULL, ds, NULL, &err), EDUIND_ESCHEMA);
	CU_ASSERT_PTR_NULL(f);
	CU_ASSERT_STRING_EQUAL(err.path, "$.checks[1].b_decimals");
	CU_ASSERT_STRING_EQUAL(err.source, "dataset checks");
	eduind_dataset_free(ds);
}

static eduind_status parse(check_rules *r, const char *json, eduind_error *err)
{
	eduind_error_clear(err);
	return cr_parse(r, json, strlen(json), "test", err);
}

static void test_rule_reader(void)
{
	check_rules r = CHECK_RULES_INIT;
	eduind_error err;
	CU_ASSERT_EQUAL_FATAL(
		parse(&r,
		      "[{\"id\":\"A-14\",\"kind\":\"same\",\"a\":\"x\",\"b\":\"y\",\"b_scale\":10000,"
		      "\"b_decimals\":2,\"x_note\":\"free\",\"_also\":1},"
		      "{\"kind\":\"sum\",\"total\":\"t\",\"parts\":[\"p\",\"q\"],\"tolerance\":0.005},"
		      "{\"kind\":\"same\",\"a\":\"x\",\"b\":\"y\",\"tolerance\":3,\"b_decimals\":1},"
		      "{\"kind\":\"same\",\"a\":\"x\",\"b\":\"y\"},"
		      "{\"kind\":\"trend\",\"variable\":\"v\",\"max_change_pct\":30}]",
		      &err),
		EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(r.n, 5);
	CU_ASSERT_EQUAL(r.items[0].kind, EDUIND_CHECK_SAME);
	CU_ASSERT_STRING_EQUAL(r.items[0].id, "A-14");
	CU_ASSERT_DOUBLE_EQUAL(r.items[0].b_scale, 10000, 0);
	CU_ASSERT_EQUAL(r.items[0].b_decimals, 2);
	CU_ASSERT_DOUBLE_EQUAL(cr_same_tolerance(&r.items[0]), 50, 0);
	CU_ASSERT_STRING_EQUAL(r.items[1].id, "sum:t");
	CU_ASSERT_EQUAL(r.items[1].n_parts, 2);
	CU_ASSERT_STRING_EQUAL(r.items[1].parts[1], "q");
	CU_ASSERT_DOUBLE_EQUAL(r.items[1].tolerance, 0.005, 0);
	/* an explicit tolerance wins over the rounding */
	CU_ASSERT_DOUBLE_EQUAL(cr_same_tolerance(&r.items[2]), 3, 0);
	/* neither: exact agreement */
	CU_ASSERT_DOUBLE_EQUAL(cr_same_tolerance(&r.items[3]), 0, 0);
	CU_ASSERT_STRING_EQUAL(r.items[3].id, "same:x");
	CU_ASSERT_STRING_EQUAL(r.items[4].id, "trend:v");
	CU_ASSERT_DOUBLE_EQUAL(r.items[4].max_change_pct, 30, 0);
	/* a failing second array leaves the first one's rules alone */
	CU_ASSERT_EQUAL(parse(&r, "[{\"kind\":\"trend\",\"variable\":\"v\",\"max_change_pct\":1},{\"kind\":\"x\"}]",
	                      &err),
	                EDUIND_ESCHEMA);
	CU_ASSERT_EQUAL(r.n, 5);
	cr_free(&r);
	CU_ASSERT_EQUAL(r.n, 0);
	cr_free(&r);
}

static void expect_error(const char *json, eduind_status status, const char *path)
{
	check_rules r = CHECK_RULES_INIT;
	eduind_error err;
	CU_ASSERT_EQUAL(parse(&r, json, &err), status);
	CU_ASSERT_EQUAL(r.n, 0);
	CU_ASSERT_EQUAL(err.status, status);
	if (path != NULL) {
		CU_ASSERT_STRING_EQUAL(err.path, path);
		if (strcmp(err.path, path) != 0)
			fprintf(stderr, "\n%s -> %s: %s\n", json, err.path, err.message);
	}
	cr_free(&r);
}

static void test_rule_errors(void)
{
	expect_error("[", EDUIND_EPARSE, NULL);
	expect_error("{}", EDUIND_ESCHEMA, "$.checks");
	expect_error("[1]", EDUIND_ESCHEMA, "$.checks[0]");
	expect_error("[{}]", EDUIND_ESCHEMA, "$.checks[0]");
	expect_error("[{\"kind\":\"bound\"}]", EDUIND_ESCHEMA, "$.checks[0].kind");
	expect_error("[{\"kind\":\"sum\",\"total\":\"t\",\"parts\":[]}]", EDUIND_ESCHEMA, "$.checks[0].parts");
	expect_error("[{\"kind\":\"sum\",\"total\":\"t\",\"parts\":[\"a\",2]}]", EDUIND_ESCHEMA,
	             "$.checks[0].parts[1]");
	expect_error("[{\"kind\":\"sum\",\"total\":\"t\",\"parts\":[\"\"]}]", EDUIND_ESCHEMA,
	             "$.checks[0].parts[0]");
	expect_error("[{\"kind\":\"sum\",\"total\":\"t\"}]", EDUIND_ESCHEMA, "$.checks[0]");
	expect_error("[{\"kind\":\"sum\",\"total\":\"\",\"parts\":[\"a\"]}]", EDUIND_ESCHEMA, NULL);
	expect_error("[{\"kind\":\"sum\",\"total\":\"t\",\"parts\":[\"a\"],\"tolerance\":-1}]", EDUIND_ESCHEMA,
	             "$.checks[0].tolerance");
	expect_error("[{\"kind\":\"subset\",\"part\":\"a\",\"whole\":\"b\",\"totl\":\"c\"}]", EDUIND_ESCHEMA,
	             "$.checks[0].totl");
	expect_error("[{\"kind\":\"subset\",\"part\":\"a\",\"part\":\"a\",\"whole\":\"b\"}]", EDUIND_EDUPLICATE,
	             "$.checks[0].part");
	expect_error("[{\"kind\":\"same\",\"a\":\"a\",\"b\":\"b\",\"b_scale\":0}]", EDUIND_ESCHEMA,
	             "$.checks[0].b_scale");
	expect_error("[{\"kind\":\"same\",\"a\":\"a\",\"b\":\"b\",\"b_decimals\":1.5}]", EDUIND_ESCHEMA,
	             "$.checks[0].b_decimals");
	expect_error("[{\"kind\":\"same\",\"a\":\"a\",\"b\":null}]", EDUIND_ESCHEMA, "$.checks[0].b");
	expect_error("[{\"kind\":\"trend\",\"variable\":\"v\"}]", EDUIND_ESCHEMA, "$.checks[0]");
	expect_error("[{\"kind\":\"trend\",\"variable\":\"v\",\"max_change_pct\":-5}]", EDUIND_ESCHEMA,
	             "$.checks[0].max_change_pct");
	expect_error("[{\"kind\":\"trend\",\"variable\":\"v\",\"max_change_pct\":5,\"id\":\"\"}]",
	             EDUIND_ESCHEMA, "$.checks[0].id");
	expect_error("[{\"kind\":\"trend\",\"variable\":\"v\",\"max_change_pct\":5,\"id\":7}]", EDUIND_ESCHEMA,
	             "$.checks[0].id");
	CU_ASSERT_EQUAL(cr_parse(NULL, "[]", 2, "x", NULL), EDUIND_ENULL);
}

static void test_natural_order(void)
{
	CU_ASSERT_TRUE(fd_natural_cmp("A-5", "A-14") < 0);
	CU_ASSERT_TRUE(fd_natural_cmp("A-14", "A-5") > 0);
	CU_ASSERT_TRUE(fd_natural_cmp("A-9/A-10.total", "A-11.enrol") < 0);
	CU_ASSERT_TRUE(fd_natural_cmp("A-14", "A-14") == 0);
	CU_ASSERT_TRUE(fd_natural_cmp("A-014", "A-14") == 0);
	CU_ASSERT_TRUE(fd_natural_cmp("A", "A-1") < 0);
	CU_ASSERT_TRUE(fd_natural_cmp("B-1", "A-2") > 0);
}

/* Checks that need results: a proportion over 100, and a computed value that disagrees
 * with its published figure; the catalogue's own rules; units that may be negative. */
static const char share_catalog[] =
	"{\"format\":\"eduind-catalog\",\"version\":1,\"name\":\"checks test\","
	"\"variables\":["
	"{\"code\":\"num\",\"name\":{\"zh\":\"a\",\"en\":\"a\"},\"unit\":\"count\"},"
	"{\"code\":\"den\",\"name\":{\"zh\":\"b\",\"en\":\"b\"},\"unit\":\"count\"},"
	"{\"code\":\"rep\",\"name\":{\"zh\":\"r\",\"en\":\"r\"},\"unit\":\"percent\"},"
	"{\"code\":\"chg\",\"name\":{\"zh\":\"c\",\"en\":\"c\"},\"unit\":\"pp\"}],"
	"\"indicators\":["
	"{\"code\":\"share\",\"name\":{\"zh\":\"s\",\"en\":\"s\"},\"kind\":\"proportion\",\"numerator\":\"num\","
	"\"denominator\":\"den\",\"scale\":100,\"unit\":\"percent\",\"decimals\":1,"
	"\"source\":{\"document\":\"test\",\"section\":\"1\"},\"reported\":\"rep\"}],"
	"\"checks\":[{\"id\":\"C-1\",\"kind\":\"subset\",\"part\":\"num\",\"whole\":\"den\"}]}";

static void test_results_checks(void)
{
	eduind_catalog *cat = NULL;
	eduind_dataset *ds = NULL;
	eduind_results *res = NULL;
	eduind_findings *f = NULL;
	eduind_finding x;
	eduind_error err;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_load_string(&cat, share_catalog, sizeof share_catalog - 1, &err),
	                      EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	/* 2020: 50 of 40 (refused); 2021: 97.3 computed vs 97.5 published; 2022: 97.0 vs
	 * 97.04 published (within ±0.05); 2023: only the published 101; a -1.5 pp change. */
	eduind_dataset_set(ds, "x", 2020, "num", NULL, 50, EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "x", 2020, "den", NULL, 40, EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "x", 2021, "num", NULL, 973, EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "x", 2021, "den", NULL, 1000, EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "x", 2021, "rep", NULL, 97.5, EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "x", 2022, "num", NULL, 970, EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "x", 2022, "den", NULL, 1000, EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "x", 2022, "rep", NULL, 97.04, EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "x", 2023, "rep", NULL, 101, EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "x", 2023, "chg", NULL, -1.5, EDUIND_STATE_PRESENT);
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, NULL, &err), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_check(&f, cat, ds, res, &err), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_findings_count(f), 4);
	/* in rule order (byte order: capitals first): C-1 (2020), bound:share (2020 refused,
	 * 2023 published 101), reported:share (2021) */
	CU_ASSERT_EQUAL(eduind_findings_get(f, 0, &x), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(x.rule, "C-1");
	CU_ASSERT_EQUAL(x.kind, EDUIND_CHECK_SUBSET);
	CU_ASSERT_STRING_EQUAL(x.message, "C-1: x 2020: part num 50 exceeds its whole den 40 by 10");
	CU_ASSERT_EQUAL(eduind_findings_get(f, 1, &x), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(x.rule, "bound:share");
	CU_ASSERT_EQUAL(x.kind, EDUIND_CHECK_BOUND);
	CU_ASSERT_EQUAL(x.period, 2020);
	CU_ASSERT_DOUBLE_EQUAL(x.expected, 100, 0);
	CU_ASSERT_DOUBLE_EQUAL(x.actual, 125, 0);
	CU_ASSERT_STRING_EQUAL(x.message, "bound:share: x 2020: numerator 50 exceeds denominator 40 (125 would be over 100)");
	CU_ASSERT_EQUAL(eduind_findings_get(f, 2, &x), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(x.rule, "bound:share");
	CU_ASSERT_EQUAL(x.period, 2023);
	CU_ASSERT_DOUBLE_EQUAL(x.actual, 101, 0);
	CU_ASSERT_STRING_EQUAL(x.message, "bound:share: x 2023: share = 101 is outside 0-100 (published figure)");
	CU_ASSERT_EQUAL(eduind_findings_get(f, 3, &x), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(x.rule, "reported:share");
	CU_ASSERT_EQUAL(x.kind, EDUIND_CHECK_REPORTED);
	CU_ASSERT_EQUAL(x.period, 2021);
	CU_ASSERT_DOUBLE_EQUAL(x.expected, 97.3, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(x.actual, 97.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(x.difference, 0.2, 1e-12);
	CU_ASSERT_STRING_EQUAL(x.message, "reported:share: x 2021: computed 97.3 (97.3 at 1 decimal) vs published "
	                                  "rep 97.5: differ by 0.2, beyond the rounding of 1 decimal (±0.05)");
	/* without results only the rules and the stored values are checked */
	eduind_findings_free(f);
	CU_ASSERT_EQUAL_FATAL(eduind_check(&f, cat, ds, NULL, &err), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_findings_count(f), 1);
	eduind_findings_free(f);
	eduind_results_free(res);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* The sample data's Altay dataset (examples/data, written from the same seed tables)
 * must show the same contradictions through its own rules. */
static void test_altay_example(void)
{
	static const char *const failing[] = { "A-14", "A-15", "A-16", "A-17", "A-18", "A-19", "A-20",
		                                   "A-21", "A-23", "A-24", "A-25", "A-26", "A-34" };
	eduind_dataset *ds = NULL;
	eduind_findings *f = NULL;
	eduind_finding x;
	eduind_error err;
	size_t i;
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_load_json_file(&ds, EDUIND_SOURCE_DIR "/examples/data/altay.dataset.json",
	                                                    &err),
	                      EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_check(&f, NULL, ds, NULL, &err), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_findings_count(f), sizeof failing / sizeof failing[0]);
	for (i = 0; i < sizeof failing / sizeof failing[0]; i++) {
		CU_ASSERT_EQUAL(eduind_findings_get(f, i, &x), EDUIND_OK);
		CU_ASSERT_STRING_EQUAL(x.rule, failing[i]);
	}
	CU_ASSERT_TRUE(find_rule(f, "A-20", &x) && x.difference == -102);
	CU_ASSERT_FALSE(find_rule(f, "A-22", NULL));
	eduind_findings_free(f);
	eduind_dataset_free(ds);
}

int register_consistency_suite(void)
{
	CU_pSuite s = CU_add_suite("consistency", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "altay_contradictions", test_altay_contradictions) ||
	    !CU_add_test(s, "rounding_boundaries", test_rounding_boundaries) ||
	    !CU_add_test(s, "sum_subset_trend", test_sum_subset_trend) ||
	    !CU_add_test(s, "negative_values", test_negative_values) ||
	    !CU_add_test(s, "json_output", test_json_output) ||
	    !CU_add_test(s, "nulls", test_nulls) ||
	    !CU_add_test(s, "bad_rule_in_dataset", test_bad_rule_in_dataset) ||
	    !CU_add_test(s, "rule_reader", test_rule_reader) ||
	    !CU_add_test(s, "rule_errors", test_rule_errors) ||
	    !CU_add_test(s, "natural_order", test_natural_order) ||
	    !CU_add_test(s, "results_checks", test_results_checks) ||
	    !CU_add_test(s, "altay_example", test_altay_example))
		return -1;
	return 0;
}
