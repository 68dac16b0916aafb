/* Private: what the loaders (lib/io) and the writer need beyond the public dataset API:
 * declaring entities whose parent comes later, values that must not repeat, cells
 * built from key/value pairs, and walking the stored values. */
#ifndef EDUIND_MODEL_DATASET_BUILD_H
#define EDUIND_MODEL_DATASET_BUILD_H

#include <stddef.h>
#include "model/dataset_internal.h"

/* Accepted periods (school years by their starting calendar year). */
#define DS_PERIOD_MIN 1000
#define DS_PERIOD_MAX 9999

/* Copies the dataset-level texts (NULL keeps the current one). */
eduind_status ds_set_info(eduind_dataset *ds, const char *name, const char *source);
/* Copies the raw JSON text of a "checks" array. */
eduind_status ds_set_checks_json(eduind_dataset *ds, const char *json);
const char *ds_source(const eduind_dataset *ds);

/* Declares a new entity without a parent (attach it later). EDUIND_EDUPLICATE if the
 * id exists, EDUIND_EINVAL if it is empty. *index may be NULL. */
eduind_status ds_declare_entity(eduind_dataset *ds, const char *id, const char *name_zh,
                                const char *name_en, const char *level, size_t *index);
/* Index of entity id, creating it as a root when unknown. */
eduind_status ds_intern_entity(eduind_dataset *ds, const char *id, size_t *index);
/* Fills attributes that are not set yet (NULL/"" arguments are skipped). */
eduind_status ds_fill_entity(eduind_dataset *ds, size_t e, const char *name_zh, const char *name_en,
                             const char *level);
const char *ds_entity_name_zh(const eduind_dataset *ds, size_t e);
const char *ds_entity_name_en(const eduind_dataset *ds, size_t e);
/* Makes p the parent of root entity e (children keep the order of these calls).
 * The caller has ruled out cycles (ds_find_cycle). */
eduind_status ds_attach_parent(eduind_dataset *ds, size_t e, size_t p);
/* Given parent[i] for n nodes (DS_NONE for roots), returns a node on a cycle or DS_NONE. */
size_t ds_find_cycle(const size_t *parent, size_t n);

/* Canonical cell from pairs: sorted by key, "k=v;k2=v2". Keys and values must be
 * non-empty and free of '=' and ';'; keys must differ. *out is malloc'ed ("" for n == 0).
 * EDUIND_EINVAL with a message in why (may be NULL, >= 128 bytes) otherwise. */
eduind_status ds_cell_from_pairs(const char *const *keys, const char *const *values, size_t n,
                                 char **out, char *why, size_t why_size);
/* Canonical form of a cell text ("sex=F;area=rural" -> "area=rural;sex=F"). */
eduind_status ds_cell_canonical(const char *cell, char **out, char *why, size_t why_size);

eduind_status ds_intern_variable(eduind_dataset *ds, const char *code, size_t *index);
/* cell must be canonical. */
eduind_status ds_intern_cell(eduind_dataset *ds, const char *cell, size_t *index);

/* Stores a value by indexes. With replace == 0 an existing key is EDUIND_EDUPLICATE.
 * EDUIND_EINVAL for a period outside DS_PERIOD_MIN..MAX or an unknown state,
 * EDUIND_ENONFINITE for NaN/Inf with a numeric state. */
eduind_status ds_put(eduind_dataset *ds, size_t e, int period, size_t v, size_t c, double value,
                     eduind_state state, int replace);
int ds_has(const eduind_dataset *ds, size_t e, int period, size_t v, size_t c);

/* Walks every stored value: column by column, in the order each (variable, period,
 * cell) was first stored, then by entity in declaration order. Written out and read
 * back, a dataset keeps its order of variables and cells. Start from DS_CURSOR_INIT;
 * returns 0 when done. The dataset must not change during the walk. */
typedef struct ds_cursor {
	size_t entity, column;
} ds_cursor;
#define DS_CURSOR_INIT { 0, 0 }
int ds_next_value(const eduind_dataset *ds, ds_cursor *cur, size_t *e, int *period, size_t *v,
                  size_t *c, double *value, eduind_state *state);

#endif
