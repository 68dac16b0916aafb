/* Evaluation: Altay §2.1 pupil:teacher ratios through a JSON catalogue, user
 * indicators, roll-ups as ratio of sums, missing/zero/invalid states, reported
 * figures, cells, options, find, JSON and CSV. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

#define SRC "\"source\":{\"document\":\"阿行署发〔2021〕7号\",\"section\":\"一\"}"
#define VAR(c) "{\"code\":\"" c "\",\"name\":{\"zh\":\"" c "\",\"en\":\"" c "\"},\"unit\":\"count\"}"
#define PTR(level)                                                                                           \
	"{\"code\":\"ptr." level "\",\"name\":{\"zh\":\"生师比\",\"en\":\"PTR\"},\"kind\":\"ratio\","          \
	"\"numerator\":\"enrol." level "\",\"denominator\":\"teachers." level "\",\"unit\":\"ratio\","        \
	"\"decimals\":2,\"direction\":\"lower\"," SRC "}"

static const char *catalog_json =
	"{\"format\":\"eduind-catalog\",\"version\":1,\"name\":\"altay test\",\"variables\":["
	VAR("enrol.kindergarten") "," VAR("enrol.primary") "," VAR("enrol.junior") "," VAR("enrol.higher") ","
	VAR("enrol.total") "," VAR("teachers.kindergarten") "," VAR("teachers.primary") "," VAR("teachers.junior") ","
	VAR("teachers.higher") "," VAR("teachers.total") "," VAR("pop.age3_5") "," VAR("reported.ger") ","
	VAR("girls.primary") "],"
	"\"indicators\":[" PTR("kindergarten") "," PTR("primary") "," PTR("junior") "," PTR("higher") "," PTR("total") ","
	"{\"code\":\"ger.preschool3\",\"name\":{\"zh\":\"毛入园率\",\"en\":\"GER\"},\"kind\":\"ratio\","
	"\"numerator\":\"enrol.kindergarten\",\"denominator\":\"pop.age3_5\",\"unit\":\"percent\",\"decimals\":1,"
	"\"reported\":\"reported.ger\"," SRC "},"
	"{\"code\":\"share.girls\",\"name\":{\"zh\":\"女生占比\",\"en\":\"Girls share\"},\"kind\":\"proportion\","
	"\"numerator\":\"girls.primary\",\"denominator\":\"enrol.primary\",\"unit\":\"percent\",\"decimals\":1," SRC "},"
	"{\"code\":\"cagr.primary\",\"name\":{\"zh\":\"年均增长\",\"en\":\"CAGR\"},\"kind\":\"value\","
	"\"formula\":\"cagr(enrol.primary[-5], enrol.primary, 5)\",\"unit\":\"percent\",\"decimals\":2," SRC "},"
	"{\"code\":\"ptr.change\",\"name\":{\"zh\":\"变化\",\"en\":\"change\"},\"kind\":\"value\","
	"\"formula\":\"ptr.primary - ptr.primary[-5]\",\"unit\":\"number\",\"decimals\":2," SRC "},"
	"{\"code\":\"ptr.gap\",\"name\":{\"zh\":\"差\",\"en\":\"gap\"},\"kind\":\"value\","
	"\"formula\":\"ptr.kindergarten - ptr.primary\",\"unit\":\"number\",\"decimals\":2," SRC "}"
	"]}";

static eduind_catalog *catalog(void)
{
	eduind_catalog *cat = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	if (eduind_catalog_load_string(&cat, catalog_json, strlen(catalog_json), &err) != EDUIND_OK)
		fprintf(stderr, "\n  catalogue: %s: %s\n", err.path, err.message);
	return cat;
}

static void set(eduind_dataset *ds, const char *e, int p, const char *v, double x)
{
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, e, p, v, NULL, x, EDUIND_STATE_PRESENT), EDUIND_OK);
}

/* Altay prefecture, §2.1 of the seed document (2015 and 2020). */
static eduind_dataset *altay(void)
{
	eduind_dataset *ds = NULL;
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, "altay", NULL, "阿勒泰地区", "Altay Prefecture", "prefecture"),
	                EDUIND_OK);
	set(ds, "altay", 2015, "enrol.kindergarten", 21130);
	set(ds, "altay", 2015, "enrol.primary", 49844);
	set(ds, "altay", 2015, "enrol.junior", 20204);
	set(ds, "altay", 2015, "enrol.higher", 4718);
	set(ds, "altay", 2015, "enrol.total", 111811);
	set(ds, "altay", 2015, "teachers.kindergarten", 965);
	set(ds, "altay", 2015, "teachers.primary", 4736);
	set(ds, "altay", 2015, "teachers.junior", 2114);
	set(ds, "altay", 2015, "teachers.higher", 37);
	set(ds, "altay", 2015, "teachers.total", 9520);
	set(ds, "altay", 2020, "enrol.kindergarten", 28906);
	set(ds, "altay", 2020, "enrol.primary", 54005);
	set(ds, "altay", 2020, "enrol.junior", 23143);
	set(ds, "altay", 2020, "enrol.higher", 6108);
	set(ds, "altay", 2020, "enrol.total", 129558);
	set(ds, "altay", 2020, "teachers.kindergarten", 2296);
	set(ds, "altay", 2020, "teachers.primary", 5307);
	set(ds, "altay", 2020, "teachers.junior", 2113);
	set(ds, "altay", 2020, "teachers.higher", 143);
	set(ds, "altay", 2020, "teachers.total", 11437);
	set(ds, "altay", 2020, "reported.ger", 95.5);
	return ds;
}

static void expect(const eduind_results *res, const char *ind, const char *ent, int period, const char *cell,
                   eduind_result_state state, double value, const char *display)
{
	size_t i = 0;
	eduind_result r;
	eduind_status st = eduind_results_find(res, ind, ent, period, cell, &i);
	CU_ASSERT_EQUAL(st, EDUIND_OK);
	if (st != EDUIND_OK) {
		fprintf(stderr, "\n  no result %s %s %d\n", ind, ent, period);
		return;
	}
	CU_ASSERT_EQUAL_FATAL(eduind_results_get(res, i, &r), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(r.indicator, ind);
	CU_ASSERT_STRING_EQUAL(r.entity, ent);
	CU_ASSERT_EQUAL(r.period, period);
	CU_ASSERT_EQUAL(r.state, state);
	if (state == EDUIND_RESULT_OK)
		CU_ASSERT_DOUBLE_EQUAL(r.value, value, 1e-12 * fabs(value));
	if (state != EDUIND_RESULT_OK)
		CU_ASSERT_TRUE(isnan(r.value));
	if (display != NULL)
		CU_ASSERT_STRING_EQUAL(r.display, display);
	if (r.state != state || (display && strcmp(r.display, display) != 0))
		fprintf(stderr, "\n  %s %s %d: state %s value %.17g display %s note %s\n", ind, ent, period,
		        eduind_result_state_name(r.state), r.value, r.display, r.note);
}

static void test_altay_ptr(void)
{
	eduind_catalog *cat = catalog();
	eduind_dataset *ds = altay();
	eduind_results *res = NULL;
	eduind_error err;
	eduind_result r;
	eduind_result_input in;
	size_t i;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, NULL, &err), EDUIND_OK);
	/* The derived ratios of §2.1 at their published rounding. */
	expect(res, "ptr.primary", "altay", 2020, NULL, EDUIND_RESULT_OK, 54005.0 / 5307.0, "10.18:1");
	expect(res, "ptr.kindergarten", "altay", 2020, "", EDUIND_RESULT_OK, 28906.0 / 2296.0, "12.59:1");
	expect(res, "ptr.junior", "altay", 2020, NULL, EDUIND_RESULT_OK, 23143.0 / 2113.0, "10.95:1");
	expect(res, "ptr.higher", "altay", 2020, NULL, EDUIND_RESULT_OK, 6108.0 / 143.0, "42.71:1");
	expect(res, "ptr.total", "altay", 2020, NULL, EDUIND_RESULT_OK, 129558.0 / 11437.0, "11.33:1");
	expect(res, "ptr.kindergarten", "altay", 2015, NULL, EDUIND_RESULT_OK, 21130.0 / 965.0, "21.90:1");
	expect(res, "ptr.primary", "altay", 2015, NULL, EDUIND_RESULT_OK, 49844.0 / 4736.0, "10.52:1");
	expect(res, "ptr.higher", "altay", 2015, NULL, EDUIND_RESULT_OK, 4718.0 / 37.0, "127.51:1");
	expect(res, "ptr.total", "altay", 2015, NULL, EDUIND_RESULT_OK, 111811.0 / 9520.0, "11.74:1");
	/* a user-defined value indicator over the dictionary, with a period offset */
	expect(res, "cagr.primary", "altay", 2020, NULL, EDUIND_RESULT_OK,
	       (pow(54005.0 / 49844.0, 0.2) - 1) * 100, "1.62%");
	expect(res, "cagr.primary", "altay", 2015, NULL, EDUIND_RESULT_MISSING, 0, "");
	/* an indicator built on other indicators */
	expect(res, "ptr.gap", "altay", 2020, NULL, EDUIND_RESULT_OK, 28906.0 / 2296.0 - 54005.0 / 5307.0, "2.41");
	/* the published GER is used when the population is missing, and kept */
	expect(res, "ger.preschool3", "altay", 2020, NULL, EDUIND_RESULT_OK, 95.5, "95.5%");
	CU_ASSERT_EQUAL(eduind_results_find(res, "ger.preschool3", "altay", 2020, NULL, &i), EDUIND_OK);
	eduind_results_get(res, i, &r);
	CU_ASSERT_EQUAL(r.reported, 1);
	CU_ASSERT_EQUAL(r.reported_value, 95.5);
	CU_ASSERT_PTR_NOT_NULL(strstr(r.note, "published figure"));
	expect(res, "ger.preschool3", "altay", 2015, NULL, EDUIND_RESULT_MISSING, 0, "");
	eduind_results_find(res, "ger.preschool3", "altay", 2015, NULL, &i);
	eduind_results_get(res, i, &r);
	CU_ASSERT_STRING_EQUAL(r.note, "missing input: pop.age3_5");
	CU_ASSERT_TRUE(isnan(r.reported_value));
	CU_ASSERT_EQUAL(r.numerator, 21130);
	CU_ASSERT_TRUE(isnan(r.denominator));

	/* the working of ptr.primary 2020 */
	CU_ASSERT_EQUAL(eduind_results_find(res, "ptr.primary", "altay", 2020, NULL, &i), EDUIND_OK);
	eduind_results_get(res, i, &r);
	CU_ASSERT_EQUAL(r.numerator, 54005);
	CU_ASSERT_EQUAL(r.denominator, 5307);
	CU_ASSERT_STRING_EQUAL(r.cell, "");
	CU_ASSERT_STRING_EQUAL(r.note, "");
	CU_ASSERT_EQUAL(r.rolled_up, 0);
	CU_ASSERT_EQUAL(r.reported, 0);
	CU_ASSERT_EQUAL_FATAL(r.n_inputs, 2);
	CU_ASSERT_EQUAL(eduind_results_input(res, i, 1, &in), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(in.variable, "teachers.primary");
	CU_ASSERT_STRING_EQUAL(in.entity, "altay");
	CU_ASSERT_EQUAL(in.period, 2020);
	CU_ASSERT_EQUAL(in.value, 5307);
	CU_ASSERT_EQUAL(in.state, EDUIND_STATE_PRESENT);
	CU_ASSERT_EQUAL(eduind_results_input(res, i, 2, &in), EDUIND_ENOTFOUND);
	CU_ASSERT_EQUAL(eduind_results_find(res, "cagr.primary", "altay", 2020, NULL, &i), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_results_input(res, i, 0, &in), EDUIND_OK);
	CU_ASSERT_EQUAL(in.period, 2015);
	CU_ASSERT_EQUAL(in.value, 49844);

	expect(res, "ptr.change", "altay", 2020, NULL, EDUIND_RESULT_OK, 54005.0 / 5307.0 - 49844.0 / 4736.0, "-0.35");
	/* every indicator x entity x period is there: 10 indicators x 1 entity x 2 periods */
	CU_ASSERT_EQUAL(eduind_results_count(res), 20);
	CU_ASSERT_EQUAL(eduind_results_find(res, "ptr.primary", "nowhere", 2020, NULL, &i), EDUIND_ENOTFOUND);
	CU_ASSERT_EQUAL(eduind_results_find(res, "nosuch", "altay", 2020, NULL, &i), EDUIND_ENOTFOUND);
	CU_ASSERT_EQUAL(eduind_results_find(res, "ptr.primary", "altay", 1999, NULL, &i), EDUIND_ENOTFOUND);
	CU_ASSERT_EQUAL(eduind_results_find(res, "ptr.primary", "altay", 2020, "sex=F", &i), EDUIND_ENOTFOUND);
	CU_ASSERT_EQUAL(eduind_results_get(res, 20, &r), EDUIND_ENOTFOUND);
	CU_ASSERT_EQUAL(eduind_results_get(NULL, 0, &r), EDUIND_ENULL);
	eduind_results_free(res);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* A county with three schools: the county has no inputs of its own. */
static eduind_dataset *county(void)
{
	eduind_dataset *ds = NULL;
	eduind_dataset_new(&ds);
	eduind_dataset_add_entity(ds, "county", NULL, "县", "County", "county");
	eduind_dataset_add_entity(ds, "s1", "county", NULL, NULL, "primary");
	eduind_dataset_add_entity(ds, "s2", "county", NULL, NULL, "primary");
	eduind_dataset_add_entity(ds, "s3", "county", NULL, NULL, "primary");
	set(ds, "s1", 2020, "enrol.primary", 100);
	set(ds, "s1", 2020, "teachers.primary", 10);
	set(ds, "s2", 2020, "enrol.primary", 900);
	set(ds, "s2", 2020, "teachers.primary", 45);
	set(ds, "s3", 2020, "enrol.primary", 30);
	set(ds, "s3", 2020, "teachers.primary", 6);
	set(ds, "s1", 2020, "girls.primary", 40);
	set(ds, "s2", 2020, "girls.primary", 950); /* more girls than pupils */
	set(ds, "s3", 2020, "girls.primary", 15);
	set(ds, "s1", 2020, "enrol.kindergarten", 50);
	set(ds, "s1", 2020, "teachers.kindergarten", 0);
	set(ds, "s2", 2020, "enrol.kindergarten", 20);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "s2", 2020, "teachers.kindergarten", NULL, 0, EDUIND_STATE_MISSING),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "s1", 2020, "enrol.primary", "sex=F", 40, EDUIND_STATE_PRESENT),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "s1", 2020, "teachers.primary", "sex=F", 8, EDUIND_STATE_ESTIMATED),
	                EDUIND_OK);
	return ds;
}

static void test_rollup_and_states(void)
{
	eduind_catalog *cat = catalog();
	eduind_dataset *ds = county();
	eduind_results *res = NULL;
	eduind_eval_options o = EDUIND_EVAL_OPTIONS_INIT;
	eduind_result r;
	eduind_result_input in;
	size_t i;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, &o, NULL), EDUIND_OK);
	/* ratio of sums 1030/61, not the mean of 10, 20 and 5 */
	expect(res, "ptr.primary", "county", 2020, NULL, EDUIND_RESULT_OK, 1030.0 / 61.0, "16.89:1");
	eduind_results_find(res, "ptr.primary", "county", 2020, NULL, &i);
	eduind_results_get(res, i, &r);
	CU_ASSERT_EQUAL(r.rolled_up, 1);
	CU_ASSERT_EQUAL(r.numerator, 1030);
	CU_ASSERT_EQUAL(r.denominator, 61);
	CU_ASSERT_STRING_EQUAL(r.note, "rolled up from 3 child entities: 1030 / 61");
	expect(res, "ptr.primary", "s2", 2020, NULL, EDUIND_RESULT_OK, 20, "20.00:1");
	/* a proportion whose part exceeds its whole is invalid, with the numbers */
	expect(res, "share.girls", "s2", 2020, NULL, EDUIND_RESULT_INVALID, 0, "");
	eduind_results_find(res, "share.girls", "s2", 2020, NULL, &i);
	eduind_results_get(res, i, &r);
	CU_ASSERT_STRING_EQUAL(r.note, "numerator 950 exceeds denominator 900 in a proportion");
	expect(res, "share.girls", "s1", 2020, NULL, EDUIND_RESULT_OK, 40, "40.0%");
	/* a child's invalid data is never summed into a plausible county figure */
	expect(res, "share.girls", "county", 2020, NULL, EDUIND_RESULT_INVALID, 0, "");
	eduind_results_find(res, "share.girls", "county", 2020, NULL, &i);
	eduind_results_get(res, i, &r);
	CU_ASSERT_STRING_EQUAL(r.note, "cannot roll up: a child entity has invalid inputs");
	CU_ASSERT_EQUAL(r.rolled_up, 1);
	/* zero denominator and missing stay what they are; no roll-up through a gap */
	expect(res, "ptr.kindergarten", "s1", 2020, NULL, EDUIND_RESULT_ZERO_DENOMINATOR, 0, "");
	eduind_results_find(res, "ptr.kindergarten", "s1", 2020, NULL, &i);
	eduind_results_get(res, i, &r);
	CU_ASSERT_STRING_EQUAL(r.note, "the denominator is 0 (numerator 50)");
	CU_ASSERT_EQUAL(r.denominator, 0);
	expect(res, "ptr.kindergarten", "s2", 2020, NULL, EDUIND_RESULT_MISSING, 0, "");
	eduind_results_find(res, "ptr.kindergarten", "s2", 2020, NULL, &i);
	eduind_results_get(res, i, &r);
	CU_ASSERT_STRING_EQUAL(r.note, "missing input: teachers.kindergarten");
	CU_ASSERT_EQUAL(eduind_results_input(res, i, 1, &in), EDUIND_OK);
	CU_ASSERT_EQUAL(in.state, EDUIND_STATE_MISSING);
	CU_ASSERT_TRUE(isnan(in.value));
	expect(res, "ptr.kindergarten", "county", 2020, NULL, EDUIND_RESULT_MISSING, 0, "");
	expect(res, "ptr.kindergarten", "s3", 2020, NULL, EDUIND_RESULT_MISSING, 0, "");
	/* cells: s1 has sex=F values; other entities have none there and are not listed */
	expect(res, "ptr.primary", "s1", 2020, "sex=F", EDUIND_RESULT_OK, 5, "5.00:1");
	CU_ASSERT_EQUAL(eduind_results_find(res, "ptr.primary", "s2", 2020, "sex=F", &i), EDUIND_ENOTFOUND);
	eduind_results_free(res);

	/* without roll-up the county stays missing */
	o.rollup = 0;
	o.include_cells = 0;
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, &o, NULL), EDUIND_OK);
	expect(res, "ptr.primary", "county", 2020, NULL, EDUIND_RESULT_MISSING, 0, "");
	CU_ASSERT_EQUAL(eduind_results_find(res, "ptr.primary", "s1", 2020, "sex=F", &i), EDUIND_ENOTFOUND);
	CU_ASSERT_EQUAL(eduind_results_count(res), 10 * 4);
	eduind_results_free(res);

	/* one entity, one indicator, one period: the county still rolls up from its schools */
	{
		const char *only[] = { "ptr.primary" };
		eduind_eval_options o2 = EDUIND_EVAL_OPTIONS_INIT;
		o2.entity = "county";
		o2.indicators = only;
		o2.n_indicators = 1;
		o2.period = 2020;
		CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, &o2, NULL), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_results_count(res), 1);
		expect(res, "ptr.primary", "county", 2020, NULL, EDUIND_RESULT_OK, 1030.0 / 61.0, "16.89:1");
		eduind_results_free(res);
		o2.record_inputs = 0;
		o2.entity = "s1";
		CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, &o2, NULL), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_results_get(res, 0, &r), EDUIND_OK);
		CU_ASSERT_EQUAL(r.n_inputs, 0);
		CU_ASSERT_EQUAL(r.value, 10);
		eduind_results_free(res);
		o2.period = 2031; /* no data that year: a missing result, not an error */
		CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, &o2, NULL), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_results_count(res), 1);
		eduind_results_get(res, 0, &r);
		CU_ASSERT_EQUAL(r.state, EDUIND_RESULT_MISSING);
		CU_ASSERT_EQUAL(r.period, 2031);
		eduind_results_free(res);
	}
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

static void test_errors_and_output(void)
{
	eduind_catalog *cat = catalog();
	eduind_dataset *ds = altay();
	eduind_results *res = (eduind_results *)&cat;
	eduind_eval_options o = EDUIND_EVAL_OPTIONS_INIT;
	eduind_error err;
	const char *bad[] = { "nosuch" };
	char *json = NULL, *csv = NULL;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(eduind_evaluate(NULL, cat, ds, NULL, &err), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_evaluate(&res, NULL, ds, NULL, &err), EDUIND_ENULL);
	CU_ASSERT_PTR_NULL(res);
	CU_ASSERT_EQUAL(eduind_evaluate(&res, cat, NULL, NULL, &err), EDUIND_ENULL);
	o.entity = "nowhere";
	CU_ASSERT_EQUAL(eduind_evaluate(&res, cat, ds, &o, &err), EDUIND_ENOTFOUND);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "nowhere"));
	o.entity = NULL;
	o.indicators = bad;
	o.n_indicators = 1;
	CU_ASSERT_EQUAL(eduind_evaluate(&res, cat, ds, &o, &err), EDUIND_ENOTFOUND);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "nosuch"));
	o.indicators = NULL;
	o.n_indicators = 0;
	o.version = 99;
	CU_ASSERT_EQUAL(eduind_evaluate(&res, cat, ds, &o, &err), EDUIND_EINVAL);
	CU_ASSERT_PTR_NULL(res);

	{
		const char *only[] = { "ptr.primary" };
		o.version = EDUIND_EVAL_OPTIONS_VERSION;
		o.indicators = only;
		o.n_indicators = 1;
		o.period = 2020;
		CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, &o, &err), EDUIND_OK);
	}
	{
		/* one period of an indicator reading another one five years earlier */
		eduind_results *r2 = NULL;
		const char *only[] = { "ptr.change" };
		eduind_eval_options o2 = EDUIND_EVAL_OPTIONS_INIT;
		o2.indicators = only;
		o2.n_indicators = 1;
		o2.period = 2020;
		CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&r2, cat, ds, &o2, &err), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_results_count(r2), 1);
		expect(r2, "ptr.change", "altay", 2020, NULL, EDUIND_RESULT_OK, 54005.0 / 5307.0 - 49844.0 / 4736.0, "-0.35");
		eduind_results_free(r2);
	}
	CU_ASSERT_EQUAL_FATAL(eduind_results_to_json(res, &json), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(json,
	                       "{\"format\":\"eduind-results\",\"version\":1,\n\"results\":[\n"
	                       "{\"indicator\":\"ptr.primary\",\"entity\":\"altay\",\"period\":2020,\"cell\":\"\","
	                       "\"state\":\"ok\",\"value\":10.176182400602977,\"numerator\":54005,\"denominator\":5307,"
	                       "\"display\":\"10.18:1\",\"rolled_up\":false,\"reported\":false,\"note\":\"\","
	                       "\"inputs\":[{\"variable\":\"enrol.primary\",\"entity\":\"altay\",\"period\":2020,"
	                       "\"cell\":\"\",\"value\":54005,\"state\":\"present\"},{\"variable\":\"teachers.primary\","
	                       "\"entity\":\"altay\",\"period\":2020,\"cell\":\"\",\"value\":5307,\"state\":\"present\"}]}"
	                       "\n]}\n");
	CU_ASSERT_EQUAL_FATAL(eduind_results_to_csv(res, &csv), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(csv, "indicator,entity,period,cell,state,value,numerator,denominator,display,rolled_up,"
	                            "reported,note\n"
	                            "ptr.primary,altay,2020,,ok,10.176182400602977,54005,5307,10.18:1,false,false,\n");
	eduind_free(json);
	eduind_free(csv);
	eduind_results_free(res);
	CU_ASSERT_EQUAL(eduind_results_to_json(NULL, &json), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_results_to_csv(NULL, &csv), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_results_count(NULL), 0);
	eduind_results_free(NULL);
	CU_ASSERT_STRING_EQUAL(eduind_result_state_name(EDUIND_RESULT_ZERO_DENOMINATOR), "zero_denominator");
	CU_ASSERT_STRING_EQUAL(eduind_result_state_name(EDUIND_RESULT_NOT_APPLICABLE), "not_applicable");
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

int register_evaluate_suite(void)
{
	CU_pSuite s = CU_add_suite("evaluate", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "altay_ptr", test_altay_ptr) || !CU_add_test(s, "rollup_and_states", test_rollup_and_states) ||
	    !CU_add_test(s, "errors_and_output", test_errors_and_output))
		return -1;
	return 0;
}
