/* Evaluation at a size where the fast paths engage (several blocks of the formula
 * machine, inputs read in place, children that are consecutive rows or not, roll-ups
 * summed over a run of rows, notes found eight rows at a time), checked row by row
 * against the scalar calculation functions. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "eval/results_priv.h"

#define SCHOOLS 300 /* per county: more than one block of the formula machine */
#define LONE 5      /* schools without a county */
#define LATE 200    /* entities without values, added last when asked: the dataset's
                     * pages, made for fewer entities, are then copied, not shared */
#define IND(code, body) "{\"code\":\"" code "\",\"name\":{\"zh\":\"x\",\"en\":\"x\"}," body ",\"unit\":\"number\"," \
	"\"decimals\":2,\"source\":{\"document\":\"test\",\"section\":\"-\"}}"
#define VAR(c) "{\"code\":\"" c "\",\"name\":{\"zh\":\"" c "\",\"en\":\"" c "\"},\"unit\":\"count\"}"

static const char *catalog_json =
	"{\"format\":\"eduind-catalog\",\"version\":1,\"variables\":[" VAR("pupils") "," VAR("teachers") "," VAR("books")
	"," VAR("rooms") "],\"indicators\":["
	IND("ptr", "\"kind\":\"ratio\",\"numerator\":\"pupils\",\"denominator\":\"teachers\"") ","
	IND("books.share", "\"kind\":\"proportion\",\"numerator\":\"books\",\"denominator\":\"pupils\"") ","
	IND("ptr.twice", "\"kind\":\"value\",\"formula\":\"ptr * 2\"") ","
	IND("growth", "\"kind\":\"value\",\"formula\":\"growth(pupils[-1], pupils)\"") ","
	IND("c.pupils", "\"kind\":\"value\",\"formula\":\"children_sum(pupils)\"") ","
	IND("c.cv", "\"kind\":\"value\",\"formula\":\"children_balance_cv(teachers, pupils, 100)\"") ","
	IND("c.double", "\"kind\":\"value\",\"formula\":\"c.pupils * 2\"") ","
	IND("per.room", "\"kind\":\"value\",\"formula\":\"pupils / rooms\"") ","
	IND("c.rooms", "\"kind\":\"value\",\"formula\":\"children_sum(rooms)\"")
	"]}";

/* Three counties. c0's and c1's schools are added in order (their children are runs
 * of rows); c2's are interleaved with c1's, so its children are not. In c1 one school
 * lacks teachers; in c0 one school's teachers are estimated (a column that is not
 * plain); in c2 one school has more books than pupils (an invalid proportion). */
static double pupils_of(int c, int s, int year)
{
	return 100 + 7 * s + 13 * c + (year == 2020 ? s % 5 : 0);
}

static eduind_dataset *counties(int late)
{
	eduind_dataset *ds = NULL;
	char id[32], parent[8];
	int c, s, y;
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	/* Schools on their own come first, so the counties are not the first rows. */
	for (s = 0; s < LONE; s++) {
		snprintf(id, sizeof id, "lone%d", s);
		CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, id, NULL, NULL, NULL, "school"), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, 2020, "pupils", NULL, 50 + s, EDUIND_STATE_PRESENT), EDUIND_OK);
	}
	for (c = 0; c < 3; c++) {
		snprintf(id, sizeof id, "c%d", c);
		CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, id, NULL, NULL, NULL, "county"), EDUIND_OK);
	}
	for (s = 0; s < SCHOOLS * 3; s++) {
		/* c0 first, then c1 and c2 alternating */
		c = s < SCHOOLS ? 0 : 1 + s % 2;
		snprintf(parent, sizeof parent, "c%d", c);
		snprintf(id, sizeof id, "c%d.s%d", c, s);
		CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, id, parent, NULL, NULL, "school"), EDUIND_OK);
		for (y = 2019; y <= 2020; y++) {
			double p = pupils_of(c, s, y), t = floor(p / 17) + 1, b = p * 0.5;
			eduind_state ts = EDUIND_STATE_PRESENT;
			if (c == 1 && s == SCHOOLS + 40)
				ts = EDUIND_STATE_MISSING;
			if (c == 0 && s == 77)
				ts = EDUIND_STATE_ESTIMATED;
			if (c == 2 && s == SCHOOLS + 101 && y == 2020)
				b = p + 1;
			CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, y, "pupils", NULL, p, EDUIND_STATE_PRESENT), EDUIND_OK);
			CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, y, "teachers", NULL, t, ts), EDUIND_OK);
			CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, y, "books", NULL, b, EDUIND_STATE_PRESENT), EDUIND_OK);
			/* rooms: read by value formulas only; one missing, one estimated */
			if (s != SCHOOLS + 62)
				CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, y, "rooms", NULL, 3 + s % 7,
				                                   s == 5 ? EDUIND_STATE_ESTIMATED : EDUIND_STATE_PRESENT),
				                EDUIND_OK);
		}
	}
	for (s = 0; s < late; s++) {
		snprintf(id, sizeof id, "late%d", s);
		CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, id, NULL, NULL, NULL, "school"), EDUIND_OK);
	}
	return ds;
}

static eduind_catalog *catalog(void)
{
	eduind_catalog *cat = NULL;
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_load_string(&cat, catalog_json, strlen(catalog_json), NULL), EDUIND_OK);
	return cat;
}

static eduind_result get(const eduind_results *res, const char *ind, const char *entity)
{
	eduind_result r;
	size_t i = 0;
	memset(&r, 0, sizeof r);
	CU_ASSERT_EQUAL(eduind_results_find(res, ind, entity, 2020, NULL, &i), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_results_get(res, i, &r), EDUIND_OK);
	return r;
}

/* One value, bit for bit, with its state. */
static void same(const eduind_result *r, eduind_status want_st, double want, const char *what, const char *entity)
{
	int ok = want_st == EDUIND_OK ? r->state == EDUIND_RESULT_OK && r->value == want
	                              : r->state != EDUIND_RESULT_OK && isnan(r->value);
	if (!ok) {
		fprintf(stderr, "\n  %s %s: got %s %.17g, want status %d %.17g\n", what, entity,
		        eduind_result_state_name(r->state), r->value, (int)want_st, want);
		CU_FAIL("value differs from the scalar function");
	}
}

static void schools_match_scalar(int late)
{
	eduind_catalog *cat = catalog();
	eduind_dataset *ds = counties(late);
	eduind_results *res = NULL;
	eduind_eval_options o = EDUIND_EVAL_OPTIONS_INIT;
	int s, failures = 0;
	o.period = 2020;
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, &o, NULL), EDUIND_OK);
	{
		/* Only the counties' rows of formulas over children are kept. */
		size_t k, seen = 0;
		for (k = 0; k < res->n_blocks; k++) {
			const res_block *b = &res->blocks[k];
			const char *code = res->codes[b->ind];
			int compact = strcmp(code, "c.pupils") == 0 || strcmp(code, "c.cv") == 0 || strcmp(code, "c.rooms") == 0;
			if (b->value == NULL)
				continue;
			seen += compact;
			CU_ASSERT_EQUAL(b->lo, compact ? LONE : 0);
			CU_ASSERT_EQUAL(b->hi, compact ? LONE + 3 : LONE + 3 + 3 * SCHOOLS + (size_t)late);
		}
		CU_ASSERT_EQUAL(seen, 3);
	}
	for (s = 0; s < LONE; s++) {
		char id[16];
		eduind_result r;
		snprintf(id, sizeof id, "lone%d", s);
		r = get(res, "c.pupils", id);
		CU_ASSERT_EQUAL(r.state, EDUIND_RESULT_NOT_APPLICABLE);
		CU_ASSERT_TRUE(isnan(r.value));
		CU_ASSERT_STRING_EQUAL(r.display, "");
		CU_ASSERT_STRING_EQUAL(r.note, "not applicable here (no child entities to aggregate)");
		r = get(res, "c.double", id);
		CU_ASSERT_EQUAL(r.state, EDUIND_RESULT_NOT_APPLICABLE);
		r = get(res, "ptr", id);
		CU_ASSERT_EQUAL(r.state, EDUIND_RESULT_MISSING);
		CU_ASSERT_STRING_EQUAL(r.note, "missing input: teachers");
	}
	for (s = 0; s < SCHOOLS * 3 && failures < 5; s++) {
		int c = s < SCHOOLS ? 0 : 1 + s % 2;
		char id[32];
		double p = pupils_of(c, s, 2020), p0 = pupils_of(c, s, 2019), t = floor(p / 17) + 1;
		double b = c == 2 && s == SCHOOLS + 101 ? p + 1 : p * 0.5, want = NAN;
		eduind_status st;
		eduind_result r;
		int missing = c == 1 && s == SCHOOLS + 40;
		snprintf(id, sizeof id, "c%d.s%d", c, s);
		r = get(res, "ptr", id);
		st = missing ? EDUIND_EMISSING : eduind_ratio(p, t, 1, &want);
		same(&r, st, want, "ptr", id);
		failures += r.state != (missing ? EDUIND_RESULT_MISSING : EDUIND_RESULT_OK);
		r = get(res, "ptr.twice", id);
		same(&r, st, want * 2, "ptr.twice", id);
		r = get(res, "books.share", id);
		st = eduind_proportion(b, p, 1, &want);
		same(&r, st, want, "books.share", id);
		CU_ASSERT(st == EDUIND_OK || r.state == EDUIND_RESULT_INVALID);
		r = get(res, "growth", id);
		st = eduind_growth_rate(p0, p, &want);
		same(&r, st, want, "growth", id);
		r = get(res, "c.pupils", id);
		CU_ASSERT_EQUAL(r.state, EDUIND_RESULT_NOT_APPLICABLE);
		CU_ASSERT_STRING_EQUAL(r.note, "not applicable here (no child entities to aggregate)");
		r = get(res, "c.double", id);
		CU_ASSERT_EQUAL(r.state, EDUIND_RESULT_NOT_APPLICABLE);
		r = get(res, "ptr", id);
		CU_ASSERT_STRING_EQUAL(r.note, missing ? "missing input: teachers" : "");
	}
	eduind_results_free(res);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

static void counties_match_scalar(int late)
{
	eduind_catalog *cat = catalog();
	eduind_dataset *ds = counties(late);
	eduind_results *res = NULL;
	eduind_eval_options o = EDUIND_EVAL_OPTIONS_INIT;
	int c, s;
	o.period = 2020;
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, &o, NULL), EDUIND_OK);
	for (c = 0; c < 3; c++) {
		char id[8];
		double sp = 0, st = 0, sb = 0, want, x[SCHOOLS], w[SCHOOLS];
		size_t n = 0;
		eduind_result r;
		snprintf(id, sizeof id, "c%d", c);
		for (s = 0; s < SCHOOLS * 3; s++) {
			double p = pupils_of(c, s, 2020);
			if ((s < SCHOOLS ? 0 : 1 + s % 2) != c)
				continue;
			x[n] = floor(p / 17) + 1;
			w[n++] = p;
			sp += p; /* in child order, as the roll-up adds them */
			st += floor(p / 17) + 1;
			sb += c == 2 && s == SCHOOLS + 101 ? p + 1 : p * 0.5;
		}
		r = get(res, "c.pupils", id);
		same(&r, EDUIND_OK, sp, "c.pupils", id);
		CU_ASSERT_STRING_EQUAL(r.note, "");
		r = get(res, "c.double", id);
		same(&r, EDUIND_OK, sp * 2, "c.double", id);
		r = get(res, "ptr", id);
		if (c == 1) {
			/* a child without teachers: no roll-up through the gap */
			CU_ASSERT_EQUAL(r.state, EDUIND_RESULT_MISSING);
			r = get(res, "c.cv", id);
			CU_ASSERT_EQUAL(r.state, EDUIND_RESULT_MISSING);
			CU_ASSERT_STRING_EQUAL(r.note, "an input is missing");
			continue;
		}
		CU_ASSERT_EQUAL(eduind_ratio(sp, st, 1, &want), EDUIND_OK);
		same(&r, EDUIND_OK, want, "ptr (rolled up)", id);
		CU_ASSERT_EQUAL(r.rolled_up, 1);
		CU_ASSERT_EQUAL(r.numerator, sp);
		CU_ASSERT_EQUAL(r.denominator, st);
		r = get(res, "ptr.twice", id);
		same(&r, EDUIND_OK, want * 2, "ptr.twice (rolled up)", id);
		r = get(res, "c.cv", id);
		CU_ASSERT_EQUAL(eduind_balance_cv(x, w, n, 100, &want), EDUIND_OK);
		same(&r, EDUIND_OK, want, "c.cv", id);
		r = get(res, "books.share", id);
		if (c == 2) {
			CU_ASSERT_EQUAL(r.state, EDUIND_RESULT_INVALID); /* never hidden in a sum */
		} else {
			CU_ASSERT_EQUAL(eduind_proportion(sb, sp, 1, &want), EDUIND_OK);
			same(&r, EDUIND_OK, want, "books.share (rolled up)", id);
		}
	}
	eduind_results_free(res);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* Every field a reader sees of result i, as text, for comparing two result sets. */
static void describe_result(const eduind_results *res, size_t i, char *out, size_t size)
{
	eduind_result r;
	CU_ASSERT_EQUAL(eduind_results_get(res, i, &r), EDUIND_OK);
	snprintf(out, size, "%s %s %d %s %a %a %a %d \"%s\" \"%s\"", r.indicator, r.entity, r.period,
	         eduind_result_state_name(r.state), r.value, r.numerator, r.denominator, r.rolled_up, r.note, r.display);
}

/* Both with the dataset's pages shared and with them copied (see LATE). */
static void test_schools_match_scalar(void)
{
	schools_match_scalar(0);
	schools_match_scalar(LATE);
}

static void test_counties_match_scalar(void)
{
	counties_match_scalar(0);
	counties_match_scalar(LATE);
}

/* Whether inputs are recorded (columns copied) or not (read from the dataset as formulas
 * run), every result is the same, with its note, display and working. */
static void test_recorded_or_not(void)
{
	eduind_catalog *cat = catalog();
	eduind_dataset *ds = counties(LATE);
	eduind_results *a = NULL, *b = NULL;
	eduind_eval_options o = EDUIND_EVAL_OPTIONS_INIT;
	size_t i, n, bad = 0;
	o.record_inputs = 1;
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&a, cat, ds, &o, NULL), EDUIND_OK);
	o.record_inputs = 0;
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&b, cat, ds, &o, NULL), EDUIND_OK);
	n = eduind_results_count(a);
	CU_ASSERT_EQUAL(eduind_results_count(b), n);
	for (i = 0; i < n && bad < 3; i++) {
		char x[256], y[256];
		describe_result(a, i, x, sizeof x);
		describe_result(b, i, y, sizeof y);
		if (strcmp(x, y) != 0) {
			fprintf(stderr, "\n  %s\n  %s\n", x, y);
			CU_FAIL("results differ with and without recorded inputs");
			bad++;
		}
	}
	eduind_results_free(a);
	eduind_results_free(b);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* Results keep their numerators and denominators by sharing the dataset's pages: they
 * stay as they were when the dataset changes or is freed afterwards, and a new
 * evaluation sees the change. */
static void test_results_outlive_dataset(void)
{
	eduind_catalog *cat = catalog();
	eduind_dataset *ds = counties(0);
	eduind_results *res = NULL, *again = NULL;
	eduind_eval_options o = EDUIND_EVAL_OPTIONS_INIT;
	size_t i, n, changed = 0;
	char (*before)[256];
	o.period = 2020;
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, &o, NULL), EDUIND_OK);
	n = eduind_results_count(res);
	before = malloc(n * sizeof *before);
	CU_ASSERT_PTR_NOT_NULL_FATAL(before);
	for (i = 0; i < n; i++)
		describe_result(res, i, before[i], sizeof before[i]);
	/* A school's pupils and teachers (the numerator and denominator of ptr) change. */
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "c0.s3", 2020, "pupils", NULL, 1e6, EDUIND_STATE_PRESENT), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "c0.s3", 2020, "teachers", NULL, 0, EDUIND_STATE_MISSING), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&again, cat, ds, &o, NULL), EDUIND_OK);
	eduind_dataset_free(ds);
	CU_ASSERT_EQUAL(eduind_results_count(again), n);
	for (i = 0; i < n; i++) {
		char now[256];
		describe_result(res, i, now, sizeof now);
		CU_ASSERT_STRING_EQUAL(now, before[i]);
		describe_result(again, i, now, sizeof now);
		changed += strcmp(now, before[i]) != 0;
	}
	CU_ASSERT(changed >= 2); /* the school's ptr, its county's roll-up, ... */
	{
		eduind_result r = get(again, "ptr", "c0.s3");
		CU_ASSERT_EQUAL(r.state, EDUIND_RESULT_MISSING);
		CU_ASSERT_EQUAL(get(again, "books.share", "c0.s3").denominator, 1e6);
	}
	free(before);
	eduind_results_free(res);
	eduind_results_free(again);
	eduind_catalog_free(cat);
}

/* One county and its schools evaluated alone (their columns are copied, not shared)
 * give what the whole dataset gives for them. */
static void test_one_county_as_whole(void)
{
	static const char *const counties_ids[] = { "c0", "c1", "c2" };
	eduind_catalog *cat = catalog();
	eduind_dataset *ds = counties(0);
	eduind_results *all = NULL;
	eduind_eval_options o = EDUIND_EVAL_OPTIONS_INIT;
	size_t k, i, checked = 0;
	o.period = 2020;
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&all, cat, ds, &o, NULL), EDUIND_OK);
	for (k = 0; k < 3; k++) {
		eduind_results *one = NULL;
		o.entity = counties_ids[k];
		CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&one, cat, ds, &o, NULL), EDUIND_OK);
		for (i = 0; i < eduind_results_count(one); i++) {
			eduind_result r;
			char a[256], b[256];
			size_t at = 0;
			CU_ASSERT_EQUAL(eduind_results_get(one, i, &r), EDUIND_OK);
			CU_ASSERT_EQUAL_FATAL(eduind_results_find(all, r.indicator, r.entity, r.period, NULL, &at), EDUIND_OK);
			describe_result(one, i, a, sizeof a);
			describe_result(all, at, b, sizeof b);
			CU_ASSERT_STRING_EQUAL(a, b);
			checked++;
		}
		eduind_results_free(one);
	}
	CU_ASSERT(checked >= 3 * 9); /* nine indicators for each county at least */
	eduind_results_free(all);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

int register_evaluate_paths_suite(void)
{
	CU_pSuite s = CU_add_suite("evaluate_paths", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "schools_match_scalar", test_schools_match_scalar) ||
	    !CU_add_test(s, "counties_match_scalar", test_counties_match_scalar) ||
	    !CU_add_test(s, "recorded_or_not", test_recorded_or_not) ||
	    !CU_add_test(s, "results_outlive_dataset", test_results_outlive_dataset) ||
	    !CU_add_test(s, "one_county_as_whole", test_one_county_as_whole))
		return -1;
	return 0;
}
