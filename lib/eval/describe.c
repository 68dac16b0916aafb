/* The text of results: the display as publications print it, and a note saying why a
 * value is missing or how it was obtained, with the numbers. Runs inside the "C"
 * numeric locale opened by eduind_evaluate. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eval/eval_ctx.h"
#include "eduind/format.h"
#include "io/numtext.h"

eduind_status ev_describe(ev_ctx *c, res_block *b, const eduind_indicator *ind);

static int is_optional(const eduind_indicator *ind, const char *name)
{
	size_t j;
	if (ind->policy != EDUIND_MISSING_OPTIONAL)
		return 0;
	for (j = 0; j < ind->n_optional; j++)
		if (strcmp(ind->optional[j], name) == 0)
			return 1;
	return 0;
}

/* The first input of the row that is missing (or not applicable), or -1. */
static int first_input(const ev_ctx *c, const res_block *b, const eduind_indicator *ind, size_t row, int want_na)
{
	size_t k;
	for (k = 0; k < b->n_inputs && k < 64; k++) {
		eduind_state s;
		double v;
		ev_input_value(c, b, k, row, &v, &s);
		if ((want_na ? s == EDUIND_STATE_NOT_APPLICABLE
		             : (s == EDUIND_STATE_MISSING || s == EDUIND_STATE_SUPPRESSED)) &&
		    !is_optional(ind, b->inputs[k].variable))
			return (int)k;
	}
	return -1;
}

/* Names the first input of the row that is missing (or not applicable). */
static int find_input(const ev_ctx *c, const res_block *b, const eduind_indicator *ind, size_t row, int want_na,
                      char *buf, size_t size)
{
	size_t k;
	for (k = 0; k < b->n_inputs; k++) {
		eduind_state s;
		double v;
		ev_input_value(c, b, k, row, &v, &s);
		int hit = want_na ? s == EDUIND_STATE_NOT_APPLICABLE
		                  : (s == EDUIND_STATE_MISSING || s == EDUIND_STATE_SUPPRESSED);
		const res_input *in = &b->inputs[k];
		if (!hit || is_optional(ind, in->variable))
			continue;
		if (in->cell)
			snprintf(buf, size, "%s{%s}", in->variable, in->cell);
		else
			snprintf(buf, size, "%s", in->variable);
		if (in->offset != 0) {
			size_t len = strlen(buf);
			snprintf(buf + len, size - len, " for %d", b->period + in->offset);
		}
		if (s == EDUIND_STATE_SUPPRESSED) {
			size_t len = strlen(buf);
			snprintf(buf + len, size - len, " (suppressed)");
		}
		return 1;
	}
	return 0;
}

static void note_for(const ev_ctx *c, const res_block *b, const eduind_indicator *ind, size_t row, char *buf,
                     size_t size)
{
	char name[200], n1[NT_BUF], n2[NT_BUF];
	unsigned char s = res_state(b, row), flags = res_flags(b, row);
	const double nu = res_num(b, row), de = res_den(b, row);
	buf[0] = '\0';
	if (s == EX_OK) {
		if (flags & RES_REPORTED)
			snprintf(buf, size, "published figure (%s): the formula's inputs are missing", ind->reported);
		else if (flags & RES_ROLLED_UP) {
			const size_t *kids = NULL;
			size_t nk = ds_entity_children(c->ds, c->rows[row], &kids);
			nt_format(nu, n1);
			nt_format(de, n2);
			snprintf(buf, size, "rolled up from %zu child entities: %s / %s", nk, n1, n2);
		}
		return;
	}
	switch (s) {
	case EX_MISSING:
		if (find_input(c, b, ind, row, 0, name, sizeof name))
			snprintf(buf, size, "missing input: %s", name);
		else
			snprintf(buf, size, "an input is missing");
		break;
	case EX_NA:
		if (find_input(c, b, ind, row, 1, name, sizeof name))
			snprintf(buf, size, "not applicable: %s", name);
		else
			snprintf(buf, size, "not applicable here (no child entities to aggregate)");
		break;
	case EX_ZERODIV:
		if (b->has_ratio && !isnan(de) && de == 0.0) {
			nt_format(nu, n1);
			snprintf(buf, size, "the denominator is 0 (numerator %s)", n1);
		} else {
			snprintf(buf, size, "division by zero in the formula");
		}
		break;
	default:
		if (flags & RES_ROLLED_UP) {
			snprintf(buf, size, "cannot roll up: a child entity has invalid inputs");
		} else if (b->has_ratio && !isnan(nu) && !isnan(de)) {
			nt_format(nu, n1);
			nt_format(de, n2);
			if (nu < 0 || de < 0)
				snprintf(buf, size, "negative input: numerator %s, denominator %s", n1, n2);
			else if (ind->kind == EDUIND_KIND_PROPORTION && nu > de)
				snprintf(buf, size, "numerator %s exceeds denominator %s in a proportion", n1, n2);
			else
				snprintf(buf, size, "invalid inputs: numerator %s, denominator %s", n1, n2);
		} else {
			snprintf(buf, size, "an input is invalid (negative, out of range or not finite)");
		}
		break;
	}
}

/* Notes repeat a lot ("not applicable here ..." for every school): the last few
 * texts are reused instead of stored again. */
typedef struct note_cache {
	char text[4][400];
	uint32_t off[4];
	int next;
} note_cache;

static uint32_t store_note(ev_ctx *c, note_cache *nc, const char *note, int *failed)
{
	int k;
	for (k = 0; k < 4; k++)
		if (nc->off[k] != 0 && strcmp(nc->text[k], note) == 0)
			return nc->off[k];
	k = nc->next;
	nc->next = (nc->next + 1) % 4;
	snprintf(nc->text[k], sizeof nc->text[k], "%s", note);
	nc->off[k] = res_text(c->res, note, failed);
	return nc->off[k];
}

static int add_note(res_block *b, size_t row, uint32_t off)
{
	if (b->n_notes == b->cap_notes) {
		size_t cap = b->cap_notes ? b->cap_notes * 2 : 16;
		uint32_t *r = realloc(b->note_rows, cap * sizeof *r), *o;
		if (r == NULL)
			return 0;
		b->note_rows = r;
		o = realloc(b->note_offs, cap * sizeof *o);
		if (o == NULL)
			return 0;
		b->note_offs = o;
		b->cap_notes = cap;
	}
	b->note_rows[b->n_notes] = (uint32_t)row;
	b->note_offs[b->n_notes++] = off;
	return 1;
}

/* 1 if stored rows i .. i + 7 need nothing: plain ok values (most rows are), and also
 * plain missing or not applicable ones when gaps_done. The states are 0 to 4: clearing
 * bits 0 and 2 leaves 0 exactly for ok (0), missing (1) and not applicable (4). */
static int eight_done(const res_block *b, size_t i, int gaps_done)
{
	uint64_t s, f;
	_Static_assert(EX_OK == 0 && EX_MISSING == 1 && EX_NA == 4, "state numbers used as bit patterns");
	memcpy(&s, b->state + i, sizeof s);
	memcpy(&f, b->flags + i, sizeof f);
	s &= gaps_done ? 0xFAFAFAFAFAFAFAFAull : ~0ull;
	return (s | (f & 0x0101010101010101ull * RES_HOW)) == 0;
}

/* Without direct inputs (children_* of the whole formula), no input can be blamed: every
 * plain missing or not applicable row has cause RES_CAUSE_NONE and one shared note. The
 * rows a block does not store are such not-applicable rows too. */
static void blame_nothing(ev_ctx *c, res_block *b, const eduind_indicator *ind, note_cache *nc, int *failed)
{
	size_t i, n = b->hi - b->lo, first[2] = { DS_NONE, DS_NONE };
	int na;
	for (i = 0; i < n; i++) {
		const unsigned char s = b->state[i], f = b->flags[i];
		const int gap = (s == EX_MISSING || s == EX_NA) && !(f & RES_HOW);
		b->flags[i] = gap ? (unsigned char)(RES_CAUSE_NONE << 2) : f;
	}
	for (i = 0; i < n && (first[0] == DS_NONE || first[1] == DS_NONE); i++)
		if ((b->state[i] == EX_MISSING || b->state[i] == EX_NA) && !(b->flags[i] & RES_HOW) &&
		    first[b->state[i] == EX_NA] == DS_NONE)
			first[b->state[i] == EX_NA] = b->lo + i;
	if (first[1] == DS_NONE && n < c->n_rows)
		first[1] = b->lo > 0 ? 0 : b->hi; /* a row not stored */
	for (na = 0; na < 2; na++)
		if (first[na] != DS_NONE) {
			char note[400];
			note_for(c, b, ind, first[na], note, sizeof note);
			b->cause_note[na][RES_CAUSE_NONE] = store_note(c, nc, note, failed);
		}
}

eduind_status ev_describe(ev_ctx *c, res_block *b, const eduind_indicator *ind)
{
	size_t i = 0, n = b->hi - b->lo;
	int failed = 0;
	char note[400];
	note_cache nc;
	memset(&nc, 0, sizeof nc);
	if (b->n_inputs == 0)
		blame_nothing(c, b, ind, &nc, &failed);
	/* i is the index of a stored row, row = b->lo + i. */
	while (i < n && !failed) {
		unsigned char s, how;
		size_t row = b->lo + i;
		if (i + 8 <= n && eight_done(b, i, b->n_inputs == 0)) {
			i += 8;
			continue;
		}
		s = b->state[i];
		how = b->flags[i] & RES_HOW;
		if (s == EX_OK && !how) {
			i++;
			continue;
		}
		if ((s == EX_MISSING || s == EX_NA) && !how) {
			/* Such notes depend only on which input is the cause: one text per cause,
			 * and the cause kept in the row's flags. */
			int na = s == EX_NA, k = b->n_inputs ? first_input(c, b, ind, row, na) : -1;
			unsigned cause = k < 0 || k >= (int)RES_CAUSE_NONE ? RES_CAUSE_NONE : (unsigned)k;
			uint32_t *slot = &b->cause_note[na][cause];
			b->flags[i] = (unsigned char)(cause << 2);
			if (*slot == 0) {
				note_for(c, b, ind, row, note, sizeof note);
				*slot = store_note(c, &nc, note, &failed);
			}
			i++;
			continue;
		}
		note_for(c, b, ind, row, note, sizeof note);
		if (!add_note(b, row, store_note(c, &nc, note, &failed)))
			failed = 1;
		i++;
	}
	return failed ? EDUIND_ENOMEM : EDUIND_OK;
}
