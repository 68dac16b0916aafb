/* Any bytes given to the CSV loader (auto, long and wide layouts): a dataset or a clean
 * error, and a loaded dataset survives a JSON round trip. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/eduind.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const eduind_csv_column_map map[] = { { "地区", "entity" }, { "年份", "period" },
		                                          { "性别", "cell:sex" } };
	eduind_csv_options opts = EDUIND_CSV_OPTIONS_INIT;
	eduind_dataset *ds = NULL, *again = NULL;
	eduind_error err;
	char *text = NULL;
	if (size == 0)
		return 0;
	/* The first byte picks the options, the rest is the file. */
	opts.layout = (eduind_csv_layout)(data[0] % 3);
	opts.delimiter = (data[0] & 4) ? ';' : 0;
	opts.default_period = (data[0] & 8) ? "2020" : NULL;
	if (data[0] & 16) {
		opts.columns = map;
		opts.n_columns = 3;
	}
	eduind_error_clear(&err);
	if (eduind_dataset_load_csv_string(&ds, (const char *)data + 1, size - 1, &opts, &err) !=
	    EDUIND_OK) {
		if (ds != NULL || err.message[0] == '\0')
			abort();
		return 0;
	}
	if (eduind_dataset_to_json(ds, &text) == EDUIND_OK &&
	    eduind_dataset_load_json_string(&again, text, strlen(text), &err) != EDUIND_OK)
		abort();
	if (again != NULL && eduind_dataset_value_count(again) != eduind_dataset_value_count(ds))
		abort();
	eduind_free(text);
	eduind_dataset_free(again);
	eduind_dataset_free(ds);
	return 0;
}
