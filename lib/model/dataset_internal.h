/* Private contract between the dataset model (lib/model) and the evaluator
 * (lib/expr, lib/eval): fast, index-based reads for column-wise evaluation.
 * Indexes are dense (0..count-1) and stable for the life of an unmodified dataset.
 * Values are stored by column (variable, period, cell) over entities: ds_read copies a
 * column for many entities at once, ds_lookup reads one value in O(1). */
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
/* The entities that have children (a few thousand counties among a million schools),
 * so that walks over parents need not visit every entity. */
size_t ds_parents(const eduind_dataset *ds, const size_t **out);
/* Bytes of all entity ids with their terminating NULs, and a copy of them all, in
 * entity order, into out (ds_entity_id_bytes bytes). */
size_t ds_entity_id_bytes(const eduind_dataset *ds);
void ds_copy_ids(const eduind_dataset *ds, char *out);

/* Reads one value. Never-stored keys give EDUIND_STATE_MISSING and NaN.
 * period is a calendar school year (e.g. 2020), not an index. */
void ds_lookup(const eduind_dataset *ds, size_t e, int period, size_t v, size_t c,
               double *value, eduind_state *state);

/* Reads column (period, v, c) for n entities: value[i] and state[i] (an eduind_state)
 * of entity ents[i], or of entity first + i when ents is NULL. Runs of consecutive
 * entities are copied in blocks, so reading every entity in order costs about a
 * memcpy. Never-stored values, and unknown v or c, read as NaN and
 * EDUIND_STATE_MISSING. */
void ds_read(const eduind_dataset *ds, int period, size_t v, size_t c, const size_t *ents, size_t first,
             size_t n, double *value, unsigned char *state);

/* Sharing a column's pages of DS_PAGE_SIZE entities (entities p * DS_PAGE_SIZE ..
 * (p + 1) * DS_PAGE_SIZE - 1 are page p) instead of copying them: the evaluator keeps a
 * ratio's numerator and denominator with its results this way. A shared page stays as
 * it is while held (the dataset replaces it by a copy before changing it) and
 * outlives the dataset. Pages are long so that a column read in place streams like
 * an array. */
typedef struct ds_page ds_page;
#define DS_PAGE_SHIFT 12
#define DS_PAGE_SIZE ((size_t)1 << DS_PAGE_SHIFT)
#define DS_PAGE_MASK (DS_PAGE_SIZE - 1)

/* For pages 0 .. n_pages - 1 of column (period, v, c): pages[p] is held (or NULL) and
 * values[p], states[p] point at the values and eduind_states of its entities, all
 * those the dataset has (pages past them, pages with nothing stored and columns that
 * do not exist read as a constant page of missing values). values[p] and states[p]
 * are NULL, and nothing is held, for a page that holds fewer entities than exist
 * (made before the last ones were added and not written since): read it with
 * ds_read. */
void ds_share_column(const eduind_dataset *ds, int period, size_t v, size_t c, size_t n_pages, ds_page **pages,
                     const double **values, const unsigned char **states);
/* Lets go of pages taken by ds_share_column (NULL entries are skipped); the last
 * holder frees a page. */
void ds_release_pages(ds_page *const *pages, size_t n_pages);

/* Raw JSON text of the dataset's "checks" array (NULL if none), for lib/eval/consistency. */
const char *ds_checks_json(const eduind_dataset *ds);

#endif
