/* Any bytes as a catalogue: a catalogue or a clean error; a loaded catalogue survives
 * a JSON round trip unchanged and evaluates on a small dataset. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/eduind.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	eduind_catalog *cat = NULL, *again = NULL;
	eduind_dataset *ds = NULL;
	eduind_results *res = NULL;
	eduind_error err;
	char *a = NULL, *b = NULL;
	size_t i;
	eduind_error_clear(&err);
	if (eduind_catalog_load_string(&cat, (const char *)data, size, &err) != EDUIND_OK) {
		if (cat != NULL || err.message[0] == '\0')
			abort();
		return 0;
	}
	if (eduind_catalog_to_json(cat, &a) != EDUIND_OK)
		abort();
	if (eduind_catalog_load_string(&again, a, strlen(a), &err) != EDUIND_OK)
		abort();
	if (eduind_catalog_to_json(again, &b) != EDUIND_OK || strcmp(a, b) != 0)
		abort();
	/* Evaluate on a parent with two children, every variable present as 2. */
	if (eduind_dataset_new(&ds) != EDUIND_OK)
		abort();
	eduind_dataset_add_entity(ds, "p", NULL, NULL, NULL, "county");
	eduind_dataset_add_entity(ds, "c1", "p", NULL, NULL, "primary");
	eduind_dataset_add_entity(ds, "c2", "p", NULL, NULL, "junior");
	for (i = 0; i < eduind_catalog_variable_count(cat) && i < 64; i++) {
		const char *code = NULL;
		eduind_catalog_variable_at(cat, i, &code, NULL, NULL, NULL);
		eduind_dataset_set(ds, "c1", 2020, code, NULL, 2.0 + (double)i, EDUIND_STATE_PRESENT);
		eduind_dataset_set(ds, "c2", 2019, code, "sex=F", 1.0, EDUIND_STATE_ESTIMATED);
	}
	if (eduind_evaluate(&res, cat, ds, NULL, &err) != EDUIND_OK)
		abort();
	eduind_results_free(res);
	eduind_dataset_free(ds);
	eduind_free(a);
	eduind_free(b);
	eduind_catalog_free(again);
	eduind_catalog_free(cat);
	return 0;
}
