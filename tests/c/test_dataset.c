/* The dataset model through its public API and the evaluator's private contract. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "model/dataset_build.h"
#include "model/dataset_internal.h"

static eduind_dataset *tree(void)
{
	eduind_dataset *ds = NULL;
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, "altay", NULL, "阿勒泰地区", "Altay Prefecture",
	                                          "prefecture"),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, "altay.city", "altay", "阿勒泰市", NULL, "county"),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, "burqin", "altay", NULL, NULL, NULL), EDUIND_OK);
	return ds;
}

static void test_states(void)
{
	eduind_state s = EDUIND_STATE_PRESENT;
	CU_ASSERT_STRING_EQUAL(eduind_state_name(EDUIND_STATE_NOT_APPLICABLE), "not_applicable");
	CU_ASSERT_STRING_EQUAL(eduind_state_name((eduind_state)99), "missing");
	CU_ASSERT_STRING_EQUAL(eduind_state_name((eduind_state)-1), "missing");
	CU_ASSERT_EQUAL(eduind_state_from_name("suppressed", &s), EDUIND_OK);
	CU_ASSERT_EQUAL(s, EDUIND_STATE_SUPPRESSED);
	CU_ASSERT_EQUAL(eduind_state_from_name("Present", &s), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_state_from_name(NULL, &s), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_state_from_name("present", NULL), EDUIND_ENULL);
	CU_ASSERT_TRUE(eduind_state_has_value(EDUIND_STATE_PRESENT));
	CU_ASSERT_TRUE(eduind_state_has_value(EDUIND_STATE_ESTIMATED));
	CU_ASSERT_FALSE(eduind_state_has_value(EDUIND_STATE_MISSING));
	CU_ASSERT_FALSE(eduind_state_has_value(EDUIND_STATE_SUPPRESSED));
	CU_ASSERT_FALSE(eduind_state_has_value(EDUIND_STATE_NOT_APPLICABLE));
}

static void test_entities(void)
{
	eduind_dataset *ds = tree();
	const char *id, *parent, *zh, *en, *level;
	const size_t *kids = NULL;
	size_t e;

	CU_ASSERT_EQUAL(eduind_dataset_entity_count(ds), 3);
	CU_ASSERT_EQUAL(eduind_dataset_entity_at(ds, 0, &id, &parent, &zh, &en, &level), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(id, "altay");
	CU_ASSERT_STRING_EQUAL(parent, "");
	CU_ASSERT_STRING_EQUAL(zh, "阿勒泰地区");
	CU_ASSERT_STRING_EQUAL(en, "Altay Prefecture");
	CU_ASSERT_STRING_EQUAL(level, "prefecture");
	CU_ASSERT_EQUAL(eduind_dataset_entity_at(ds, 2, &id, &parent, &zh, &en, &level), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(parent, "altay");
	CU_ASSERT_STRING_EQUAL(zh, "");
	CU_ASSERT_STRING_EQUAL(level, "");
	CU_ASSERT_EQUAL(eduind_dataset_entity_at(ds, 3, &id, NULL, NULL, NULL, NULL), EDUIND_ENOTFOUND);
	CU_ASSERT_EQUAL(eduind_dataset_entity_at(NULL, 0, &id, NULL, NULL, NULL, NULL), EDUIND_ENULL);

	CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, "altay", NULL, NULL, NULL, NULL),
	                EDUIND_EDUPLICATE);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, "x", "nowhere", NULL, NULL, NULL),
	                EDUIND_ENOTFOUND);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, "", NULL, NULL, NULL, NULL), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, NULL, NULL, NULL, NULL, NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(NULL, "a", NULL, NULL, NULL, NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_dataset_entity_count(ds), 3);

	/* Private contract: dense indexes, parents and children in declaration order. */
	e = ds_entity_index(ds, "altay");
	CU_ASSERT_EQUAL(e, 0);
	CU_ASSERT_EQUAL(ds_entity_index(ds, "nope"), DS_NONE);
	CU_ASSERT_EQUAL(ds_entity_index(NULL, "altay"), DS_NONE);
	CU_ASSERT_EQUAL(ds_entity_parent(ds, 1), 0);
	CU_ASSERT_EQUAL(ds_entity_parent(ds, 0), DS_NONE);
	CU_ASSERT_EQUAL(ds_entity_parent(ds, 99), DS_NONE);
	CU_ASSERT_STRING_EQUAL(ds_entity_level(ds, 1), "county");
	CU_ASSERT_STRING_EQUAL(ds_entity_id(ds, 2), "burqin");
	CU_ASSERT_PTR_NULL(ds_entity_id(ds, 3));
	CU_ASSERT_EQUAL(ds_entity_children(ds, 0, &kids), 2);
	CU_ASSERT_EQUAL(kids[0], 1);
	CU_ASSERT_EQUAL(kids[1], 2);
	CU_ASSERT_EQUAL(ds_entity_children(ds, 1, &kids), 0);
	CU_ASSERT_EQUAL(ds_entity_children(ds, 7, &kids), 0);
	CU_ASSERT_PTR_NULL(kids);
	eduind_dataset_free(ds);
}

static void test_missing_is_not_zero(void)
{
	eduind_dataset *ds = tree();
	double v = 0;
	eduind_state s = EDUIND_STATE_PRESENT;

	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, "enrol.primary", NULL, 0, EDUIND_STATE_PRESENT),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, "teachers.primary", NULL, 0,
	                                   EDUIND_STATE_MISSING),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, "altay", 2020, "enrol.primary", NULL, &v, &s), EDUIND_OK);
	CU_ASSERT_EQUAL(s, EDUIND_STATE_PRESENT);
	CU_ASSERT_DOUBLE_EQUAL(v, 0.0, 0);
	/* Stored as missing: the 0 passed in is ignored. */
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, "altay", 2020, "teachers.primary", "", &v, &s), EDUIND_OK);
	CU_ASSERT_EQUAL(s, EDUIND_STATE_MISSING);
	CU_ASSERT_TRUE(isnan(v));
	/* Never stored: missing as well, and OK. */
	s = EDUIND_STATE_PRESENT;
	v = 1;
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, "altay", 2019, "enrol.primary", NULL, &v, &s), EDUIND_OK);
	CU_ASSERT_EQUAL(s, EDUIND_STATE_MISSING);
	CU_ASSERT_TRUE(isnan(v));
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, "altay", 2020, "no.such.var", NULL, &v, &s), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, "altay", 2020, "enrol.primary", "sex=F", &v, &s),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(s, EDUIND_STATE_MISSING);
	/* Unknown entity: ENOTFOUND, still with missing outputs. */
	v = 1;
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, "mars", 2020, "enrol.primary", NULL, &v, &s),
	                EDUIND_ENOTFOUND);
	CU_ASSERT_TRUE(isnan(v));
	CU_ASSERT_EQUAL(eduind_dataset_value_count(ds), 2);
	eduind_dataset_free(ds);
}

static void test_set_rules(void)
{
	eduind_dataset *ds = tree();
	double v = 0;
	eduind_state s;

	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, "x", NULL, NAN, EDUIND_STATE_PRESENT),
	                EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, "x", NULL, INFINITY, EDUIND_STATE_ESTIMATED),
	                EDUIND_ENONFINITE);
	/* A NaN with a state that carries no number is fine (the number is ignored). */
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, "x", NULL, NAN, EDUIND_STATE_SUPPRESSED),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 999, "x", NULL, 1, EDUIND_STATE_PRESENT),
	                EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 10000, "x", NULL, 1, EDUIND_STATE_PRESENT),
	                EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, "x", NULL, 1, (eduind_state)7),
	                EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, "", NULL, 1, EDUIND_STATE_PRESENT),
	                EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "", 2020, "x", NULL, 1, EDUIND_STATE_PRESENT),
	                EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, "x", "sex", 1, EDUIND_STATE_PRESENT),
	                EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, "x", "sex=F;sex=M", 1, EDUIND_STATE_PRESENT),
	                EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, "x", "=F", 1, EDUIND_STATE_PRESENT),
	                EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_dataset_set(NULL, "altay", 2020, "x", NULL, 1, EDUIND_STATE_PRESENT),
	                EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, NULL, 2020, "x", NULL, 1, EDUIND_STATE_PRESENT),
	                EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, NULL, NULL, 1, EDUIND_STATE_PRESENT),
	                EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_dataset_get(NULL, "altay", 2020, "x", NULL, &v, &s), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, "altay", 2020, "x", NULL, NULL, &s), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, "altay", 2020, "x", NULL, &v, NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, "altay", 2020, "x", "bad", &v, &s), EDUIND_EINVAL);

	/* Overwrite, and an unknown entity is created as a root. */
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "new.school", 2021, "x", NULL, 5, EDUIND_STATE_PRESENT),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "new.school", 2021, "x", NULL, 6, EDUIND_STATE_ESTIMATED),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, "new.school", 2021, "x", NULL, &v, &s), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(v, 6, 0);
	CU_ASSERT_EQUAL(s, EDUIND_STATE_ESTIMATED);
	CU_ASSERT_EQUAL(eduind_dataset_entity_count(ds), 4);
	CU_ASSERT_EQUAL(ds_entity_parent(ds, 3), DS_NONE);
	CU_ASSERT_EQUAL(eduind_dataset_value_count(ds), 2);
	eduind_dataset_free(ds);
}

static void test_cells_and_lists(void)
{
	eduind_dataset *ds = tree();
	double v = 0;
	eduind_state s;
	size_t c;

	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2020, "enrol", "sex=F;area=rural", 10,
	                                   EDUIND_STATE_PRESENT),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2015, "teachers", "", 3, EDUIND_STATE_PRESENT),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "altay", 2018, "enrol", NULL, 7, EDUIND_STATE_PRESENT),
	                EDUIND_OK);
	/* Keys in any order name the same cell. */
	CU_ASSERT_EQUAL(eduind_dataset_get(ds, "altay", 2020, "enrol", "area=rural;sex=F", &v, &s),
	                EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(v, 10, 0);
	CU_ASSERT_EQUAL(ds_cell_count(ds), 2);
	CU_ASSERT_STRING_EQUAL(ds_cell_name(ds, 0), "");
	CU_ASSERT_STRING_EQUAL(ds_cell_name(ds, 1), "area=rural;sex=F");
	CU_ASSERT_PTR_NULL(ds_cell_name(ds, 2));
	CU_ASSERT_EQUAL(ds_cell_index(ds, NULL), 0);
	CU_ASSERT_EQUAL(ds_cell_index(ds, ""), 0);
	CU_ASSERT_EQUAL(ds_cell_index(ds, "area=rural;sex=F"), 1);
	CU_ASSERT_EQUAL(ds_cell_index(ds, "sex=F;area=rural"), 1);
	CU_ASSERT_EQUAL(ds_cell_index(ds, "sex=M"), DS_NONE);
	c = ds_cell_index(ds, "sex=F;area=rural");
	ds_lookup(ds, 0, 2020, ds_variable_index(ds, "enrol"), c, &v, &s);
	CU_ASSERT_DOUBLE_EQUAL(v, 10, 0);
	CU_ASSERT_EQUAL(s, EDUIND_STATE_PRESENT);
	ds_lookup(ds, 0, 2020, ds_variable_index(ds, "enrol"), 0, &v, &s);
	CU_ASSERT_EQUAL(s, EDUIND_STATE_MISSING);
	CU_ASSERT_TRUE(isnan(v));
	ds_lookup(ds, 0, 2020, DS_NONE, 0, &v, &s);
	CU_ASSERT_EQUAL(s, EDUIND_STATE_MISSING);
	ds_lookup(NULL, 0, 2020, 0, 0, &v, &s);
	CU_ASSERT_EQUAL(s, EDUIND_STATE_MISSING);

	/* Periods ascending, variables in first-seen order. */
	CU_ASSERT_EQUAL(eduind_dataset_period_count(ds), 3);
	CU_ASSERT_EQUAL(eduind_dataset_period_at(ds, 0), 2015);
	CU_ASSERT_EQUAL(eduind_dataset_period_at(ds, 1), 2018);
	CU_ASSERT_EQUAL(eduind_dataset_period_at(ds, 2), 2020);
	CU_ASSERT_EQUAL(eduind_dataset_period_at(ds, 3), 0);
	CU_ASSERT_EQUAL(eduind_dataset_variable_count(ds), 2);
	CU_ASSERT_STRING_EQUAL(eduind_dataset_variable_at(ds, 0), "enrol");
	CU_ASSERT_STRING_EQUAL(eduind_dataset_variable_at(ds, 1), "teachers");
	CU_ASSERT_PTR_NULL(eduind_dataset_variable_at(ds, 2));
	CU_ASSERT_EQUAL(ds_variable_index(ds, "teachers"), 1);
	CU_ASSERT_EQUAL(ds_variable_index(ds, "zzz"), DS_NONE);
	CU_ASSERT_STRING_EQUAL(eduind_dataset_name(ds), "");
	CU_ASSERT_PTR_NULL(ds_checks_json(ds));
	eduind_dataset_free(ds);
}

static void test_null_dataset(void)
{
	eduind_dataset_free(NULL);
	CU_ASSERT_EQUAL(eduind_dataset_new(NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_dataset_entity_count(NULL), 0);
	CU_ASSERT_EQUAL(eduind_dataset_period_count(NULL), 0);
	CU_ASSERT_EQUAL(eduind_dataset_period_at(NULL, 0), 0);
	CU_ASSERT_EQUAL(eduind_dataset_variable_count(NULL), 0);
	CU_ASSERT_PTR_NULL(eduind_dataset_variable_at(NULL, 0));
	CU_ASSERT_EQUAL(eduind_dataset_value_count(NULL), 0);
	CU_ASSERT_STRING_EQUAL(eduind_dataset_name(NULL), "");
	CU_ASSERT_EQUAL(ds_cell_count(NULL), 1);
	CU_ASSERT_EQUAL(ds_cell_index(NULL, ""), DS_NONE);
	CU_ASSERT_PTR_NULL(ds_checks_json(NULL));
}

static void test_cell_canonical(void)
{
	char *out = NULL;
	char why[160];
	const char *keys[] = { "sex", "area" };
	const char *vals[] = { "F", "rural" };
	CU_ASSERT_EQUAL(ds_cell_canonical("sex=F;area=rural;age=6", &out, why, sizeof why), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(out, "age=6;area=rural;sex=F");
	free(out);
	CU_ASSERT_EQUAL(ds_cell_from_pairs(keys, vals, 2, &out, why, sizeof why), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(out, "area=rural;sex=F");
	free(out);
	CU_ASSERT_EQUAL(ds_cell_from_pairs(keys, vals, 0, &out, why, sizeof why), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(out, "");
	free(out);
	CU_ASSERT_EQUAL(ds_cell_canonical("sex=F;;area=x", &out, why, sizeof why), EDUIND_EINVAL);
	CU_ASSERT_PTR_NULL(out);
	CU_ASSERT_STRING_EQUAL(why, "cell part without '=': \"\"");
	CU_ASSERT_EQUAL(ds_cell_canonical("sex=F;sex=F", &out, why, sizeof why), EDUIND_EINVAL);
	CU_ASSERT_STRING_EQUAL(why, "cell key given twice: \"sex\"");
	CU_ASSERT_EQUAL(ds_cell_canonical("sex=a=b", &out, NULL, 0), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(ds_cell_canonical("sex=", &out, NULL, 0), EDUIND_EINVAL);
}

static void test_find_cycle(void)
{
	size_t chain[4] = { DS_NONE, 0, 1, 2 };
	size_t loop[4] = { DS_NONE, 3, 1, 2 };
	size_t self[2] = { 1, 1 };
	size_t found;
	CU_ASSERT_EQUAL(ds_find_cycle(chain, 4), DS_NONE);
	found = ds_find_cycle(loop, 4);
	CU_ASSERT_TRUE(found >= 1 && found <= 3);
	CU_ASSERT_EQUAL(ds_find_cycle(self, 2), 1);
	CU_ASSERT_EQUAL(ds_find_cycle(chain, 0), DS_NONE);
}

static void test_merge(void)
{
	eduind_dataset *dst = tree(), *src = NULL;
	eduind_error err;
	double v;
	eduind_state s;
	const char *parent;

	eduind_error_clear(&err);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&src), EDUIND_OK);
	/* A CSV of values for the declared tree, plus a new school under the city. */
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(src, "altay.city", NULL, NULL, NULL, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(src, "school1", "altay.city", "一小", NULL, "primary"),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(src, "altay", 2020, "enrol", NULL, 54005, EDUIND_STATE_PRESENT),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_set(src, "school1", 2020, "enrol", "sex=F", 300,
	                                   EDUIND_STATE_ESTIMATED),
	                EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_merge(dst, src, &err), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_entity_count(dst), 4);
	CU_ASSERT_EQUAL(eduind_dataset_entity_at(dst, 3, NULL, &parent, NULL, NULL, NULL), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(parent, "altay.city");
	CU_ASSERT_EQUAL(eduind_dataset_get(dst, "school1", 2020, "enrol", "sex=F", &v, &s), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(v, 300, 0);
	CU_ASSERT_EQUAL(s, EDUIND_STATE_ESTIMATED);
	CU_ASSERT_EQUAL(eduind_dataset_value_count(dst), 2);

	/* The same values again: duplicate, and dst unchanged. */
	CU_ASSERT_EQUAL(eduind_dataset_merge(dst, src, &err), EDUIND_EDUPLICATE);
	CU_ASSERT_EQUAL(err.status, EDUIND_EDUPLICATE);
	CU_ASSERT_EQUAL(eduind_dataset_value_count(dst), 2);
	CU_ASSERT_EQUAL(eduind_dataset_merge(dst, dst, &err), EDUIND_EDUPLICATE);
	CU_ASSERT_EQUAL(eduind_dataset_merge(NULL, src, &err), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_dataset_merge(dst, NULL, NULL), EDUIND_ENULL);
	eduind_dataset_free(src);

	/* A different parent for a known entity is inconsistent. */
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&src), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(src, "burqin", NULL, NULL, NULL, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(src, "school1", "burqin", NULL, NULL, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_merge(dst, src, &err), EDUIND_EINCONSISTENT);
	eduind_dataset_free(src);

	/* A parent link that closes a loop: altay under school1 (which is under altay). */
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&src), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(src, "school1", NULL, NULL, NULL, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_add_entity(src, "altay", "school1", NULL, NULL, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_merge(dst, src, &err), EDUIND_ECYCLE);
	CU_ASSERT_EQUAL(ds_entity_parent(dst, 0), DS_NONE);
	eduind_dataset_free(src);
	eduind_dataset_free(dst);
}

/* Many values: lookups stay correct through table growth. */
static void test_many_values(void)
{
	eduind_dataset *ds = NULL;
	char id[32];
	int i, p;
	size_t v;
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	for (i = 0; i < 500; i++) {
		snprintf(id, sizeof id, "school%03d", i);
		for (p = 2010; p < 2030; p++)
			CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, p, "enrol", NULL, i * 100 + p - 2010,
			                                   EDUIND_STATE_PRESENT),
			                EDUIND_OK);
	}
	CU_ASSERT_EQUAL(eduind_dataset_value_count(ds), 10000);
	CU_ASSERT_EQUAL(eduind_dataset_period_count(ds), 20);
	v = ds_variable_index(ds, "enrol");
	for (i = 0; i < 500; i += 37) {
		double x;
		eduind_state s;
		ds_lookup(ds, (size_t)i, 2025, v, 0, &x, &s);
		CU_ASSERT_DOUBLE_EQUAL(x, i * 100 + 15, 0);
	}
	eduind_dataset_free(ds);
}

int register_dataset_suite(void)
{
	CU_pSuite s = CU_add_suite("dataset", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "states", test_states) || !CU_add_test(s, "entities", test_entities) ||
	    !CU_add_test(s, "missing_is_not_zero", test_missing_is_not_zero) ||
	    !CU_add_test(s, "set_rules", test_set_rules) ||
	    !CU_add_test(s, "cells_and_lists", test_cells_and_lists) ||
	    !CU_add_test(s, "null_dataset", test_null_dataset) ||
	    !CU_add_test(s, "cell_canonical", test_cell_canonical) ||
	    !CU_add_test(s, "find_cycle", test_find_cycle) || !CU_add_test(s, "merge", test_merge) ||
	    !CU_add_test(s, "many_values", test_many_values))
		return -1;
	return 0;
}
