/* Any bytes given to the plan loader: a plan or a clean error; a loaded plan writes and
 * reloads to the same JSON. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/eduind.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	eduind_plan *plan = NULL, *again = NULL;
	eduind_error err;
	char *text = NULL, *text2 = NULL;
	eduind_error_clear(&err);
	if (eduind_plan_load_string(&plan, (const char *)data, size, &err) != EDUIND_OK) {
		if (plan != NULL || err.message[0] == '\0')
			abort();
		return 0;
	}
	if (eduind_plan_to_json(plan, &text) == EDUIND_OK) {
		if (eduind_plan_load_string(&again, text, strlen(text), &err) != EDUIND_OK)
			abort();
		if (eduind_plan_to_json(again, &text2) != EDUIND_OK || strcmp(text, text2) != 0)
			abort();
	}
	eduind_free(text);
	eduind_free(text2);
	eduind_plan_free(again);
	eduind_plan_free(plan);
	return 0;
}
