/* The stack machine. Each stack slot is a column of EX_BLOCK values with their states,
 * so one instruction processes a whole block of entities. Invariant: a lane whose
 * state is not EX_OK holds NaN. States propagate from the leftmost operand that has
 * none; calculations are delegated to the public calc functions. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "expr/ast.h"
#include "eduind/calc.h"

typedef struct frame {
	double *v;          /* max_stack * EX_BLOCK values */
	unsigned char *s;   /* max_stack * EX_BLOCK states */
} frame;

#define SLOT_V(f, k) ((f)->v + (size_t)(k) * EX_BLOCK)
#define SLOT_S(f, k) ((f)->s + (size_t)(k) * EX_BLOCK)

/* A calc status as a value state. */
static unsigned char state_of(eduind_status st)
{
	if (st == EDUIND_OK)
		return EX_OK;
	if (st == EDUIND_EZERODIV)
		return EX_ZERODIV;
	return EX_INVALID;
}

static void finish_lane(double *v, unsigned char *s, size_t i)
{
	unsigned char st = s[i] == EX_OK && !isfinite(v[i]) ? EX_INVALID : s[i];
	s[i] = st;
	v[i] = st == EX_OK ? v[i] : NAN;
}

#define EACH(expr)                        \
	for (i = 0; i < n; i++) {            \
		const double x = a[i], y = b[i]; \
		a[i] = (expr);                   \
	}

static void op_binary(ex_opcode op, double *a, unsigned char *sa, const double *b, const unsigned char *sb,
                      size_t n)
{
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
	/* Selects rather than branches, so that these loops vectorise. */
	if (op == OP_DIV) {
		for (i = 0; i < n; i++) {
			unsigned char st = sa[i] ? sa[i] : sb[i];
			unsigned char bad = b[i] == 0.0 ? EX_ZERODIV : isfinite(a[i]) ? EX_OK : EX_INVALID;
			st = st ? st : bad;
			a[i] = st == EX_OK ? a[i] : NAN;
			sa[i] = st;
		}
	} else {
		for (i = 0; i < n; i++) {
			unsigned char st = sa[i] ? sa[i] : sb[i];
			st = st ? st : isfinite(a[i]) ? EX_OK : EX_INVALID;
			a[i] = st == EX_OK ? a[i] : NAN;
			sa[i] = st;
		}
	}
}
#undef EACH

static void nary_if(frame *f, int base, size_t n)
{
	double *out = SLOT_V(f, base);
	unsigned char *os = SLOT_S(f, base);
	size_t i;
	for (i = 0; i < n; i++) {
		int pick = out[i] != 0.0 ? 1 : 2;
		if (os[i] != EX_OK) {
			out[i] = NAN;
		} else {
			os[i] = SLOT_S(f, base + pick)[i];
			out[i] = SLOT_V(f, base + pick)[i];
		}
	}
}

/* The first usable argument; if none, the state of the first one. */
static void nary_coalesce(frame *f, int base, int argc, size_t n)
{
	double *out = SLOT_V(f, base);
	unsigned char *os = SLOT_S(f, base);
	size_t i;
	int k;
	for (k = 1; k < argc; k++) {
		const double *v = SLOT_V(f, base + k);
		const unsigned char *s = SLOT_S(f, base + k);
		for (i = 0; i < n; i++)
			if (os[i] != EX_OK && s[i] == EX_OK) {
				out[i] = v[i];
				os[i] = EX_OK;
			}
	}
}

/* A calc function over lanes whose arguments are all usable. */
#define EACH_CALL(call)                                            \
	for (i = 0; i < n; i++) {                                      \
		const double x = out[i], y = b[i];                         \
		double r = NAN;                                            \
		if (os[i] == EX_OK)                                        \
			os[i] = state_of(call);                                \
		out[i] = r;                                                \
	}

/* Arguments are slots base .. base+argc-1; the result goes to slot base. Each
 * operator has its own loop over the lanes (no dispatch per lane). */
static void op_nary(ex_opcode op, frame *f, int base, int argc, size_t n)
{
	double *out = SLOT_V(f, base);
	unsigned char *os = SLOT_S(f, base);
	const double *b = argc > 1 ? SLOT_V(f, base + 1) : out;
	const double *c3 = argc > 2 ? SLOT_V(f, base + 2) : out;
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
	/* The state of the leftmost argument that has none decides a lane. */
	for (k = 1; k < argc; k++) {
		const unsigned char *s = SLOT_S(f, base + k);
		for (i = 0; i < n; i++)
			os[i] = os[i] != EX_OK ? os[i] : s[i];
	}
	switch (op) {
	case OP_SUM:
		for (k = 1; k < argc; k++) {
			const double *v = SLOT_V(f, base + k);
			for (i = 0; i < n; i++)
				out[i] += v[i];
		}
		break;
	case OP_MIN:
	case OP_MAX:
		for (k = 1; k < argc; k++) {
			const double *v = SLOT_V(f, base + k);
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
	case OP_RATIO2: EACH_CALL(eduind_ratio(x, y, 1.0, &r)) break;
	case OP_RATIO3: EACH_CALL(eduind_ratio(x, y, c3[i], &r)) break;
	case OP_GROWTH: EACH_CALL(eduind_growth_rate(x, y, &r)) break;
	case OP_CAGR: EACH_CALL(eduind_cagr(x, y, c3[i], &r)) break;
	case OP_GPI: EACH_CALL(eduind_gpi(x, y, 0, &r)) break;
	case OP_GPI_ADJ: EACH_CALL(eduind_gpi(x, y, 1, &r)) break;
	default:
		memset(os, EX_INVALID, n);
		break;
	}
	for (i = 0; i < n; i++)
		finish_lane(out, os, i);
}
#undef EACH_CALL

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
			st = state_of(eduind_proportion((double)yes, (double)known, 100.0, &r));
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
		case OP_CH_MEAN: st = state_of(eduind_weighted_mean(x, NULL, nk, &r)); break;
		case OP_CH_CV: st = state_of(eduind_cv(x, w, nk, &r)); break;
		default:
			if (per_st != EX_OK)
				st = per_st;
			else
				st = state_of(eduind_balance_cv(x, w, nk, per, &r));
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
	double *out = SLOT_V(f, base);
	unsigned char *os = SLOT_S(f, base);
	const double *per = in->extra ? SLOT_V(f, base) : NULL;
	const unsigned char *per_st = in->extra ? SLOT_S(f, base) : NULL;
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
		case OP_CONST: {
			double c = p->consts[in->arg];
			double *v = SLOT_V(f, sp);
			memset(SLOT_S(f, sp), EX_OK, n);
			for (i = 0; i < n; i++)
				v[i] = c;
			sp++;
			break;
		}
		case OP_LOAD: {
			const ex_ref *r = &p->refs[in->arg];
			double *v = SLOT_V(f, sp);
			unsigned char *s = SLOT_S(f, sp);
			env->load(env->user, r, rows, n, period + r->offset, cell, v, s);
			/* Keep the invariant whatever the host gave; a select, not a branch, so
			 * that it vectorises. */
			for (i = 0; i < n; i++)
				v[i] = s[i] == EX_OK ? v[i] : NAN;
			sp++;
			break;
		}
		case OP_NEG: {
			double *v = SLOT_V(f, sp - 1);
			for (i = 0; i < n; i++)
				v[i] = -v[i];
			break;
		}
		case OP_NOT: {
			double *v = SLOT_V(f, sp - 1);
			unsigned char *s = SLOT_S(f, sp - 1);
			for (i = 0; i < n; i++)
				v[i] = s[i] == EX_OK ? (double)(v[i] == 0.0) : NAN;
			break;
		}
		case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV:
		case OP_LT: case OP_LE: case OP_GT: case OP_GE: case OP_EQ: case OP_NE:
		case OP_AND: case OP_OR:
			op_binary((ex_opcode)in->op, SLOT_V(f, sp - 2), SLOT_S(f, sp - 2), SLOT_V(f, sp - 1),
			          SLOT_S(f, sp - 1), n);
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
	size_t done;
	size_t slots = p->max_stack > 0 ? (size_t)p->max_stack : 1;
	eduind_status st = EDUIND_OK;

	if (n == 0)
		return EDUIND_OK;
	memset(&kb, 0, sizeof kb);
	f.v = malloc(slots * EX_BLOCK * sizeof *f.v);
	f.s = malloc(slots * EX_BLOCK);
	if (f.v == NULL || f.s == NULL) {
		free(f.v);
		free(f.s);
		return EDUIND_ENOMEM;
	}
	for (done = 0; done < n && st == EDUIND_OK; done += EX_BLOCK) {
		size_t m = n - done < EX_BLOCK ? n - done : EX_BLOCK;
		st = run_block(p, env, rows + done, m, period, cell, &f, &kb);
		if (st == EDUIND_OK) {
			memcpy(out_v + done, f.v, m * sizeof *out_v);
			memcpy(out_st + done, f.s, m);
		}
	}
	free(f.v);
	free(f.s);
	free(kb.rows);
	free(kb.v);
	free(kb.s);
	return st;
}
