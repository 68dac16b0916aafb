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

/* A dataset column: one variable, period and cell over the evaluated rows. */
typedef struct ev_col {
	size_t var;
	int period;
	size_t cell;
	double *v;          /* NULL: everything missing (no such variable, period or cell) */
	unsigned char *s;   /* eduind_state */
} ev_col;

typedef struct ev_ctx {
	const eduind_catalog *cat;
	const eduind_dataset *ds;
	eduind_results *res;
	size_t *rows;        /* dataset entity index of each evaluated row */
	size_t n_rows;
	size_t *row_of;      /* dataset entity -> row, DS_NONE outside the evaluation */
	size_t *post_order;  /* rows, children before their parents */
	size_t *var_map;     /* catalogue variable -> dataset variable (DS_NONE) */
	int *periods;
	size_t n_periods;
	ev_col *cols;
	size_t n_cols, cap_cols;
	int failed;          /* out of memory inside a callback */
	int record_inputs;
	int rollup;
	ex_env env;
} ev_ctx;

void ev_env_init(ev_ctx *c);
/* The column for (catalogue variable, period, cell), built on first use; NULL on ENOMEM. */
const ev_col *ev_column(ev_ctx *c, size_t cat_var, int period, size_t cell);
/* Reads one input of a block's programs for every row, as a dataset state (for the
 * working shown with results). */
void ev_read_input(ev_ctx *c, const ex_ref *ref, int period, size_t cell, double *v, unsigned char *st);
void ev_free_columns(ev_ctx *c);

/* Rolls up the rows of b whose state is missing and that have children (ratio kinds). */
eduind_status ev_rollup(ev_ctx *c, res_block *b, const eduind_indicator *ind);

#endif
