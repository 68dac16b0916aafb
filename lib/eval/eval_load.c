/* Reading inputs for the formula machine. The dataset columns results keep (a ratio's
 * numerator and denominator, published figures, every input when inputs are recorded)
 * are copied once per (variable, period, cell) over the evaluated entities, and read in
 * place by every formula; other inputs are read from the dataset block by block.
 * Indicator inputs are read from the blocks already computed (dependencies first). */
#include <math.h>
#include <stdint.h>
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

/* A present value has state 0 and a missing one state 1 and NaN, in the dataset as in
 * the formula machine: a column holding nothing else needs no conversion. */
_Static_assert((int)EDUIND_STATE_PRESENT == (int)EX_OK && (int)EDUIND_STATE_MISSING == (int)EX_MISSING,
               "dataset and machine states agree on present and missing");

/* Reads from the dataset, into one copy, the rows of col's pages that are not shared
 * (v[p] NULL): all of them when the rows are not the dataset's entities in order, whose
 * copy is then one array over all rows. 0 when out of memory. */
static int copy_pages(ev_ctx *c, ev_col *col, size_t dvar)
{
	size_t n = c->n_rows, p, k = 0, n_copied = 0;
	double *v;
	unsigned char *st;
	for (p = 0; p < col->n_pages; p++)
		n_copied += col->v[p] == NULL;
	if (n_copied == 0)
		return 1;
	v = col->copy = ev_alloc(n_copied * RES_PAGE * (sizeof *v + 1));
	if (v == NULL)
		return 0;
	st = (unsigned char *)(v + n_copied * RES_PAGE);
	if (!c->rows_are_entities) {
		ds_read(c->ds, col->period, dvar, col->cell, c->rows, 0, n, v, st);
		col->contiguous = 1;
	}
	for (p = 0; p < col->n_pages; p++) {
		if (col->v[p] != NULL)
			continue;
		if (c->rows_are_entities)
			ds_read(c->ds, col->period, dvar, col->cell, NULL, p * RES_PAGE, res_page_run(p * RES_PAGE, n),
			        v + k * RES_PAGE, st + k * RES_PAGE);
		col->v[p] = v + k * RES_PAGE;
		col->s[p] = st + k * RES_PAGE;
		k++;
	}
	return 1;
}

/* Gives col its pages: the dataset's own when the rows are its entities in order (but
 * for pages too short to hold them all), else a copy of the rows read. 0 when out of
 * memory. */
static int fill(ev_ctx *c, ev_col *col, size_t dvar)
{
	size_t n = c->n_rows, np = n ? (n + RES_PAGE - 1) >> RES_PAGE_SHIFT : 1, p, i;
	unsigned char other = 0;
	/* The page tables in one allocation: values, states, held pages. */
	col->v = malloc(np * (sizeof *col->v + sizeof *col->s + sizeof *col->held));
	if (col->v == NULL)
		return 0;
	col->s = (void *)(col->v + np);
	col->n_pages = np;
	if (c->rows_are_entities) {
		col->held = (void *)(col->s + np);
		ds_share_column(c->ds, col->period, dvar, col->cell, np, col->held, col->v, col->s);
	} else {
		for (p = 0; p < np; p++) {
			col->v[p] = NULL;
			col->s[p] = NULL;
		}
	}
	if (!copy_pages(c, col, dvar)) {
		res_col_free(col);
		return 0;
	}
	for (i = 0; i < n;) {
		size_t m = res_page_run(i, n), k;
		const unsigned char *st = res_col_states(col, i);
		for (k = 0; k < m; k++)
			other |= st[k] > EDUIND_STATE_MISSING ? 1 : 0;
		i += m;
	}
	col->plain = !other;
	return 1;
}

size_t ev_column(ev_ctx *c, size_t cat_var, int period, size_t cell)
{
	eduind_results *r = c->res;
	size_t i, dvar = cat_var < c->cat->n_vars ? c->var_map[cat_var] : DS_NONE;
	ev_col *col;
	if ((i = ev_find_column(c, cat_var, period, cell)) != RES_NONE)
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
	memset(col, 0, sizeof *col);
	col->var = cat_var;
	col->period = period;
	col->cell = cell;
	if (dvar != DS_NONE && cell != DS_NONE && has_period(c, period) && !fill(c, col, dvar)) {
		c->failed = 1;
		return RES_NONE;
	}
	return r->n_cols++;
}

size_t ev_find_column(const ev_ctx *c, size_t cat_var, int period, size_t cell)
{
	const eduind_results *r = c->res;
	size_t i;
	for (i = r->n_cols; i-- > 0;)
		if (r->cols[i].var == cat_var && r->cols[i].period == period && r->cols[i].cell == cell)
			return i;
	return RES_NONE;
}

void ev_input_value(const ev_ctx *c, const res_block *b, size_t k, size_t row, double *v, eduind_state *st)
{
	const res_input *in = &b->inputs[k];
	size_t dvar = !in->is_indicator && in->var < c->cat->n_vars ? c->var_map[in->var] : DS_NONE;
	if (in->col != RES_NONE || in->is_indicator || dvar == DS_NONE || in->cell_index == DS_NONE) {
		res_input_value(c->res, b, k, row, v, st);
		return;
	}
	ds_lookup(c->ds, c->rows[row], b->period + in->offset, dvar, in->cell_index, v, st);
}

/* ---- The columns results keep, made before any formula runs ----------------------- */

typedef struct prefetch {
	ev_ctx *c;
	int period;
	size_t cell;
} prefetch;

static void want_ref(void *user, const ex_ref *ref, int in_children)
{
	prefetch *pf = user;
	(void)in_children;
	if (ref->kind == EX_REF_VARIABLE)
		ev_column(pf->c, ref->id, pf->period + ref->offset, ev_ref_cell(pf->c, ref, pf->cell));
}

void ev_prefetch(ev_ctx *c, const unsigned char *need_p, size_t n_cells)
{
	const eduind_catalog *cat = c->cat;
	size_t k, p, cl;
	prefetch pf;
	pf.c = c;
	for (k = 0; k < cat->n_inds && !c->failed; k++)
		for (p = 0; p < c->n_periods; p++) {
			const eduind_indicator *ind = cat->inds[k];
			if (!need_p[k * c->n_periods + p])
				continue;
			for (cl = 0; cl < n_cells; cl++) {
				pf.period = c->periods[p];
				pf.cell = cl;
				if (c->record_inputs) {
					ex_program_each_ref(ind->num, want_ref, &pf);
					ex_program_each_ref(ind->den, want_ref, &pf);
					ex_program_each_ref(ind->value, want_ref, &pf);
				} else {
					if (ev_lone_input(ind->num))
						want_ref(&pf, ex_program_single_ref(ind->num), 0);
					if (ev_lone_input(ind->den))
						want_ref(&pf, ex_program_single_ref(ind->den), 0);
				}
				if (ind->reported_var != CAT_NONE)
					ev_column(c, ind->reported_var, pf.period, cl);
			}
		}
}

size_t ev_ref_cell(ev_ctx *c, const ex_ref *ref, size_t cell)
{
	return ref->cell ? ds_cell_index(c->ds, ref->cell) : cell;
}

/* 1 if ents lie in the evaluation's own row list; *base is then the row of ents[0]. */
static int own_rows(const ev_ctx *c, const size_t *ents, size_t *base)
{
	if ((uintptr_t)ents < (uintptr_t)c->rows || (uintptr_t)ents >= (uintptr_t)(c->rows + c->n_rows))
		return 0;
	*base = (size_t)(ents - c->rows);
	return 1;
}

/* Inputs read in place: a plain dataset column or a computed block, over the
 * evaluation's own rows in order. */
static int view(void *user, const ex_ref *ref, const size_t *ents, size_t n, int period, size_t cell,
                const double **v, const unsigned char **st)
{
	ev_ctx *c = user;
	size_t base, cl = ev_ref_cell(c, ref, cell);
	if (ref->optional || cl == DS_NONE || !own_rows(c, ents, &base))
		return 0;
	if (ref->kind == EX_REF_VARIABLE) {
		size_t ci = c->record_inputs ? ev_column(c, ref->id, period, cl) : ev_find_column(c, ref->id, period, cl);
		const ev_col *col = ci == RES_NONE ? NULL : &c->res->cols[ci];
		/* Within one page, or anywhere in a copy (its pages are back to back). */
		if (col == NULL || col->v == NULL || !col->plain || (!col->contiguous && res_page_run(base, base + n) < n))
			return 0;
		*v = res_col_values(col, base);
		*st = res_col_states(col, base);
	} else {
		const res_block *b = res_find_block(c->res, ref->id, period, cl);
		if (b == NULL || b->value == NULL || base < b->lo || base + n > b->hi)
			return 0;
		*v = b->value + (base - b->lo);
		*st = b->state + (base - b->lo);
	}
	return 1;
}

static void load(void *user, const ex_ref *ref, const size_t *ents, size_t n, int period, size_t cell, double *v,
                 unsigned char *st)
{
	ev_ctx *c = user;
	size_t i, base, cl = ev_ref_cell(c, ref, cell);
	if (ref->kind == EX_REF_VARIABLE && !c->record_inputs &&
	    ev_find_column(c, ref->id, period, cl) == RES_NONE) {
		/* Not kept: straight from the dataset's pages into the machine's room. */
		size_t dvar = ref->id < c->cat->n_vars ? c->var_map[ref->id] : DS_NONE;
		if (dvar == DS_NONE || cl == DS_NONE) {
			for (i = 0; i < n; i++) {
				v[i] = NAN;
				st[i] = EX_MISSING;
			}
		} else {
			ds_read(c->ds, period, dvar, cl, ents, 0, n, v, st);
			for (i = 0; i < n; i++) {
				unsigned char s = ev_state_of(st[i]);
				const double x = v[i];
				st[i] = s;
				v[i] = s == EX_OK ? x : NAN;
			}
		}
	} else if (ref->kind == EX_REF_VARIABLE) {
		size_t ci = ev_column(c, ref->id, period, cl);
		const ev_col *col = ci == RES_NONE ? NULL : &c->res->cols[ci];
		if (col == NULL || col->v == NULL) {
			for (i = 0; i < n; i++) {
				v[i] = NAN;
				st[i] = EX_MISSING;
			}
		} else if (own_rows(c, ents, &base)) {
			/* The evaluation's own rows, in order: a straight copy, page by page. */
			size_t m, k;
			for (i = 0; i < n; i += m) {
				const double *cv = res_col_values(col, base + i);
				const unsigned char *cs = res_col_states(col, base + i);
				m = res_page_run(base + i, base + n);
				for (k = 0; k < m; k++) {
					unsigned char s = ev_state_of(cs[k]);
					st[i + k] = s;
					v[i + k] = s == EX_OK ? cv[k] : NAN;
				}
			}
		} else {
			for (i = 0; i < n; i++) {
				size_t r = ev_row(c, ents[i]);
				unsigned char s = ev_state_of(*res_col_states(col, r));
				st[i] = s;
				v[i] = s == EX_OK ? *res_col_values(col, r) : NAN;
			}
		}
	} else {
		const res_block *b = cl == DS_NONE ? NULL : res_find_block(c->res, ref->id, period, cl);
		if (b != NULL && own_rows(c, ents, &base) && base >= b->lo && base + n <= b->hi) {
			res_values(b, base, n, v);
			memcpy(st, b->state + (base - b->lo), n);
		} else if (b != NULL && own_rows(c, ents, &base)) {
			for (i = 0; i < n; i++) {
				v[i] = res_value(b, base + i);
				st[i] = res_state(b, base + i);
			}
		} else for (i = 0; i < n; i++) {
			size_t r = ev_row(c, ents[i]);
			if (b == NULL || r == DS_NONE) {
				v[i] = NAN;
				st[i] = EX_MISSING;
			} else {
				v[i] = res_value(b, r);
				st[i] = res_state(b, r);
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

/* The children of e. When they are consecutive rows of the evaluation (schools listed
 * under their county), the list handed out is that stretch of the row list itself, so
 * that their inputs are read in place too. */
static size_t children(void *user, size_t e, const size_t **out)
{
	ev_ctx *c = user;
	size_t nk = ds_entity_children(c->ds, e, out);
	if (nk > 0 && c->kids_run[e])
		*out = c->rows + ev_row(c, (*out)[0]);
	return nk;
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
	c->env.view = view;
	c->env.children = children;
	c->env.level = level;
}
