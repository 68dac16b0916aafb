/* Target judgement (eduind_judge) on results from eduind_evaluate: every comparison,
 * published vs raw rounding at a boundary, pending and no data, progress categories on
 * constructed series, direction, year-on-year rules, output formats and NULLs. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

/* Value indicators whose formula is just a variable, so the data are the values.
 * "g" has 1 decimal (a rate in percent), "n" 0 decimals, "s" 2 decimals. "pr" is a
 * ratio with a published figure, "pr.reported". */
static const char catalog_json[] =
	"{\"format\":\"eduind-catalog\",\"version\":1,\"name\":\"judge test\","
	"\"variables\":["
	"{\"code\":\"v.g\",\"name\":{\"zh\":\"g\",\"en\":\"g\"},\"unit\":\"percent\"},"
	"{\"code\":\"v.n\",\"name\":{\"zh\":\"n\",\"en\":\"n\"},\"unit\":\"count\"},"
	"{\"code\":\"v.s\",\"name\":{\"zh\":\"s\",\"en\":\"s\"},\"unit\":\"number\"},"
	"{\"code\":\"pr.num\",\"name\":{\"zh\":\"a\",\"en\":\"a\"},\"unit\":\"count\"},"
	"{\"code\":\"pr.den\",\"name\":{\"zh\":\"b\",\"en\":\"b\"},\"unit\":\"count\"},"
	"{\"code\":\"pr.reported\",\"name\":{\"zh\":\"r\",\"en\":\"r\"},\"unit\":\"percent\"}],"
	"\"indicators\":["
	"{\"code\":\"g\",\"name\":{\"zh\":\"g\",\"en\":\"g\"},\"kind\":\"value\",\"formula\":\"v.g\","
	"\"unit\":\"percent\",\"decimals\":1,\"direction\":\"higher\",\"source\":{\"document\":\"test\",\"section\":\"1\"}},"
	"{\"code\":\"n\",\"name\":{\"zh\":\"n\",\"en\":\"n\"},\"kind\":\"value\",\"formula\":\"v.n\","
	"\"unit\":\"count\",\"decimals\":0,\"source\":{\"document\":\"test\",\"section\":\"2\"}},"
	"{\"code\":\"s\",\"name\":{\"zh\":\"s\",\"en\":\"s\"},\"kind\":\"value\",\"formula\":\"v.s\","
	"\"unit\":\"number\",\"decimals\":2,\"source\":{\"document\":\"test\",\"section\":\"3\"}},"
	"{\"code\":\"pr\",\"name\":{\"zh\":\"p\",\"en\":\"p\"},\"kind\":\"proportion\",\"numerator\":\"pr.num\","
	"\"denominator\":\"pr.den\",\"scale\":100,\"unit\":\"percent\",\"decimals\":1,"
	"\"source\":{\"document\":\"test\",\"section\":\"4\"},\"reported\":\"pr.reported\"}]}";

typedef struct fixture {
	eduind_catalog *cat;
	eduind_dataset *ds;
	eduind_results *res;
} fixture;

/* Sets variable var of entity e for years[i] = values[i] (NaN: not stored). */
static void put(eduind_dataset *ds, const char *e, const char *var, int first_year, const double *values,
                size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!isnan(values[i]))
			CU_ASSERT_EQUAL(eduind_dataset_set(ds, e, first_year + (int)i, var, NULL, values[i],
			                                   EDUIND_STATE_PRESENT),
			                EDUIND_OK);
}

static int setup(fixture *fx)
{
	eduind_error err;
	eduind_error_clear(&err);
	memset(fx, 0, sizeof *fx);
	if (eduind_catalog_load_string(&fx->cat, catalog_json, sizeof catalog_json - 1, &err) != EDUIND_OK) {
		fprintf(stderr, "catalogue: %s %s\n", err.path, err.message);
		return 0;
	}
	return eduind_dataset_new(&fx->ds) == EDUIND_OK;
}

static int evaluate(fixture *fx)
{
	eduind_error err;
	eduind_error_clear(&err);
	if (eduind_evaluate(&fx->res, fx->cat, fx->ds, NULL, &err) != EDUIND_OK) {
		fprintf(stderr, "evaluate: %s\n", err.message);
		return 0;
	}
	return 1;
}

static void teardown(fixture *fx)
{
	eduind_results_free(fx->res);
	eduind_dataset_free(fx->ds);
	eduind_catalog_free(fx->cat);
}

/* Judges a plan given as the JSON of its targets (entity "x", baseline as given). */
static eduind_judgements *judge(fixture *fx, int baseline, const char *targets)
{
	char json[8192];
	eduind_plan *plan = NULL;
	eduind_judgements *j = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	if (baseline > 0)
		snprintf(json, sizeof json,
		         "{\"format\":\"eduind-plan\",\"version\":1,\"name\":\"t\",\"entity\":\"x\","
		         "\"baseline_year\":%d,\"targets\":[%s]}",
		         baseline, targets);
	else
		snprintf(json, sizeof json,
		         "{\"format\":\"eduind-plan\",\"version\":1,\"name\":\"t\",\"entity\":\"x\",\"targets\":[%s]}",
		         targets);
	if (eduind_plan_load_string(&plan, json, strlen(json), &err) != EDUIND_OK) {
		fprintf(stderr, "plan: %s %s\n", err.path, err.message);
		return NULL;
	}
	if (eduind_judge(&j, plan, fx->res, fx->cat, &err) != EDUIND_OK)
		fprintf(stderr, "judge: %s %s\n", err.path, err.message);
	eduind_plan_free(plan);
	return j;
}

static eduind_judgement row(const eduind_judgements *j, size_t i)
{
	eduind_judgement r;
	memset(&r, 0, sizeof r);
	CU_ASSERT_EQUAL(eduind_judgements_get(j, i, &r), EDUIND_OK);
	return r;
}

/* 98.15 is printed 98.2: met as published, not met raw. */
static void test_published_vs_raw(void)
{
	fixture fx;
	static const double g[] = { 95.5, NAN, NAN, NAN, NAN, 98.15 };
	eduind_judgements *j;
	eduind_judgement r;
	CU_ASSERT_TRUE_FATAL(setup(&fx));
	put(fx.ds, "x", "v.g", 2020, g, 6);
	CU_ASSERT_TRUE_FATAL(evaluate(&fx));
	j = judge(&fx, 2020,
	          "{\"indicator\":\"g\",\"year\":2025,\"comparison\":\">=\",\"value\":98.2,\"binding\":\"binding\","
	          "\"source\":\"table\"},"
	          "{\"indicator\":\"g\",\"year\":2025,\"comparison\":\">=\",\"value\":98.2,\"judge\":\"raw\"}");
	CU_ASSERT_PTR_NOT_NULL_FATAL(j);
	CU_ASSERT_EQUAL_FATAL(eduind_judgements_count(j), 2);
	r = row(j, 0);
	CU_ASSERT_STRING_EQUAL(r.indicator, "g");
	CU_ASSERT_STRING_EQUAL(r.entity, "x");
	CU_ASSERT_EQUAL(r.year, 2025);
	CU_ASSERT_EQUAL(r.comparison, EDUIND_CMP_GE);
	CU_ASSERT_DOUBLE_EQUAL(r.target, 98.2, 0);
	CU_ASSERT_TRUE(isnan(r.target_high));
	CU_ASSERT_EQUAL(r.binding, EDUIND_BINDING_BINDING);
	CU_ASSERT_STRING_EQUAL(r.source, "table");
	CU_ASSERT_EQUAL(r.verdict, EDUIND_VERDICT_MET);
	CU_ASSERT_EQUAL(r.judged_rounded, 1);
	CU_ASSERT_EQUAL(r.latest_year, 2025);
	CU_ASSERT_DOUBLE_EQUAL(r.latest_value, 98.2, 0);
	CU_ASSERT_STRING_EQUAL(r.latest_display, "98.2%");
	CU_ASSERT_EQUAL(r.baseline_year, 2020);
	CU_ASSERT_DOUBLE_EQUAL(r.baseline_value, 95.5, 0);
	CU_ASSERT_DOUBLE_EQUAL(r.gap, 0, 0);
	CU_ASSERT_EQUAL(r.progress, EDUIND_PROGRESS_ACHIEVED);
	CU_ASSERT_DOUBLE_EQUAL(r.trend_year, 2025, 0);
	CU_ASSERT_TRUE(isnan(r.required_growth_pct)); /* the target year is not ahead */
	CU_ASSERT_STRING_EQUAL(r.note, "judged on published value 98.2 (raw 98.15 would not meet)");
	r = row(j, 1);
	CU_ASSERT_EQUAL(r.verdict, EDUIND_VERDICT_NOT_MET);
	CU_ASSERT_EQUAL(r.judged_rounded, 0);
	CU_ASSERT_DOUBLE_EQUAL(r.latest_value, 98.15, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(r.gap, 0.05, 1e-9);
	CU_ASSERT_EQUAL(r.progress, EDUIND_PROGRESS_ON_TRACK); /* 2.65 of 2.7 in 5 years: 98.1% */
	CU_ASSERT_STRING_EQUAL(r.note, "");
	eduind_judgements_free(j);
	teardown(&fx);
}

static void test_comparisons(void)
{
	fixture fx;
	static const double n[] = { 100, 100, 104 };   /* 2020..2022 */
	static const double s[] = { 1.1, 0.5, 0.004 }; /* 2020..2022, 2 decimals */
	eduind_judgements *j;
	size_t i;
	static const eduind_verdict expect[] = {
		EDUIND_VERDICT_MET,     /* 0 n 2022 >= 104 */
		EDUIND_VERDICT_NOT_MET, /* 1 n 2022 > 104 */
		EDUIND_VERDICT_MET,     /* 2 n 2022 <= 104 */
		EDUIND_VERDICT_NOT_MET, /* 3 n 2022 < 104 */
		EDUIND_VERDICT_MET,     /* 4 n 2022 = 104 */
		EDUIND_VERDICT_MET,     /* 5 n 2022 between 100 and 104 (inclusive) */
		EDUIND_VERDICT_NOT_MET, /* 6 n 2022 between 105 and 110 */
		EDUIND_VERDICT_MET,     /* 7 n 2022 increase over 2021 (104 > 100) */
		EDUIND_VERDICT_NOT_MET, /* 8 n 2021 increase over 2020 (100 = 100) */
		EDUIND_VERDICT_MET,     /* 9 n 2021 not_decrease (100 >= 100) */
		EDUIND_VERDICT_NO_DATA, /* 10 n 2020 increase: no 2019 to compare with */
		EDUIND_VERDICT_MET,     /* 11 s 2020 approx 1 +- 0.1 (1.1) */
		EDUIND_VERDICT_NOT_MET, /* 12 s 2021 approx 1 +- 0.1 (0.5) */
		EDUIND_VERDICT_MET,     /* 13 s 2022 eliminate (0.004 is printed 0.00) */
		EDUIND_VERDICT_NOT_MET, /* 14 s 2021 eliminate, ceiling 0.4 */
		EDUIND_VERDICT_NOT_MET, /* 15 s 2022 eliminate raw (0.004 > 0) */
	};
	CU_ASSERT_TRUE_FATAL(setup(&fx));
	put(fx.ds, "x", "v.n", 2020, n, 3);
	put(fx.ds, "x", "v.s", 2020, s, 3);
	CU_ASSERT_TRUE_FATAL(evaluate(&fx));
	j = judge(&fx, 0,
	          "{\"indicator\":\"n\",\"year\":2022,\"comparison\":\">=\",\"value\":104},"
	          "{\"indicator\":\"n\",\"year\":2022,\"comparison\":\">\",\"value\":104},"
	          "{\"indicator\":\"n\",\"year\":2022,\"comparison\":\"<=\",\"value\":104},"
	          "{\"indicator\":\"n\",\"year\":2022,\"comparison\":\"<\",\"value\":104},"
	          "{\"indicator\":\"n\",\"year\":2022,\"comparison\":\"=\",\"value\":104},"
	          "{\"indicator\":\"n\",\"year\":2022,\"comparison\":\"between\",\"value\":100,\"value_high\":104},"
	          "{\"indicator\":\"n\",\"year\":2022,\"comparison\":\"between\",\"value\":105,\"value_high\":110},"
	          "{\"indicator\":\"n\",\"year\":2022,\"comparison\":\"increase\"},"
	          "{\"indicator\":\"n\",\"year\":2021,\"comparison\":\"increase\"},"
	          "{\"indicator\":\"n\",\"year\":2021,\"comparison\":\"not_decrease\"},"
	          "{\"indicator\":\"n\",\"year\":2020,\"comparison\":\"increase\"},"
	          "{\"indicator\":\"s\",\"year\":2020,\"comparison\":\"approx\",\"value\":1,\"tolerance\":0.1},"
	          "{\"indicator\":\"s\",\"year\":2021,\"comparison\":\"approx\",\"value\":1,\"tolerance\":0.1},"
	          "{\"indicator\":\"s\",\"year\":2022,\"comparison\":\"eliminate\"},"
	          "{\"indicator\":\"s\",\"year\":2021,\"comparison\":\"eliminate\",\"ceiling\":0.4},"
	          "{\"indicator\":\"s\",\"year\":2022,\"comparison\":\"eliminate\",\"judge\":\"raw\"}");
	CU_ASSERT_PTR_NOT_NULL_FATAL(j);
	CU_ASSERT_EQUAL_FATAL(eduind_judgements_count(j), sizeof expect / sizeof expect[0]);
	for (i = 0; i < sizeof expect / sizeof expect[0]; i++) {
		eduind_judgement r = row(j, i);
		CU_ASSERT_EQUAL(r.verdict, expect[i]);
		if (r.verdict != expect[i])
			fprintf(stderr, "\ntarget %zu: %s (%s)\n", i, eduind_verdict_name(r.verdict), r.note);
	}
	/* between: the gap is to the nearer bound, 0 inside */
	CU_ASSERT_DOUBLE_EQUAL(row(j, 5).gap, 0, 0);
	CU_ASSERT_DOUBLE_EQUAL(row(j, 5).target_high, 104, 0);
	CU_ASSERT_DOUBLE_EQUAL(row(j, 6).gap, 1, 0);
	/* year-on-year rules have no level: no target, gap, growth or trend */
	CU_ASSERT_TRUE(isnan(row(j, 7).target));
	CU_ASSERT_TRUE(isnan(row(j, 7).gap));
	CU_ASSERT_TRUE(isnan(row(j, 7).required_growth_pct));
	CU_ASSERT_TRUE(isnan(row(j, 7).trend_year));
	CU_ASSERT_EQUAL(row(j, 7).progress, EDUIND_PROGRESS_ACHIEVED);
	CU_ASSERT_STRING_EQUAL(row(j, 10).note, "no value for 2019 to compare with");
	/* eliminate: the ceiling is the target; judged as published 0.004 is 0.00 */
	CU_ASSERT_DOUBLE_EQUAL(row(j, 13).target, 0, 0);
	CU_ASSERT_DOUBLE_EQUAL(row(j, 13).latest_value, 0, 0);
	CU_ASSERT_STRING_EQUAL(row(j, 13).note, "judged on published value 0 (raw 0.004 would not meet)");
	CU_ASSERT_DOUBLE_EQUAL(row(j, 14).target, 0.4, 0);
	CU_ASSERT_DOUBLE_EQUAL(row(j, 15).latest_value, 0.004, 0);
	eduind_judgements_free(j);
	teardown(&fx);
}

static void test_pending_and_no_data(void)
{
	fixture fx;
	static const double g[] = { 95.5, 96.0, 96.6, 97.2 }; /* 2020..2023 */
	eduind_judgements *j;
	eduind_judgement r;
	CU_ASSERT_TRUE_FATAL(setup(&fx));
	put(fx.ds, "x", "v.g", 2020, g, 4);
	/* "y" exists but has no value for g */
	CU_ASSERT_EQUAL(eduind_dataset_set(fx.ds, "y", 2020, "v.g", NULL, 0, EDUIND_STATE_MISSING), EDUIND_OK);
	CU_ASSERT_TRUE_FATAL(evaluate(&fx));
	j = judge(&fx, 2020,
	          "{\"indicator\":\"g\",\"year\":2025,\"comparison\":\">=\",\"value\":98.2},"
	          "{\"indicator\":\"g\",\"year\":2025,\"comparison\":\">=\",\"value\":98.2,\"entity\":\"y\"},"
	          "{\"indicator\":\"g\",\"year\":2019,\"comparison\":\">=\",\"value\":90}");
	CU_ASSERT_PTR_NOT_NULL_FATAL(j);
	CU_ASSERT_EQUAL_FATAL(eduind_judgements_count(j), 3);
	r = row(j, 0);
	CU_ASSERT_EQUAL(r.verdict, EDUIND_VERDICT_PENDING);
	CU_ASSERT_EQUAL(r.latest_year, 2023);
	CU_ASSERT_DOUBLE_EQUAL(r.latest_value, 97.2, 0);
	CU_ASSERT_DOUBLE_EQUAL(r.gap, 1, 1e-12);
	/* (98.2 / 97.2)^(1/2) - 1 */
	CU_ASSERT_DOUBLE_EQUAL(r.required_growth_pct, (sqrt(98.2 / 97.2) - 1) * 100, 1e-9);
	/* CAGR 95.5 -> 97.2 over 3 years reaches 98.2 after log(98.2/97.2)/log(1+r) years */
	{
		double rate = pow(97.2 / 95.5, 1.0 / 3);
		CU_ASSERT_DOUBLE_EQUAL(r.trend_year, 2023 + log(98.2 / 97.2) / log(rate), 1e-6);
	}
	/* 1.7 / 3 a year against 2.7 / 5 needed: 104.9% */
	CU_ASSERT_EQUAL(r.progress, EDUIND_PROGRESS_ON_TRACK);
	CU_ASSERT_STRING_EQUAL(r.note, "target year 2025 not reached yet (latest value 2023)");
	r = row(j, 1);
	CU_ASSERT_EQUAL(r.verdict, EDUIND_VERDICT_NO_DATA);
	CU_ASSERT_STRING_EQUAL(r.entity, "y");
	CU_ASSERT_EQUAL(r.latest_year, 0);
	CU_ASSERT_TRUE(isnan(r.latest_value));
	CU_ASSERT_STRING_EQUAL(r.latest_display, "");
	CU_ASSERT_EQUAL(r.baseline_year, 0);
	CU_ASSERT_TRUE(isnan(r.gap));
	CU_ASSERT_TRUE(isnan(r.trend_year));
	CU_ASSERT_EQUAL(r.progress, EDUIND_PROGRESS_UNKNOWN);
	CU_ASSERT_STRING_EQUAL(r.note, "no value for y in any year");
	/* a target year before every value: pending, with the latest after it */
	r = row(j, 2);
	CU_ASSERT_EQUAL(r.verdict, EDUIND_VERDICT_PENDING);
	CU_ASSERT_STRING_EQUAL(r.note, "no value for the target year 2019 (latest value 2023)");
	CU_ASSERT_EQUAL(r.progress, EDUIND_PROGRESS_ACHIEVED);
	eduind_judgements_free(j);
	teardown(&fx);
}

/* Progress categories on constructed series: target >= 98.2 in 2025 from 95.5 in 2020. */
static void test_progress_categories(void)
{
	fixture fx;
	static const struct {
		const char *entity;
		double latest_2023;
		eduind_progress expect;
	} cases[] = {
		{ "on", 97.2, EDUIND_PROGRESS_ON_TRACK },   /* 104.9% of the pace */
		{ "mod", 96.7, EDUIND_PROGRESS_MODERATE },  /* 74.1% */
		{ "off", 96.0, EDUIND_PROGRESS_OFF_TRACK }, /* 30.9% */
		{ "back", 95.0, EDUIND_PROGRESS_REGRESSING },
		{ "done", 98.3, EDUIND_PROGRESS_ACHIEVED },
	};
	char targets[2048] = "";
	eduind_judgements *j;
	size_t i;
	CU_ASSERT_TRUE_FATAL(setup(&fx));
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		double two[] = { 95.5, NAN, NAN, cases[i].latest_2023 };
		char one[200];
		put(fx.ds, cases[i].entity, "v.g", 2020, two, 4);
		snprintf(one, sizeof one, "%s{\"indicator\":\"g\",\"year\":2025,\"comparison\":\">=\",\"value\":98.2,"
		         "\"entity\":\"%s\"}", i ? "," : "", cases[i].entity);
		strcat(targets, one);
	}
	/* a single value: unknown */
	put(fx.ds, "single", "v.g", 2023, (const double[]){ 96 }, 1);
	strcat(targets, ",{\"indicator\":\"g\",\"year\":2025,\"comparison\":\">=\",\"value\":98.2,\"entity\":\"single\"}");
	CU_ASSERT_TRUE_FATAL(evaluate(&fx));
	j = judge(&fx, 2020, targets);
	CU_ASSERT_PTR_NOT_NULL_FATAL(j);
	CU_ASSERT_EQUAL_FATAL(eduind_judgements_count(j), sizeof cases / sizeof cases[0] + 1);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		eduind_judgement r = row(j, i);
		CU_ASSERT_EQUAL(r.progress, cases[i].expect);
		CU_ASSERT_EQUAL(r.verdict, EDUIND_VERDICT_PENDING);
		CU_ASSERT_EQUAL(r.baseline_year, 2020);
	}
	{
		eduind_judgement r = row(j, 5);
		CU_ASSERT_EQUAL(r.progress, EDUIND_PROGRESS_UNKNOWN);
		/* the plan's baseline year 2020 has no value here: the first year is used */
		CU_ASSERT_EQUAL(r.baseline_year, 2023);
		CU_ASSERT_PTR_NOT_NULL(strstr(r.note, "no value for the baseline year 2020; trend from 2023"));
	}
	/* the regressing series never reaches the target on its trend */
	CU_ASSERT_TRUE(isnan(row(j, 3).trend_year));
	eduind_judgements_free(j);
	teardown(&fx);
}

/* For <= targets a falling value is progress. */
static void test_lower_is_better(void)
{
	fixture fx;
	static const double fast[] = { 14, NAN, 12.4 };  /* 2020, 2022 */
	static const double slow[] = { 14, NAN, 13.4 };
	static const double up[] = { 14, NAN, 14.5 };
	eduind_judgements *j;
	eduind_judgement r;
	CU_ASSERT_TRUE_FATAL(setup(&fx));
	put(fx.ds, "fast", "v.g", 2020, fast, 3);
	put(fx.ds, "slow", "v.g", 2020, slow, 3);
	put(fx.ds, "up", "v.g", 2020, up, 3);
	CU_ASSERT_TRUE_FATAL(evaluate(&fx));
	j = judge(&fx, 2020,
	          "{\"indicator\":\"g\",\"year\":2025,\"comparison\":\"<=\",\"value\":10,\"entity\":\"fast\"},"
	          "{\"indicator\":\"g\",\"year\":2025,\"comparison\":\"<=\",\"value\":10,\"entity\":\"slow\"},"
	          "{\"indicator\":\"g\",\"year\":2025,\"comparison\":\"<=\",\"value\":10,\"entity\":\"up\"}");
	CU_ASSERT_PTR_NOT_NULL_FATAL(j);
	r = row(j, 0);
	CU_ASSERT_EQUAL(r.progress, EDUIND_PROGRESS_ON_TRACK); /* -0.8 a year of -0.8 needed */
	CU_ASSERT_DOUBLE_EQUAL(r.gap, -2.4, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(r.required_growth_pct, (pow(10 / 12.4, 1.0 / 3) - 1) * 100, 1e-9);
	CU_ASSERT_TRUE(r.required_growth_pct < 0);
	CU_ASSERT_TRUE(r.trend_year > 2022 && r.trend_year < 2030);
	CU_ASSERT_EQUAL(row(j, 1).progress, EDUIND_PROGRESS_OFF_TRACK); /* 37.5% */
	CU_ASSERT_EQUAL(row(j, 2).progress, EDUIND_PROGRESS_REGRESSING);
	CU_ASSERT_TRUE(isnan(row(j, 2).trend_year));
	eduind_judgements_free(j);
	teardown(&fx);
}

static void test_unknown_indicator(void)
{
	fixture fx;
	eduind_plan *plan = NULL;
	eduind_judgements *j = (eduind_judgements *)&fx;
	eduind_error err;
	const char *json = "{\"format\":\"eduind-plan\",\"version\":1,\"entity\":\"x\",\"targets\":["
	                   "{\"indicator\":\"g\",\"year\":2025,\"comparison\":\">=\",\"value\":1},"
	                   "{\"indicator\":\"nope\",\"year\":2025,\"comparison\":\">=\",\"value\":1}]}";
	CU_ASSERT_TRUE_FATAL(setup(&fx));
	CU_ASSERT_TRUE_FATAL(evaluate(&fx));
	CU_ASSERT_EQUAL_FATAL(eduind_plan_load_string(&plan, json, strlen(json), NULL), EDUIND_OK);
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_judge(&j, plan, fx.res, fx.cat, &err), EDUIND_ENOTFOUND);
	CU_ASSERT_PTR_NULL(j);
	CU_ASSERT_EQUAL(err.status, EDUIND_ENOTFOUND);
	CU_ASSERT_STRING_EQUAL(err.path, "$.targets[1]");
	CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "nope"));
	/* NULLs */
	CU_ASSERT_EQUAL(eduind_judge(NULL, plan, fx.res, fx.cat, &err), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_judge(&j, NULL, fx.res, fx.cat, &err), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_judge(&j, plan, NULL, fx.cat, &err), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_judge(&j, plan, fx.res, NULL, NULL), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(j);
	eduind_judgements_free(NULL);
	CU_ASSERT_EQUAL(eduind_judgements_count(NULL), 0);
	{
		eduind_judgement r;
		char *text = (char *)&r;
		CU_ASSERT_EQUAL(eduind_judgements_get(NULL, 0, &r), EDUIND_ENULL);
		CU_ASSERT_EQUAL(eduind_judgements_to_json(NULL, &text), EDUIND_ENULL);
		CU_ASSERT_PTR_NULL(text);
		CU_ASSERT_EQUAL(eduind_judgements_to_csv(NULL, &text), EDUIND_ENULL);
	}
	eduind_plan_free(plan);
	teardown(&fx);
}

/* A published figure stands in for a value that cannot be computed; the judgement
 * outlives the results it came from. */
static void test_reported_and_outputs(void)
{
	fixture fx;
	eduind_judgements *j;
	eduind_judgement r;
	char *json = NULL, *csv = NULL;
	CU_ASSERT_TRUE_FATAL(setup(&fx));
	CU_ASSERT_EQUAL(eduind_dataset_set(fx.ds, "x", 2020, "pr.reported", NULL, 95.5, EDUIND_STATE_PRESENT),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(fx.ds, "x", 2021, "pr.num", NULL, 970, EDUIND_STATE_PRESENT), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(fx.ds, "x", 2021, "pr.den", NULL, 1000, EDUIND_STATE_PRESENT), EDUIND_OK);
	CU_ASSERT_TRUE_FATAL(evaluate(&fx));
	j = judge(&fx, 2020,
	          "{\"indicator\":\"pr\",\"year\":2020,\"comparison\":\">=\",\"value\":95,\"source\":\"a, \\\"b\\\"\"},"
	          "{\"indicator\":\"pr\",\"year\":2025,\"comparison\":\">=\",\"value\":98}");
	CU_ASSERT_PTR_NOT_NULL_FATAL(j);
	eduind_results_free(fx.res);
	fx.res = NULL;
	r = row(j, 0);
	CU_ASSERT_EQUAL(r.verdict, EDUIND_VERDICT_MET);
	CU_ASSERT_STRING_EQUAL(r.note, "2020 value is the published figure, not computed");
	r = row(j, 1);
	CU_ASSERT_EQUAL(r.verdict, EDUIND_VERDICT_PENDING);
	CU_ASSERT_EQUAL(r.latest_year, 2021);
	CU_ASSERT_DOUBLE_EQUAL(r.latest_value, 97, 0);
	CU_ASSERT_STRING_EQUAL(r.latest_display, "97.0%");
	/* 1.5 a year of 0.5 needed */
	CU_ASSERT_EQUAL(r.progress, EDUIND_PROGRESS_ON_TRACK);

	CU_ASSERT_EQUAL_FATAL(eduind_judgements_to_json(j, &json), EDUIND_OK);
	CU_ASSERT_PTR_NOT_NULL(strstr(json, "{\"format\":\"eduind-judgements\",\"version\":1,\"judgements\":["));
	CU_ASSERT_PTR_NOT_NULL(strstr(json, "{\"indicator\":\"pr\",\"entity\":\"x\",\"year\":2020,"
	                                    "\"comparison\":\">=\",\"target\":95,\"target_high\":null,"
	                                    "\"binding\":\"none\",\"source\":\"a, \\\"b\\\"\",\"verdict\":\"met\","
	                                    "\"judged_rounded\":true,\"latest_year\":2021,\"latest_value\":97,"
	                                    "\"latest_display\":\"97.0%\",\"baseline_year\":2020,"
	                                    "\"baseline_value\":95.5,\"gap\":-2,"));
	CU_ASSERT_PTR_NOT_NULL(strstr(json, "\"progress\":\"achieved\",\"note\":\"2020 value is the published"));
	CU_ASSERT_EQUAL_FATAL(eduind_judgements_to_csv(j, &csv), EDUIND_OK);
	{
		static const char expect[] =
			"indicator,entity,year,comparison,target,target_high,binding,source,verdict,"
			"judged_rounded,latest_year,latest_value,latest_display,baseline_year,"
			"baseline_value,gap,required_growth_pct,trend_year,progress,note\n"
			"pr,x,2020,>=,95,,none,\"a, \"\"b\"\"\",met,true,2021,97,97.0%,2020,95.5,-2,,2021,"
			"achieved,\"2020 value is the published figure, not computed\"\n";
		CU_ASSERT_EQUAL(strncmp(csv, expect, sizeof expect - 1), 0);
	}
	eduind_free(json);
	eduind_free(csv);
	eduind_judgements_free(j);
	teardown(&fx);
}

int register_judge_suite(void)
{
	CU_pSuite s = CU_add_suite("judge", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "published_vs_raw", test_published_vs_raw) ||
	    !CU_add_test(s, "comparisons", test_comparisons) ||
	    !CU_add_test(s, "pending_and_no_data", test_pending_and_no_data) ||
	    !CU_add_test(s, "progress_categories", test_progress_categories) ||
	    !CU_add_test(s, "lower_is_better", test_lower_is_better) ||
	    !CU_add_test(s, "unknown_indicator", test_unknown_indicator) ||
	    !CU_add_test(s, "reported_and_outputs", test_reported_and_outputs))
		return -1;
	return 0;
}
