/* Private to lib/model: the dataset's layout, shared by dataset*.c. */
#ifndef EDUIND_MODEL_DATASET_PRIV_H
#define EDUIND_MODEL_DATASET_PRIV_H

#include <stdatomic.h>
#include <stdint.h>
#include "model/dataset_build.h"
#include "model/hashmap.h"

typedef struct ds_entity {
	const char *id;    /* in the dataset's id chunks */
	char *name_zh; /* NULL when not given */
	char *name_en;
	const char *level; /* interned in eduind_dataset.levels; NULL when not given */
	size_t parent; /* DS_NONE for roots */
	size_t *children;
	size_t n_children, cap_children;
} ds_entity;

/* Values are stored by column: one column per (variable, period, cell), holding a
 * value and a state per entity. A column is cut into pages of up to DS_PAGE_SIZE
 * entities, made on the first value put in their range and grown as later entities
 * get values, so a variable that only a few entities have costs little. A dense
 * column costs about 9 bytes per entity (against ~100 for a hash-table node per value),
 * and the evaluator reads long runs of it in place or copies them with memcpy.
 *
 * A page holds each entity's eduind_state as it is, so that a page whose values are
 * all present or missing is already in the formula machine's form. Whether a slot was
 * ever written is a separate bit (a slot never written reads as missing, as does any
 * entity past the page's cap). Result sets share pages with the dataset: refs counts
 * the holders, and the dataset replaces a page that others hold by a copy before
 * changing it, so a held page never changes. */
typedef struct ds_chunk ds_chunk;

struct ds_page {
	atomic_size_t refs;
	size_t cap;            /* entities held: a power of two, 64 .. DS_PAGE_SIZE */
	ds_chunk *chunk;       /* where it was carved from (see dataset_pages.c), or NULL */
	unsigned char *state;  /* cap eduind_states, after the values */
	uint64_t *stored;      /* cap bits, set once a value is put there */
	_Alignas(64) double value[]; /* cap values, NaN for states without a number; on a
	                              * cache line of their own, as loops read them in vectors */
};

typedef struct ds_column {
	size_t variable, cell;
	int period;
	ds_page **pages;   /* by entity >> DS_PAGE_SHIFT; NULL: nothing stored there */
	size_t n_pages;
} ds_column;

/* Entity ids are kept back to back, in entity order, in chunks that never move: the
 * id index can point into them, and a result set copies every id with a few memcpy. */
typedef struct ds_id_chunk {
	struct ds_id_chunk *next;
	size_t used, cap;
	char text[];
} ds_id_chunk;

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
	size_t *parents; /* entities with children, in the order they got their first */
	size_t n_parents, cap_parents;
	size_t id_bytes; /* the ids' lengths + 1, summed */
	ds_id_chunk *ids, *last_ids;
	ds_names levels; /* a million schools share a few level names */

	ds_names variables;
	ds_names cells; /* cells.items[0] is "" (the total) */

	int *periods; /* distinct periods with a value, ascending */
	size_t n_periods, cap_periods;

	ds_column *columns; /* in order of their first value */
	size_t n_columns, cap_columns;
	keymap column_index; /* (0, period, variable, cell) -> column */
	size_t n_values;
	ds_chunk *chunk;     /* full pages are carved from here (dataset_pages.c) */
	size_t chunk_used;
};

/* Grows *items (elements of size elem) to hold at least need; 0 on failure. */
int ds_grow(void **items, size_t *cap, size_t need, size_t elem);
char *ds_strdup(const char *s);
/* Releases the value columns (dataset_store.c). */
void ds_free_columns(eduind_dataset *ds);
/* A page for cap entities (a power of two, 64 .. DS_PAGE_SIZE) holding the values of
 * old, if any, and never-stored slots after them; NULL when out of memory. */
ds_page *ds_page_new(eduind_dataset *ds, size_t cap, const ds_page *old);
/* Lets go of the chunk pages are being carved from (the dataset is freed). */
void ds_page_chunk_done(eduind_dataset *ds);

#endif
