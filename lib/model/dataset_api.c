/* The public dataset functions of dataset.h, on top of the store in dataset.c. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "model/dataset_priv.h"

static const char *const state_names[] = { "present", "missing", "not_applicable", "estimated",
	                                         "suppressed" };

const char *eduind_state_name(eduind_state state)
{
	if ((int)state < 0 || (size_t)state >= sizeof state_names / sizeof state_names[0])
		return "missing";
	return state_names[state];
}

eduind_status eduind_state_from_name(const char *name, eduind_state *out)
{
	size_t i;
	if (name == NULL || out == NULL)
		return EDUIND_ENULL;
	for (i = 0; i < sizeof state_names / sizeof state_names[0]; i++) {
		if (strcmp(name, state_names[i]) == 0) {
			*out = (eduind_state)i;
			return EDUIND_OK;
		}
	}
	return EDUIND_EINVAL;
}

int eduind_state_has_value(eduind_state state)
{
	return state == EDUIND_STATE_PRESENT || state == EDUIND_STATE_ESTIMATED;
}

eduind_status eduind_dataset_add_entity(eduind_dataset *ds, const char *id, const char *parent,
                                        const char *name_zh, const char *name_en, const char *level)
{
	size_t p = DS_NONE, e;
	eduind_status st;
	if (ds == NULL || id == NULL)
		return EDUIND_ENULL;
	if (id[0] == '\0')
		return EDUIND_EINVAL;
	if (ds_entity_index(ds, id) != DS_NONE)
		return EDUIND_EDUPLICATE;
	if (parent != NULL && parent[0] != '\0') {
		p = ds_entity_index(ds, parent);
		if (p == DS_NONE)
			return EDUIND_ENOTFOUND;
	}
	st = ds_declare_entity(ds, id, name_zh, name_en, level, &e);
	if (st != EDUIND_OK)
		return st;
	/* A new entity cannot be anyone's ancestor yet, so no cycle is possible. */
	if (p != DS_NONE)
		st = ds_attach_parent(ds, e, p);
	return st;
}

eduind_status eduind_dataset_set(eduind_dataset *ds, const char *entity, int period,
                                 const char *variable, const char *cell, double value,
                                 eduind_state state)
{
	size_t e, v, c;
	char *canon = NULL;
	eduind_status st;
	if (ds == NULL || entity == NULL || variable == NULL)
		return EDUIND_ENULL;
	if (entity[0] == '\0' || variable[0] == '\0' || period < DS_PERIOD_MIN ||
	    period > DS_PERIOD_MAX || (int)state < EDUIND_STATE_PRESENT ||
	    state > EDUIND_STATE_SUPPRESSED)
		return EDUIND_EINVAL;
	if (eduind_state_has_value(state) && !isfinite(value))
		return EDUIND_ENONFINITE;
	st = ds_cell_canonical(cell, &canon, NULL, 0);
	if (st != EDUIND_OK)
		return st;
	st = ds_intern_entity(ds, entity, &e);
	if (st == EDUIND_OK)
		st = ds_intern_variable(ds, variable, &v);
	if (st == EDUIND_OK)
		st = ds_intern_cell(ds, canon, &c);
	free(canon);
	if (st == EDUIND_OK)
		st = ds_put(ds, e, period, v, c, value, state, 1);
	return st;
}

eduind_status eduind_dataset_get(const eduind_dataset *ds, const char *entity, int period,
                                 const char *variable, const char *cell, double *value,
                                 eduind_state *state)
{
	size_t e, v, c = 0;
	char *canon = NULL;
	if (value != NULL)
		*value = NAN;
	if (state != NULL)
		*state = EDUIND_STATE_MISSING;
	if (ds == NULL || entity == NULL || variable == NULL || value == NULL || state == NULL)
		return EDUIND_ENULL;
	e = ds_entity_index(ds, entity);
	if (e == DS_NONE)
		return EDUIND_ENOTFOUND;
	if (cell != NULL && cell[0] != '\0') {
		eduind_status st = ds_cell_canonical(cell, &canon, NULL, 0);
		if (st != EDUIND_OK)
			return st;
		c = ds_cell_index(ds, canon);
		free(canon);
	}
	v = ds_variable_index(ds, variable);
	if (v == DS_NONE || c == DS_NONE)
		return EDUIND_OK; /* never stored: missing */
	ds_lookup(ds, e, period, v, c, value, state);
	return EDUIND_OK;
}

size_t eduind_dataset_entity_count(const eduind_dataset *ds)
{
	return ds != NULL ? ds->n_entities : 0;
}

eduind_status eduind_dataset_entity_at(const eduind_dataset *ds, size_t i, const char **id,
                                       const char **parent, const char **name_zh,
                                       const char **name_en, const char **level)
{
	const ds_entity *en;
	if (ds == NULL)
		return EDUIND_ENULL;
	if (i >= ds->n_entities)
		return EDUIND_ENOTFOUND;
	en = &ds->entities[i];
	if (id != NULL)
		*id = en->id;
	if (parent != NULL)
		*parent = en->parent != DS_NONE ? ds->entities[en->parent].id : "";
	if (name_zh != NULL)
		*name_zh = en->name_zh != NULL ? en->name_zh : "";
	if (name_en != NULL)
		*name_en = en->name_en != NULL ? en->name_en : "";
	if (level != NULL)
		*level = en->level != NULL ? en->level : "";
	return EDUIND_OK;
}

size_t eduind_dataset_period_count(const eduind_dataset *ds)
{
	return ds != NULL ? ds->n_periods : 0;
}

int eduind_dataset_period_at(const eduind_dataset *ds, size_t i)
{
	return ds != NULL && i < ds->n_periods ? ds->periods[i] : 0;
}

size_t eduind_dataset_variable_count(const eduind_dataset *ds)
{
	return ds != NULL ? ds->variables.count : 0;
}

const char *eduind_dataset_variable_at(const eduind_dataset *ds, size_t i)
{
	return ds != NULL && i < ds->variables.count ? ds->variables.items[i] : NULL;
}

size_t eduind_dataset_value_count(const eduind_dataset *ds)
{
	return ds != NULL ? ds->n_values : 0;
}

const char *eduind_dataset_name(const eduind_dataset *ds)
{
	return ds != NULL && ds->name != NULL ? ds->name : "";
}
