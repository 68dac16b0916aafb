/* Roll-ups: a parent without its own inputs gets the ratio of its children's summed
 * numerators and denominators, never an average of their ratios. Rows are visited
 * children first, so a rolled-up county can itself feed its prefecture. */
#include <math.h>
#include "eval/eval_ctx.h"
#include "eduind/calc.h"

static unsigned char state_of(eduind_status st)
{
	if (st == EDUIND_OK)
		return EX_OK;
	return st == EDUIND_EZERODIV ? EX_ZERODIV : EX_INVALID;
}

eduind_status ev_rollup(ev_ctx *c, res_block *b, const eduind_indicator *ind)
{
	size_t k;
	if (!b->has_ratio)
		return EDUIND_OK;
	for (k = 0; k < c->n_rows; k++) {
		size_t row = c->post_order[k], nk, j, used = 0;
		const size_t *kids = NULL;
		double num = 0.0, den = 0.0, v = NAN;
		eduind_status st;
		if (b->state[row] != EX_MISSING)
			continue;
		nk = ds_entity_children(c->ds, c->rows[row], &kids);
		if (nk == 0)
			continue;
		for (j = 0; j < nk; j++) {
			size_t r = c->row_of[kids[j]];
			if (r == DS_NONE || isnan(b->num[r]) || isnan(b->den[r]))
				break;
			if (b->state[r] == EX_INVALID)
				break; /* never hide a child's bad data inside a plausible sum */
			num += b->num[r];
			den += b->den[r];
			used++;
		}
		if (used < nk && c->row_of[kids[used]] != DS_NONE && b->state[c->row_of[kids[used]]] == EX_INVALID) {
			b->state[row] = EX_INVALID;
			b->flags[row] |= RES_ROLLED_UP;
			continue;
		}
		if (used < nk)
			continue; /* a child without numbers: the parent stays missing */
		if (ind->kind == EDUIND_KIND_PROPORTION)
			st = eduind_proportion(num, den, ind->scale, &v);
		else
			st = eduind_ratio(num, den, ind->scale, &v);
		b->num[row] = num;
		b->den[row] = den;
		b->state[row] = state_of(st);
		b->value[row] = st == EDUIND_OK ? v : NAN;
		b->flags[row] |= RES_ROLLED_UP;
	}
	return EDUIND_OK;
}
