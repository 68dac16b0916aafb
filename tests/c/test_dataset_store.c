/* The column store behind datasets: values across page boundaries, sparse columns,
 * bulk reads (ranges and gathers) against one-by-one lookups, the walk over stored
 * values, duplicates, and pages shared with a reader. Sizes are chosen to cross
 * DS_PAGE_SIZE several times. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "model/dataset_build.h"
#include "model/dataset_internal.h"

#define N_ENT 1000 /* about four pages */

/* Entity i has "pupils" in 2020 unless i % 7 == 3 (never stored) or i % 11 == 5
 * (stored as missing); only every 97th entity has "budget" (a sparse column). */
static eduind_dataset *build(void)
{
	eduind_dataset *ds = NULL;
	char id[32];
	int i;
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	for (i = 0; i < N_ENT; i++) {
		snprintf(id, sizeof id, "e%04d", i);
		CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, id, NULL, NULL, NULL, "school"), EDUIND_OK);
		if (i % 7 != 3)
			CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, 2020, "pupils", NULL, i % 11 == 5 ? 0 : i * 2.5,
			                                   i % 11 == 5 ? EDUIND_STATE_MISSING : EDUIND_STATE_PRESENT),
			                EDUIND_OK);
		if (i % 97 == 0)
			CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, 2019, "budget", NULL, -i, EDUIND_STATE_ESTIMATED),
			                EDUIND_OK);
	}
	return ds;
}

static void expect_entity(size_t e, double v, unsigned char s)
{
	if (e % 7 == 3 || e % 11 == 5) {
		CU_ASSERT_TRUE(isnan(v));
		CU_ASSERT_EQUAL(s, EDUIND_STATE_MISSING);
	} else {
		CU_ASSERT_DOUBLE_EQUAL(v, e * 2.5, 0);
		CU_ASSERT_EQUAL(s, EDUIND_STATE_PRESENT);
	}
}

static void test_counts_and_lookup(void)
{
	eduind_dataset *ds = build();
	size_t pupils = ds_variable_index(ds, "pupils"), e, stored = 0;
	for (e = 0; e < N_ENT; e++) {
		double v;
		eduind_state s;
		stored += e % 7 != 3;
		ds_lookup(ds, e, 2020, pupils, 0, &v, &s);
		expect_entity(e, v, (unsigned char)s);
		CU_ASSERT_EQUAL(ds_has(ds, e, 2020, pupils, 0), e % 7 != 3);
		CU_ASSERT_FALSE(ds_has(ds, e, 2021, pupils, 0));
	}
	CU_ASSERT_EQUAL(eduind_dataset_value_count(ds), stored + (N_ENT + 96) / 97);
	CU_ASSERT_EQUAL(eduind_dataset_period_count(ds), 2);
	/* A stored missing value is "stored" (a duplicate), a never-stored one is not. */
	CU_ASSERT_EQUAL(ds_put(ds, 5, 2020, pupils, 0, 1, EDUIND_STATE_PRESENT, 0), EDUIND_EDUPLICATE);
	CU_ASSERT_EQUAL(ds_put(ds, 3, 2020, pupils, 0, 1, EDUIND_STATE_PRESENT, 0), EDUIND_OK);
	CU_ASSERT_EQUAL(ds_put(ds, 3, 2020, pupils, 0, 2, EDUIND_STATE_PRESENT, 1), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_value_count(ds), stored + 1 + (N_ENT + 96) / 97);
	eduind_dataset_free(ds);
}

static void test_read_range_and_gather(void)
{
	eduind_dataset *ds = build();
	size_t pupils = ds_variable_index(ds, "pupils"), budget = ds_variable_index(ds, "budget");
	size_t ents[N_ENT], i, n = 0;
	double v[N_ENT];
	unsigned char s[N_ENT];
	/* Every entity from 100 on, as a range: crosses page boundaries mid-page. */
	ds_read(ds, 2020, pupils, 0, NULL, 100, N_ENT - 100, v, s);
	for (i = 0; i < N_ENT - 100; i++)
		expect_entity(100 + i, v[i], s[i]);
	/* A gather with consecutive runs, jumps back and forth, and an unknown entity. */
	for (i = 250; i < 270; i++)
		ents[n++] = i;
	ents[n++] = 3;
	ents[n++] = 999;
	ents[n++] = 998;
	for (i = 500; i < 530; i++)
		ents[n++] = i;
	ents[n++] = N_ENT + 5; /* outside the dataset: missing, not a crash */
	ds_read(ds, 2020, pupils, 0, ents, 0, n, v, s);
	for (i = 0; i + 1 < n; i++)
		expect_entity(ents[i], v[i], s[i]);
	CU_ASSERT_TRUE(isnan(v[n - 1]));
	CU_ASSERT_EQUAL(s[n - 1], EDUIND_STATE_MISSING);
	/* A sparse column: pages without any value read as missing. */
	ds_read(ds, 2019, budget, 0, NULL, 0, N_ENT, v, s);
	for (i = 0; i < N_ENT; i++) {
		if (i % 97 == 0) {
			CU_ASSERT_DOUBLE_EQUAL(v[i], -(double)i, 0);
			CU_ASSERT_EQUAL(s[i], EDUIND_STATE_ESTIMATED);
		} else {
			CU_ASSERT_TRUE(isnan(v[i]));
			CU_ASSERT_EQUAL(s[i], EDUIND_STATE_MISSING);
		}
	}
	/* No such column (period, variable or cell): all missing. */
	ds_read(ds, 2018, pupils, 0, NULL, 0, 10, v, s);
	ds_read(ds, 2020, DS_NONE, 0, NULL, 10, 10, v + 10, s + 10);
	ds_read(ds, 2020, pupils, 7, NULL, 20, 10, v + 20, s + 20);
	for (i = 0; i < 30; i++) {
		CU_ASSERT_TRUE(isnan(v[i]));
		CU_ASSERT_EQUAL(s[i], EDUIND_STATE_MISSING);
	}
	eduind_dataset_free(ds);
}

static void test_walk(void)
{
	eduind_dataset *ds = build();
	ds_cursor cur = DS_CURSOR_INIT;
	size_t e, v, c, count = 0, last_e = 0, pupils = ds_variable_index(ds, "pupils");
	int period, in_budget = 0;
	double x;
	eduind_state st;
	/* Column by column in the order first stored ("pupils" 2020 came first), each in
	 * entity order; every stored value once. */
	while (ds_next_value(ds, &cur, &e, &period, &v, &c, &x, &st)) {
		if (v == pupils) {
			CU_ASSERT_FALSE(in_budget); /* the first column is done before the second */
			CU_ASSERT_TRUE(count == 0 || e > last_e);
			expect_entity(e, x, (unsigned char)st);
		} else {
			CU_ASSERT_TRUE(!in_budget || e > last_e);
			CU_ASSERT_TRUE(e % 97 == 0 && period == 2019 && st == EDUIND_STATE_ESTIMATED);
			in_budget = 1;
		}
		last_e = e;
		count++;
	}
	CU_ASSERT_EQUAL(count, eduind_dataset_value_count(ds));
	CU_ASSERT_FALSE(ds_next_value(ds, &cur, &e, &period, &v, &c, &x, &st)); /* stays done */
	eduind_dataset_free(ds);
}

/* Written out and read back, a dataset has the same values, variables and cells in
 * the same order, and writes the same text again. */
static void test_round_trip_order(void)
{
	eduind_dataset *ds = build(), *again = NULL;
	char *a = NULL, *b = NULL;
	size_t i;
	CU_ASSERT_EQUAL(eduind_dataset_set(ds, "e0001", 2020, "pupils", "sex=F", 1, EDUIND_STATE_PRESENT), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_to_json(ds, &a), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_load_json_string(&again, a, strlen(a), NULL), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_dataset_to_json(again, &b), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(a, b);
	CU_ASSERT_EQUAL(eduind_dataset_value_count(again), eduind_dataset_value_count(ds));
	for (i = 0; i < eduind_dataset_variable_count(ds); i++)
		CU_ASSERT_STRING_EQUAL(eduind_dataset_variable_at(again, i), eduind_dataset_variable_at(ds, i));
	CU_ASSERT_EQUAL(ds_cell_count(again), ds_cell_count(ds));
	eduind_free(a);
	eduind_free(b);
	eduind_dataset_free(again);
	eduind_dataset_free(ds);
}

/* A shared column reads as the dataset does; changing the dataset afterwards leaves
 * the shared pages as they were (the dataset replaces a page by a copy before writing
 * it), and they outlive the dataset. Pages with nothing stored and absent columns read
 * as missing; a page made before later entities were added is not shared. */
static void test_shared_pages(void)
{
	enum { NP = 2 }; /* the column's page, then one past the dataset */
	eduind_dataset *ds = build();
	size_t pupils = ds_variable_index(ds, "pupils"), budget = ds_variable_index(ds, "budget"), e;
	ds_page *pages[NP], *none[NP];
	const double *v[NP], *nv[NP];
	const unsigned char *st[NP], *ns[NP];
	CU_ASSERT_TRUE_FATAL(N_ENT < DS_PAGE_SIZE);
	ds_share_column(ds, 2020, pupils, 0, NP, pages, v, st);
	ds_share_column(ds, 2031, budget, 0, NP, none, nv, ns); /* no such column */
	CU_ASSERT_PTR_NOT_NULL_FATAL(v[0]);
	CU_ASSERT_PTR_NOT_NULL(pages[0]);
	CU_ASSERT_PTR_NULL(pages[1]);
	for (e = 0; e < N_ENT; e++)
		expect_entity(e, v[0][e], st[0][e]);
	for (e = 0; e < DS_PAGE_SIZE; e++) {
		CU_ASSERT_TRUE(isnan(v[1][e]) && st[1][e] == EDUIND_STATE_MISSING);
		CU_ASSERT_TRUE(isnan(nv[0][e]) && ns[0][e] == EDUIND_STATE_MISSING);
	}
	CU_ASSERT_PTR_NULL(none[0]);
	/* Entity 1 has a value, entity 3 was never stored (written now). */
	CU_ASSERT_EQUAL(ds_put(ds, 1, 2020, pupils, 0, 99, EDUIND_STATE_ESTIMATED, 1), EDUIND_OK);
	CU_ASSERT_EQUAL(ds_put(ds, 3, 2020, pupils, 0, 7, EDUIND_STATE_PRESENT, 1), EDUIND_OK);
	{
		double x;
		eduind_state s;
		ds_page *again[1];
		const double *av[1];
		const unsigned char *as[1];
		ds_lookup(ds, 1, 2020, pupils, 0, &x, &s);
		CU_ASSERT_TRUE(x == 99 && s == EDUIND_STATE_ESTIMATED);
		CU_ASSERT_TRUE(ds_has(ds, 3, 2020, pupils, 0));
		/* More entities than the page was made for: not shared. */
		for (e = N_ENT; e < 2 * N_ENT; e++) {
			char id[32];
			snprintf(id, sizeof id, "late%zu", e);
			CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, id, NULL, NULL, NULL, "school"), EDUIND_OK);
		}
		ds_share_column(ds, 2020, pupils, 0, 1, again, av, as);
		CU_ASSERT_PTR_NULL(again[0]);
		CU_ASSERT_PTR_NULL(av[0]);
		CU_ASSERT_PTR_NULL(as[0]);
	}
	eduind_dataset_free(ds);
	for (e = 0; e < N_ENT; e++)
		expect_entity(e, v[0][e], st[0][e]);
	ds_release_pages(pages, NP); /* the last holder frees them (valgrind and ASan check) */
	ds_release_pages(none, NP);
}

/* Full pages come from shared chunks: values across several of them read back, a
 * shared one is copied before it changes, and every chunk is freed once the dataset and
 * the last reader let go (ASan and valgrind check the memory). */
static void test_full_pages(void)
{
	enum { N = 3 * DS_PAGE_SIZE + 100, NP = 4 };
	eduind_dataset *ds = NULL;
	ds_page *pages[NP];
	const double *v[NP];
	const unsigned char *st[NP];
	size_t e, var, bad = 0;
	char id[32];
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	for (e = 0; e < N; e++) {
		snprintf(id, sizeof id, "e%zu", e);
		CU_ASSERT_EQUAL(eduind_dataset_add_entity(ds, id, NULL, NULL, NULL, NULL), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, 2020, "pupils", NULL, (double)e, EDUIND_STATE_PRESENT), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, 2020, "teachers", NULL, e % 3, EDUIND_STATE_PRESENT), EDUIND_OK);
	}
	var = ds_variable_index(ds, "pupils");
	ds_share_column(ds, 2020, var, 0, NP, pages, v, st);
	CU_ASSERT_PTR_NOT_NULL_FATAL(v[3]);
	CU_ASSERT_EQUAL(ds_put(ds, DS_PAGE_SIZE + 5, 2020, var, 0, -1, EDUIND_STATE_ESTIMATED, 1), EDUIND_OK);
	eduind_dataset_free(ds);
	for (e = 0; e < N; e++)
		bad += v[e >> DS_PAGE_SHIFT][e & DS_PAGE_MASK] != (double)e ||
		       st[e >> DS_PAGE_SHIFT][e & DS_PAGE_MASK] != EDUIND_STATE_PRESENT;
	CU_ASSERT_EQUAL(bad, 0);
	ds_release_pages(pages, NP);
}

int register_dataset_store_suite(void)
{
	CU_pSuite s = CU_add_suite("dataset_store", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "counts_and_lookup", test_counts_and_lookup) ||
	    !CU_add_test(s, "read_range_and_gather", test_read_range_and_gather) ||
	    !CU_add_test(s, "walk", test_walk) || !CU_add_test(s, "round_trip_order", test_round_trip_order) ||
	    !CU_add_test(s, "shared_pages", test_shared_pages) || !CU_add_test(s, "full_pages", test_full_pages))
		return -1;
	return 0;
}
