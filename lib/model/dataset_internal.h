/* Private contract between the dataset model (lib/model) and the evaluator
 * (lib/expr, lib/eval): fast, index-based reads for column-wise evaluation.
 * Indexes are dense (0..count-1) and stable for the life of an unmodified dataset.
 * All lookups are O(1) on average (hash tables), so the evaluator can read a value
 * per (entity, period, variable, cell) in its inner loop. */
#ifndef EDUIND_MODEL_DATASET_INTERNAL_H
#define EDUIND_MODEL_DATASET_INTERNAL_H

#include <stddef.h>
#include "eduind/dataset.h"

#define DS_NONE ((size_t)-1)

/* Id -> dense index, DS_NONE when unknown. */
size_t ds_entity_index(const eduind_dataset *ds, const char *id);
size_t ds_variable_index(const eduind_dataset *ds, const char *code);
size_t ds_cell_index(const eduind_dataset *ds, const char *cell); /* "" / NULL -> 0, the total */

/* Dense index -> id / attributes (borrowed). */
const char *ds_entity_id(const eduind_dataset *ds, size_t e);
const char *ds_entity_level(const eduind_dataset *ds, size_t e);
size_t ds_entity_parent(const eduind_dataset *ds, size_t e); /* DS_NONE for roots */
size_t ds_cell_count(const eduind_dataset *ds);              /* >= 1: index 0 is the total */
const char *ds_cell_name(const eduind_dataset *ds, size_t c); /* "" for 0 */

/* Children of entity e, in declaration order: *out points into the dataset. */
size_t ds_entity_children(const eduind_dataset *ds, size_t e, const size_t **out);

/* Reads one value. Never-stored keys give EDUIND_STATE_MISSING and NaN.
 * period is a calendar school year (e.g. 2020), not an index. */
void ds_lookup(const eduind_dataset *ds, size_t e, int period, size_t v, size_t c,
               double *value, eduind_state *state);

/* Raw JSON text of the dataset's "checks" array (NULL if none), for lib/eval/consistency. */
const char *ds_checks_json(const eduind_dataset *ds);

#endif
