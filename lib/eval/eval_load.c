/* Reading inputs for the formula machine. Dataset values are gathered once per
 * (variable, period, cell) into a column over the evaluated entities, so the many
 * indicators that read enrol.primary do not each pay a hash lookup per entity.
 * Indicator inputs are read from the blocks already computed (dependencies first). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "eval/eval_ctx.h"

static int has_period(const ev_ctx *c, int period)
{
	size_t i;
	for (i = 0; i < c->n_periods; i++)
		if (c->periods[i] == period)
			return 1;
	return 0;
}

const ev_col *ev_column(ev_ctx *c, size_t cat_var, int period, size_t cell)
{
	size_t i, dvar = cat_var < c->cat->n_vars ? c->var_map[cat_var] : DS_NONE;
	ev_col *col;
	for (i = 0; i < c->n_cols; i++)
		if (c->cols[i].var == cat_var && c->cols[i].period == period && c->cols[i].cell == cell)
			return &c->cols[i];
	if (c->n_cols == c->cap_cols) {
		size_t cap = c->cap_cols ? c->cap_cols * 2 : 32;
		ev_col *n = realloc(c->cols, cap * sizeof *n);
		if (n == NULL)
			return NULL;
		c->cols = n;
		c->cap_cols = cap;
	}
	col = &c->cols[c->n_cols];
	col->var = cat_var;
	col->period = period;
	col->cell = cell;
	col->v = NULL;
	col->s = NULL;
	if (dvar != DS_NONE && cell != DS_NONE && has_period(c, period)) {
		col->v = malloc(c->n_rows * sizeof *col->v);
		col->s = malloc(c->n_rows ? c->n_rows : 1);
		if (col->v == NULL || col->s == NULL) {
			free(col->v);
			free(col->s);
			return NULL;
		}
		for (i = 0; i < c->n_rows; i++) {
			eduind_state st;
			ds_lookup(c->ds, c->rows[i], period, dvar, cell, &col->v[i], &st);
			col->s[i] = (unsigned char)st;
		}
	}
	c->n_cols++;
	return col;
}

void ev_free_columns(ev_ctx *c)
{
	size_t i;
	for (i = 0; i < c->n_cols; i++) {
		free(c->cols[i].v);
		free(c->cols[i].s);
	}
	free(c->cols);
	c->cols = NULL;
	c->n_cols = c->cap_cols = 0;
}

static unsigned char ex_state_of(eduind_state s)
{
	switch (s) {
	case EDUIND_STATE_PRESENT:
	case EDUIND_STATE_ESTIMATED:
		return EX_OK;
	case EDUIND_STATE_NOT_APPLICABLE:
		return EX_NA;
	default:
		return EX_MISSING;
	}
}

static size_t ref_cell(ev_ctx *c, const ex_ref *ref, size_t cell)
{
	return ref->cell ? ds_cell_index(c->ds, ref->cell) : cell;
}

static void load(void *user, const ex_ref *ref, const size_t *ents, size_t n, int period, size_t cell, double *v,
                 unsigned char *st)
{
	ev_ctx *c = user;
	size_t i, cl = ref_cell(c, ref, cell);
	if (ref->kind == EX_REF_VARIABLE) {
		const ev_col *col = ev_column(c, ref->id, period, cl);
		if (col == NULL)
			c->failed = 1;
		if (col == NULL || col->v == NULL) {
			for (i = 0; i < n; i++) {
				v[i] = NAN;
				st[i] = EX_MISSING;
			}
		} else {
			for (i = 0; i < n; i++) {
				size_t r = c->row_of[ents[i]];
				st[i] = ex_state_of((eduind_state)col->s[r]);
				v[i] = col->v[r];
			}
		}
	} else {
		const res_block *b = cl == DS_NONE ? NULL : res_find_block(c->res, ref->id, period, cl);
		for (i = 0; i < n; i++) {
			size_t r = c->row_of[ents[i]];
			if (b == NULL || r == DS_NONE) {
				v[i] = NAN;
				st[i] = EX_MISSING;
			} else {
				v[i] = b->value[r];
				st[i] = b->state[r];
			}
		}
	}
	if (ref->optional)
		for (i = 0; i < n; i++)
			if (st[i] == EX_MISSING || st[i] == EX_NA) {
				st[i] = EX_OK;
				v[i] = 0.0;
			}
}

void ev_read_input(ev_ctx *c, const ex_ref *ref, int period, size_t cell, double *v, unsigned char *st)
{
	size_t i, cl = ref_cell(c, ref, cell);
	if (ref->kind == EX_REF_VARIABLE) {
		const ev_col *col = ev_column(c, ref->id, period, cl);
		if (col == NULL)
			c->failed = 1;
		for (i = 0; i < c->n_rows; i++) {
			v[i] = col && col->v ? col->v[i] : NAN;
			st[i] = col && col->v ? col->s[i] : (unsigned char)EDUIND_STATE_MISSING;
		}
		return;
	} else {
		const res_block *b = cl == DS_NONE ? NULL : res_find_block(c->res, ref->id, period, cl);
		for (i = 0; i < c->n_rows; i++) {
			unsigned char s = b ? b->state[i] : EX_MISSING;
			v[i] = b ? b->value[i] : NAN;
			st[i] = (unsigned char)(s == EX_OK ? EDUIND_STATE_PRESENT
			                        : s == EX_NA ? EDUIND_STATE_NOT_APPLICABLE : EDUIND_STATE_MISSING);
		}
	}
}

static size_t children(void *user, size_t e, const size_t **out)
{
	ev_ctx *c = user;
	return ds_entity_children(c->ds, e, out);
}

static const char *level(void *user, size_t e)
{
	ev_ctx *c = user;
	const char *l = ds_entity_level(c->ds, e);
	return l ? l : "";
}

void ev_env_init(ev_ctx *c)
{
	c->env.user = c;
	c->env.load = load;
	c->env.children = children;
	c->env.level = level;
}
