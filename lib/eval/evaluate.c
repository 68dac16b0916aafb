/* eduind_evaluate: every indicator (dependencies first) x period x cell is one block,
 * computed column-wise over all evaluated entities by the formula machine, then
 * rolled up, completed with published figures, and described (display, note). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "eval/eval_ctx.h"
#include "calc/kernels.h"
#include "internal/error.h"
#include "io/c_locale.h"

eduind_status ev_describe(ev_ctx *c, res_block *b, const eduind_indicator *ind);

static char *dup(const char *s)
{
	size_t n = strlen(s ? s : "") + 1;
	char *d = malloc(n);
	if (d != NULL)
		memcpy(d, s ? s : "", n);
	return d;
}


/* ---- Setup -------------------------------------------------------------------------- */

static eduind_status pick_rows(ev_ctx *c, const char *entity)
{
	size_t n = eduind_dataset_entity_count(c->ds), i;
	c->rows = ev_alloc((n ? n : 1) * sizeof *c->rows);
	if (c->rows == NULL)
		return EDUIND_ENOMEM;
	if (entity == NULL) {
		/* Every entity in order: a row is its entity's index (no row_of). */
		for (i = 0; i < n; i++)
			c->rows[i] = i;
		c->n_rows = n;
		c->rows_are_entities = 1;
		return EDUIND_OK;
	}
	c->row_of = ev_alloc((n ? n : 1) * sizeof *c->row_of);
	if (c->row_of == NULL)
		return EDUIND_ENOMEM;
	for (i = 0; i < n; i++)
		c->row_of[i] = DS_NONE;
	/* The entity and all its descendants: children_* and roll-ups need them. */
	i = ds_entity_index(c->ds, entity);
	if (i == DS_NONE)
		return EDUIND_ENOTFOUND;
	c->rows[0] = i;
	c->row_of[i] = 0;
	c->n_rows = 1;
	for (i = 0; i < c->n_rows; i++) {
		const size_t *kids = NULL;
		size_t nk = ds_entity_children(c->ds, c->rows[i], &kids), j;
		for (j = 0; j < nk; j++)
			if (c->row_of[kids[j]] == DS_NONE && c->n_rows < n) {
				c->row_of[kids[j]] = c->n_rows;
				c->rows[c->n_rows++] = kids[j];
			}
	}
	return EDUIND_OK;
}

/* Which entities have no children, which have children that are consecutive rows
 * (then children_* read them in place), and the rows that have children, children
 * before their parents (reverse breadth-first order from the top), for roll-ups. Most
 * rows are leaves (schools): roll-ups and children_* skip them at once, and only the
 * dataset's list of parents is walked here. */
static eduind_status order_parents(ev_ctx *c)
{
	size_t n = c->n_rows, n_ent = eduind_dataset_entity_count(c->ds), head = 0, tail = 0, count = 0, i, j;
	const size_t *parents = NULL;
	size_t n_parents = ds_parents(c->ds, &parents);
	c->childless = ev_alloc(n_ent + 1);
	c->kids_run = ev_alloc(n_ent + 1);
	c->scratch = ev_alloc(n ? n : 1);
	c->flags = calloc(n ? n : 1, 1);
	if (c->childless == NULL || c->kids_run == NULL || c->scratch == NULL || c->flags == NULL)
		return EDUIND_ENOMEM;
	memset(c->childless, 1, n_ent + 1);
	memset(c->kids_run, 0, n_ent + 1);
	for (i = 0; i < n_parents; i++) {
		const size_t *kids = NULL;
		size_t p = parents[i], nk = ds_entity_children(c->ds, p, &kids), first = ev_row(c, kids[0]);
		c->childless[p] = 0;
		count += ev_row(c, p) != DS_NONE;
		for (j = 0; first != DS_NONE && first + nk <= n && j < nk && c->rows[first + j] == kids[j]; j++)
			;
		c->kids_run[p] = j == nk;
	}
	c->env.childless = c->childless;
	c->parent_rows = malloc((count ? count : 1) * sizeof *c->parent_rows);
	if (c->parent_rows == NULL)
		return EDUIND_ENOMEM;
	/* Breadth-first from the top parents (no parent among the rows), in place. */
	for (i = 0; i < n_parents; i++) {
		size_t e = parents[i], up = ds_entity_parent(c->ds, e);
		if (ev_row(c, e) != DS_NONE && (up == DS_NONE || ev_row(c, up) == DS_NONE))
			c->parent_rows[tail++] = ev_row(c, e);
	}
	while (head < tail) {
		const size_t *kids = NULL;
		size_t nk = ds_entity_children(c->ds, c->rows[c->parent_rows[head++]], &kids);
		for (j = 0; j < nk && tail < count; j++)
			if (ev_row(c, kids[j]) != DS_NONE && !c->childless[kids[j]])
				c->parent_rows[tail++] = ev_row(c, kids[j]);
	}
	c->n_parent_rows = tail;
	c->first_parent_row = tail ? c->parent_rows[0] : 0;
	c->end_parent_rows = 0;
	for (i = 0; i < tail; i++) {
		c->first_parent_row = c->parent_rows[i] < c->first_parent_row ? c->parent_rows[i] : c->first_parent_row;
		c->end_parent_rows = c->parent_rows[i] + 1 > c->end_parent_rows ? c->parent_rows[i] + 1 : c->end_parent_rows;
	}
	for (i = 0; i < tail / 2; i++) {
		size_t t = c->parent_rows[i];
		c->parent_rows[i] = c->parent_rows[tail - 1 - i];
		c->parent_rows[tail - 1 - i] = t;
	}
	return EDUIND_OK;
}

static eduind_status pick_periods(ev_ctx *c, int only)
{
	size_t n = eduind_dataset_period_count(c->ds), i;
	int found = 0;
	c->periods = malloc((n + 1) * sizeof *c->periods);
	if (c->periods == NULL)
		return EDUIND_ENOMEM;
	for (i = 0; i < n; i++) {
		c->periods[i] = eduind_dataset_period_at(c->ds, i);
		found |= c->periods[i] == only;
	}
	c->n_periods = n;
	if (only != 0 && !found) {
		/* A period without data still gets (missing) results. */
		size_t k = n;
		while (k > 0 && c->periods[k - 1] > only) {
			c->periods[k] = c->periods[k - 1];
			k--;
		}
		c->periods[k] = only;
		c->n_periods++;
	}
	return EDUIND_OK;
}

static eduind_status setup_results(ev_ctx *c)
{
	eduind_results *r = calloc(1, sizeof *r);
	size_t i, nc = ds_cell_count(c->ds);
	eduind_status st = EDUIND_OK;
	if (r == NULL)
		return EDUIND_ENOMEM;
	c->res = r;
	r->record_inputs = c->record_inputs;
	r->lock = malloc(sizeof *r->lock);
	if (r->lock == NULL)
		return EDUIND_ENOMEM;
	if (pthread_mutex_init(r->lock, NULL) != 0) {
		free(r->lock);
		r->lock = NULL;
		return EDUIND_ENOMEM;
	}
	r->text = malloc(4096);
	if (r->text == NULL)
		return EDUIND_ENOMEM;
	r->text[0] = '\0';
	r->text_len = 1;
	r->text_cap = 4096;
	r->entity_at = ev_alloc((c->n_rows + 1) * sizeof *r->entity_at);
	r->codes = calloc(c->cat->n_inds + 1, sizeof *r->codes);
	r->cells = calloc(nc + 1, sizeof *r->cells);
	if (r->entity_at == NULL || r->codes == NULL || r->cells == NULL)
		return EDUIND_ENOMEM;
	r->n_rows = c->n_rows;
	{
		/* All ids in one block of text, sized by the dataset when every entity is
		 * evaluated (one pass over a million ids instead of two). */
		size_t total = 0, at = 0;
		if (c->rows_are_entities)
			total = ds_entity_id_bytes(c->ds);
		else
			for (i = 0; i < c->n_rows; i++)
				total += strlen(ds_entity_id(c->ds, c->rows[i])) + 1;
		if (total >= UINT32_MAX)
			return EDUIND_ELIMIT; /* ids are found by 32-bit offsets */
		r->entity_text = ev_alloc(total + 1);
		if (r->entity_text == NULL)
			return EDUIND_ENOMEM;
		if (c->rows_are_entities) {
			/* The dataset keeps them back to back in entity order: copy, then split. */
			ds_copy_ids(c->ds, r->entity_text);
			for (i = 0; i < c->n_rows; i++) {
				r->entity_at[i] = (uint32_t)at;
				at += strlen(r->entity_text + at) + 1;
			}
		} else {
			for (i = 0; i < c->n_rows; i++) {
				const char *id = ds_entity_id(c->ds, c->rows[i]);
				size_t len = strlen(id) + 1;
				memcpy(r->entity_text + at, id, len);
				r->entity_at[i] = (uint32_t)at;
				at += len;
			}
		}
	}
	for (i = 0; i < c->cat->n_inds && st == EDUIND_OK; i++) {
		r->codes[i] = dup(c->cat->inds[i]->code);
		r->n_codes = i + 1;
		st = r->codes[i] ? strmap_put(&r->code_index, r->codes[i], i) : EDUIND_ENOMEM;
	}
	for (i = 0; i < nc && st == EDUIND_OK; i++) {
		r->cells[i] = dup(ds_cell_name(c->ds, i));
		r->n_cells = i + 1;
		st = r->cells[i] ? strmap_put(&r->cell_index, r->cells[i], i) : EDUIND_ENOMEM;
	}
	if (st == EDUIND_OK && nc == 0) {
		/* Every dataset has the total; be safe if it reports none. */
		r->cells[0] = dup("");
		r->n_cells = 1;
		st = r->cells[0] ? strmap_put(&r->cell_index, r->cells[0], 0) : EDUIND_ENOMEM;
	}
	return st;
}

/* ---- One block ------------------------------------------------------------------------ */

#define ALIGN64(n) (((n) + 63) & ~(size_t)63)

static const ev_col *lone_column(ev_ctx *c, const ex_program *p, const res_block *b)
{
	const ex_ref *r = ex_program_single_ref(p);
	size_t ci;
	if (!ev_lone_input(p))
		return NULL;
	ci = ev_column(c, r->id, b->period, b->cell);
	if (ci == RES_NONE || c->res->cols[ci].v == NULL)
		return NULL;
	c->res->cols[ci].pinned = 1;
	return &c->res->cols[ci];
}

/* A formula over children that applies to no entity without children is kept only
 * for the rows from the first parent to the last (res_stored). */
static int parents_only(const eduind_indicator *ind)
{
	return ind->kind == EDUIND_KIND_VALUE && ind->reported_var == CAT_NONE && ex_program_needs_children(ind->value);
}

/* A ratio or proportion without a published figure keeps its numerator, denominator
 * and state: its value is computed from them when read (res_value), not stored. */
static int derived_value(const eduind_indicator *ind)
{
	return ind->kind != EDUIND_KIND_VALUE && ind->reported_var == CAT_NONE;
}

static void stored_rows(const ev_ctx *c, const eduind_indicator *ind, size_t *lo, size_t *hi)
{
	*lo = 0;
	*hi = c->n_rows;
	if (parents_only(ind)) {
		*lo = c->first_parent_row;
		*hi = c->end_parent_rows;
	}
}

/* Bytes of one block's columns in the slab (see alloc_block). */
static size_t block_bytes(const ev_ctx *c, const eduind_indicator *ind)
{
	size_t lo, hi, n;
	stored_rows(c, ind, &lo, &hi);
	n = hi > lo ? hi - lo : 1;
	size_t bytes = (derived_value(ind) ? 0 : ALIGN64(n * sizeof(double))) + ALIGN64(n);
	if (ind->kind != EDUIND_KIND_VALUE) {
		if (!ev_lone_input(ind->num))
			bytes += ALIGN64(n * sizeof(double));
		if (!ev_lone_input(ind->den))
			bytes += ALIGN64(n * sizeof(double));
	}
	if (ind->reported_var != CAT_NONE)
		bytes += ALIGN64(n * sizeof(double));
	return bytes;
}

static void *carve(ev_ctx *c, size_t bytes)
{
	void *p = c->slab + c->slab_used;
	c->slab_used += ALIGN64(bytes);
	return p;
}

/* Where a ratio's numerator (or denominator) goes: nowhere when it is one input read
 * in place from its column's pages (*pages_out), else the slab or the heap. */
static eduind_status numden_room(ev_ctx *c, res_block *b, const ex_program *p, int slab, const double **col_out,
                                 const double *const **pages_out, double **out, double **own)
{
	size_t n = c->n_rows ? c->n_rows : 1;
	const ev_col *col = lone_column(c, p, b);
	*out = NULL;
	if (col != NULL) {
		*col_out = NULL;
		*pages_out = col->v;
		return EDUIND_OK;
	}
	if (slab && !ev_lone_input(p)) {
		*out = carve(c, n * sizeof **out);
	} else {
		*out = *own = malloc(n * sizeof **out);
		if (*out == NULL)
			return EDUIND_ENOMEM;
	}
	*col_out = *out;
	return EDUIND_OK;
}

/* A block's columns come from the evaluation's slab (one large allocation, few page
 * faults) when it has room, else from the heap. */
static eduind_status alloc_block(ev_ctx *c, res_block *b, const eduind_indicator *ind, double **num_out,
                                 double **den_out)
{
	size_t n;
	int slab = c->slab != NULL && c->slab_used + block_bytes(c, ind) <= c->slab_size;
	eduind_status st = EDUIND_OK;
	b->decimals = ind->decimals;
	b->unit = ind->unit;
	stored_rows(c, ind, &b->lo, &b->hi);
	n = b->hi > b->lo ? b->hi - b->lo : 1;
	*num_out = *den_out = NULL;
	b->flags = c->flags; /* packed by eval_block when the block is done */
	b->proportion = ind->kind == EDUIND_KIND_PROPORTION;
	b->scale = ind->scale;
	if (slab) {
		b->in_slab = 1;
		b->value = derived_value(ind) ? NULL : carve(c, n * sizeof *b->value);
		b->state = carve(c, n);
		if (ind->reported_var != CAT_NONE)
			b->reported = carve(c, n * sizeof *b->reported);
	} else {
		b->value = derived_value(ind) ? NULL : malloc(n * sizeof *b->value);
		b->state = malloc(n);
		if ((!b->value && !derived_value(ind)) || !b->state)
			return EDUIND_ENOMEM;
		if (ind->reported_var != CAT_NONE) {
			b->reported = malloc(n * sizeof *b->reported);
			if (!b->reported)
				return EDUIND_ENOMEM;
		}
	}
	if (b->has_ratio) {
		st = numden_room(c, b, ind->num, slab, &b->num, &b->num_pages, num_out, &b->own_num);
		if (st == EDUIND_OK)
			st = numden_room(c, b, ind->den, slab, &b->den, &b->den_pages, den_out, &b->own_den);
	}
	return c->failed ? EDUIND_ENOMEM : st;
}

/* The direct inputs of the indicator's programs: where their values are, for the
 * working shown with results (nothing is copied). */
static eduind_status link_inputs(ev_ctx *c, res_block *b, const eduind_indicator *ind)
{
	const ex_program *progs[3] = { ind->num, ind->den, ind->value };
	const ex_ref *refs[64];
	size_t n = 0, p, i, k;
	for (p = 0; p < 3; p++)
		for (i = 0; progs[p] && i < ex_program_ref_count(progs[p]); i++) {
			const ex_ref *r = ex_program_ref(progs[p], i);
			int seen = 0;
			for (k = 0; k < n; k++)
				seen |= strcmp(refs[k]->name, r->name) == 0 && refs[k]->offset == r->offset &&
				        ((refs[k]->cell == NULL && r->cell == NULL) ||
				         (refs[k]->cell && r->cell && strcmp(refs[k]->cell, r->cell) == 0));
			if (!seen && n < sizeof refs / sizeof refs[0])
				refs[n++] = r;
		}
	b->inputs = calloc(n + 1, sizeof *b->inputs);
	if (!b->inputs)
		return EDUIND_ENOMEM;
	for (k = 0; k < n; k++) {
		res_input *in = &b->inputs[k];
		size_t cell = ev_ref_cell(c, refs[k], b->cell);
		int period = b->period + refs[k]->offset;
		in->variable = dup(refs[k]->name);
		in->cell = refs[k]->cell ? dup(refs[k]->cell) : NULL;
		in->offset = refs[k]->offset;
		in->is_indicator = refs[k]->kind == EX_REF_INDICATOR;
		in->col = RES_NONE;
		in->src_block = RES_NONE;
		b->n_inputs = k + 1;
		if (in->variable == NULL || (refs[k]->cell && in->cell == NULL))
			return EDUIND_ENOMEM;
		in->var = refs[k]->id;
		in->cell_index = cell;
		if (!in->is_indicator) {
			/* Inputs that are not recorded and have no column are read from the
			 * dataset when a note needs them (ev_input_value). */
			in->col = c->record_inputs ? ev_column(c, refs[k]->id, period, cell)
			                           : ev_find_column(c, refs[k]->id, period, cell);
		} else if (cell != DS_NONE) {
			const res_block *src = res_find_block(c->res, refs[k]->id, period, cell);
			if (src != NULL)
				in->src_block = (size_t)(src - c->res->blocks);
		}
	}
	return c->failed ? EDUIND_ENOMEM : EDUIND_OK;
}

/* The states of a numerator or denominator: its program run into out and room, or,
 * when it is one input read in place (out NULL), its column's states, used as they
 * are when the column is plain (the column is returned) and converted into room
 * otherwise. NULL: the states are in room. */
static const ev_col *run_part(ev_ctx *c, res_block *b, const ex_program *p, double *out, unsigned char *room,
                              eduind_status *st)
{
	const ex_ref *r;
	const ev_col *col;
	size_t i, k, m;
	*st = EDUIND_OK;
	if (out != NULL) {
		*st = ex_run(p, &c->env, c->rows, c->n_rows, b->period, b->cell, out, room);
		return NULL;
	}
	r = ex_program_single_ref(p);
	col = &c->res->cols[ev_column(c, r->id, b->period, b->cell)];
	if (col->plain)
		return col;
	for (i = 0; i < c->n_rows; i += m) {
		const unsigned char *s = res_col_states(col, i);
		m = res_page_run(i, c->n_rows);
		for (k = 0; k < m; k++)
			room[i + k] = ev_state_of(s[k]);
	}
	return NULL;
}

/* The value and state of every row of a ratio or proportion with the shared
 * calculation kernels: the state of the numerator, else of the denominator, else of the
 * calculation. One function per kind keeps each loop simple enough to vectorise; the
 * _states forms are for values that are not stored (res_value computes them). */
#define RATIO_ROWS(name, kernel, store)                                                                       \
	static void name(size_t n, const double *nv, const double *dv, double scale, const unsigned char *sn, \
	                 const unsigned char *sd, double *value, unsigned char *state)                        \
	{                                                                                                     \
		size_t i;                                                                                     \
		for (i = 0; i < n; i++) {                                                                     \
			double v;                                                                             \
			unsigned char s = ex_state_of(kernel(nv[i], dv[i], scale, &v));                       \
			s = sd[i] != EX_OK ? sd[i] : s;                                                       \
			s = sn[i] != EX_OK ? sn[i] : s;                                                       \
			if (store)                                                                            \
				value[i] = s == EX_OK ? v : NAN;                                              \
			state[i] = s;                                                                         \
		}                                                                                             \
	}
RATIO_ROWS(ratio_rows, ck_ratio, 1)
RATIO_ROWS(proportion_rows, ck_proportion, 1)
RATIO_ROWS(ratio_states, ck_ratio, 0)
RATIO_ROWS(proportion_states, ck_proportion, 0)
#undef RATIO_ROWS

static eduind_status compute(ev_ctx *c, res_block *b, const eduind_indicator *ind, double *num, double *den)
{
	const ev_col *ncol, *dcol;
	eduind_status st, st2;
	size_t i, m;
	if (!b->has_ratio) {
		st = ex_run(ind->value, &c->env, c->rows + b->lo, b->hi - b->lo, b->period, b->cell, b->value, b->state);
		return st != EDUIND_OK || c->failed ? EDUIND_ENOMEM : EDUIND_OK;
	}
	ncol = run_part(c, b, ind->num, num, b->state, &st);
	dcol = run_part(c, b, ind->den, den, c->scratch, &st2);
	if (st != EDUIND_OK || st2 != EDUIND_OK || c->failed)
		return EDUIND_ENOMEM;
	for (i = 0; i < c->n_rows; i += m) {
		/* Page by page, as a lone input's values are the dataset's pages. */
		const double *nv = res_nums(b, i), *dv = res_dens(b, i);
		const unsigned char *sn = ncol ? res_col_states(ncol, i) : b->state + i;
		const unsigned char *sd = dcol ? res_col_states(dcol, i) : c->scratch + i;
		double *value = b->value != NULL ? b->value + i : NULL;
		m = res_page_run(i, c->n_rows);
		if (ind->kind == EDUIND_KIND_PROPORTION)
			(value ? proportion_rows : proportion_states)(m, nv, dv, ind->scale, sn, sd, value,
			                                              b->state + i);
		else
			(value ? ratio_rows : ratio_states)(m, nv, dv, ind->scale, sn, sd, value, b->state + i);
	}
	return EDUIND_OK;
}

static void use_reported(ev_ctx *c, res_block *b, const eduind_indicator *ind)
{
	size_t ci = ev_column(c, ind->reported_var, b->period, b->cell), i;
	const ev_col *col;
	if (ci == RES_NONE)
		return;
	col = &c->res->cols[ci];
	for (i = 0; i < c->n_rows; i++) {
		int has = col->v != NULL && eduind_state_has_value((eduind_state)*res_col_states(col, i));
		b->reported[i] = has ? *res_col_values(col, i) : NAN;
		if (has && b->state[i] == EX_MISSING) {
			b->value[i] = b->reported[i];
			b->state[i] = EX_OK;
			b->flags[i] |= RES_REPORTED;
		}
	}
}

static eduind_status emit_rows(ev_ctx *c, res_block *b, size_t only_row)
{
	size_t i, k;
	if (only_row == DS_NONE && b->cell == 0) {
		b->emitted = NULL; /* every row */
		b->n_emitted = c->n_rows;
		return EDUIND_OK;
	}
	b->emitted = malloc((c->n_rows ? c->n_rows : 1) * sizeof *b->emitted);
	if (b->emitted == NULL)
		return EDUIND_ENOMEM;
	for (i = 0; i < c->n_rows; i++) {
		int keep = 1;
		if (only_row != DS_NONE && i != only_row)
			continue;
		if (b->cell != 0 && res_state(b, i) == EX_MISSING) {
			/* A cell nobody reported anything for is not a result worth listing. */
			keep = 0;
			for (k = 0; k < b->n_inputs && !keep; k++) {
				double v;
				eduind_state s;
				ev_input_value(c, b, k, i, &v, &s);
				keep = s != EDUIND_STATE_MISSING;
			}
		}
		if (keep)
			b->emitted[b->n_emitted++] = (uint32_t)i;
	}
	return EDUIND_OK;
}

static eduind_status eval_block(ev_ctx *c, res_block *b, const eduind_indicator *ind, size_t only_row, int emit)
{
	double *num = NULL, *den = NULL;
	eduind_status st = alloc_block(c, b, ind, &num, &den);
	if (st == EDUIND_OK)
		st = compute(c, b, ind, num, den);
	if (st == EDUIND_OK)
		st = link_inputs(c, b, ind);
	if (st == EDUIND_OK && c->rollup)
		st = ev_rollup(c, b, ind);
	if (st == EDUIND_OK && b->reported != NULL)
		use_reported(c, b, ind);
	if (st == EDUIND_OK && c->failed)
		st = EDUIND_ENOMEM;
	if (st == EDUIND_OK && emit)
		st = ev_describe(c, b, ind);
	if (st == EDUIND_OK && emit)
		st = emit_rows(c, b, only_row);
	if (st == EDUIND_OK && !res_pack_flags(b))
		st = EDUIND_ENOMEM;
	return st;
}

/* ---- Driver ----------------------------------------------------------------------------- */

static void mark_needed(const eduind_catalog *cat, size_t i, unsigned char *need)
{
	size_t k;
	if (need[i])
		return;
	need[i] = 1;
	for (k = 0; k < cat->inds[i]->n_deps; k++)
		mark_needed(cat, cat->inds[i]->deps[k], need);
}

/* Which periods of which indicators must be computed: the requested ones, and those
 * their indicator inputs read (shifted by the inputs' period offsets). */
typedef struct period_need {
	const ev_ctx *c;
	unsigned char *need;   /* ni x n_periods */
	size_t from;           /* the indicator whose inputs are visited */
	size_t p;              /* its period index */
} period_need;

static size_t period_index(const ev_ctx *c, int period)
{
	size_t i;
	for (i = 0; i < c->n_periods; i++)
		if (c->periods[i] == period)
			return i;
	return DS_NONE;
}

static void need_ref(void *user, const ex_ref *ref, int in_children)
{
	period_need *pn = user;
	size_t q;
	(void)in_children;
	if (ref->kind != EX_REF_INDICATOR)
		return;
	q = period_index(pn->c, pn->c->periods[pn->p] + ref->offset);
	if (q != DS_NONE)
		pn->need[ref->id * pn->c->n_periods + q] = 1;
}

static unsigned char *needed_periods(const ev_ctx *c, const unsigned char *want, int only)
{
	const eduind_catalog *cat = c->cat;
	size_t ni = cat->n_inds, np = c->n_periods, k, p;
	period_need pn;
	pn.c = c;
	pn.need = calloc(ni * np + 1, 1);
	if (pn.need == NULL)
		return NULL;
	for (k = 0; k < ni; k++)
		for (p = 0; p < np; p++)
			pn.need[k * np + p] = want[k] && (only == 0 || c->periods[p] == only);
	/* Dependents come after their dependencies in cat->order: walk it backwards. */
	for (k = ni; k-- > 0;) {
		const eduind_indicator *ind = cat->inds[cat->order[k]];
		pn.from = ind->index;
		for (p = 0; p < np; p++) {
			if (!pn.need[ind->index * np + p])
				continue;
			pn.p = p;
			ex_program_each_ref(ind->num, need_ref, &pn);
			ex_program_each_ref(ind->den, need_ref, &pn);
			ex_program_each_ref(ind->value, need_ref, &pn);
		}
	}
	return pn.need;
}

static void ctx_free(ev_ctx *c)
{
	free(c->roll_num);
	free(c->roll_den);
	free(c->rows);
	free(c->row_of);
	free(c->parent_rows);
	free(c->childless);
	free(c->kids_run);
	free(c->scratch);
	free(c->flags);
	free(c->var_map);
	free(c->periods);
}

static eduind_status run(ev_ctx *c, const eduind_eval_options *o, eduind_error *err)
{
	const eduind_catalog *cat = c->cat;
	size_t ni = cat->n_inds, i, k, p, cl, n_cells, nb = 0, slot, only_row = DS_NONE;
	unsigned char *want = calloc(ni + 1, 1), *need = calloc(ni + 1, 1);
	size_t *first_slot = malloc((ni + 1) * sizeof *first_slot);
	unsigned char *need_p = NULL;
	eduind_status st = EDUIND_OK;

	if (want == NULL || need == NULL || first_slot == NULL) {
		st = EDUIND_ENOMEM;
		goto done;
	}
	if (o->indicators != NULL) {
		for (i = 0; i < o->n_indicators; i++) {
			const eduind_indicator *ind = eduind_catalog_find(cat, o->indicators[i]);
			if (ind == NULL) {
				st = eduind__fail(err, EDUIND_ENOTFOUND, "unknown indicator '%s'",
				                  o->indicators[i] ? o->indicators[i] : "(null)");
				goto done;
			}
			want[ind->index] = 1;
		}
	} else {
		memset(want, 1, ni);
	}
	for (i = 0; i < ni; i++)
		if (want[i])
			mark_needed(cat, i, need);
	need_p = needed_periods(c, want, o->period);
	if (need_p == NULL) {
		st = EDUIND_ENOMEM;
		goto done;
	}
	if (o->entity != NULL)
		only_row = 0; /* pick_rows puts the entity first */
	n_cells = o->include_cells ? c->res->n_cells : 1;
	/* Blocks in output order: catalogue order, then period, then cell. */
	for (i = 0; i < ni; i++) {
		first_slot[i] = nb;
		if (need[i])
			nb += c->n_periods * n_cells;
	}
	c->res->blocks = calloc(nb + 1, sizeof *c->res->blocks);
	if (c->res->blocks == NULL) {
		st = EDUIND_ENOMEM;
		goto done;
	}
	c->res->n_blocks = nb;
	{
		/* One slab for every block that will be computed. */
		size_t bytes = 0;
		for (i = 0; i < ni; i++)
			for (p = 0; need[i] && p < c->n_periods; p++)
				if (need_p[i * c->n_periods + p])
					bytes += n_cells * block_bytes(c, cat->inds[i]);
		c->res->slabs = malloc(sizeof *c->res->slabs);
		if (c->res->slabs == NULL) {
			st = EDUIND_ENOMEM;
			goto done;
		}
		c->slab = bytes ? ev_alloc(bytes) : NULL;
		if (c->slab != NULL) {
			c->res->slabs[c->res->n_slabs++] = c->slab;
			c->slab_size = bytes;
		}
	}
	ev_prefetch(c, need_p, n_cells);
	if (c->failed) {
		st = EDUIND_ENOMEM;
		goto done;
	}
	for (k = 0; k < ni && st == EDUIND_OK; k++) {
		const eduind_indicator *ind = cat->inds[cat->order[k]];
		if (!need[ind->index])
			continue;
		slot = first_slot[ind->index];
		for (p = 0; p < c->n_periods && st == EDUIND_OK; p++)
			for (cl = 0; cl < n_cells && st == EDUIND_OK; cl++, slot++) {
				res_block *b = &c->res->blocks[slot];
				vkey key;
				int emit = want[ind->index] && (o->period == 0 || o->period == c->periods[p]);
				if (!need_p[ind->index * c->n_periods + p])
					continue; /* an empty block that nothing reads */
				b->ind = ind->index;
				b->cat_index = ind->index;
				b->period = c->periods[p];
				b->cell = cl;
				b->has_ratio = ind->kind != EDUIND_KIND_VALUE;
				st = eval_block(c, b, ind, only_row, emit);
				key.entity = 0;
				key.period = b->period;
				key.variable = (uint32_t)b->ind;
				key.cell = (uint32_t)cl;
				if (st == EDUIND_OK)
					st = keymap_put(&c->res->block_index, &key, slot);
			}
	}
	if (st == EDUIND_OK) {
		size_t items = 0;
		for (i = 0; i < nb; i++) {
			c->res->blocks[i].first_item = items;
			items += c->res->blocks[i].n_emitted;
		}
		c->res->n_items = items;
	}
	if (st == EDUIND_ENOMEM)
		eduind__fail(err, st, "out of memory while evaluating");
done:
	free(need_p);
	free(want);
	free(need);
	free(first_slot);
	return st;
}

eduind_status eduind_evaluate(eduind_results **out, const eduind_catalog *cat, const eduind_dataset *ds,
                              const eduind_eval_options *opts, eduind_error *err)
{
	static const eduind_eval_options defaults = EDUIND_EVAL_OPTIONS_INIT;
	ev_ctx c;
	eduind_status st;
	size_t i;
	c_locale_scope loc;

	if (out == NULL)
		return eduind__fail(err, EDUIND_ENULL, "no output pointer");
	*out = NULL;
	if (cat == NULL || ds == NULL)
		return eduind__fail(err, EDUIND_ENULL, "no catalogue or no dataset");
	if (opts == NULL)
		opts = &defaults;
	if (opts->version != EDUIND_EVAL_OPTIONS_VERSION)
		return eduind__fail(err, EDUIND_EINVAL, "evaluation options version %u is not supported (expected %d)",
		                    opts->version, EDUIND_EVAL_OPTIONS_VERSION);
	if (opts->indicators == NULL && opts->n_indicators != 0)
		return eduind__fail(err, EDUIND_ENULL, "n_indicators is %zu but indicators is NULL", opts->n_indicators);
	memset(&c, 0, sizeof c);
	c.cat = cat;
	c.ds = ds;
	c.record_inputs = opts->record_inputs;
	c.rollup = opts->rollup;
	ev_env_init(&c);
	st = pick_rows(&c, opts->entity);
	if (st == EDUIND_ENOTFOUND) {
		ctx_free(&c);
		return eduind__fail(err, st, "unknown entity '%s'", opts->entity);
	}
	if (st == EDUIND_OK)
		st = order_parents(&c);
	if (st == EDUIND_OK)
		st = pick_periods(&c, opts->period);
	if (st == EDUIND_OK) {
		c.var_map = malloc((cat->n_vars + 1) * sizeof *c.var_map);
		if (c.var_map == NULL)
			st = EDUIND_ENOMEM;
		for (i = 0; st == EDUIND_OK && i < cat->n_vars; i++)
			c.var_map[i] = ds_variable_index(ds, cat->vars[i].code);
	}
	if (st == EDUIND_OK)
		st = setup_results(&c);
	if (st != EDUIND_OK) {
		eduind_results_free(c.res);
		ctx_free(&c);
		return eduind__fail(err, st, st == EDUIND_ELIMIT ? "the evaluated entity ids take 4 GB or more"
		                                                  : "out of memory while evaluating");
	}
	c_locale_enter(&loc);
	st = run(&c, opts, err);
	c_locale_leave(&loc);
	if (st == EDUIND_OK && !c.record_inputs) {
		/* Nothing will read the inputs again: give their memory back now, all but
		 * the blocks' numerators and denominators. */
		for (i = 0; i < c.res->n_cols; i++)
			if (!c.res->cols[i].pinned)
				res_col_free(&c.res->cols[i]);
	}
	ctx_free(&c);
	if (st != EDUIND_OK) {
		eduind_results_free(c.res);
		return st;
	}
	*out = c.res;
	return EDUIND_OK;
}
