/* Roll-ups: a parent without its own inputs gets the ratio of its children's summed
 * numerators and denominators, never an average of their ratios. Rows are visited
 * children first, so a rolled-up county can itself feed its prefecture. The sums of
 * rolled-up rows are kept aside (b->rolled), as b->num and b->den may be dataset
 * columns that must not change. */
#include <math.h>
#include <stdlib.h>
#include "eval/eval_ctx.h"
#include "eduind/calc.h"

static int by_row(const void *a, const void *b)
{
	uint32_t x = ((const res_rolled *)a)->row, y = ((const res_rolled *)b)->row;
	return (x > y) - (x < y);
}

/* Sums, in child order, the numerators and denominators of the children that are the
 * consecutive rows first .. first + nk - 1, up to the first one that is a gap, rolled
 * up itself or invalid; returns how many were summed. The general loop goes on from
 * there, so the sums are the same as its own. */
static size_t sum_run(const res_block *b, size_t first, size_t nk, double *num, double *den)
{
	double sn = 0.0, sd = 0.0;
	size_t j = 0, m, k;
	for (; j < nk; j += m) {
		/* Page by page, as a lone input's values are the dataset's pages. */
		const double *cn = res_nums(b, first + j), *cd = res_dens(b, first + j);
		const unsigned char *flags = b->flags + first + j, *state = b->state + first + j;
		m = res_page_run(first + j, first + nk);
		for (k = 0; k < m; k++) {
			const double x = cn[k], y = cd[k];
			if (isnan(x) || isnan(y) || (flags[k] & RES_ROLLED_UP) || state[k] == EX_INVALID) {
				j += k;
				goto done;
			}
			sn += x;
			sd += y;
		}
	}
done:
	*num = sn;
	*den = sd;
	return j;
}

eduind_status ev_rollup(ev_ctx *c, res_block *b, const eduind_indicator *ind)
{
	size_t k, n_rolled = 0;
	if (!b->has_ratio)
		return EDUIND_OK;
	if (c->roll_num == NULL) {
		/* Only parent rows are written: calloc's untouched pages cost nothing. */
		c->roll_num = calloc(c->n_rows ? c->n_rows : 1, sizeof *c->roll_num);
		c->roll_den = calloc(c->n_rows ? c->n_rows : 1, sizeof *c->roll_den);
		if (c->roll_num == NULL || c->roll_den == NULL)
			return EDUIND_ENOMEM;
	}
	for (k = 0; k < c->n_parent_rows; k++) {
		size_t row = c->parent_rows[k], nk, j, used = 0;
		const size_t *kids = NULL;
		double num = 0.0, den = 0.0, v = NAN;
		eduind_status st;
		if (b->state[row] != EX_MISSING)
			continue;
		nk = ds_entity_children(c->ds, c->rows[row], &kids);
		if (nk == 0)
			continue;
		if (c->kids_run[c->rows[row]])
			used = sum_run(b, ev_row(c, kids[0]), nk, &num, &den);
		for (j = used; j < nk; j++) {
			size_t r = ev_row(c, kids[j]);
			int rolled;
			double cn, cd;
			if (r == DS_NONE)
				break;
			rolled = (b->flags[r] & RES_ROLLED_UP) != 0;
			cn = rolled ? c->roll_num[r] : *res_nums(b, r);
			cd = rolled ? c->roll_den[r] : *res_dens(b, r);
			if (isnan(cn) || isnan(cd) || b->state[r] == EX_INVALID)
				break; /* a gap, or bad data never hidden inside a plausible sum */
			num += cn;
			den += cd;
			used++;
		}
		if (used < nk) {
			size_t r = ev_row(c, kids[used]);
			if (r != DS_NONE && b->state[r] == EX_INVALID) {
				b->state[row] = EX_INVALID;
				b->flags[row] |= RES_ROLLED_UP;
				c->roll_num[row] = NAN;
				c->roll_den[row] = NAN;
				n_rolled++;
			}
			continue; /* a child without numbers: the parent stays missing */
		}
		if (ind->kind == EDUIND_KIND_PROPORTION)
			st = eduind_proportion(num, den, ind->scale, &v);
		else
			st = eduind_ratio(num, den, ind->scale, &v);
		c->roll_num[row] = num;
		c->roll_den[row] = den;
		b->state[row] = ex_state_of(st);
		if (b->value != NULL) /* else computed from the rolled sums when read */
			b->value[row] = st == EDUIND_OK ? v : NAN;
		b->flags[row] |= RES_ROLLED_UP;
		n_rolled++;
	}
	if (n_rolled > 0) {
		size_t at = 0;
		b->rolled = malloc(n_rolled * sizeof *b->rolled);
		if (b->rolled == NULL)
			return EDUIND_ENOMEM;
		for (k = 0; k < c->n_parent_rows; k++) {
			size_t row = c->parent_rows[k];
			if (b->flags[row] & RES_ROLLED_UP) {
				b->rolled[at].row = (uint32_t)row;
				b->rolled[at].num = c->roll_num[row];
				b->rolled[at].den = c->roll_den[row];
				at++;
			}
		}
		b->n_rolled = at;
		qsort(b->rolled, at, sizeof *b->rolled, by_row); /* readers search by row */
	}
	return EDUIND_OK;
}
