/* Private layout of result sets (lib/eval). Results are stored column-wise: one block
 * per (indicator, period, cell) holding a column per field over the evaluated
 * entities, plus the list of rows that are part of the output. Every string is owned
 * by the set, so results outlive the catalogue and dataset they came from. */
#ifndef EDUIND_EVAL_RESULTS_PRIV_H
#define EDUIND_EVAL_RESULTS_PRIV_H

#include <math.h>
#include <stddef.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include "eduind/eval.h"
#include "model/dataset_internal.h"
#include "model/hashmap.h"

/* flags: bits 0-1 say how the value was obtained; bits 2-7 hold, for missing and
 * not-applicable rows, which input caused it (RES_CAUSE_NONE: none found). */
#define RES_ROLLED_UP 1u
#define RES_REPORTED 2u
#define RES_HOW 3u
#define RES_CAUSE_NONE 63u

/* One recorded input of a block: what was read, and where its values are (no copy:
 * a dataset column kept by the set, or the block of the indicator it names). */
typedef struct res_input {
	char *variable;
	int offset;        /* periods back */
	char *cell;        /* NULL: the block's cell */
	int is_indicator;
	size_t col;        /* index into eduind_results.cols, or RES_NONE */
	size_t var;        /* catalogue variable or indicator index */
	size_t cell_index; /* dataset cell read */
	size_t src_block;  /* index into eduind_results.blocks, or RES_NONE */
} res_input;

#define RES_NONE ((size_t)-1)

/* A dataset column over the evaluated rows, by page of RES_PAGE rows: v[p] and s[p]
 * are the values and eduind_states of rows p * RES_PAGE .. p * RES_PAGE + RES_PAGE - 1.
 * When the rows are the dataset's entities in order, the pages are the dataset's own,
 * held until the set is freed (no copy); otherwise, or for a page of the dataset that
 * is too short, they point into a copy. */
#define RES_PAGE_SHIFT DS_PAGE_SHIFT
#define RES_PAGE DS_PAGE_SIZE
#define RES_PAGE_MASK DS_PAGE_MASK

typedef struct res_col {
	size_t var;
	int period;
	size_t cell;
	const double **v;  /* NULL: no such column, all missing */
	const unsigned char **s;
	ds_page **held;    /* the dataset's pages (NULL where copied), or NULL */
	size_t n_pages;
	void *copy;        /* the copied pages' values and states, or NULL */
	int contiguous;    /* every page copied, back to back: rows can be read across pages */
	int pinned;        /* a block reads its values as a numerator or denominator */
	int plain;         /* only present and missing values: already in the formula
	                    * machine's form (see ev_state_of), readable in place */
} res_col;

/* Rows from row up to the end of its page, but not to end or beyond. */
static inline size_t res_page_run(size_t row, size_t end)
{
	size_t left = RES_PAGE - (row & RES_PAGE_MASK);
	return end - row < left ? end - row : left;
}

/* Where the values (states) of rows row .. the end of its page are. */
static inline const double *res_col_values(const res_col *c, size_t row)
{
	return c->v[row >> RES_PAGE_SHIFT] + (row & RES_PAGE_MASK);
}

static inline const unsigned char *res_col_states(const res_col *c, size_t row)
{
	return c->s[row >> RES_PAGE_SHIFT] + (row & RES_PAGE_MASK);
}

/* Gives back a column's pages or copy; v is NULL after. */
void res_col_free(res_col *c);

/* Numerator and denominator of a rolled-up row. */
typedef struct res_rolled {
	uint32_t row;
	double num, den;
} res_rolled;

typedef struct res_block {
	size_t ind;              /* index into eduind_results.codes */
	size_t cat_index;        /* the indicator's position in its catalogue */
	int period;
	size_t cell;             /* index into eduind_results.cells */
	int has_ratio;           /* numerator/denominator columns exist */
	size_t lo, hi;           /* rows stored: value, state, flags and display hold rows
	                          * lo .. hi - 1 at index row - lo (see res_stored) */
	double *value, *reported; /* reported: NULL when the indicator has none */
	/* value NULL: a ratio or proportion whose value is not stored but computed from
	 * its numerator and denominator by the same kernel each time (res_value). */
	int proportion;
	double scale;
	/* Numerator and denominator (rows 0 .. n_rows - 1), or, when one is a lone input,
	 * NULL and its column's pages in num_pages (den_pages): read with res_nums. */
	const double *num, *den;
	const double *const *num_pages, *const *den_pages;
	double *own_num, *own_den; /* heap copies to free, if any */
	res_rolled *rolled;       /* rolled-up rows, ascending */
	size_t n_rolled;
	unsigned char *state;
	/* flags: one per stored row while the block is evaluated (a scratch column of the
	 * evaluation), then only the rows whose flags are not 0: few, as most values are
	 * plain. flag_page[p] is the index of the first such row at or after row p * 256. */
	unsigned char *flags;
	uint32_t *flag_rows;
	unsigned char *flag_vals;
	uint32_t *flag_page;
	size_t n_flagged;
	uint32_t cause_note[2][64]; /* missing / not applicable: the note per cause */
	uint32_t *note_rows;      /* other notes, sparse: rows ascending, with offsets into */
	uint32_t *note_offs;      /* the text arena */
	size_t n_notes, cap_notes;
	int decimals;             /* display rounding and unit */
	eduind_unit unit;
	uint32_t *display;        /* offsets into display_text, made on first read */
	char *display_text;
	atomic_int display_ready;
	size_t n_inputs;
	res_input *inputs;
	uint32_t *emitted;        /* rows in the output, ascending; NULL: every row */
	size_t n_emitted;
	size_t first_item;        /* index of emitted[0] in the whole set */
	int in_slab;              /* the columns above live in eduind_results.slabs */
} res_block;

struct eduind_results {
	size_t n_rows;
	uint32_t *entity_at;      /* evaluated entity ids, by row: offsets into entity_text */
	char *entity_text;
	strmap *entity_rows;      /* id -> row, made on the first eduind_results_find */
	atomic_int entity_rows_ready;
	char **codes;             /* indicator codes by block.ind */
	size_t n_codes;
	strmap code_index;
	char **cells;             /* cell names; 0 is "" */
	size_t n_cells;
	strmap cell_index;
	res_block *blocks;        /* in output order */
	size_t n_blocks;
	keymap block_index;       /* (ind, period, cell) -> block */
	size_t n_items;
	res_col *cols;            /* dataset columns read (kept when inputs are recorded) */
	size_t n_cols;
	int record_inputs;
	void **slabs;             /* large allocations holding many blocks' columns */
	size_t n_slabs;
	pthread_mutex_t *lock;    /* guards the first formatting of a block's displays */
	char *text;               /* arena: "\0" then NUL-terminated strings */
	size_t text_len, text_cap;
};

/* A block of a formula over children that does not apply to entities without any
 * stores only the rows from the first to the last one with children (the counties,
 * not the million schools); every other row is not applicable for no input. Reads go
 * through these. */
static inline int res_stored(const res_block *b, size_t row)
{
	return row - b->lo < b->hi - b->lo; /* lo <= row < hi, one unsigned compare */
}

static inline unsigned char res_state(const res_block *b, size_t row)
{
	return res_stored(b, row) ? b->state[row - b->lo] : (unsigned char)EDUIND_RESULT_NOT_APPLICABLE;
}

double res_derived_value(const res_block *b, size_t row);

static inline double res_value(const res_block *b, size_t row)
{
	if (!res_stored(b, row))
		return NAN;
	return b->value != NULL ? b->value[row - b->lo] : res_derived_value(b, row);
}

/* res_value of rows row .. row + n - 1, all stored, into out. */
void res_values(const res_block *b, size_t row, size_t n, double *out);

static inline unsigned char res_flags(const res_block *b, size_t row)
{
	size_t k, i;
	if (!res_stored(b, row))
		return (unsigned char)(RES_CAUSE_NONE << 2);
	i = row - b->lo;
	if (b->flags != NULL)
		return b->flags[i];
	for (k = b->flag_page[i >> 8]; k < b->n_flagged && b->flag_rows[k] < i; k++)
		;
	return k < b->n_flagged && b->flag_rows[k] == i ? b->flag_vals[k] : 0;
}

/* Keeps only the flags that are not 0 and gives the scratch column back zeroed. */
int res_pack_flags(res_block *b);

/* The id of the entity of a row. */
static inline const char *res_entity(const eduind_results *r, size_t row)
{
	return r->entity_text + r->entity_at[row];
}

/* Appends a string to the arena; returns its offset, or 0 on failure (sets *failed). */
uint32_t res_text(eduind_results *r, const char *s, int *failed);
const char *res_text_at(const eduind_results *r, uint32_t off);
/* Value and dataset state of input k of block b for a row. */
void res_input_value(const eduind_results *r, const res_block *b, size_t k, size_t row, double *v,
                     eduind_state *st);
/* Where the numerators (denominators) of rows row .. the end of its page are, as
 * computed, before any roll-up. */
static inline const double *res_nums(const res_block *b, size_t row)
{
	return b->num != NULL ? b->num + row : b->num_pages[row >> RES_PAGE_SHIFT] + (row & RES_PAGE_MASK);
}

static inline const double *res_dens(const res_block *b, size_t row)
{
	return b->den != NULL ? b->den + row : b->den_pages[row >> RES_PAGE_SHIFT] + (row & RES_PAGE_MASK);
}

/* Numerator and denominator of a row of a ratio block (NaN if none). */
double res_num(const res_block *b, size_t row);
double res_den(const res_block *b, size_t row);
/* Note offset of a row (0: none). */
uint32_t res_note(const res_block *b, size_t row);
/* Formats the displays of a block if not done yet; 0 on failure (out of memory). */
int res_displays(const eduind_results *r, const res_block *b);
/* Block for (ind, period, cell) or NULL. */
res_block *res_find_block(const eduind_results *r, size_t ind, int period, size_t cell);
/* Which block and row hold item i. */
int res_locate(const eduind_results *r, size_t i, const res_block **b, size_t *row);

#endif
