/* Several threads evaluate one shared catalogue and dataset at once; each must get
 * exactly the single-threaded results. CI runs this suite under ThreadSanitizer. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

#define N_THREADS 4
#define ROUNDS 5

static const char *cat_json =
	"{\"format\":\"eduind-catalog\",\"version\":1,\"variables\":["
	"{\"code\":\"pupils\",\"name\":{\"zh\":\"p\",\"en\":\"p\"},\"unit\":\"count\"},"
	"{\"code\":\"teachers\",\"name\":{\"zh\":\"t\",\"en\":\"t\"},\"unit\":\"count\"},"
	"{\"code\":\"books\",\"name\":{\"zh\":\"b\",\"en\":\"b\"},\"unit\":\"count\"}],"
	"\"indicators\":["
	"{\"code\":\"ptr\",\"name\":{\"zh\":\"r\",\"en\":\"r\"},\"kind\":\"ratio\",\"numerator\":\"pupils\","
	"\"denominator\":\"teachers\",\"unit\":\"ratio\",\"decimals\":2,\"source\":{\"document\":\"d\",\"section\":\"s\"}},"
	"{\"code\":\"growth\",\"name\":{\"zh\":\"g\",\"en\":\"g\"},\"kind\":\"value\",\"formula\":\"growth(pupils[-1], pupils)\","
	"\"unit\":\"percent\",\"decimals\":1,\"source\":{\"document\":\"d\",\"section\":\"s\"}},"
	"{\"code\":\"cv\",\"name\":{\"zh\":\"c\",\"en\":\"c\"},\"kind\":\"value\",\"formula\":\"children_balance_cv(books, pupils, 1)\","
	"\"unit\":\"coefficient\",\"decimals\":3,\"source\":{\"document\":\"d\",\"section\":\"s\"}},"
	"{\"code\":\"twice\",\"name\":{\"zh\":\"t\",\"en\":\"t\"},\"kind\":\"value\",\"formula\":\"ptr * 2\","
	"\"unit\":\"number\",\"decimals\":2,\"source\":{\"document\":\"d\",\"section\":\"s\"}}]}";

/* 1 if the set does not write the expected JSON. */
static int json_differs(const eduind_results *res, const char *expected)
{
	char *json = NULL;
	int differs = eduind_results_to_json(res, &json) != EDUIND_OK || strcmp(json, expected) != 0;
	eduind_free(json);
	return differs;
}

typedef struct job {
	const eduind_catalog *cat;
	const eduind_dataset *ds;
	const char *expected;
	int mismatches;
} job;

static void *worker(void *arg)
{
	job *j = arg;
	int r;
	for (r = 0; r < ROUNDS; r++) {
		eduind_results *res = NULL;
		if (eduind_evaluate(&res, j->cat, j->ds, NULL, NULL) != EDUIND_OK || json_differs(res, j->expected))
			j->mismatches++;
		eduind_results_free(res);
	}
	return NULL;
}

static void test_shared_evaluation(void)
{
	eduind_catalog *cat = NULL;
	eduind_dataset *ds = NULL;
	eduind_results *res = NULL;
	char *expected = NULL;
	pthread_t t[N_THREADS];
	job jobs[N_THREADS];
	int i, k, y;
	char id[32];
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_load_string(&cat, cat_json, strlen(cat_json), NULL), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	for (i = 0; i < 20; i++) {
		snprintf(id, sizeof id, "county%d", i);
		eduind_dataset_add_entity(ds, id, NULL, NULL, NULL, "county");
		for (k = 0; k < 30; k++) {
			char sid[48];
			snprintf(sid, sizeof sid, "county%d.s%d", i, k);
			eduind_dataset_add_entity(ds, sid, id, NULL, NULL, "primary");
			for (y = 2019; y <= 2020; y++) {
				eduind_dataset_set(ds, sid, y, "pupils", NULL, 100 + i * 7 + k * 13 + y % 3, EDUIND_STATE_PRESENT);
				eduind_dataset_set(ds, sid, y, "teachers", NULL, 5 + (k % 7), EDUIND_STATE_PRESENT);
				eduind_dataset_set(ds, sid, y, "books", NULL, 2000 + k * 31, EDUIND_STATE_PRESENT);
			}
		}
	}
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, NULL, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_results_to_json(res, &expected), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_results_count(res), 4 * 620 * 2);
	eduind_results_free(res);
	for (i = 0; i < N_THREADS; i++) {
		jobs[i].cat = cat;
		jobs[i].ds = ds;
		jobs[i].expected = expected;
		jobs[i].mismatches = 0;
		CU_ASSERT_EQUAL_FATAL(pthread_create(&t[i], NULL, worker, &jobs[i]), 0);
	}
	for (i = 0; i < N_THREADS; i++) {
		pthread_join(t[i], NULL);
		CU_ASSERT_EQUAL(jobs[i].mismatches, 0);
	}
	eduind_free(expected);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

typedef struct reader {
	eduind_results *res;
	const char *expected;
	int mismatches;
} reader;

/* Readers of one shared result set: the first reads make its display text and entity
 * index, which must be safe when they race. */
static void *read_worker(void *arg)
{
	reader *rd = arg;
	size_t i;
	if (eduind_results_find(rd->res, "ptr", "county3.s7", 2020, NULL, &i) != EDUIND_OK)
		rd->mismatches++;
	rd->mismatches += json_differs(rd->res, rd->expected);
	return NULL;
}

static void test_shared_results(void)
{
	eduind_catalog *cat = NULL;
	eduind_dataset *ds = NULL;
	eduind_results *res = NULL, *again = NULL;
	char *expected = NULL, id[48];
	pthread_t t[N_THREADS];
	reader rd[N_THREADS];
	int i, k;
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_load_string(&cat, cat_json, strlen(cat_json), NULL), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	for (i = 0; i < 10; i++)
		for (k = 0; k < 10; k++) {
			snprintf(id, sizeof id, "county%d.s%d", i, k);
			eduind_dataset_set(ds, id, 2020, "pupils", NULL, 100 + i + k, EDUIND_STATE_PRESENT);
			eduind_dataset_set(ds, id, 2020, "teachers", NULL, 7 + k, EDUIND_STATE_PRESENT);
		}
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&again, cat, ds, NULL, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_results_to_json(again, &expected), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, NULL, NULL), EDUIND_OK);
	for (i = 0; i < N_THREADS; i++) {
		rd[i].res = res;
		rd[i].expected = expected;
		rd[i].mismatches = 0;
		CU_ASSERT_EQUAL_FATAL(pthread_create(&t[i], NULL, read_worker, &rd[i]), 0);
	}
	for (i = 0; i < N_THREADS; i++) {
		pthread_join(t[i], NULL);
		CU_ASSERT_EQUAL(rd[i].mismatches, 0);
	}
	eduind_free(expected);
	eduind_results_free(res);
	eduind_results_free(again);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
}

/* Result sets share the dataset's pages: each thread reads its own set and frees it
 * while the main thread changes those very values (the dataset copies a shared page
 * before writing it) and then frees the dataset. Enough schools for pages carved from
 * the dataset's large chunks. */
static void *read_and_free(void *arg)
{
	reader *rd = arg;
	rd->mismatches += json_differs(rd->res, rd->expected);
	eduind_results_free(rd->res);
	return NULL;
}

static void test_results_freed_while_dataset_changes(void)
{
	enum { SCHOOLS = 9000 };
	eduind_catalog *cat = NULL;
	eduind_dataset *ds = NULL;
	eduind_results *res = NULL;
	char *expected = NULL, id[48];
	pthread_t t[N_THREADS];
	reader rd[N_THREADS];
	int i;
	CU_ASSERT_EQUAL_FATAL(eduind_catalog_load_string(&cat, cat_json, strlen(cat_json), NULL), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_dataset_new(&ds), EDUIND_OK);
	for (i = 0; i < SCHOOLS; i++) {
		snprintf(id, sizeof id, "s%d", i);
		eduind_dataset_set(ds, id, 2020, "pupils", NULL, 100 + i % 50, EDUIND_STATE_PRESENT);
		eduind_dataset_set(ds, id, 2020, "teachers", NULL, 7 + i % 9, EDUIND_STATE_PRESENT);
	}
	CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, NULL, NULL), EDUIND_OK);
	CU_ASSERT_EQUAL_FATAL(eduind_results_to_json(res, &expected), EDUIND_OK);
	eduind_results_free(res);
	for (i = 0; i < N_THREADS; i++) {
		rd[i].res = NULL;
		rd[i].expected = expected;
		rd[i].mismatches = 0;
		CU_ASSERT_EQUAL_FATAL(eduind_evaluate(&res, cat, ds, NULL, NULL), EDUIND_OK);
		rd[i].res = res;
	}
	for (i = 0; i < N_THREADS; i++)
		CU_ASSERT_EQUAL_FATAL(pthread_create(&t[i], NULL, read_and_free, &rd[i]), 0);
	for (i = 0; i < SCHOOLS; i += 97) {
		snprintf(id, sizeof id, "s%d", i);
		CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, 2020, "pupils", NULL, 1, EDUIND_STATE_PRESENT), EDUIND_OK);
		CU_ASSERT_EQUAL(eduind_dataset_set(ds, id, 2020, "teachers", NULL, 0, EDUIND_STATE_MISSING), EDUIND_OK);
	}
	eduind_dataset_free(ds);
	for (i = 0; i < N_THREADS; i++) {
		pthread_join(t[i], NULL);
		CU_ASSERT_EQUAL(rd[i].mismatches, 0);
	}
	eduind_free(expected);
	eduind_catalog_free(cat);
}

int register_threads_suite(void)
{
	CU_pSuite s = CU_add_suite("threads", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "shared_evaluation", test_shared_evaluation) ||
	    !CU_add_test(s, "shared_results", test_shared_results) ||
	    !CU_add_test(s, "results_freed_while_dataset_changes", test_results_freed_while_dataset_changes))
		return -1;
	return 0;
}
