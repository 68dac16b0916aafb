/* The stack machine. Each stack slot is a column of EX_BLOCK values with their states,
 * so one instruction processes a whole block of entities. Invariant: a lane whose
 * state is not EX_OK holds NaN. States propagate from the leftmost operand that has
 * none; the arithmetic of the calculation functions comes from calc/kernels.h, shared
 * with the public functions.
 *
 * A slot either owns its room or is a read-only view: inputs the host can show in
 * place and constants are not copied. An operation reads its operands where they are
 * and writes into the room of the slot it leaves its result in. Slot 0's room is the
 * caller's output, so most programs write their result straight where it belongs. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "expr/ast.h"
#include "calc/kernels.h"
#include "eduind/calc.h"

typedef struct frame {
	const double **v;          /* per slot: where its values are (its room or a view) */
	const unsigned char **s;
	double *room_v;            /* max_stack * EX_BLOCK values; slot 0 uses out_v */
	unsigned char *room_s;
	double *out_v;             /* the output of the block being run */
	unsigned char *out_s;
	const double *consts;      /* one EX_BLOCK column per constant of the program */
	const unsigned char *ok;   /* EX_BLOCK states EX_OK */
} frame;

static double *room_v(const frame *f, int k)
{
	return k == 0 ? f->out_v : f->room_v + (size_t)k * EX_BLOCK;
}

static unsigned char *room_s(const frame *f, int k)
{
	return k == 0 ? f->out_s : f->room_s + (size_t)k * EX_BLOCK;
}

/* Makes slot k hold its values in its own room (copying a view), for the operations
 * that update their first operand in place. */
static void own(frame *f, int k, size_t n)
{
	double *v = room_v(f, k);
	unsigned char *s = room_s(f, k);
	if (f->v[k] != v) {
		memcpy(v, f->v[k], n * sizeof *v);
		memcpy(s, f->s[k], n);
		f->v[k] = v;
		f->s[k] = s;
	}
}

/* Slot k now holds what was written into its room. */
static void done(frame *f, int k)
{
	f->v[k] = room_v(f, k);
	f->s[k] = room_s(f, k);
}

#define EACH(expr)                        \
	for (i = 0; i < n; i++) {            \
		const double x = a[i], y = b[i]; \
		d[i] = (expr);                   \
	}

/* Slots k and k + 1 -> slot k. */
static void op_binary(ex_opcode op, frame *f, int k, size_t n)
{
	const double *a = f->v[k], *b = f->v[k + 1];
	const unsigned char *sa = f->s[k], *sb = f->s[k + 1];
	double *d = room_v(f, k);
	unsigned char *ds = room_s(f, k);
	size_t i;
	/* Values first, one tight loop per operator (missing lanes are NaN and stay NaN
	 * in arithmetic); then the states. */
	switch (op) {
	case OP_ADD: EACH(x + y) break;
	case OP_SUB: EACH(x - y) break;
	case OP_MUL: EACH(x * y) break;
	case OP_DIV: EACH(x / y) break;
	case OP_LT: EACH((double)(x < y)) break;
	case OP_LE: EACH((double)(x <= y)) break;
	case OP_GT: EACH((double)(x > y)) break;
	case OP_GE: EACH((double)(x >= y)) break;
	case OP_EQ: EACH((double)(x == y)) break;
	case OP_NE: EACH((double)(x != y)) break;
	case OP_AND: EACH((double)((x != 0.0) & (y != 0.0))) break;
	default: EACH((double)((x != 0.0) | (y != 0.0))) break;
	}
	/* Selects rather than branches, and every operand loaded unconditionally (a load
	 * under a condition stops the vectoriser). */
	if (op == OP_DIV) {
		for (i = 0; i < n; i++) {
			const unsigned char x = sa[i], y = sb[i];
			const double q = d[i], den = b[i];
			unsigned char st = den == 0.0 ? EX_ZERODIV : isfinite(q) ? EX_OK : EX_INVALID;
			st = y ? y : st;
			st = x ? x : st;
			d[i] = st == EX_OK ? q : NAN;
			ds[i] = st;
		}
	} else {
		for (i = 0; i < n; i++) {
			const unsigned char x = sa[i], y = sb[i];
			const double r = d[i];
			unsigned char st = isfinite(r) ? EX_OK : EX_INVALID;
			st = y ? y : st;
			st = x ? x : st;
			d[i] = st == EX_OK ? r : NAN;
			ds[i] = st;
		}
	}
	done(f, k);
}
#undef EACH

static void op_unary(ex_opcode op, frame *f, int k, size_t n)
{
	const double *a = f->v[k];
	const unsigned char *sa = f->s[k];
	double *d = room_v(f, k);
	unsigned char *ds = room_s(f, k);
	size_t i;
	if (op == OP_NEG)
		for (i = 0; i < n; i++)
			d[i] = -a[i];
	else
		for (i = 0; i < n; i++) {
			const double x = a[i];
			d[i] = sa[i] == EX_OK ? (double)(x == 0.0) : NAN;
		}
	if (ds != sa)
		memcpy(ds, sa, n);
	done(f, k);
}

static void nary_if(frame *f, int base, size_t n)
{
	const double *cond = f->v[base], *yes = f->v[base + 1], *no = f->v[base + 2];
	const unsigned char *cs = f->s[base], *ys = f->s[base + 1], *ns = f->s[base + 2];
	double *d = room_v(f, base);
	unsigned char *ds = room_s(f, base);
	size_t i;
	for (i = 0; i < n; i++) {
		const int pick = cond[i] != 0.0;
		const unsigned char c = cs[i], y = ys[i], o = ns[i];
		const double yv = yes[i], nv = no[i];
		ds[i] = c != EX_OK ? c : pick ? y : o;
		d[i] = c != EX_OK ? NAN : pick ? yv : nv;
	}
	done(f, base);
}

/* The first usable argument; if none, the state of the first one. */
static void nary_coalesce(frame *f, int base, int argc, size_t n)
{
	double *out;
	unsigned char *os;
	size_t i;
	int k;
	own(f, base, n);
	out = room_v(f, base);
	os = room_s(f, base);
	for (k = 1; k < argc; k++) {
		const double *v = f->v[base + k];
		const unsigned char *s = f->s[base + k];
		for (i = 0; i < n; i++) {
			const unsigned char have = os[i], next = s[i];
			const double cur = out[i], alt = v[i];
			const int take = (have != EX_OK) & (next == EX_OK);
			out[i] = take ? alt : cur;
			os[i] = take ? EX_OK : have;
		}
	}
}

/* A calculation over lanes: computed on every lane (branch-free kernels), kept where
 * the arguments were usable. */
#define EACH_CALC(call)                                                    \
	for (i = 0; i < n; i++) {                                          \
		const double x = out[i], y = b[i];                         \
		const unsigned char had = os[i];                           \
		double r;                                                  \
		unsigned char st = ex_state_of(call);                      \
		st = had != EX_OK ? had : st;                              \
		out[i] = st == EX_OK ? r : NAN;                            \
		os[i] = st;                                                \
	}

/* Arguments are slots base .. base+argc-1; the result goes to slot base. Each
 * operator has its own loop over the lanes (no dispatch per lane). */
static void op_nary(ex_opcode op, frame *f, int base, int argc, size_t n)
{
	double *out;
	unsigned char *os;
	const double *b, *c3;
	size_t i;
	int k;
	if (op == OP_IF) {
		nary_if(f, base, n);
		return;
	}
	if (op == OP_COALESCE) {
		nary_coalesce(f, base, argc, n);
		return;
	}
	own(f, base, n);
	out = room_v(f, base);
	os = room_s(f, base);
	b = argc > 1 ? f->v[base + 1] : out;
	c3 = argc > 2 ? f->v[base + 2] : out;
	/* The state of the leftmost argument that has none decides a lane. */
	for (k = 1; k < argc; k++) {
		const unsigned char *s = f->s[base + k];
		for (i = 0; i < n; i++) {
			const unsigned char x = os[i], y = s[i];
			os[i] = x != EX_OK ? x : y;
		}
	}
	switch (op) {
	case OP_SUM:
		for (k = 1; k < argc; k++) {
			const double *v = f->v[base + k];
			for (i = 0; i < n; i++)
				out[i] += v[i];
		}
		break;
	case OP_MIN:
	case OP_MAX:
		for (k = 1; k < argc; k++) {
			const double *v = f->v[base + k];
			if (op == OP_MIN)
				for (i = 0; i < n; i++)
					out[i] = v[i] < out[i] ? v[i] : out[i];
			else
				for (i = 0; i < n; i++)
					out[i] = v[i] > out[i] ? v[i] : out[i];
		}
		break;
	case OP_ABS:
		for (i = 0; i < n; i++)
			out[i] = fabs(out[i]);
		break;
	case OP_RATIO2: EACH_CALC(ck_ratio(x, y, 1.0, &r)) return;
	case OP_RATIO3: EACH_CALC(ck_ratio(x, y, c3[i], &r)) return;
	case OP_GROWTH: EACH_CALC(ck_growth(x, y, &r)) return;
	case OP_GPI: EACH_CALC(ck_gpi(x, y, 0, &r)) return;
	case OP_GPI_ADJ: EACH_CALC(ck_gpi(x, y, 1, &r)) return;
	case OP_CAGR:
		/* Logarithms: one call per usable lane. */
		for (i = 0; i < n; i++) {
			double r = NAN;
			if (os[i] == EX_OK)
				os[i] = ex_state_of(eduind_cagr(out[i], b[i], c3[i], &r));
			out[i] = os[i] == EX_OK ? r : NAN;
		}
		return;
	default:
		memset(os, EX_INVALID, n);
		break;
	}
	/* sum, min, max and abs: an overflow to Inf is invalid, and the invariant holds. */
	for (i = 0; i < n; i++) {
		const unsigned char had = os[i];
		const double r = out[i];
		const unsigned char st = had == EX_OK && !isfinite(r) ? EX_INVALID : had;
		os[i] = st;
		out[i] = st == EX_OK ? r : NAN;
	}
}
#undef EACH_CALC

/* ---- children_* ---------------------------------------------------------------------- */

typedef struct kid_buf {
	size_t *rows;
	size_t cap_rows;
	double *v;          /* child_args columns of cap values */
	unsigned char *s;
	size_t cap;
} kid_buf;

static int kid_reserve(kid_buf *kb, size_t n, int cols)
{
	if (n > kb->cap_rows) {
		size_t *r = realloc(kb->rows, n * sizeof *r);
		if (r == NULL)
			return 0;
		kb->rows = r;
		kb->cap_rows = n;
	}
	if (n * (size_t)cols > kb->cap) {
		size_t m = n * (size_t)cols;
		double *v = realloc(kb->v, m * sizeof *v);
		unsigned char *s;
		if (v == NULL)
			return 0;
		kb->v = v;
		s = realloc(kb->s, m);
		if (s == NULL)
			return 0;
		kb->s = s;
		kb->cap = m;
	}
	return 1;
}

/* Aggregates one parent's children whose argument columns are in kb. */
static void aggregate(ex_opcode op, const kid_buf *kb, size_t nk, double per, unsigned char per_st, double *out,
                      unsigned char *os)
{
	const double *x = kb->v, *w = kb->v + nk;
	const unsigned char *sx = kb->s, *sw = kb->s + nk;
	size_t i, known = 0, yes = 0;
	double r = NAN;
	unsigned char st = EX_OK;

	if (op == OP_CH_SHARE) {
		for (i = 0; i < nk; i++)
			if (sx[i] == EX_OK) {
				known++;
				yes += x[i] != 0.0;
			}
		if (known == 0)
			st = EX_MISSING;
		else
			st = ex_state_of(eduind_proportion((double)yes, (double)known, 100.0, &r));
		*out = st == EX_OK ? r : NAN;
		*os = st;
		return;
	}
	for (i = 0; i < nk && st == EX_OK; i++) {
		st = sx[i];
		if (st == EX_OK && (op == OP_CH_CV || op == OP_CH_BALANCE_CV))
			st = sw[i];
	}
	if (st == EX_OK) {
		switch (op) {
		case OP_CH_SUM:
			r = 0.0;
			for (i = 0; i < nk; i++)
				r += x[i];
			break;
		case OP_CH_COUNT:
			r = 0.0;
			for (i = 0; i < nk; i++)
				r += x[i] != 0.0;
			break;
		case OP_CH_MEAN: st = ex_state_of(eduind_weighted_mean(x, NULL, nk, &r)); break;
		case OP_CH_CV: st = ex_state_of(eduind_cv(x, w, nk, &r)); break;
		default:
			if (per_st != EX_OK)
				st = per_st;
			else
				st = ex_state_of(eduind_balance_cv(x, w, nk, per, &r));
			break;
		}
	}
	if (st == EX_OK && !isfinite(r))
		st = EX_INVALID;
	*out = st == EX_OK ? r : NAN;
	*os = st;
}

static eduind_status run_block(const ex_program *p, const ex_env *env, const size_t *rows, size_t n, int period,
                               size_t cell, frame *f, kid_buf *kb);

static eduind_status op_children(const ex_program *p, const ex_instr *in, const ex_env *env, const size_t *rows,
                                 size_t n, int period, size_t cell, frame *f, int base, kid_buf *kb)
{
	const char *level = in->level >= 0 ? p->levels[in->level] : NULL;
	/* balance_cv's per comes from the parent's context, in slot base; the result
	 * replaces it lane by lane. */
	const double *per = in->extra ? f->v[base] : NULL;
	const unsigned char *per_st = in->extra ? f->s[base] : NULL;
	double *out = room_v(f, base);
	unsigned char *os = room_s(f, base);
	size_t i;
	int cols = in->argc;

	for (i = 0; i < n; i++) {
		const size_t *kids = NULL;
		size_t nk_all = env->children && !(env->childless && env->childless[rows[i]])
		                        ? env->children(env->user, rows[i], &kids)
		                        : 0;
		size_t nk = 0, j;
		double per_v = per ? per[i] : 1.0;
		unsigned char per_s = per_st ? per_st[i] : EX_OK;
		int c;
		if (nk_all > 0 && !kid_reserve(kb, nk_all, cols))
			return EDUIND_ENOMEM;
		if (level == NULL) {
			nk = nk_all; /* every child: run on the host's list as it is */
		} else {
			for (j = 0; j < nk_all; j++)
				if (env->level && strcmp(env->level(env->user, kids[j]), level) == 0)
					kb->rows[nk++] = kids[j];
			kids = kb->rows;
		}
		if (nk == 0) {
			/* No children: the aggregate does not apply here (a school has no schools). */
			out[i] = NAN;
			os[i] = EX_NA;
			continue;
		}
		for (c = 0; c < cols; c++) {
			/* Children's argument columns: run the sub-program on the children. The
			 * nested run has its own scratch, so kb's rows stay intact. */
			eduind_status st = ex_run(p->subs[in->arg + (uint32_t)c], env, kids, nk, period, cell,
			                          kb->v + (size_t)c * nk, kb->s + (size_t)c * nk);
			if (st != EDUIND_OK)
				return st;
		}
		aggregate((ex_opcode)in->op, kb, nk, per_v, per_s, &out[i], &os[i]);
	}
	done(f, base);
	return EDUIND_OK;
}

static eduind_status run_block(const ex_program *p, const ex_env *env, const size_t *rows, size_t n, int period,
                               size_t cell, frame *f, kid_buf *kb)
{
	size_t pc, i;
	int sp = 0; /* number of slots in use */
	for (pc = 0; pc < p->n_code; pc++) {
		const ex_instr *in = &p->code[pc];
		switch ((ex_opcode)in->op) {
		case OP_CONST:
			f->v[sp] = f->consts + (size_t)in->arg * EX_BLOCK;
			f->s[sp] = f->ok;
			sp++;
			break;
		case OP_LOAD: {
			const ex_ref *r = &p->refs[in->arg];
			const double *vv = NULL;
			const unsigned char *vs = NULL;
			if (env->view && env->view(env->user, r, rows, n, period + r->offset, cell, &vv, &vs)) {
				f->v[sp] = vv;
				f->s[sp] = vs;
			} else {
				double *v = room_v(f, sp);
				unsigned char *s = room_s(f, sp);
				env->load(env->user, r, rows, n, period + r->offset, cell, v, s);
				/* Keep the invariant whatever the host gave; a select, not a branch,
				 * so that it vectorises. */
				for (i = 0; i < n; i++) {
					const double x = v[i];
					v[i] = s[i] == EX_OK ? x : NAN;
				}
				done(f, sp);
			}
			sp++;
			break;
		}
		case OP_NEG: case OP_NOT:
			op_unary((ex_opcode)in->op, f, sp - 1, n);
			break;
		case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV:
		case OP_LT: case OP_LE: case OP_GT: case OP_GE: case OP_EQ: case OP_NE:
		case OP_AND: case OP_OR:
			op_binary((ex_opcode)in->op, f, sp - 2, n);
			sp--;
			break;
		case OP_CH_SUM: case OP_CH_COUNT: case OP_CH_SHARE: case OP_CH_MEAN: case OP_CH_CV:
		case OP_CH_BALANCE_CV: {
			int base = sp - in->extra;
			eduind_status st = op_children(p, in, env, rows, n, period, cell, f, base, kb);
			if (st != EDUIND_OK)
				return st;
			sp = base + 1;
			break;
		}
		default:
			op_nary((ex_opcode)in->op, f, sp - in->argc, in->argc, n);
			sp -= in->argc - 1;
			break;
		}
	}
	return EDUIND_OK;
}

eduind_status ex_run(const ex_program *p, const ex_env *env, const size_t *rows, size_t n, int period,
                     size_t cell, double *out_v, unsigned char *out_st)
{
	frame f;
	kid_buf kb;
	size_t at, i, k;
	size_t slots = p->max_stack > 0 ? (size_t)p->max_stack : 1;
	size_t lanes = (slots + p->n_consts) * EX_BLOCK;
	double *values;
	unsigned char *states;
	const double **slot_v;
	const unsigned char **slot_s;
	eduind_status st = EDUIND_OK;

	if (n == 0)
		return EDUIND_OK;
	memset(&kb, 0, sizeof kb);
	/* Rooms for the slots, then one column per constant; states, then EX_BLOCK OK
	 * states shared by the constants. */
	values = malloc(lanes * sizeof *values);
	states = malloc(slots * EX_BLOCK + EX_BLOCK);
	slot_v = malloc(slots * sizeof *slot_v);
	slot_s = malloc(slots * sizeof *slot_s);
	if (values == NULL || states == NULL || slot_v == NULL || slot_s == NULL) {
		free(values);
		free(states);
		free(slot_v);
		free(slot_s);
		return EDUIND_ENOMEM;
	}
	f.room_v = values;
	f.room_s = states;
	f.v = slot_v;
	f.s = slot_s;
	f.consts = values + slots * EX_BLOCK;
	f.ok = states + slots * EX_BLOCK;
	memset(states + slots * EX_BLOCK, EX_OK, EX_BLOCK);
	for (k = 0; k < p->n_consts; k++)
		for (i = 0; i < EX_BLOCK; i++)
			values[(slots + k) * EX_BLOCK + i] = p->consts[k];
	for (at = 0; at < n && st == EDUIND_OK; at += EX_BLOCK) {
		size_t m = n - at < EX_BLOCK ? n - at : EX_BLOCK;
		f.out_v = out_v + at;
		f.out_s = out_st + at;
		done(&f, 0);
		st = run_block(p, env, rows + at, m, period, cell, &f, &kb);
		/* A program that is one input or constant ends on a view. */
		if (st == EDUIND_OK && f.v[0] != f.out_v) {
			memcpy(f.out_v, f.v[0], m * sizeof *out_v);
			memcpy(f.out_s, f.s[0], m);
		}
	}
	free(values);
	free(states);
	free(slot_v);
	free(slot_s);
	free(kb.rows);
	free(kb.v);
	free(kb.s);
	return st;
}
