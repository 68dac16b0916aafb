/* The built-in catalogue (the JSON files of lib/catalog) and the sample data of examples/data:
 * the catalogue loads, every definition carries its names, source and rounding, and
 * indicators evaluated on small datasets reproduce published figures. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

#define EXAMPLES EDUIND_SOURCE_DIR "/examples/data/"

static eduind_catalog *builtin(void)
{
	eduind_catalog *cat = NULL;
	eduind_error err;
	eduind_status st = eduind_catalog_builtin(&cat, &err);
	if (st != EDUIND_OK)
		fprintf(stderr, "builtin catalogue: %s\n", err.message);
	return cat;
}

/* Evaluates one indicator for (entity, period, cell) and returns the result's value
 * (NaN when it has none); *state and *reported receive the result's flags. */
static double eval_one(const eduind_catalog *cat, const eduind_dataset *ds, const char *code,
                       const char *entity, int period, const char *cell, eduind_result_state *state,
                       int *reported)
{
	eduind_results *res = NULL;
	eduind_eval_options opts = EDUIND_EVAL_OPTIONS_INIT;
	const char *codes[1];
	eduind_result r;
	eduind_error err;
	size_t idx;
	double v = NAN;
	codes[0] = code;
	opts.indicators = codes;
	opts.n_indicators = 1;
	if (state != NULL)
		*state = EDUIND_RESULT_MISSING;
	if (eduind_evaluate(&res, cat, ds, &opts, &err) != EDUIND_OK) {
		fprintf(stderr, "evaluate %s: %s\n", code, err.message);
		return NAN;
	}
	if (eduind_results_find(res, code, entity, period, cell, &idx) == EDUIND_OK &&
	    eduind_results_get(res, idx, &r) == EDUIND_OK) {
		v = r.value;
		if (state != NULL)
			*state = r.state;
		if (reported != NULL)
			*reported = r.reported;
	}
	eduind_results_free(res);
	return v;
}

static double value_of(const eduind_catalog *cat, const eduind_dataset *ds, const char *code,
                       const char *entity, int period, const char *cell)
{
	return eval_one(cat, ds, code, entity, period, cell, NULL, NULL);
}

static double rounded(double v, int decimals)
{
	double out = NAN;
	if (eduind_round(v, decimals, &out) != EDUIND_OK)
		return NAN;
	return out;
}

static eduind_dataset *dataset_text(const char *json)
{
	eduind_dataset *ds = NULL;
	eduind_error err;
	if (eduind_dataset_load_json_string(&ds, json, strlen(json), &err) != EDUIND_OK)
		fprintf(stderr, "dataset: %s\n", err.message);
	return ds;
}

static eduind_dataset *dataset_file(const char *path)
{
	eduind_dataset *ds = NULL;
	eduind_error err;
	if (eduind_dataset_load_json_file(&ds, path, &err) != EDUIND_OK)
		fprintf(stderr, "%s: %s\n", path, err.message);
	return ds;
}

static int has_non_ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return 1;
	return 0;
}

static void test_loads(void)
{
	eduind_catalog *cat = builtin();
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT(eduind_catalog_count(cat) >= 200);
	CU_ASSERT(eduind_catalog_variable_count(cat) >= 250);
	CU_ASSERT_PTR_NOT_NULL(eduind_catalog_find(cat, "ger.preschool3"));
	CU_ASSERT_PTR_NOT_NULL(eduind_catalog_find(cat, "consolidation.compulsory"));
	CU_ASSERT_PTR_NOT_NULL(eduind_catalog_find(cat, "balance2017.cv.key_teachers.primary"));
	CU_ASSERT_PTR_NOT_NULL(eduind_catalog_find(cat, "gpi.ger.primary"));
	CU_ASSERT_PTR_NULL(eduind_catalog_find(cat, "no.such.indicator"));
	eduind_catalog_free(cat);
}

/* Every definition has the metadata the reference page and the renderers rely on. */
static void test_metadata(void)
{
	eduind_catalog *cat = builtin();
	size_t i, n, idx;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	n = eduind_catalog_count(cat);
	for (i = 0; i < n; i++) {
		const eduind_indicator *ind = eduind_catalog_at(cat, i);
		const char *code = eduind_indicator_code(ind);
		int ok = 1;
		CU_ASSERT_PTR_NOT_NULL_FATAL(ind);
		ok &= code[0] != '\0' && eduind_catalog_find(cat, code) == ind;
		ok &= has_non_ascii(eduind_indicator_name_zh(ind));
		ok &= eduind_indicator_name_en(ind)[0] != '\0';
		ok &= eduind_indicator_description_zh(ind)[0] != '\0';
		ok &= eduind_indicator_description_en(ind)[0] != '\0';
		ok &= eduind_indicator_source_document(ind)[0] != '\0';
		ok &= eduind_indicator_source_section(ind)[0] != '\0';
		ok &= eduind_indicator_level(ind)[0] != '\0';
		ok &= eduind_indicator_category(ind)[0] != '\0';
		ok &= eduind_indicator_decimals(ind) >= 0 && eduind_indicator_decimals(ind) <= 4;
		if (eduind_indicator_kind(ind) != EDUIND_KIND_VALUE)
			ok &= eduind_indicator_numerator(ind)[0] != '\0' &&
			      eduind_indicator_denominator(ind)[0] != '\0' && eduind_indicator_scale(ind) > 0;
		if (eduind_indicator_unit(ind) == EDUIND_UNIT_PERCENT && eduind_indicator_kind(ind) != EDUIND_KIND_VALUE)
			ok &= eduind_indicator_scale(ind) == 100;
		if (eduind_indicator_reported(ind)[0] != '\0')
			ok &= eduind_catalog_variable_find(cat, eduind_indicator_reported(ind), &idx) == EDUIND_OK;
		if (!ok)
			fprintf(stderr, "incomplete definition: %s\n", code);
		CU_ASSERT(ok);
	}
	for (i = 0; i < eduind_catalog_variable_count(cat); i++) {
		const char *code = NULL, *zh = NULL, *en = NULL, *unit = NULL;
		CU_ASSERT_EQUAL(eduind_catalog_variable_at(cat, i, &code, &zh, &en, &unit), EDUIND_OK);
		CU_ASSERT(code != NULL && zh != NULL && en != NULL && unit != NULL && has_non_ascii(zh) &&
		          en[0] != '\0' && unit[0] != '\0');
		CU_ASSERT_PTR_NULL(eduind_catalog_find(cat, code)); /* codes are unique across both */
	}
	eduind_catalog_free(cat);
}

/* Altay 基本情况表: the student:teacher ratios of seed-indicators §2.1 (2 decimals). */
static void test_altay_ptr(void)
{
	static const char *const codes[] = { "ptr.kindergarten", "ptr.primary", "ptr.secondary", "ptr.junior",
		                             "ptr.senior", "ptr.vocational", "ptr.technical", "ptr.higher",
		                             "ptr.special", "ptr.total" };
	static const double y2015[] = { 21.90, 10.52, 9.76, 9.56, 10.10, 8.16, 9.89, 127.51, 2.00, 11.74 };
	static const double y2020[] = { 12.59, 10.18, 11.06, 10.95, 11.28, 10.82, 14.10, 42.71, 5.54, 11.33 };
	eduind_catalog *cat = builtin();
	eduind_dataset *ds = dataset_file(EXAMPLES "altay.dataset.json");
	size_t i;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "ptr.primary", "altay", 2020, NULL), 54005.0 / 5307.0, 1e-12);
	for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
		double a = rounded(value_of(cat, ds, codes[i], "altay", 2015, NULL), 2);
		double b = rounded(value_of(cat, ds, codes[i], "altay", 2020, NULL), 2);
		if (fabs(a - y2015[i]) > 1e-9 || fabs(b - y2020[i]) > 1e-9)
			fprintf(stderr, "%s: %.2f %.2f\n", codes[i], a, b);
		CU_ASSERT_DOUBLE_EQUAL(a, y2015[i], 1e-9);
		CU_ASSERT_DOUBLE_EQUAL(b, y2020[i], 1e-9);
	}
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* Published figures: computed when the inputs exist, the printed figure otherwise. */
static void test_altay_reported(void)
{
	eduind_catalog *cat = builtin();
	eduind_dataset *ds = dataset_file(EXAMPLES "altay.dataset.json");
	eduind_result_state st;
	int rep = -1;
	double v;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	/* 在园幼儿 from the base table: 2.89万, not the 2.84万 of the indicator table. */
	v = eval_one(cat, ds, "wan.enrol.kindergarten", "altay", 2020, NULL, &st, &rep);
	CU_ASSERT_EQUAL(st, EDUIND_RESULT_OK);
	CU_ASSERT_EQUAL(rep, 0);
	CU_ASSERT_DOUBLE_EQUAL(rounded(v, 2), 2.89, 1e-9);
	/* 义务教育专任教师 0.74万 agrees. */
	CU_ASSERT_DOUBLE_EQUAL(rounded(value_of(cat, ds, "wan.teachers.compulsory", "altay", 2020, NULL), 2), 0.74, 1e-9);
	/* No 3-5 population in the dataset: the printed 95.5 stands in. */
	v = eval_one(cat, ds, "ger.preschool3", "altay", 2020, NULL, &st, &rep);
	CU_ASSERT_EQUAL(st, EDUIND_RESULT_OK);
	CU_ASSERT_EQUAL(rep, 1);
	CU_ASSERT_DOUBLE_EQUAL(v, 95.5, 1e-12);
	/* Printed "—" and not computable: stays missing, never 0. */
	v = eval_one(cat, ds, "ger.higher", "altay", 2020, NULL, &st, &rep);
	CU_ASSERT_NOT_EQUAL(st, EDUIND_RESULT_OK);
	CU_ASSERT(isnan(v));
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* methodology D.1: books per pupil in five primary schools, CV printed 0.52. */
static void test_moe_cv_example(void)
{
	eduind_catalog *cat = builtin();
	eduind_dataset *ds = dataset_file(EXAMPLES "moe-cv-example.dataset.json");
	double v;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	v = value_of(cat, ds, "balance2012.cv.books.primary", "county", 2012, NULL);
	CU_ASSERT_DOUBLE_EQUAL(v, 0.515257, 5e-7);
	CU_ASSERT_DOUBLE_EQUAL(rounded(v, 2), 0.52, 1e-12);
	/* The school's own ratio and the county ratio of totals (6.20 and 6.33 in the source). */
	CU_ASSERT_DOUBLE_EQUAL(rounded(value_of(cat, ds, "balance.books", "county.p1", 2012, NULL), 2), 6.20, 1e-9);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* methodology D.4: 折合在校生数 6380.5, 全日制在校生数 6254. */
static void test_hei_converted(void)
{
	static const char json[] =
		"{\"format\":\"eduind-dataset\",\"version\":1,\"data\":{\"hei\":{\"2020\":{"
		"\"hei.students.bachelor\":4615,\"hei.students.short_cycle\":1532,\"hei.students.master\":85,"
		"\"hei.students.international\":22,\"hei.students.preparatory\":0,\"hei.students.visiting\":0,"
		"\"hei.students.adult_fulltime\":0,\"hei.students.adult_evening\":34,"
		"\"hei.students.correspondence\":298,\"hei.teachers.fulltime\":350,\"hei.teachers.external\":60}}}}";
	eduind_catalog *cat = builtin();
	eduind_dataset *ds = dataset_text(json);
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	/* No doctoral students reported: an optional input, counted as 0. */
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "hei.converted_enrolment", "hei", 2020, NULL), 6380.5, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "hei.fulltime_enrolment", "hei", 2020, NULL), 6254.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "hei.teachers_total", "hei", 2020, NULL), 380.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "ptr.hei", "hei", 2020, NULL), 6380.5 / 380.0, 1e-12);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* methodology D.5: 小学学龄儿童净入学率 from counts in 万人, published to 1 decimal. */
static void test_ner_moe_table(void)
{
	static const struct { int year; double pop, enrolled, published; int reproduces; } rows[] = {
		{ 1965, 11603.2, 9829.1, 84.7, 1 }, { 1980, 12219.6, 11478.2, 93.0, 0 },
		{ 1985, 10362.3, 9942.8, 95.9, 0 }, { 1990, 9740.7, 9529.7, 97.8, 1 },
		{ 1995, 12375.4, 12192.5, 98.5, 1 }, { 1996, 12876.5, 12723.3, 98.8, 1 },
		{ 1997, 13346.7, 13202.5, 98.9, 1 }, { 1999, 12991.4, 12872.8, 99.1, 1 },
		{ 2000, 12445.3, 12333.9, 99.1, 1 }, { 2001, 11766.4, 11561.2, 99.1, 0 },
		{ 2002, 11310.4, 11150.0, 98.6, 1 }, { 2003, 10908.3, 10761.6, 98.7, 1 },
		{ 2004, 10548.1, 10437.1, 98.9, 1 }, { 2005, 10207.0, 10120.3, 99.2, 1 },
		{ 2006, 10075.5, 10001.5, 99.3, 1 }, { 2007, 9947.9, 9896.8, 99.5, 1 },
		{ 2008, 9772.0, 9727.1, 99.5, 1 }, { 2009, 9606.6, 9548.6, 99.4, 1 },
		{ 2010, 9501.5, 9473.3, 99.7, 1 }, { 2011, 9522.4, 9502.5, 99.8, 1 }
	};
	eduind_catalog *cat = builtin();
	eduind_dataset *ds = NULL;
	size_t i, n = sizeof rows / sizeof rows[0], ok = 0;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	for (i = 0; i < n; i++) {
		CU_ASSERT_EQUAL(eduind_dataset_set(ds, "china", rows[i].year, "pop.school_age.primary", NULL,
		                                   rows[i].pop, EDUIND_STATE_PRESENT), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_dataset_set(ds, "china", rows[i].year, "enrol.school_age.primary", NULL,
		                                   rows[i].enrolled, EDUIND_STATE_PRESENT), EDUIND_OK);
	}
	for (i = 0; i < n; i++) {
		double v = rounded(value_of(cat, ds, "enrolment_rate.primary_school_age", "china", rows[i].year, NULL), 1);
		int same = fabs(v - rows[i].published) < 1e-9;
		CU_ASSERT_EQUAL(same, rows[i].reproduces);
		ok += (size_t)same;
	}
	CU_ASSERT_EQUAL(ok, 17); /* three source rows are known not to reproduce */
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* methodology A.10: F = 110, M = 100 gives 1.1 unadjusted and 2 - 100/110 adjusted. */
static void test_gpi(void)
{
	static const char json[] =
		"{\"format\":\"eduind-dataset\",\"version\":1,\"values\":["
		"{\"entity\":\"x\",\"period\":2020,\"variable\":\"enrol.primary\",\"cell\":{\"sex\":\"F\"},\"value\":1100},"
		"{\"entity\":\"x\",\"period\":2020,\"variable\":\"enrol.primary\",\"cell\":{\"sex\":\"M\"},\"value\":1000},"
		"{\"entity\":\"x\",\"period\":2020,\"variable\":\"pop.age6_11\",\"cell\":{\"sex\":\"F\"},\"value\":1000},"
		"{\"entity\":\"x\",\"period\":2020,\"variable\":\"pop.age6_11\",\"cell\":{\"sex\":\"M\"},\"value\":1000}]}";
	eduind_catalog *cat = builtin();
	eduind_dataset *ds = dataset_text(json);
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "gpi.ger.primary", "x", 2020, NULL), 2.0 - 100.0 / 110.0, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "gpi_unadjusted.ger.primary", "x", 2020, NULL), 1.1, 1e-12);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* methodology A.7 / A.8: the synthetic three-grade example, extended to six grades with
 * nobody lost after grade 3 so that survival to grade 6 equals SR3 = 89.8677 %. */
static void test_flows(void)
{
	static const double e_t[6] = { 1000, 900, 800, 700, 600, 500 };
	static const double e_t1[6] = { 1010, 920, 830, 760, 700, 600 };
	static const double r_t1[6] = { 100, 60, 40, 0, 0, 0 };
	eduind_catalog *cat = builtin();
	eduind_dataset *ds = NULL;
	char cell[16];
	int g;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	for (g = 0; g < 6; g++) {
		snprintf(cell, sizeof cell, "grade=%d", g + 1);
		CU_ASSERT_EQUAL(eduind_dataset_set(ds, "c", 2020, "enrol.primary", cell, e_t[g], EDUIND_STATE_PRESENT), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_dataset_set(ds, "c", 2021, "enrol.primary", cell, e_t1[g], EDUIND_STATE_PRESENT), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_dataset_set(ds, "c", 2021, "repeaters.primary", cell, r_t1[g], EDUIND_STATE_PRESENT), EDUIND_OK);
	}
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "flow.promotion.primary.g1", "c", 2021, NULL), 86.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "flow.promotion.primary.g2", "c", 2021, NULL), 790.0 / 9.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "flow.repetition.primary", "c", 2021, "grade=1"), 10.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "flow.dropout.primary.g1", "c", 2021, NULL), 4.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "flow.dropout.primary.g2", "c", 2021, NULL), 100.0 - 790.0 / 9.0 - 60.0 / 9.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(rounded(value_of(cat, ds, "flow.survival.primary.g6", "c", 2021, NULL), 4), 89.8677, 1e-9);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* The nine-year cohort: graduates of school year 2020 entered grade 1 in 2012. */
static void test_consolidation_lag(void)
{
	static const char json[] =
		"{\"format\":\"eduind-dataset\",\"version\":1,\"data\":{\"x\":{"
		"\"2012\":{\"entrants.primary\":1000},\"2020\":{\"graduates.junior\":973},"
		"\"2021\":{\"graduates.junior\":980,\"cohort9.transfers_in\":30,\"cohort9.transfers_out\":10}}}}";
	eduind_catalog *cat = builtin();
	eduind_dataset *ds = dataset_text(json);
	eduind_result_state st;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "consolidation.compulsory", "x", 2020, NULL), 97.3, 1e-9);
	/* 2021 needs the entrants of 2013, which are missing: no number, not a guess. */
	eval_one(cat, ds, "consolidation.compulsory", "x", 2021, NULL, &st, NULL);
	CU_ASSERT_NOT_EQUAL(st, EDUIND_RESULT_OK);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* "两个只增不减" and growth: total spending rises 10 %, per student it falls. */
static void test_funding_rules(void)
{
	static const char json[] =
		"{\"format\":\"eduind-dataset\",\"version\":1,\"data\":{\"x\":{"
		"\"2019\":{\"spend.general_budget\":1000000,\"enrol.total\":100},"
		"\"2020\":{\"spend.general_budget\":1100000,\"enrol.total\":120}}}}";
	eduind_catalog *cat = builtin();
	eduind_dataset *ds = dataset_text(json);
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "funding.growth.general_budget", "x", 2020, NULL), 10.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "funding.per_pupil.general_budget", "x", 2020, NULL), 1100000.0 / 120.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "funding.check.general_budget_not_decrease", "x", 2020, NULL), 1.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "funding.check.per_pupil_not_decrease", "x", 2020, NULL), 0.0, 0);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "funding.check.two_no_decrease", "x", 2020, NULL), 0.0, 0);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* The synthetic county: a Chinese-headed CSV mapped to codes, 2017 balance CVs. */
static void test_county_csv(void)
{
	static const eduind_csv_column_map map[] = {
		{ "学校代码", "entity" }, { "学年", "period" }, { "上级单位", "parent" }, { "学校名称", "name" },
		{ "学段", "level" }, { "在校生数", "enrol.school" },
		{ "高于规定学历教师数", "teachers.above_required_qual" }, { "县级以上骨干教师数", "teachers.key_county" },
		{ "体育艺术专任教师数", "teachers.pe_arts" }, { "教学及辅助用房面积", "res.area.teaching" },
		{ "体育运动场馆面积", "res.area.sports" }, { "教学仪器设备值", "res.equipment_value" },
		{ "网络多媒体教室数", "res.multimedia_rooms" }
	};
	eduind_csv_options opts = EDUIND_CSV_OPTIONS_INIT;
	eduind_catalog *cat = builtin();
	eduind_dataset *ds = dataset_file(EXAMPLES "county.dataset.json");
	eduind_dataset *schools = NULL;
	eduind_error err;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_PTR_NOT_NULL_FATAL(ds);
	opts.layout = EDUIND_CSV_WIDE;
	opts.columns = map;
	opts.n_columns = sizeof map / sizeof map[0];
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_load_csv_file(&schools, EXAMPLES "county-schools.csv", &opts, &err), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_merge(ds, schools, &err), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "balance2017.cv.key_teachers.primary", "xianyu", 2023, NULL),
	                       0.5183102876343421, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "balance2017.cv.sports_area.junior", "xianyu", 2023, NULL),
	                       0.3934267602561514, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "balance2017.schools_meeting6.primary", "xianyu", 2023, NULL), 55.0, 1e-9);
	CU_ASSERT_DOUBLE_EQUAL(value_of(cat, ds, "balance2017.schools_meeting6.junior", "xianyu", 2023, NULL), 80.0, 1e-9);
	eduind_dataset_free(schools);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* Every sample file loads; the Aheqi catalogue merges over the built-in one and every
 * plan target names an indicator that exists. */
static void test_examples_load(void)
{
	static const char *const datasets[] = { "altay", "wuhai", "baijiantan", "county", "moe-cv-example" };
	static const char *const plans[] = { "altay", "wuhai", "baijiantan", "county", "aheqi" };
	eduind_catalog *cat = builtin();
	eduind_error err;
	char path[512];
	size_t i, j;
	CU_ASSERT_PTR_NOT_NULL_FATAL(cat);
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_merge_file(cat, EXAMPLES "aheqi.catalog.json", &err), EDUIND_OK);
	CU_ASSERT_PTR_NOT_NULL(eduind_catalog_find(cat, "aheqi.q30.students_per_health_staff"));
	for (i = 0; i < sizeof datasets / sizeof datasets[0]; i++) {
		eduind_dataset *ds;
		snprintf(path, sizeof path, EXAMPLES "%s.dataset.json", datasets[i]);
		ds = dataset_file(path);
		CU_ASSERT_PTR_NOT_NULL(ds);
		eduind_dataset_free(ds);
	}
	for (i = 0; i < sizeof plans / sizeof plans[0]; i++) {
		eduind_plan *plan = NULL;
		snprintf(path, sizeof path, EXAMPLES "%s.plan.json", plans[i]);
		CU_ASSERT_EQUAL_FATAL(eduind_plan_load_file(&plan, path, &err), EDUIND_OK);
		for (j = 0; j < eduind_plan_count(plan); j++) {
			const char *code = eduind_target_indicator(eduind_plan_at(plan, j));
			if (eduind_catalog_find(cat, code) == NULL)
				fprintf(stderr, "%s: unknown indicator %s\n", path, code);
			CU_ASSERT_PTR_NOT_NULL(eduind_catalog_find(cat, code));
		}
		eduind_plan_free(plan);
	}
	eduind_catalog_free(cat);
}

int register_builtin_catalog_suite(void)
{
	CU_pSuite s = CU_add_suite("builtin_catalog", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "loads", test_loads) ||
	    !CU_add_test(s, "metadata", test_metadata) ||
	    !CU_add_test(s, "altay_ptr", test_altay_ptr) ||
	    !CU_add_test(s, "altay_reported", test_altay_reported) ||
	    !CU_add_test(s, "moe_cv_example", test_moe_cv_example) ||
	    !CU_add_test(s, "hei_converted", test_hei_converted) ||
	    !CU_add_test(s, "ner_moe_table", test_ner_moe_table) ||
	    !CU_add_test(s, "gpi", test_gpi) ||
	    !CU_add_test(s, "flows", test_flows) ||
	    !CU_add_test(s, "consolidation_lag", test_consolidation_lag) ||
	    !CU_add_test(s, "funding_rules", test_funding_rules) ||
	    !CU_add_test(s, "county_csv", test_county_csv) ||
	    !CU_add_test(s, "examples_load", test_examples_load))
		return -1;
	return 0;
}
