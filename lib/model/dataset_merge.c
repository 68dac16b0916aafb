/* eduind_dataset_merge: validate everything first, then copy, so a failed merge leaves
 * dst as it was (except when memory runs out half-way). */
#include <stdlib.h>
#include <string.h>
#include "internal/error.h"
#include "model/dataset_priv.h"

static int differ(const char *a, const char *b)
{
	return a != NULL && a[0] != '\0' && b != NULL && b[0] != '\0' && strcmp(a, b) != 0;
}

/* Entities as they would be after the merge: dst's, then src's new ones in order. */
static eduind_status check_entities(const eduind_dataset *dst, const eduind_dataset *src,
                                    eduind_error *err)
{
	size_t n_new = 0, i, total, bad;
	size_t *slot = NULL, *parent = NULL;
	eduind_status st = EDUIND_OK;

	slot = malloc((src->n_entities ? src->n_entities : 1) * sizeof *slot);
	if (slot == NULL)
		return eduind__fail(err, EDUIND_ENOMEM, "out of memory");
	for (i = 0; i < src->n_entities; i++) {
		size_t d = ds_entity_index(dst, src->entities[i].id);
		slot[i] = d != DS_NONE ? d : dst->n_entities + n_new++;
	}
	total = dst->n_entities + n_new;
	parent = malloc((total ? total : 1) * sizeof *parent);
	if (parent == NULL) {
		free(slot);
		return eduind__fail(err, EDUIND_ENOMEM, "out of memory");
	}
	for (i = 0; i < dst->n_entities; i++)
		parent[i] = dst->entities[i].parent;
	for (i = dst->n_entities; i < total; i++)
		parent[i] = DS_NONE;
	for (i = 0; i < src->n_entities && st == EDUIND_OK; i++) {
		const ds_entity *s = &src->entities[i];
		size_t d = slot[i];
		const char *dp = NULL;
		if (d < dst->n_entities) {
			const ds_entity *t = &dst->entities[d];
			if (t->parent != DS_NONE)
				dp = dst->entities[t->parent].id;
			if (differ(t->name_zh, s->name_zh) || differ(t->name_en, s->name_en) ||
			    differ(t->level, s->level))
				st = eduind__fail(err, EDUIND_EINCONSISTENT,
				                  "entity \"%s\" has different names or level in the two datasets",
				                  s->id);
		}
		if (st == EDUIND_OK && s->parent != DS_NONE) {
			const char *sp = src->entities[s->parent].id;
			if (differ(dp, sp))
				st = eduind__fail(err, EDUIND_EINCONSISTENT,
				                  "entity \"%s\" has parent \"%s\" in one dataset and \"%s\" in the other",
				                  s->id, dp, sp);
			else if (parent[d] == DS_NONE)
				parent[d] = slot[s->parent];
		}
	}
	if (st == EDUIND_OK && (bad = ds_find_cycle(parent, total)) != DS_NONE) {
		const char *id = bad < dst->n_entities ? dst->entities[bad].id : "?";
		for (i = 0; i < src->n_entities; i++)
			if (slot[i] == bad)
				id = src->entities[i].id;
		st = eduind__fail(err, EDUIND_ECYCLE, "merging would make entity \"%s\" its own ancestor", id);
	}
	free(slot);
	free(parent);
	return st;
}

static eduind_status check_values(const eduind_dataset *dst, const eduind_dataset *src,
                                  eduind_error *err)
{
	ds_cursor cur = DS_CURSOR_INIT;
	size_t se, sv, sc;
	int period;
	double value;
	eduind_state state;
	while (ds_next_value(src, &cur, &se, &period, &sv, &sc, &value, &state)) {
		size_t e = ds_entity_index(dst, src->entities[se].id);
		size_t var = ds_variable_index(dst, src->variables.items[sv]);
		size_t c = ds_cell_index(dst, src->cells.items[sc]);
		if (e != DS_NONE && var != DS_NONE && c != DS_NONE && ds_has(dst, e, period, var, c))
			return eduind__fail(err, EDUIND_EDUPLICATE,
			                    "value of \"%s\" for \"%s\", %d%s%s is in both datasets",
			                    src->variables.items[sv], src->entities[se].id, period,
			                    sc ? ", cell " : "", src->cells.items[sc]);
	}
	return EDUIND_OK;
}

static eduind_status merge_checks(eduind_dataset *dst, const char *extra)
{
	const char *mine = dst->checks_json;
	size_t a, b;
	char *joined;
	if (extra == NULL)
		return EDUIND_OK;
	if (mine == NULL || strcmp(mine, "[]") == 0)
		return ds_set_checks_json(dst, extra);
	if (strcmp(extra, "[]") == 0)
		return EDUIND_OK;
	/* Both are JSON arrays: "[a]" + "[b]" -> "[a,b]". */
	a = strlen(mine);
	b = strlen(extra);
	joined = malloc(a + b);
	if (joined == NULL)
		return EDUIND_ENOMEM;
	memcpy(joined, mine, a - 1);
	joined[a - 1] = ',';
	memcpy(joined + a, extra + 1, b - 1);
	joined[a + b - 1] = '\0';
	free(dst->checks_json);
	dst->checks_json = joined;
	return EDUIND_OK;
}

static eduind_status copy_all(eduind_dataset *dst, const eduind_dataset *src)
{
	size_t i, *slot;
	eduind_status st = EDUIND_OK;
	slot = malloc((src->n_entities ? src->n_entities : 1) * sizeof *slot);
	if (slot == NULL)
		return EDUIND_ENOMEM;
	for (i = 0; i < src->n_entities && st == EDUIND_OK; i++) {
		const ds_entity *s = &src->entities[i];
		st = ds_intern_entity(dst, s->id, &slot[i]);
		if (st == EDUIND_OK)
			st = ds_fill_entity(dst, slot[i], s->name_zh, s->name_en, s->level);
	}
	for (i = 0; i < src->n_entities && st == EDUIND_OK; i++) {
		const ds_entity *s = &src->entities[i];
		if (s->parent != DS_NONE && dst->entities[slot[i]].parent == DS_NONE)
			st = ds_attach_parent(dst, slot[i], slot[s->parent]);
	}
	{
		ds_cursor cur = DS_CURSOR_INIT;
		size_t se, sv, sc, var, c;
		int period;
		double value;
		eduind_state state;
		while (st == EDUIND_OK && ds_next_value(src, &cur, &se, &period, &sv, &sc, &value, &state)) {
			st = ds_intern_variable(dst, src->variables.items[sv], &var);
			if (st == EDUIND_OK)
				st = ds_intern_cell(dst, src->cells.items[sc], &c);
			if (st == EDUIND_OK)
				st = ds_put(dst, slot[se], period, var, c, value, state, 0);
		}
	}
	free(slot);
	if (st == EDUIND_OK && (dst->name == NULL || dst->name[0] == '\0'))
		st = ds_set_info(dst, src->name, NULL);
	if (st == EDUIND_OK && (dst->source == NULL || dst->source[0] == '\0'))
		st = ds_set_info(dst, NULL, src->source);
	if (st == EDUIND_OK)
		st = merge_checks(dst, src->checks_json);
	return st;
}

eduind_status eduind_dataset_merge(eduind_dataset *dst, const eduind_dataset *src, eduind_error *err)
{
	eduind_status st;
	if (dst == NULL || src == NULL)
		return eduind__fail(err, EDUIND_ENULL, "dataset is NULL");
	if (dst == src)
		return src->n_values == 0 ? EDUIND_OK
		                          : eduind__fail(err, EDUIND_EDUPLICATE,
		                                         "merging a dataset into itself repeats every value");
	st = check_entities(dst, src, err);
	if (st == EDUIND_OK)
		st = check_values(dst, src, err);
	if (st == EDUIND_OK) {
		st = copy_all(dst, src);
		if (st != EDUIND_OK)
			st = eduind__fail(err, st, "merge failed: %s", eduind_status_str(st));
	}
	return st;
}
