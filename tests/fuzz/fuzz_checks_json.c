/* Any bytes as a "checks" array: the rule reader gives rules or a clean error, never a
 * crash; accepted rules then run over a small dataset without trouble. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/eduind.h"
#include "eval/check_rules.h"
#include "model/dataset_build.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static eduind_dataset *small_dataset(void)
{
	static const char *const vars[] = { "a", "b", "t", "p", "q", "v" };
	static const double values[][6] = { { 5, 0.0005, 10, 4, 6, 100 },
		                                { 7, 0.0007, 10, 4, 5, 0 },
		                                { -1, 1e300, 3, 2, 1, 250 } };
	eduind_dataset *ds = NULL;
	size_t y, i;
	if (eduind_dataset_new(&ds) != EDUIND_OK)
		return NULL;
	for (y = 0; y < 3; y++)
		for (i = 0; i < 6; i++)
			eduind_dataset_set(ds, y == 2 ? "e2" : "e1", 2019 + (int)y, vars[i], NULL, values[y][i],
			                   EDUIND_STATE_PRESENT);
	eduind_dataset_set(ds, "e1", 2020, "m", NULL, 0, EDUIND_STATE_MISSING);
	return ds;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_rules rules = CHECK_RULES_INIT;
	eduind_error err;
	eduind_dataset *ds;
	eduind_findings *f = NULL;
	char *text;
	size_t i;
	eduind_error_clear(&err);
	if (cr_parse(&rules, (const char *)data, size, "fuzz", &err) != EDUIND_OK) {
		if (rules.n != 0 || err.message[0] == '\0')
			abort();
		return 0;
	}
	for (i = 0; i < rules.n; i++)
		if (rules.items[i].id == NULL || rules.items[i].id[0] == '\0')
			abort();
	cr_free(&rules);
	/* The same text as a dataset's checks, run for real. */
	text = malloc(size + 1);
	ds = small_dataset();
	if (text != NULL && ds != NULL) {
		memcpy(text, data, size);
		text[size] = '\0';
		if (strlen(text) == size && ds_set_checks_json(ds, text) == EDUIND_OK) {
			if (eduind_check(&f, NULL, ds, NULL, &err) != EDUIND_OK)
				abort(); /* the same rules were accepted above */
			for (i = 0; i < eduind_findings_count(f); i++) {
				eduind_finding x;
				if (eduind_findings_get(f, i, &x) != EDUIND_OK || x.message == NULL || x.rule == NULL)
					abort();
			}
			eduind_findings_free(f);
		}
	}
	free(text);
	eduind_dataset_free(ds);
	return 0;
}
