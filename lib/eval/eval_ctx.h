/* Private to lib/eval: the working state of one eduind_evaluate call. Nothing here
 * is shared between calls, so concurrent evaluations never touch each other. */
#ifndef EDUIND_EVAL_CTX_H
#define EDUIND_EVAL_CTX_H

#include <stddef.h>
#include "eduind/eval.h"
#include "expr/expr.h"
#include "model/catalog_priv.h"
#include "model/dataset_internal.h"
#include "eval/results_priv.h"

/* A dataset column: one variable, period and cell over the evaluated rows. The
 * columns live in the result set (res->cols), which keeps them with the results. */
typedef res_col ev_col;

typedef struct ev_ctx {
	const eduind_catalog *cat;
	const eduind_dataset *ds;
	eduind_results *res;
	size_t *rows;        /* dataset entity index of each evaluated row */
	size_t n_rows;
	int rows_are_entities; /* rows[i] == i for every row: the whole dataset in order */
	size_t *row_of;      /* dataset entity -> row, DS_NONE outside the evaluation; NULL
	                      * when rows are the entities in order (see ev_row) */
	size_t *parent_rows; /* rows that have children, children before their parents */
	size_t n_parent_rows;
	size_t first_parent_row, end_parent_rows; /* rows lo .. hi - 1 hold every parent */
	unsigned char *childless; /* dataset entity -> 1 if it has no children */
	unsigned char *kids_run;  /* dataset entity -> 1 if its children are consecutive rows */
	unsigned char *scratch;   /* one state per row, for a ratio's denominator */
	unsigned char *flags;     /* the flags of the block being evaluated, zero between blocks */
	size_t *var_map;     /* catalogue variable -> dataset variable (DS_NONE) */
	int *periods;
	size_t n_periods;
	size_t cap_cols;     /* capacity of res->cols */
	int failed;          /* out of memory inside a callback */
	int record_inputs;
	int rollup;
	char *slab;          /* room for the blocks' columns, carved in order */
	size_t slab_used, slab_size;
	double *roll_num, *roll_den; /* roll-up scratch, one value per row */
	ex_env env;
} ev_ctx;

/* The row of a dataset entity (DS_NONE if it is not evaluated). */
static inline size_t ev_row(const ev_ctx *c, size_t entity)
{
	return c->row_of != NULL ? c->row_of[entity] : entity;
}

void ev_env_init(ev_ctx *c);
/* Index in res->cols of the column for (catalogue variable, period, cell), built on
 * first use; RES_NONE when out of memory (c->failed is set). */
size_t ev_column(ev_ctx *c, size_t cat_var, int period, size_t cell);
/* Makes the dataset columns results keep: those that are a ratio's numerator or
 * denominator or a published figure, and, when inputs are recorded, every column the
 * needed (indicator, period) pairs read. Other inputs are read from the dataset block
 * by block as formulas run. */
void ev_prefetch(ev_ctx *c, const unsigned char *need_p, size_t n_cells);
/* The dataset cell a reference reads in the given cell context (DS_NONE if unknown). */
size_t ev_ref_cell(ev_ctx *c, const ex_ref *ref, size_t cell);

/* A numerator or denominator that is one plain dataset input ("teachers.primary"):
 * results keep its column, which the block reads in place instead of a copy. */
static inline int ev_lone_input(const ex_program *p)
{
	const ex_ref *r = ex_program_single_ref(p);
	return r != NULL && r->kind == EX_REF_VARIABLE && r->offset == 0 && r->cell == NULL && !r->optional;
}

/* Index of the column if it was made, else RES_NONE (nothing is made). */
size_t ev_find_column(const ev_ctx *c, size_t cat_var, int period, size_t cell);
/* Value and dataset state of input k of block b for a row: from its column, its block,
 * or, for an input without a column, from the dataset itself. */
void ev_input_value(const ev_ctx *c, const res_block *b, size_t k, size_t row, double *v, eduind_state *st);

/* Dataset state -> machine state: present and estimated values are usable,
 * suppressed ones count as missing. Arithmetic rather than a table, so loops over a
 * column vectorise. */
static inline unsigned char ev_state_of(unsigned char dataset_state)
{
	unsigned s = dataset_state;
	return (unsigned char)(s == EDUIND_STATE_NOT_APPLICABLE ? EX_NA
	                       : (s == EDUIND_STATE_PRESENT || s == EDUIND_STATE_ESTIMATED) ? EX_OK
	                                                                                   : EX_MISSING);
}

/* malloc for anything sized by the number of rows (huge pages when available: on
 * some virtual machines a 4 KiB page fault costs more than the work done on the
 * page); release with free(). */
void *ev_alloc(size_t bytes);

/* Rolls up the rows of b whose state is missing and that have children (ratio kinds). */
eduind_status ev_rollup(ev_ctx *c, res_block *b, const eduind_indicator *ind);

#endif
