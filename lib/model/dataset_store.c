/* The dataset's values, stored by column (see ds_column in dataset_priv.h): putting,
 * looking up, bulk reads for the evaluator, and walking every stored value. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "model/dataset_priv.h"

void ds_free_columns(eduind_dataset *ds)
{
	size_t i;
	for (i = 0; i < ds->n_columns; i++) {
		ds_release_pages(ds->columns[i].pages, ds->columns[i].n_pages);
		free(ds->columns[i].pages);
	}
	ds_page_chunk_done(ds);
	free(ds->columns);
	keymap_free(&ds->column_index);
	ds->columns = NULL;
	ds->n_columns = ds->cap_columns = 0;
}

static vkey column_key(int period, size_t v, size_t c)
{
	vkey key;
	key.entity = 0;
	key.period = (int32_t)period;
	key.variable = (uint32_t)v;
	key.cell = (uint32_t)c;
	return key;
}

static const ds_column *find_column(const eduind_dataset *ds, int period, size_t v, size_t c)
{
	vkey key;
	size_t at;
	if (ds == NULL || v >= ds->variables.count || c >= ds->cells.count)
		return NULL;
	key = column_key(period, v, c);
	return keymap_get(&ds->column_index, &key, &at) ? &ds->columns[at] : NULL;
}

static ds_column *make_column(eduind_dataset *ds, int period, size_t v, size_t c)
{
	vkey key = column_key(period, v, c);
	size_t at;
	ds_column *col;
	if (keymap_get(&ds->column_index, &key, &at))
		return &ds->columns[at];
	if (!ds_grow((void **)&ds->columns, &ds->cap_columns, ds->n_columns + 1, sizeof *ds->columns) ||
	    keymap_put(&ds->column_index, &key, ds->n_columns) != EDUIND_OK)
		return NULL;
	col = &ds->columns[ds->n_columns++];
	memset(col, 0, sizeof *col);
	col->variable = v;
	col->cell = c;
	col->period = period;
	return col;
}

/* The page holding entity e, ready to be written: made when absent, grown when e is
 * past its cap, and replaced by a copy when a result set holds it too. It is made for
 * the entities that exist already (one allocation when they are declared before their
 * values), else grown by doubling. NULL on failure. */
static ds_page *page_for(eduind_dataset *ds, ds_column *col, size_t e)
{
	size_t p = e >> DS_PAGE_SHIFT, off = e & DS_PAGE_MASK, want = ds->n_entities - (e & ~DS_PAGE_MASK), cap = 64;
	ds_page *page, *fresh;
	if (p >= col->n_pages) {
		/* Grow the page table geometrically so a column filled entity by entity
		 * reallocates it only log(n) times. */
		size_t n = col->n_pages ? col->n_pages : 4;
		ds_page **pages;
		while (n <= p)
			n *= 2;
		pages = realloc(col->pages, n * sizeof *pages);
		if (pages == NULL)
			return NULL;
		memset(pages + col->n_pages, 0, (n - col->n_pages) * sizeof *pages);
		col->pages = pages;
		col->n_pages = n;
	}
	page = col->pages[p];
	if (page != NULL && off < page->cap && atomic_load_explicit(&page->refs, memory_order_acquire) == 1)
		return page;
	if (page != NULL && page->cap > want)
		want = page->cap;
	while (cap < want && cap < DS_PAGE_SIZE)
		cap *= 2;
	fresh = ds_page_new(ds, cap, page);
	if (fresh == NULL)
		return NULL;
	if (page != NULL)
		ds_release_pages(&col->pages[p], 1);
	col->pages[p] = fresh;
	return fresh;
}

/* The page holding entity e, or NULL if nothing is stored there (e past the page's cap
 * included). */
static const ds_page *page_at(const ds_column *col, size_t e)
{
	size_t p = e >> DS_PAGE_SHIFT;
	const ds_page *page = col != NULL && p < col->n_pages ? col->pages[p] : NULL;
	return page != NULL && (e & DS_PAGE_MASK) < page->cap ? page : NULL;
}

static int is_stored(const ds_page *page, size_t off)
{
	return (page->stored[off >> 6] >> (off & 63) & 1u) != 0;
}

static eduind_status note_period(eduind_dataset *ds, int period)
{
	size_t lo = 0, hi = ds->n_periods;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (ds->periods[mid] < period)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < ds->n_periods && ds->periods[lo] == period)
		return EDUIND_OK;
	if (!ds_grow((void **)&ds->periods, &ds->cap_periods, ds->n_periods + 1, sizeof *ds->periods))
		return EDUIND_ENOMEM;
	memmove(ds->periods + lo + 1, ds->periods + lo, (ds->n_periods - lo) * sizeof *ds->periods);
	ds->periods[lo] = period;
	ds->n_periods++;
	return EDUIND_OK;
}

static int valid_state(eduind_state state)
{
	return state >= EDUIND_STATE_PRESENT && state <= EDUIND_STATE_SUPPRESSED;
}

eduind_status ds_put(eduind_dataset *ds, size_t e, int period, size_t v, size_t c, double value,
                     eduind_state state, int replace)
{
	ds_column *col;
	ds_page *page;
	size_t off = e & DS_PAGE_MASK;
	if (period < DS_PERIOD_MIN || period > DS_PERIOD_MAX || !valid_state(state) ||
	    e >= ds->n_entities || v >= ds->variables.count || c >= ds->cells.count)
		return EDUIND_EINVAL;
	if (eduind_state_has_value(state)) {
		if (!isfinite(value))
			return EDUIND_ENONFINITE;
	} else {
		value = NAN;
	}
	col = make_column(ds, period, v, c);
	page = col != NULL ? page_for(ds, col, e) : NULL;
	if (page == NULL)
		return EDUIND_ENOMEM;
	if (is_stored(page, off)) {
		if (!replace)
			return EDUIND_EDUPLICATE;
	} else {
		if (note_period(ds, period) != EDUIND_OK)
			return EDUIND_ENOMEM;
		ds->n_values++;
	}
	page->value[off] = value;
	page->state[off] = (unsigned char)state;
	page->stored[off >> 6] |= (uint64_t)1 << (off & 63);
	return EDUIND_OK;
}

int ds_has(const eduind_dataset *ds, size_t e, int period, size_t v, size_t c)
{
	const ds_page *page = page_at(find_column(ds, period, v, c), e);
	return page != NULL && is_stored(page, e & DS_PAGE_MASK);
}

void ds_lookup(const eduind_dataset *ds, size_t e, int period, size_t v, size_t c, double *value,
               eduind_state *state)
{
	const ds_page *page = page_at(find_column(ds, period, v, c), e);
	size_t off = e & DS_PAGE_MASK;
	if (value != NULL)
		*value = page != NULL ? page->value[off] : NAN;
	if (state != NULL)
		*state = page != NULL ? (eduind_state)page->state[off] : EDUIND_STATE_MISSING;
}

static void read_missing(double *value, unsigned char *state, size_t n)
{
	size_t k;
	for (k = 0; k < n; k++)
		value[k] = NAN;
	memset(state, EDUIND_STATE_MISSING, n);
}

static void read_run(const ds_page *page, size_t off, double *value, unsigned char *state, size_t n)
{
	size_t have = page == NULL || off >= page->cap ? 0 : page->cap - off < n ? page->cap - off : n;
	if (have > 0) {
		memcpy(value, page->value + off, have * sizeof *value);
		memcpy(state, page->state + off, have);
	}
	read_missing(value + have, state + have, n - have);
}

void ds_read(const eduind_dataset *ds, int period, size_t v, size_t c, const size_t *ents, size_t first,
             size_t n, double *value, unsigned char *state)
{
	const ds_column *col = find_column(ds, period, v, c);
	size_t i = 0;
	if (col == NULL) {
		read_missing(value, state, n);
		return;
	}
	while (i < n) {
		/* A run of consecutive entities within one page is copied in one go. */
		size_t e = ents != NULL ? ents[i] : first + i, off = e & DS_PAGE_MASK, run = 1;
		if (ents == NULL) {
			run = DS_PAGE_SIZE - off < n - i ? DS_PAGE_SIZE - off : n - i;
		} else {
			while (run < DS_PAGE_SIZE - off && i + run < n && ents[i + run] == e + run)
				run++;
		}
		read_run(e < ds->n_entities && e >> DS_PAGE_SHIFT < col->n_pages ? col->pages[e >> DS_PAGE_SHIFT] : NULL, off,
		         value + i, state + i, run);
		i += run;
	}
}

int ds_next_value(const eduind_dataset *ds, ds_cursor *cur, size_t *e, int *period, size_t *v,
                  size_t *c, double *value, eduind_state *state)
{
	for (; cur->column < ds->n_columns; cur->column++, cur->entity = 0) {
		const ds_column *col = &ds->columns[cur->column];
		while (cur->entity < ds->n_entities) {
			const ds_page *page = page_at(col, cur->entity);
			size_t off = cur->entity & DS_PAGE_MASK;
			if (page == NULL) {
				cur->entity = (cur->entity | DS_PAGE_MASK) + 1; /* the next page */
				continue;
			}
			cur->entity++;
			if (!is_stored(page, off))
				continue;
			*e = cur->entity - 1;
			*period = col->period;
			*v = col->variable;
			*c = col->cell;
			*value = page->value[off];
			*state = (eduind_state)page->state[off];
			return 1;
		}
	}
	return 0;
}

/* What a page with nothing stored reads as, for ds_share_column: constant, never held. */
#define X4(x) x, x, x, x
#define X4096(x) X4(X4(X4(X4(X4(X4(x))))))
static const double missing_values[DS_PAGE_SIZE] = { X4096(NAN) };
static const unsigned char missing_states[DS_PAGE_SIZE] = { X4096(EDUIND_STATE_MISSING) };
#undef X4096
#undef X4
_Static_assert(DS_PAGE_SIZE == 4096, "missing_values spells out DS_PAGE_SIZE values");

void ds_share_column(const eduind_dataset *ds, int period, size_t v, size_t c, size_t n_pages, ds_page **pages,
                     const double **values, const unsigned char **states)
{
	const ds_column *col = find_column(ds, period, v, c);
	size_t p;
	for (p = 0; p < n_pages; p++) {
		ds_page *page = col != NULL && p < col->n_pages ? col->pages[p] : NULL;
		size_t first = p * DS_PAGE_SIZE, need = ds->n_entities > first ? ds->n_entities - first : 0;
		pages[p] = NULL;
		values[p] = missing_values;
		states[p] = missing_states;
		if (page == NULL)
			continue;
		if (page->cap < need && page->cap < DS_PAGE_SIZE) {
			values[p] = NULL; /* short of the entities that exist: read with ds_read */
			states[p] = NULL;
			continue;
		}
		/* The count is the one thing a reader of the dataset changes: atomically,
		 * so that threads evaluating one dataset at once may hold the same page. */
		atomic_fetch_add_explicit(&page->refs, 1, memory_order_relaxed);
		pages[p] = page;
		values[p] = page->value;
		states[p] = page->state;
	}
}
