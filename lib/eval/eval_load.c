/* Reading inputs for the formula machine. Dataset values are gathered once per
 * (variable, period, cell) into a column over the evaluated entities, so the many
 * indicators that read enrol.primary do not each pay a hash lookup per entity.
 * Indicator inputs are read from the blocks already computed (dependencies first). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "eval/eval_ctx.h"
#include "model/dataset_build.h"

static int has_period(const ev_ctx *c, int period)
{
	size_t i;
	for (i = 0; i < c->n_periods; i++)
		if (c->periods[i] == period)
			return 1;
	return 0;
}

static void fill_by_lookup(ev_ctx *c, ev_col *col, size_t dvar)
{
	size_t i;
	for (i = 0; i < c->n_rows; i++) {
		eduind_state st;
		ds_lookup(c->ds, c->rows[i], col->period, dvar, col->cell, &col->v[i], &st);
		col->s[i] = (unsigned char)st;
	}
}

/* Finds or makes a column. deferred: leave it all missing for ev_prefetch to fill. */
static size_t get_column(ev_ctx *c, size_t cat_var, int period, size_t cell, int deferred, int *made)
{
	eduind_results *r = c->res;
	size_t i, dvar = cat_var < c->cat->n_vars ? c->var_map[cat_var] : DS_NONE;
	ev_col *col;
	*made = 0;
	for (i = r->n_cols; i-- > 0;)
		if (r->cols[i].var == cat_var && r->cols[i].period == period && r->cols[i].cell == cell)
			return i;
	if (r->n_cols == c->cap_cols) {
		size_t cap = c->cap_cols ? c->cap_cols * 2 : 32;
		ev_col *n = realloc(r->cols, cap * sizeof *n);
		if (n == NULL) {
			c->failed = 1;
			return RES_NONE;
		}
		r->cols = n;
		c->cap_cols = cap;
	}
	col = &r->cols[r->n_cols];
	col->var = cat_var;
	col->period = period;
	col->cell = cell;
	col->v = NULL;
	col->s = NULL;
	col->in_slab = 0;
	col->pinned = 0;
	if (deferred && dvar != DS_NONE && cell != DS_NONE && has_period(c, period)) {
		*made = 1; /* ev_prefetch gives it room and fills it */
	} else if (dvar != DS_NONE && cell != DS_NONE && has_period(c, period)) {
		col->v = ev_alloc((c->n_rows ? c->n_rows : 1) * sizeof *col->v);
		col->s = ev_alloc(c->n_rows ? c->n_rows : 1);
		if (col->v == NULL || col->s == NULL) {
			free(col->v);
			free(col->s);
			c->failed = 1;
			return RES_NONE;
		}
		fill_by_lookup(c, col, dvar);
	}
	return r->n_cols++;
}

size_t ev_column(ev_ctx *c, size_t cat_var, int period, size_t cell)
{
	int made;
	return get_column(c, cat_var, period, cell, 0, &made);
}

/* ---- Reading every column an evaluation needs at once ---------------------------- */

typedef struct prefetch {
	ev_ctx *c;
	int period;
	size_t cell;
	size_t *pending;
	size_t n_pending, cap;
} prefetch;

static void want_column(prefetch *pf, size_t var, int period, size_t cell)
{
	int made = 0;
	size_t i = get_column(pf->c, var, period, cell, 1, &made);
	if (i == RES_NONE || !made)
		return;
	if (pf->n_pending == pf->cap) {
		size_t cap = pf->cap ? pf->cap * 2 : 64;
		size_t *n = realloc(pf->pending, cap * sizeof *n);
		if (n == NULL) {
			pf->c->failed = 1;
			return;
		}
		pf->pending = n;
		pf->cap = cap;
	}
	pf->pending[pf->n_pending++] = i;
}

static void want_ref(void *user, const ex_ref *ref, int in_children)
{
	prefetch *pf = user;
	(void)in_children;
	if (ref->kind == EX_REF_VARIABLE)
		want_column(pf, ref->id, pf->period + ref->offset, ev_ref_cell(pf->c, ref, pf->cell));
}

void ev_prefetch(ev_ctx *c, const unsigned char *need_p, size_t n_cells)
{
	const eduind_catalog *cat = c->cat;
	size_t k, p, cl, i, n_values = eduind_dataset_value_count(c->ds);
	prefetch pf;
	memset(&pf, 0, sizeof pf);
	pf.c = c;
	for (k = 0; k < cat->n_inds; k++)
		for (p = 0; p < c->n_periods; p++) {
			const eduind_indicator *ind = cat->inds[k];
			if (!need_p[k * c->n_periods + p])
				continue;
			for (cl = 0; cl < n_cells; cl++) {
				pf.period = c->periods[p];
				pf.cell = cl;
				ex_program_each_ref(ind->num, want_ref, &pf);
				ex_program_each_ref(ind->den, want_ref, &pf);
				ex_program_each_ref(ind->value, want_ref, &pf);
				if (ind->reported_var != CAT_NONE)
					want_column(&pf, ind->reported_var, pf.period, cl);
			}
		}
	if (pf.n_pending == 0 || c->failed) {
		free(pf.pending);
		return;
	}
	{
		/* One allocation for all of them (few page faults), all missing to start. */
		size_t n = c->n_rows ? c->n_rows : 1;
		size_t vb = (n * sizeof(double) + 63) & ~(size_t)63, sbytes = (n + 63) & ~(size_t)63;
		c->col_slab = ev_alloc(pf.n_pending * (vb + sbytes));
		if (c->col_slab == NULL) {
			c->failed = 1;
			free(pf.pending);
			return;
		}
		c->res->slabs[c->res->n_slabs++] = c->col_slab; /* room for two was made */
		for (i = 0; i < pf.n_pending; i++) {
			ev_col *col = &c->res->cols[pf.pending[i]];
			size_t r;
			col->v = (double *)(void *)(c->col_slab + i * (vb + sbytes));
			col->s = (unsigned char *)(c->col_slab + i * (vb + sbytes) + vb);
			col->in_slab = 1;
			for (r = 0; r < n; r++)
				col->v[r] = NAN;
			memset(col->s, EDUIND_STATE_MISSING, n);
		}
	}
	if (pf.n_pending * c->n_rows < n_values / 4) {
		/* A small part of a large dataset: direct lookups are cheaper than a scan. */
		for (i = 0; i < pf.n_pending; i++) {
			ev_col *col = &c->res->cols[pf.pending[i]];
			fill_by_lookup(c, col, c->var_map[col->var]);
		}
	} else {
		/* One sequential pass over the stored values fills every column. Columns are
		 * found by (variable, period) in a table, then by cell along a short chain. */
		size_t nv = eduind_dataset_variable_count(c->ds), np = c->n_periods;
		int pmin = np ? c->periods[0] : 0, pmax = np ? c->periods[np - 1] : 0;
		size_t span = (size_t)(pmax - pmin) + 1;
		size_t *head = malloc((nv * np + 1) * sizeof *head);
		size_t *next = malloc((pf.n_pending + 1) * sizeof *next);
		size_t *pidx = malloc(span * sizeof *pidx);
		if (head == NULL || next == NULL || pidx == NULL) {
			c->failed = 1;
		} else {
			for (i = 0; i < nv * np; i++)
				head[i] = RES_NONE;
			for (i = 0; i < span; i++)
				pidx[i] = RES_NONE;
			for (i = 0; i < np; i++)
				pidx[c->periods[i] - pmin] = i;
			for (i = 0; i < pf.n_pending; i++) {
				const ev_col *col = &c->res->cols[pf.pending[i]];
				size_t dv = c->var_map[col->var], pi = pidx[col->period - pmin], slot = dv * np + pi;
				next[i] = head[slot];
				head[slot] = i;
			}
			for (i = 0; i < n_values; i++) {
				size_t e, v, cell, ch, row;
				int period;
				double value;
				eduind_state st;
				ds_value_at(c->ds, i, &e, &period, &v, &cell, &value, &st);
				row = c->row_of[e];
				if (row == DS_NONE || period < pmin || period > pmax || v >= nv ||
				    pidx[period - pmin] == RES_NONE)
					continue;
				for (ch = head[v * np + pidx[period - pmin]]; ch != RES_NONE; ch = next[ch]) {
					ev_col *col = &c->res->cols[pf.pending[ch]];
					if (col->cell == cell) {
						col->v[row] = value;
						col->s[row] = (unsigned char)st;
						break;
					}
				}
			}
		}
		free(head);
		free(next);
		free(pidx);
	}
	free(pf.pending);
}

/* Dataset state -> machine state: present and estimated values are usable. */
static const unsigned char ex_state_of[8] = {
	EX_OK,      /* present */
	EX_MISSING, /* missing */
	EX_NA,      /* not applicable */
	EX_OK,      /* estimated */
	EX_MISSING, /* suppressed */
	EX_MISSING, EX_MISSING, EX_MISSING
};

size_t ev_ref_cell(ev_ctx *c, const ex_ref *ref, size_t cell)
{
	return ref->cell ? ds_cell_index(c->ds, ref->cell) : cell;
}

static void load(void *user, const ex_ref *ref, const size_t *ents, size_t n, int period, size_t cell, double *v,
                 unsigned char *st)
{
	ev_ctx *c = user;
	size_t i, cl = ev_ref_cell(c, ref, cell);
	if (ref->kind == EX_REF_VARIABLE) {
		size_t ci = ev_column(c, ref->id, period, cl);
		const ev_col *col = ci == RES_NONE ? NULL : &c->res->cols[ci];
		if (col == NULL || col->v == NULL) {
			for (i = 0; i < n; i++) {
				v[i] = NAN;
				st[i] = EX_MISSING;
			}
		} else if ((uintptr_t)ents >= (uintptr_t)c->rows &&
		           (uintptr_t)ents < (uintptr_t)(c->rows + c->n_rows)) {
			/* The evaluation's own rows, in order: a straight copy. */
			size_t base = (size_t)(ents - c->rows);
			memcpy(v, col->v + base, n * sizeof *v);
			for (i = 0; i < n; i++)
				st[i] = ex_state_of[col->s[base + i] & 7];
		} else {
			for (i = 0; i < n; i++) {
				size_t r = c->row_of[ents[i]];
				st[i] = ex_state_of[col->s[r] & 7];
				v[i] = col->v[r];
			}
		}
	} else {
		const res_block *b = cl == DS_NONE ? NULL : res_find_block(c->res, ref->id, period, cl);
		if (b != NULL && (uintptr_t)ents >= (uintptr_t)c->rows &&
		    (uintptr_t)ents < (uintptr_t)(c->rows + c->n_rows)) {
			size_t base = (size_t)(ents - c->rows);
			memcpy(v, b->value + base, n * sizeof *v);
			memcpy(st, b->state + base, n);
		} else for (i = 0; i < n; i++) {
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
