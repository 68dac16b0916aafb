/* Result sets: reading items, their inputs, and finding one by its key. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "eval/results_priv.h"
#include "calc/kernels.h"
#include "eduind/format.h"
#include "internal/error.h"

const char *eduind_result_state_name(eduind_result_state s)
{
	switch (s) {
	case EDUIND_RESULT_OK: return "ok";
	case EDUIND_RESULT_MISSING: return "missing_input";
	case EDUIND_RESULT_ZERO_DENOMINATOR: return "zero_denominator";
	case EDUIND_RESULT_INVALID: return "invalid_input";
	case EDUIND_RESULT_NOT_APPLICABLE: return "not_applicable";
	}
	return "missing_input";
}

uint32_t res_text(eduind_results *r, const char *s, int *failed)
{
	size_t n = strlen(s) + 1;
	size_t off;
	if (n == 1)
		return 0;
	if (r->text_len + n > UINT32_MAX) {
		*failed = 1;
		return 0;
	}
	if (r->text_len + n > r->text_cap) {
		size_t cap = r->text_cap ? r->text_cap : 4096;
		char *t;
		while (cap < r->text_len + n)
			cap *= 2;
		t = realloc(r->text, cap);
		if (t == NULL) {
			*failed = 1;
			return 0;
		}
		r->text = t;
		r->text_cap = cap;
	}
	off = r->text_len;
	memcpy(r->text + off, s, n);
	r->text_len += n;
	return (uint32_t)off;
}

const char *res_text_at(const eduind_results *r, uint32_t off)
{
	return off == 0 || r->text == NULL ? "" : r->text + off;
}

res_block *res_find_block(const eduind_results *r, size_t ind, int period, size_t cell)
{
	vkey k;
	size_t v;
	k.entity = 0;
	k.period = period;
	k.variable = (uint32_t)ind;
	k.cell = (uint32_t)cell;
	if (!keymap_get(&r->block_index, &k, &v))
		return NULL;
	return &r->blocks[v];
}

int res_locate(const eduind_results *r, size_t i, const res_block **b, size_t *row)
{
	size_t lo = 0, hi = r->n_blocks;
	if (i >= r->n_items)
		return 0;
	/* The last block whose first item is <= i (blocks may be empty). */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->blocks[mid].first_item <= i)
			lo = mid;
		else
			hi = mid;
	}
	while (lo < r->n_blocks && i >= r->blocks[lo].first_item + r->blocks[lo].n_emitted)
		lo++;
	if (lo >= r->n_blocks)
		return 0;
	*b = &r->blocks[lo];
	*row = r->blocks[lo].emitted ? r->blocks[lo].emitted[i - r->blocks[lo].first_item]
	                             : i - r->blocks[lo].first_item;
	return 1;
}

void res_input_value(const eduind_results *r, const res_block *b, size_t k, size_t row, double *v,
                     eduind_state *st)
{
	const res_input *in = &b->inputs[k];
	*v = NAN;
	*st = EDUIND_STATE_MISSING;
	if (in->col != RES_NONE) {
		const res_col *c = &r->cols[in->col];
		if (c->v != NULL) {
			*v = *res_col_values(c, row);
			*st = (eduind_state)*res_col_states(c, row);
		}
	} else if (in->src_block != RES_NONE) {
		const res_block *src = &r->blocks[in->src_block];
		unsigned char s = res_state(src, row);
		*v = res_value(src, row);
		*st = s == EDUIND_RESULT_OK ? EDUIND_STATE_PRESENT
		      : s == EDUIND_RESULT_NOT_APPLICABLE ? EDUIND_STATE_NOT_APPLICABLE : EDUIND_STATE_MISSING;
	}
}

/* Display text is made on first read of a block: most large evaluations are read
 * as numbers, and formatting is the dearest step per value. */
int res_displays(const eduind_results *r, const res_block *cb)
{
	res_block *b = &r->blocks[cb - r->blocks];
	int ok = 1;
	if (atomic_load_explicit(&b->display_ready, memory_order_acquire))
		return 1;
	pthread_mutex_lock(r->lock);
	if (!atomic_load_explicit(&b->display_ready, memory_order_relaxed)) {
		size_t cap = 64 + b->n_emitted * 12, len = 1, k;
		char *text = malloc(cap);
		uint32_t *off = calloc(b->hi > b->lo ? b->hi - b->lo : 1, sizeof *off); /* by stored row */
		ok = text != NULL && off != NULL;
		if (ok)
			text[0] = '\0';
		for (k = 0; ok && k < b->n_emitted; k++) {
			size_t row = b->emitted ? b->emitted[k] : k, n;
			char buf[96];
			if (res_state(b, row) != EDUIND_RESULT_OK ||
			    eduind_format(res_value(b, row), b->decimals, b->unit, buf, sizeof buf) != EDUIND_OK)
				continue;
			n = strlen(buf) + 1;
			if (len + n > cap) {
				char *t;
				while (len + n > cap)
					cap *= 2;
				t = realloc(text, cap);
				if (t == NULL) {
					ok = 0;
					break;
				}
				text = t;
			}
			if (len + n > UINT32_MAX) {
				ok = 0;
				break;
			}
			memcpy(text + len, buf, n);
			off[row - b->lo] = (uint32_t)len;
			len += n;
		}
		if (ok) {
			b->display_text = text;
			b->display = off;
			atomic_store_explicit(&b->display_ready, 1, memory_order_release);
		} else {
			free(text);
			free(off);
		}
	}
	pthread_mutex_unlock(r->lock);
	return ok;
}

void res_col_free(res_col *c)
{
	if (c->held != NULL)
		ds_release_pages(c->held, c->n_pages);
	free(c->copy);
	free(c->v); /* the page tables: v, s and held in one allocation */
	c->v = NULL;
	c->s = NULL;
	c->held = NULL;
	c->copy = NULL;
}

void eduind_results_free(eduind_results *r)
{
	size_t i, k;
	if (r == NULL)
		return;
	for (i = 0; i < r->n_blocks; i++) {
		res_block *b = &r->blocks[i];
		if (!b->in_slab) {
			free(b->value);
			free(b->reported);
			free(b->state);
		}
		free(b->flag_rows);
		free(b->flag_vals);
		free(b->flag_page);
		free(b->own_num);
		free(b->own_den);
		free(b->rolled);
		free(b->emitted);
		free(b->note_rows);
		free(b->note_offs);
		free(b->display);
		free(b->display_text);
		for (k = 0; k < b->n_inputs; k++) {
			free(b->inputs[k].variable);
			free(b->inputs[k].cell);
		}
		free(b->inputs);
	}
	free(r->blocks);
	for (i = 0; i < r->n_slabs; i++)
		free(r->slabs[i]);
	free(r->slabs);
	for (i = 0; i < r->n_cols; i++)
		res_col_free(&r->cols[i]);
	free(r->cols);
	if (r->lock != NULL) {
		pthread_mutex_destroy(r->lock);
		free(r->lock);
	}
	free(r->entity_at);
	free(r->entity_text);
	for (i = 0; i < r->n_codes; i++)
		free(r->codes[i]);
	free(r->codes);
	for (i = 0; i < r->n_cells; i++)
		free(r->cells[i]);
	free(r->cells);
	if (r->entity_rows != NULL) {
		strmap_free(r->entity_rows);
		free(r->entity_rows);
	}
	strmap_free(&r->code_index);
	strmap_free(&r->cell_index);
	keymap_free(&r->block_index);
	free(r->text);
	free(r);
}

size_t eduind_results_count(const eduind_results *r)
{
	return r ? r->n_items : 0;
}

eduind_status eduind_results_get(const eduind_results *r, size_t i, eduind_result *out)
{
	const res_block *b;
	size_t row;
	if (r == NULL || out == NULL)
		return EDUIND_ENULL;
	if (!res_locate(r, i, &b, &row))
		return EDUIND_ENOTFOUND;
	out->indicator = r->codes[b->ind];
	out->entity = res_entity(r, row);
	out->period = b->period;
	out->cell = r->cells[b->cell];
	out->state = (eduind_result_state)res_state(b, row);
	out->value = res_value(b, row);
	out->numerator = res_num(b, row);
	out->denominator = res_den(b, row);
	out->display = res_displays(r, b) && res_stored(b, row) && b->display[row - b->lo]
	                       ? b->display_text + b->display[row - b->lo]
	                       : "";
	out->note = res_text_at(r, res_note(b, row));
	out->rolled_up = (res_flags(b, row) & RES_ROLLED_UP) != 0;
	out->reported = (res_flags(b, row) & RES_REPORTED) != 0;
	out->n_inputs = r->record_inputs ? b->n_inputs : 0;
	out->reported_value = b->reported ? b->reported[row] : NAN;
	return EDUIND_OK;
}

eduind_status eduind_results_input(const eduind_results *r, size_t i, size_t j, eduind_result_input *out)
{
	const res_block *b;
	size_t row;
	if (r == NULL || out == NULL)
		return EDUIND_ENULL;
	if (!res_locate(r, i, &b, &row) || !r->record_inputs || j >= b->n_inputs)
		return EDUIND_ENOTFOUND;
	out->variable = b->inputs[j].variable;
	out->entity = res_entity(r, row);
	out->period = b->period + b->inputs[j].offset;
	out->cell = b->inputs[j].cell ? b->inputs[j].cell : r->cells[b->cell];
	res_input_value(r, b, j, row, &out->value, &out->state);
	return EDUIND_OK;
}


/* Index of the first rolled-up row at or after row. */
static size_t first_rolled(const res_block *b, size_t row)
{
	size_t lo = 0, hi = b->n_rolled;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (b->rolled[mid].row < row)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const res_rolled *rolled_at(const res_block *b, size_t row)
{
	size_t k = first_rolled(b, row);
	return k < b->n_rolled && b->rolled[k].row == row ? &b->rolled[k] : NULL;
}

/* 1 if the eight flags at f are all 0 (most are). */
static int zero8(const unsigned char *f)
{
	uint64_t w;
	memcpy(&w, f, sizeof w);
	return w == 0;
}

int res_pack_flags(res_block *b)
{
	size_t n = b->hi > b->lo ? b->hi - b->lo : 0, pages = (n >> 8) + 1, i, k = 0;
	unsigned char *f = b->flags;
	for (i = 0; i < n; i++) {
		if ((i & 7) == 0 && i + 8 <= n && zero8(f + i)) {
			i += 7;
			continue;
		}
		k += f[i] != 0;
	}
	b->flag_rows = malloc((k ? k : 1) * sizeof *b->flag_rows);
	b->flag_vals = malloc(k ? k : 1);
	b->flag_page = malloc(pages * sizeof *b->flag_page);
	if (b->flag_rows == NULL || b->flag_vals == NULL || b->flag_page == NULL)
		return 0;
	for (i = 0, k = 0; i < n; i++) {
		if ((i & 255) == 0)
			b->flag_page[i >> 8] = (uint32_t)k;
		if ((i & 7) == 0 && i + 8 <= n && zero8(f + i)) {
			i += 7; /* never past a page start: pages are multiples of 8 */
			continue;
		}
		if (f[i] != 0) {
			b->flag_rows[k] = (uint32_t)i;
			b->flag_vals[k++] = f[i];
			f[i] = 0;
		}
	}
	if ((n & 255) == 0)
		b->flag_page[n >> 8] = (uint32_t)k;
	b->n_flagged = k;
	b->flags = NULL;
	return 1;
}

double res_derived_value(const res_block *b, size_t row)
{
	double v = NAN;
	if (b->state[row - b->lo] != EDUIND_RESULT_OK)
		return NAN;
	/* The state says the kernel succeeded on these very numbers when evaluating. */
	if (b->proportion)
		ck_proportion(res_num(b, row), res_den(b, row), b->scale, &v);
	else
		ck_ratio(res_num(b, row), res_den(b, row), b->scale, &v);
	return v;
}

void res_values(const res_block *b, size_t row, size_t n, double *out)
{
	const unsigned char *st = b->state + (row - b->lo);
	size_t i, k;
	if (b->value != NULL) {
		memcpy(out, b->value + (row - b->lo), n * sizeof *out);
		return;
	}
	/* A loop over the columns as evaluation ran it, page by page, then the rolled-up
	 * rows. */
	for (i = 0; i < n;) {
		size_t m = res_page_run(row + i, row + n), j;
		const double *num = res_nums(b, row + i), *den = res_dens(b, row + i);
		if (b->proportion)
			for (j = 0; j < m; j++) {
				double v;
				ck_proportion(num[j], den[j], b->scale, &v);
				out[i + j] = st[i + j] == EDUIND_RESULT_OK ? v : NAN;
			}
		else
			for (j = 0; j < m; j++) {
				double v;
				ck_ratio(num[j], den[j], b->scale, &v);
				out[i + j] = st[i + j] == EDUIND_RESULT_OK ? v : NAN;
			}
		i += m;
	}
	for (k = first_rolled(b, row); k < b->n_rolled && b->rolled[k].row < row + n; k++)
		out[b->rolled[k].row - row] = res_derived_value(b, b->rolled[k].row);
}

double res_num(const res_block *b, size_t row)
{
	const res_rolled *r;
	if (!b->has_ratio)
		return NAN;
	if ((res_flags(b, row) & RES_ROLLED_UP) && (r = rolled_at(b, row)) != NULL)
		return r->num;
	return *res_nums(b, row);
}

double res_den(const res_block *b, size_t row)
{
	const res_rolled *r;
	if (!b->has_ratio)
		return NAN;
	if ((res_flags(b, row) & RES_ROLLED_UP) && (r = rolled_at(b, row)) != NULL)
		return r->den;
	return *res_dens(b, row);
}

uint32_t res_note(const res_block *b, size_t row)
{
	unsigned char f = res_flags(b, row), s = res_state(b, row);
	size_t lo = 0, hi = b->n_notes;
	if (!(f & RES_HOW) && (s == EDUIND_RESULT_MISSING || s == EDUIND_RESULT_NOT_APPLICABLE))
		return b->cause_note[s == EDUIND_RESULT_NOT_APPLICABLE][f >> 2];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (b->note_rows[mid] < row)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < b->n_notes && b->note_rows[lo] == row ? b->note_offs[lo] : 0;
}

/* The id -> row map costs a hash insert per entity: made only when first needed. */
static const strmap *entity_rows(const eduind_results *r)
{
	strmap *m;
	size_t i;
	if (atomic_load_explicit(&((eduind_results *)(uintptr_t)r)->entity_rows_ready, memory_order_acquire))
		return r->entity_rows;
	pthread_mutex_lock(r->lock);
	m = r->entity_rows;
	if (m == NULL) {
		m = calloc(1, sizeof *m);
		for (i = 0; m != NULL && i < r->n_rows; i++)
			if (strmap_put(m, res_entity(r, i), i) != EDUIND_OK) {
				strmap_free(m);
				free(m);
				m = NULL;
			}
		if (m != NULL) {
			eduind_results *w = (eduind_results *)(uintptr_t)r;
			w->entity_rows = m;
			atomic_store_explicit(&w->entity_rows_ready, 1, memory_order_release);
		}
	}
	pthread_mutex_unlock(r->lock);
	return m;
}

eduind_status eduind_results_find(const eduind_results *r, const char *indicator, const char *entity, int period,
                                  const char *cell, size_t *index)
{
	size_t ind, row, c, lo, hi;
	const res_block *b;
	if (r == NULL || indicator == NULL || entity == NULL || index == NULL)
		return EDUIND_ENULL;
	if (cell == NULL)
		cell = "";
	if (entity_rows(r) == NULL)
		return EDUIND_ENOMEM;
	if (!strmap_get(&r->code_index, indicator, &ind) || !strmap_get(r->entity_rows, entity, &row) ||
	    !strmap_get(&r->cell_index, cell, &c))
		return EDUIND_ENOTFOUND;
	b = res_find_block(r, ind, period, c);
	if (b == NULL)
		return EDUIND_ENOTFOUND;
	if (b->emitted == NULL) {
		if (row >= b->n_emitted)
			return EDUIND_ENOTFOUND;
		*index = b->first_item + row;
		return EDUIND_OK;
	}
	lo = 0;
	hi = b->n_emitted;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (b->emitted[mid] < row)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo >= b->n_emitted || b->emitted[lo] != row)
		return EDUIND_ENOTFOUND;
	*index = b->first_item + lo;
	return EDUIND_OK;
}
