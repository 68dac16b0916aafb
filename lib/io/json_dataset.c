/* Loader of the "eduind-dataset" JSON format (docs/formats.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "io/json_util.h"
#include "model/dataset_build.h"

static const char *const top_members[] = { "format", "version", "name", "source", "entities",
	                                         "values", "data", "checks", NULL };
static const char *const entity_members[] = { "id", "parent", "name", "level", NULL };
static const char *const name_members[] = { "zh", "en", NULL };
static const char *const value_members[] = { "entity", "period", "variable", "cell", "value",
	                                           "state", "note", NULL };

static eduind_status oom(ju_ctx *c)
{
	return ju_fail(c, EDUIND_ENOMEM, "out of memory");
}

/* Maps a dataset-layer failure to a message at the current path. */
static eduind_status model_fail(ju_ctx *c, eduind_status st, const char *what)
{
	if (st == EDUIND_ENOMEM)
		return oom(c);
	if (st == EDUIND_ELIMIT)
		return ju_fail(c, st, "too many %s", what);
	return ju_fail(c, st == EDUIND_EINVAL ? EDUIND_ESCHEMA : st, "invalid %s", what);
}

static eduind_status read_names(ju_ctx *c, const cJSON *ent, const char **zh, const char **en)
{
	const cJSON *name = NULL;
	size_t mark;
	eduind_status st = ju_opt_object(c, ent, "name", &name);
	if (st != EDUIND_OK || name == NULL)
		return st;
	mark = ju_push_key(c, "name");
	st = ju_check_members(c, name, name_members);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, name, "zh", zh);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, name, "en", en);
	ju_pop(c, mark);
	return st;
}

static eduind_status read_entities(ju_ctx *c, eduind_dataset *ds, const cJSON *list)
{
	size_t n = (size_t)cJSON_GetArraySize(list), i, bad;
	size_t *parent = NULL;
	const cJSON *ent;
	eduind_status st = EDUIND_OK;
	size_t top = ju_push_key(c, "entities");

	parent = malloc((n ? n : 1) * sizeof *parent);
	if (parent == NULL)
		return oom(c);
	/* First pass: declare every entity, so a parent may be declared after its children. */
	for (i = 0, ent = list->child; ent != NULL && st == EDUIND_OK; ent = ent->next, i++) {
		const char *id = NULL, *zh = NULL, *en = NULL, *level = NULL, *par = NULL;
		size_t mark = ju_push_index(c, i);
		st = ju_check_members(c, ent, entity_members);
		if (st == EDUIND_OK)
			st = ju_req_string(c, ent, "id", &id);
		if (st == EDUIND_OK)
			st = ju_opt_string(c, ent, "parent", &par);
		if (st == EDUIND_OK)
			st = read_names(c, ent, &zh, &en);
		if (st == EDUIND_OK)
			st = ju_opt_string(c, ent, "level", &level);
		if (st == EDUIND_OK) {
			st = ds_declare_entity(ds, id, zh, en, level, NULL);
			if (st == EDUIND_EDUPLICATE)
				st = ju_fail_member(c, "id", st, "entity \"%s\" is declared twice", id);
			else if (st != EDUIND_OK)
				st = model_fail(c, st, "entity");
		}
		ju_pop(c, mark);
	}
	/* Second pass: resolve parents, refuse cycles, then link in declaration order. */
	for (i = 0, ent = list->child; ent != NULL && st == EDUIND_OK; ent = ent->next, i++) {
		const cJSON *p = cJSON_GetObjectItemCaseSensitive(ent, "parent");
		parent[i] = DS_NONE;
		if (p != NULL && p->valuestring[0] != '\0') {
			parent[i] = ds_entity_index(ds, p->valuestring);
			if (parent[i] == DS_NONE) {
				size_t mark = ju_push_index(c, i);
				st = ju_fail_member(c, "parent", EDUIND_ESCHEMA, "unknown parent entity \"%s\"",
				                    p->valuestring);
				ju_pop(c, mark);
			}
		}
	}
	if (st == EDUIND_OK && (bad = ds_find_cycle(parent, n)) != DS_NONE) {
		size_t mark = ju_push_index(c, bad);
		st = ju_fail_member(c, "parent", EDUIND_ECYCLE, "entity \"%s\" is its own ancestor",
		                    ds_entity_id(ds, bad));
		ju_pop(c, mark);
	}
	for (i = 0; i < n && st == EDUIND_OK; i++)
		if (parent[i] != DS_NONE && ds_attach_parent(ds, i, parent[i]) != EDUIND_OK)
			st = oom(c);
	free(parent);
	ju_pop(c, top);
	return st;
}

/* Reads the "cell" object into a canonical cell text (malloc'ed). */
static eduind_status read_cell(ju_ctx *c, const cJSON *cell, char **out)
{
	size_t n = (size_t)cJSON_GetArraySize(cell), i;
	const char **keys = malloc((n ? n : 1) * sizeof *keys);
	const char **vals = malloc((n ? n : 1) * sizeof *vals);
	char(*nums)[24] = malloc((n ? n : 1) * sizeof *nums);
	const cJSON *m;
	char why[160];
	eduind_status st = EDUIND_OK;
	size_t mark = ju_push_key(c, "cell");

	*out = NULL;
	if (keys == NULL || vals == NULL || nums == NULL)
		st = oom(c);
	for (i = 0, m = cell->child; m != NULL && st == EDUIND_OK; m = m->next, i++) {
		keys[i] = m->string;
		if (cJSON_IsNumber(m)) {
			/* {"age": 6} reads as "age=6". */
			long v;
			size_t k = ju_push_key(c, m->string);
			st = ju_as_int(c, m, -999999999L, 999999999L, &v);
			ju_pop(c, k);
			if (st == EDUIND_OK)
				snprintf(nums[i], sizeof nums[i], "%ld", v);
			vals[i] = nums[i];
		} else {
			size_t k = ju_push_key(c, m->string);
			st = ju_as_string(c, m, &vals[i]);
			ju_pop(c, k);
		}
	}
	if (st == EDUIND_OK) {
		st = ds_cell_from_pairs(keys, vals, n, out, why, sizeof why);
		if (st == EDUIND_EINVAL)
			st = ju_fail(c, EDUIND_ESCHEMA, "%s", why);
		else if (st != EDUIND_OK)
			st = oom(c);
	}
	free(keys);
	free(vals);
	free(nums);
	ju_pop(c, mark);
	return st;
}

/* Stores one value; the current path is the value's own. */
static eduind_status store(ju_ctx *c, eduind_dataset *ds, const char *entity, long period,
                           const char *variable, const char *cell, double value,
                           eduind_state state)
{
	size_t e, v, ci;
	eduind_status st = ds_intern_entity(ds, entity, &e);
	if (st == EDUIND_OK)
		st = ds_intern_variable(ds, variable, &v);
	if (st == EDUIND_OK)
		st = ds_intern_cell(ds, cell, &ci);
	if (st == EDUIND_OK)
		st = ds_put(ds, e, (int)period, v, ci, value, state, 0);
	if (st == EDUIND_EDUPLICATE)
		return ju_fail(c, st, "a value of \"%s\" for \"%s\", %ld%s%s is already given", variable,
		               entity, period, cell[0] ? ", cell " : "", cell);
	if (st != EDUIND_OK)
		return model_fail(c, st, "value");
	return EDUIND_OK;
}

/* The value and the state of one entry, checked against each other. */
static eduind_status read_value_state(ju_ctx *c, const cJSON *item, double *value,
                                      eduind_state *state)
{
	const cJSON *val = cJSON_GetObjectItemCaseSensitive(item, "value");
	const char *sname = NULL;
	int has_number;
	size_t mark;
	eduind_status st = ju_opt_string(c, item, "state", &sname);
	if (st != EDUIND_OK)
		return st;
	if (val != NULL && !cJSON_IsNull(val)) {
		mark = ju_push_key(c, "value");
		st = ju_as_number(c, val, value);
		ju_pop(c, mark);
		if (st != EDUIND_OK)
			return st;
		has_number = 1;
	} else {
		has_number = 0;
	}
	if (sname == NULL) {
		*state = has_number ? EDUIND_STATE_PRESENT : EDUIND_STATE_MISSING;
		return EDUIND_OK;
	}
	if (eduind_state_from_name(sname, state) != EDUIND_OK)
		return ju_fail_member(c, "state", EDUIND_ESCHEMA,
		                      "unknown state \"%s\" (present, missing, not_applicable, estimated, "
		                      "suppressed)",
		                      sname);
	if (has_number && !eduind_state_has_value(*state))
		return ju_fail_member(c, "value", EDUIND_ESCHEMA, "a number with state \"%s\"; use null",
		                      sname);
	if (!has_number && eduind_state_has_value(*state))
		return ju_fail_member(c, "value", EDUIND_ESCHEMA, "state \"%s\" needs a number", sname);
	return EDUIND_OK;
}

static eduind_status read_values(ju_ctx *c, eduind_dataset *ds, const cJSON *list)
{
	const cJSON *item;
	size_t i;
	eduind_status st = EDUIND_OK;
	size_t top = ju_push_key(c, "values");
	for (i = 0, item = list->child; item != NULL && st == EDUIND_OK; item = item->next, i++) {
		const char *entity = NULL, *variable = NULL, *note = NULL;
		const cJSON *cell = NULL;
		char *canon = NULL;
		long period = 0;
		double value = 0;
		eduind_state state = EDUIND_STATE_MISSING;
		size_t mark = ju_push_index(c, i);
		st = ju_check_members(c, item, value_members);
		if (st == EDUIND_OK)
			st = ju_req_string(c, item, "entity", &entity);
		if (st == EDUIND_OK)
			st = ju_req_int(c, item, "period", DS_PERIOD_MIN, DS_PERIOD_MAX, &period);
		if (st == EDUIND_OK)
			st = ju_req_string(c, item, "variable", &variable);
		if (st == EDUIND_OK)
			st = ju_opt_string(c, item, "note", &note);
		if (st == EDUIND_OK)
			st = ju_opt_object(c, item, "cell", &cell);
		if (st == EDUIND_OK && cell != NULL)
			st = read_cell(c, cell, &canon);
		if (st == EDUIND_OK)
			st = read_value_state(c, item, &value, &state);
		if (st == EDUIND_OK)
			st = store(c, ds, entity, period, variable, canon ? canon : "", value, state);
		free(canon);
		ju_pop(c, mark);
	}
	ju_pop(c, top);
	return st;
}

/* "data": { entity: { "period": { variable: number | null } } } */
static eduind_status read_data(ju_ctx *c, eduind_dataset *ds, const cJSON *data)
{
	const cJSON *ent, *per, *var;
	eduind_status st = EDUIND_OK;
	size_t top = ju_push_key(c, "data");
	for (ent = data->child; ent != NULL && st == EDUIND_OK; ent = ent->next) {
		size_t m1 = ju_push_key(c, ent->string);
		if (ent->string[0] == '\0')
			st = ju_fail(c, EDUIND_ESCHEMA, "empty entity id");
		else
			st = ju_as_object(c, ent);
		for (per = st == EDUIND_OK ? ent->child : NULL; per != NULL && st == EDUIND_OK;
		     per = per->next) {
			long period = 0;
			char *end = NULL;
			size_t m2 = ju_push_key(c, per->string);
			period = strtol(per->string, &end, 10);
			if (per->string[0] < '0' || per->string[0] > '9' || *end != '\0' ||
			    period < DS_PERIOD_MIN || period > DS_PERIOD_MAX)
				st = ju_fail(c, EDUIND_ESCHEMA, "period \"%s\" is not a year from %d to %d",
				             per->string, DS_PERIOD_MIN, DS_PERIOD_MAX);
			else
				st = ju_as_object(c, per);
			for (var = st == EDUIND_OK ? per->child : NULL; var != NULL && st == EDUIND_OK;
			     var = var->next) {
				double value = 0;
				eduind_state state = EDUIND_STATE_MISSING;
				size_t m3 = ju_push_key(c, var->string);
				if (var->string[0] == '\0') {
					st = ju_fail(c, EDUIND_ESCHEMA, "empty variable code");
				} else if (!cJSON_IsNull(var)) {
					st = ju_as_number(c, var, &value);
					state = EDUIND_STATE_PRESENT;
				}
				if (st == EDUIND_OK)
					st = store(c, ds, ent->string, period, var->string, "", value, state);
				ju_pop(c, m3);
			}
			ju_pop(c, m2);
		}
		ju_pop(c, m1);
	}
	ju_pop(c, top);
	return st;
}

static eduind_status read_checks(ju_ctx *c, eduind_dataset *ds, const cJSON *checks)
{
	char *text = cJSON_PrintUnformatted(checks);
	eduind_status st;
	if (text == NULL)
		return oom(c);
	st = ds_set_checks_json(ds, text);
	cJSON_free(text);
	return st == EDUIND_OK ? st : oom(c);
}

static eduind_status build(ju_ctx *c, const cJSON *root, eduind_dataset *ds)
{
	const char *name = NULL, *source = NULL;
	const cJSON *entities = NULL, *values = NULL, *data = NULL, *checks = NULL;
	eduind_status st = ju_check_header(c, root, "eduind-dataset", 1, NULL);
	if (st == EDUIND_OK)
		st = ju_check_members(c, root, top_members);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, root, "name", &name);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, root, "source", &source);
	if (st == EDUIND_OK)
		st = ju_opt_array(c, root, "entities", &entities);
	if (st == EDUIND_OK)
		st = ju_opt_array(c, root, "values", &values);
	if (st == EDUIND_OK)
		st = ju_opt_object(c, root, "data", &data);
	if (st == EDUIND_OK)
		st = ju_opt_array(c, root, "checks", &checks);
	if (st == EDUIND_OK && ds_set_info(ds, name, source) != EDUIND_OK)
		st = oom(c);
	if (st == EDUIND_OK && entities != NULL)
		st = read_entities(c, ds, entities);
	if (st == EDUIND_OK && values != NULL)
		st = read_values(c, ds, values);
	if (st == EDUIND_OK && data != NULL)
		st = read_data(c, ds, data);
	if (st == EDUIND_OK && checks != NULL)
		st = read_checks(c, ds, checks);
	return st;
}

static eduind_status load_tree(eduind_dataset **out, cJSON *root, const char *source,
                               eduind_error *err)
{
	eduind_dataset *ds = NULL;
	ju_ctx c;
	eduind_status st;
	ju_init(&c, err, source);
	if (eduind_dataset_new(&ds) != EDUIND_OK) {
		cJSON_Delete(root);
		return oom(&c);
	}
	st = build(&c, root, ds);
	cJSON_Delete(root);
	if (st != EDUIND_OK) {
		eduind_dataset_free(ds);
		return st;
	}
	*out = ds;
	return EDUIND_OK;
}

eduind_status eduind_dataset_load_json_string(eduind_dataset **out, const char *json, size_t len,
                                              eduind_error *err)
{
	cJSON *root = NULL;
	eduind_status st;
	if (out != NULL)
		*out = NULL;
	if (out == NULL || json == NULL)
		return eduind__fail(err, EDUIND_ENULL, "dataset output or JSON text is NULL");
	st = ju_parse(json, len, "<string>", &root, err);
	if (st != EDUIND_OK)
		return st;
	return load_tree(out, root, "<string>", err);
}

eduind_status eduind_dataset_load_json_file(eduind_dataset **out, const char *path,
                                            eduind_error *err)
{
	cJSON *root = NULL;
	eduind_status st;
	if (out != NULL)
		*out = NULL;
	if (out == NULL || path == NULL)
		return eduind__fail(err, EDUIND_ENULL, "dataset output or file name is NULL");
	st = ju_parse_file(path, &root, err);
	if (st != EDUIND_OK)
		return st;
	return load_tree(out, root, path, err);
}
