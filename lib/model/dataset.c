/* The dataset store: entities, variables, cells, periods and values, with the dense
 * indexes and hash lookups of dataset_internal.h. Values live in dataset_store.c; public
 * wrappers are in dataset_api.c. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "model/dataset_priv.h"

/* Dense indexes are stored in 32 bits inside value keys. */
#define DS_MAX_INDEX ((size_t)UINT32_MAX - 1)

int ds_grow(void **items, size_t *cap, size_t need, size_t elem)
{
	size_t ncap;
	void *p;
	if (need <= *cap)
		return 1;
	ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > ((size_t)-1) / 2)
			return 0;
		ncap *= 2;
	}
	if (ncap > ((size_t)-1) / elem)
		return 0;
	p = realloc(*items, ncap * elem);
	if (p == NULL)
		return 0;
	*items = p;
	*cap = ncap;
	return 1;
}

char *ds_strdup(const char *s)
{
	size_t n;
	char *p;
	if (s == NULL)
		return NULL;
	n = strlen(s) + 1;
	p = malloc(n);
	if (p != NULL)
		memcpy(p, s, n);
	return p;
}

static void names_free(ds_names *n)
{
	size_t i;
	for (i = 0; i < n->count; i++)
		free(n->items[i]);
	free(n->items);
	strmap_free(&n->index);
	memset(n, 0, sizeof *n);
}

static eduind_status names_intern(ds_names *n, const char *s, size_t *index)
{
	size_t i;
	char *copy;
	if (strmap_get(&n->index, s, &i)) {
		*index = i;
		return EDUIND_OK;
	}
	if (n->count >= DS_MAX_INDEX)
		return EDUIND_ELIMIT;
	if (!ds_grow((void **)&n->items, &n->cap, n->count + 1, sizeof *n->items))
		return EDUIND_ENOMEM;
	copy = ds_strdup(s);
	if (copy == NULL)
		return EDUIND_ENOMEM;
	if (strmap_put(&n->index, copy, n->count) != EDUIND_OK) {
		free(copy);
		return EDUIND_ENOMEM;
	}
	n->items[n->count] = copy;
	*index = n->count++;
	return EDUIND_OK;
}

eduind_status eduind_dataset_new(eduind_dataset **out)
{
	eduind_dataset *ds;
	size_t total;
	if (out == NULL)
		return EDUIND_ENULL;
	*out = NULL;
	ds = calloc(1, sizeof *ds);
	if (ds == NULL)
		return EDUIND_ENOMEM;
	if (names_intern(&ds->cells, "", &total) != EDUIND_OK) {
		eduind_dataset_free(ds);
		return EDUIND_ENOMEM;
	}
	*out = ds;
	return EDUIND_OK;
}

void eduind_dataset_free(eduind_dataset *ds)
{
	size_t i;
	if (ds == NULL)
		return;
	while (ds->ids != NULL) {
		ds_id_chunk *next = ds->ids->next;
		free(ds->ids);
		ds->ids = next;
	}
	for (i = 0; i < ds->n_entities; i++) {
		ds_entity *en = &ds->entities[i];
		free(en->name_zh);
		free(en->name_en);
		free(en->children);
	}
	free(ds->entities);
	free(ds->parents);
	strmap_free(&ds->entity_index);
	names_free(&ds->variables);
	names_free(&ds->cells);
	names_free(&ds->levels);
	free(ds->periods);
	ds_free_columns(ds);
	free(ds->name);
	free(ds->source);
	free(ds->checks_json);
	free(ds);
}

static eduind_status replace_text(char **slot, const char *text)
{
	char *copy;
	if (text == NULL)
		return EDUIND_OK;
	copy = ds_strdup(text);
	if (copy == NULL)
		return EDUIND_ENOMEM;
	free(*slot);
	*slot = copy;
	return EDUIND_OK;
}

eduind_status ds_set_info(eduind_dataset *ds, const char *name, const char *source)
{
	eduind_status st = replace_text(&ds->name, name);
	return st != EDUIND_OK ? st : replace_text(&ds->source, source);
}

eduind_status ds_set_checks_json(eduind_dataset *ds, const char *json)
{
	return replace_text(&ds->checks_json, json);
}

const char *ds_source(const eduind_dataset *ds)
{
	return ds != NULL && ds->source != NULL ? ds->source : "";
}

const char *ds_checks_json(const eduind_dataset *ds)
{
	return ds != NULL ? ds->checks_json : NULL;
}

/* ---- Entities ----------------------------------------------------------------------- */

static int set_if_empty(char **slot, const char *text)
{
	if (text == NULL || text[0] == '\0' || (*slot != NULL && (*slot)[0] != '\0'))
		return 1;
	free(*slot);
	*slot = ds_strdup(text);
	return *slot != NULL;
}

/* Appends an id to the id chunks; returns where it is, or NULL when out of memory. */
static const char *add_id(eduind_dataset *ds, const char *id)
{
	size_t len = strlen(id) + 1;
	ds_id_chunk *ch = ds->last_ids;
	char *at;
	if (ch == NULL || ch->cap - ch->used < len) {
		size_t cap = len > 65536 ? len : 65536;
		ch = malloc(sizeof *ch + cap);
		if (ch == NULL)
			return NULL;
		ch->next = NULL;
		ch->used = 0;
		ch->cap = cap;
		if (ds->last_ids != NULL)
			ds->last_ids->next = ch;
		else
			ds->ids = ch;
		ds->last_ids = ch;
	}
	at = ch->text + ch->used;
	memcpy(at, id, len);
	ch->used += len;
	return at;
}

/* Sets an entity's level once, to the dataset's copy of the name. */
static int set_level(eduind_dataset *ds, ds_entity *en, const char *level)
{
	size_t i;
	if (level == NULL || level[0] == '\0' || (en->level != NULL && en->level[0] != '\0'))
		return 1;
	if (names_intern(&ds->levels, level, &i) != EDUIND_OK)
		return 0;
	en->level = ds->levels.items[i];
	return 1;
}

eduind_status ds_declare_entity(eduind_dataset *ds, const char *id, const char *name_zh,
                                const char *name_en, const char *level, size_t *index)
{
	ds_entity *en;
	if (id == NULL || id[0] == '\0')
		return EDUIND_EINVAL;
	if (strmap_get(&ds->entity_index, id, NULL))
		return EDUIND_EDUPLICATE;
	if (ds->n_entities >= DS_MAX_INDEX)
		return EDUIND_ELIMIT;
	if (!ds_grow((void **)&ds->entities, &ds->cap_entities, ds->n_entities + 1,
	             sizeof *ds->entities))
		return EDUIND_ENOMEM;
	en = &ds->entities[ds->n_entities];
	memset(en, 0, sizeof *en);
	en->parent = DS_NONE;
	en->id = add_id(ds, id);
	if (en->id == NULL || !set_if_empty(&en->name_zh, name_zh) ||
	    !set_if_empty(&en->name_en, name_en) || !set_level(ds, en, level) ||
	    strmap_put(&ds->entity_index, en->id, ds->n_entities) != EDUIND_OK) {
		if (en->id != NULL)
			ds->last_ids->used -= strlen(id) + 1; /* it was the last one added */
		free(en->name_zh);
		free(en->name_en);
		return EDUIND_ENOMEM;
	}
	ds->id_bytes += strlen(id) + 1;
	if (index != NULL)
		*index = ds->n_entities;
	ds->n_entities++;
	return EDUIND_OK;
}

eduind_status ds_intern_entity(eduind_dataset *ds, const char *id, size_t *index)
{
	if (id != NULL && strmap_get(&ds->entity_index, id, index))
		return EDUIND_OK;
	return ds_declare_entity(ds, id, NULL, NULL, NULL, index);
}

eduind_status ds_fill_entity(eduind_dataset *ds, size_t e, const char *name_zh, const char *name_en,
                             const char *level)
{
	ds_entity *en = &ds->entities[e];
	if (!set_if_empty(&en->name_zh, name_zh) || !set_if_empty(&en->name_en, name_en) ||
	    !set_level(ds, en, level))
		return EDUIND_ENOMEM;
	return EDUIND_OK;
}

eduind_status ds_attach_parent(eduind_dataset *ds, size_t e, size_t p)
{
	ds_entity *parent = &ds->entities[p];
	if (!ds_grow((void **)&parent->children, &parent->cap_children, parent->n_children + 1,
	             sizeof *parent->children))
		return EDUIND_ENOMEM;
	if (parent->n_children == 0) {
		if (!ds_grow((void **)&ds->parents, &ds->cap_parents, ds->n_parents + 1, sizeof *ds->parents))
			return EDUIND_ENOMEM;
		ds->parents[ds->n_parents++] = p;
	}
	parent->children[parent->n_children++] = e;
	ds->entities[e].parent = p;
	return EDUIND_OK;
}

size_t ds_find_cycle(const size_t *parent, size_t n)
{
	/* 0 = not seen, 1 = on the current upward walk, 2 = known to reach a root. */
	unsigned char *mark = calloc(n ? n : 1, 1);
	size_t i, j, found = DS_NONE;
	if (mark == NULL)
		return DS_NONE; /* cannot check: callers treat memory failure elsewhere */
	for (i = 0; i < n && found == DS_NONE; i++) {
		for (j = i; j != DS_NONE && j < n && mark[j] == 0; j = parent[j])
			mark[j] = 1;
		if (j != DS_NONE && j < n && mark[j] == 1)
			found = j;
		for (j = i; j != DS_NONE && j < n && mark[j] == 1; j = parent[j])
			mark[j] = 2;
	}
	free(mark);
	return found;
}

size_t ds_entity_index(const eduind_dataset *ds, const char *id)
{
	size_t i;
	if (ds == NULL || id == NULL || !strmap_get(&ds->entity_index, id, &i))
		return DS_NONE;
	return i;
}

const char *ds_entity_id(const eduind_dataset *ds, size_t e)
{
	return ds != NULL && e < ds->n_entities ? ds->entities[e].id : NULL;
}

static const char *or_empty(const char *s)
{
	return s != NULL ? s : "";
}

const char *ds_entity_level(const eduind_dataset *ds, size_t e)
{
	return ds != NULL && e < ds->n_entities ? or_empty(ds->entities[e].level) : NULL;
}

const char *ds_entity_name_zh(const eduind_dataset *ds, size_t e)
{
	return ds != NULL && e < ds->n_entities ? or_empty(ds->entities[e].name_zh) : NULL;
}

const char *ds_entity_name_en(const eduind_dataset *ds, size_t e)
{
	return ds != NULL && e < ds->n_entities ? or_empty(ds->entities[e].name_en) : NULL;
}

size_t ds_entity_parent(const eduind_dataset *ds, size_t e)
{
	return ds != NULL && e < ds->n_entities ? ds->entities[e].parent : DS_NONE;
}

size_t ds_entity_id_bytes(const eduind_dataset *ds)
{
	return ds->id_bytes;
}

void ds_copy_ids(const eduind_dataset *ds, char *out)
{
	const ds_id_chunk *ch;
	for (ch = ds->ids; ch != NULL; ch = ch->next) {
		memcpy(out, ch->text, ch->used);
		out += ch->used;
	}
}

size_t ds_parents(const eduind_dataset *ds, const size_t **out)
{
	*out = ds->parents;
	return ds->n_parents;
}

size_t ds_entity_children(const eduind_dataset *ds, size_t e, const size_t **out)
{
	if (ds == NULL || e >= ds->n_entities) {
		if (out != NULL)
			*out = NULL;
		return 0;
	}
	if (out != NULL)
		*out = ds->entities[e].children;
	return ds->entities[e].n_children;
}

/* ---- Variables and cells -------------------------------------------------------------- */

eduind_status ds_intern_variable(eduind_dataset *ds, const char *code, size_t *index)
{
	if (code == NULL || code[0] == '\0')
		return EDUIND_EINVAL;
	return names_intern(&ds->variables, code, index);
}

eduind_status ds_intern_cell(eduind_dataset *ds, const char *cell, size_t *index)
{
	return names_intern(&ds->cells, cell != NULL ? cell : "", index);
}

size_t ds_variable_index(const eduind_dataset *ds, const char *code)
{
	size_t i;
	if (ds == NULL || code == NULL || !strmap_get(&ds->variables.index, code, &i))
		return DS_NONE;
	return i;
}

size_t ds_cell_index(const eduind_dataset *ds, const char *cell)
{
	size_t i = DS_NONE;
	char *canon = NULL;
	if (ds == NULL)
		return DS_NONE;
	if (cell == NULL || cell[0] == '\0')
		return 0;
	if (strmap_get(&ds->cells.index, cell, &i))
		return i;
	/* Not stored as written: maybe the keys are in another order. */
	if (ds_cell_canonical(cell, &canon, NULL, 0) == EDUIND_OK) {
		if (!strmap_get(&ds->cells.index, canon, &i))
			i = DS_NONE;
		free(canon);
	}
	return i;
}

size_t ds_cell_count(const eduind_dataset *ds)
{
	return ds != NULL ? ds->cells.count : 1;
}

const char *ds_cell_name(const eduind_dataset *ds, size_t c)
{
	return ds != NULL && c < ds->cells.count ? ds->cells.items[c] : NULL;
}
