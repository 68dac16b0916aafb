/* Private to lib/model: the dataset's layout, shared by dataset*.c. */
#ifndef EDUIND_MODEL_DATASET_PRIV_H
#define EDUIND_MODEL_DATASET_PRIV_H

#include "model/dataset_build.h"
#include "model/hashmap.h"

typedef struct ds_entity {
	char *id;
	char *name_zh; /* NULL when not given */
	char *name_en;
	char *level;
	size_t parent; /* DS_NONE for roots */
	size_t *children;
	size_t n_children, cap_children;
} ds_entity;

typedef struct ds_value {
	vkey key;
	double value; /* NaN for states without a number */
	eduind_state state;
} ds_value;

/* A list of owned strings with a map back to their index. */
typedef struct ds_names {
	char **items;
	size_t count, cap;
	strmap index;
} ds_names;

struct eduind_dataset {
	char *name;
	char *source;
	char *checks_json;

	ds_entity *entities;
	size_t n_entities, cap_entities;
	strmap entity_index;

	ds_names variables;
	ds_names cells; /* cells.items[0] is "" (the total) */

	int *periods; /* distinct periods with a value, ascending */
	size_t n_periods, cap_periods;

	ds_value *values; /* insertion order */
	size_t n_values, cap_values;
	keymap value_index;
};

/* Grows *items (elements of size elem) to hold at least need; 0 on failure. */
int ds_grow(void **items, size_t *cap, size_t need, size_t elem);
char *ds_strdup(const char *s);

#endif
