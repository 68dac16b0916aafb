/* Any bytes given to the JSON dataset loader: a dataset or a clean error, never a crash,
 * and a loaded dataset always writes and reloads to the same JSON. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/eduind.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	eduind_dataset *ds = NULL, *again = NULL;
	eduind_error err;
	char *text = NULL, *text2 = NULL;
	eduind_error_clear(&err);
	if (eduind_dataset_load_json_string(&ds, (const char *)data, size, &err) != EDUIND_OK) {
		if (ds != NULL || err.message[0] == '\0')
			abort();
		return 0;
	}
	if (eduind_dataset_to_json(ds, &text) == EDUIND_OK) {
		if (eduind_dataset_load_json_string(&again, text, strlen(text), &err) != EDUIND_OK)
			abort();
		if (eduind_dataset_to_json(again, &text2) != EDUIND_OK || strcmp(text, text2) != 0)
			abort();
	}
	eduind_free(text);
	eduind_free(text2);
	eduind_dataset_free(again);
	eduind_dataset_free(ds);
	return 0;
}
