/* Syntax tree -> bytecode. Names are resolved through the caller's resolver; function
 * names and argument counts are checked here; children_* arguments become separate
 * sub-programs that the machine runs over the child entities. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "expr/ast.h"
#include "internal/error.h"

typedef struct fn_info {
	const char *name;
	int min_args, max_args; /* -1: any number (at least min) */
	ex_opcode op;
	int children;           /* 1 for children_* aggregates */
	int child_args;         /* children_*: how many leading arguments run over children */
} fn_info;

static const fn_info functions[] = {
	{ "sum", 1, -1, OP_SUM, 0, 0 },
	{ "min", 1, -1, OP_MIN, 0, 0 },
	{ "max", 1, -1, OP_MAX, 0, 0 },
	{ "abs", 1, 1, OP_ABS, 0, 0 },
	{ "if", 3, 3, OP_IF, 0, 0 },
	{ "coalesce", 1, -1, OP_COALESCE, 0, 0 },
	{ "ratio", 2, 3, OP_RATIO2, 0, 0 },
	{ "growth", 2, 2, OP_GROWTH, 0, 0 },
	{ "cagr", 3, 3, OP_CAGR, 0, 0 },
	{ "gpi", 2, 2, OP_GPI, 0, 0 },
	{ "gpi_adj", 2, 2, OP_GPI_ADJ, 0, 0 },
	{ "children_sum", 1, 1, OP_CH_SUM, 1, 1 },
	{ "children_count", 1, 1, OP_CH_COUNT, 1, 1 },
	{ "children_share", 1, 1, OP_CH_SHARE, 1, 1 },
	{ "children_mean", 1, 1, OP_CH_MEAN, 1, 1 },
	{ "children_cv", 2, 2, OP_CH_CV, 1, 2 },
	{ "children_balance_cv", 3, 3, OP_CH_BALANCE_CV, 1, 2 },
};

typedef struct compiler {
	const char *text;
	ex_resolve_fn resolve;
	void *user;
	eduind_error *err;
	ex_program *prog;
	size_t cap_code, cap_consts, cap_refs, cap_subs;
	int depth;
	eduind_status status;
} compiler;

static eduind_status cfail(compiler *c, eduind_status st, size_t pos, const char *fmt, ...)
	EDUIND_PRINTF(4, 5);
static eduind_status cfail(compiler *c, eduind_status st, size_t pos, const char *fmt, ...)
{
	char msg[300];
	va_list ap;
	if (c->status != EDUIND_OK)
		return c->status;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	c->status = st;
	eduind__fail_at(c->err, st, NULL, 0, (long)pos + 1, NULL, "column %ld: %s", (long)pos + 1, msg);
	return st;
}

static eduind_status cnomem(compiler *c)
{
	if (c->status == EDUIND_OK) {
		c->status = EDUIND_ENOMEM;
		eduind__fail(c->err, EDUIND_ENOMEM, "out of memory while compiling a formula");
	}
	return c->status;
}

static int grow(void **arr, size_t *cap, size_t need, size_t elem)
{
	void *p;
	size_t n;
	if (need <= *cap)
		return 1;
	n = *cap ? *cap * 2 : 8;
	while (n < need)
		n *= 2;
	p = realloc(*arr, n * elem);
	if (p == NULL)
		return 0;
	*arr = p;
	*cap = n;
	return 1;
}

static eduind_status emit(compiler *c, ex_opcode op, int argc, int extra, int level, uint32_t arg,
                          size_t pos, int stack_delta)
{
	ex_program *p = c->prog;
	ex_instr *in;
	if (c->status != EDUIND_OK)
		return c->status;
	if (p->n_code >= EX_MAX_CODE)
		return cfail(c, EDUIND_ELIMIT, pos, "the formula compiles to more than %d instructions", EX_MAX_CODE);
	if (!grow((void **)&p->code, &c->cap_code, p->n_code + 1, sizeof *p->code))
		return cnomem(c);
	in = &p->code[p->n_code++];
	in->op = (uint8_t)op;
	in->argc = (uint8_t)argc;
	in->extra = (uint8_t)extra;
	in->level = (int8_t)level;
	in->arg = arg;
	c->depth += stack_delta;
	if (c->depth > p->max_stack)
		p->max_stack = c->depth;
	return EDUIND_OK;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	if (d != NULL)
		memcpy(d, s, n);
	return d;
}

static eduind_status add_ref(compiler *c, const ex_node *n, uint32_t *index)
{
	ex_program *p = c->prog;
	ex_resolved r;
	ex_ref *ref;
	size_t i;
	eduind_status st;

	for (i = 0; i < p->n_refs; i++) {
		const ex_ref *e = &p->refs[i];
		if (strcmp(e->name, n->name) == 0 && e->offset == n->offset &&
		    ((e->cell == NULL && n->cell == NULL) ||
		     (e->cell != NULL && n->cell != NULL && strcmp(e->cell, n->cell) == 0))) {
			*index = (uint32_t)i;
			return EDUIND_OK;
		}
	}
	r.kind = EX_REF_VARIABLE;
	r.id = 0;
	r.optional = 0;
	st = c->resolve ? c->resolve(c->user, n->name, &r) : EDUIND_OK;
	if (st == EDUIND_ENOTFOUND)
		return cfail(c, EDUIND_ESCHEMA, n->pos,
		             "unknown name '%s': neither a dictionary variable nor an indicator", n->name);
	if (st == EDUIND_EDUPLICATE)
		return cfail(c, EDUIND_EDUPLICATE, n->pos, "the name '%s' is both a variable and an indicator", n->name);
	if (st != EDUIND_OK)
		return cfail(c, st, n->pos, "cannot resolve the name '%s'", n->name);
	if (!grow((void **)&p->refs, &c->cap_refs, p->n_refs + 1, sizeof *p->refs))
		return cnomem(c);
	ref = &p->refs[p->n_refs];
	memset(ref, 0, sizeof *ref);
	ref->name = xstrdup(n->name);
	ref->cell = n->cell ? xstrdup(n->cell) : NULL;
	if (ref->name == NULL || (n->cell != NULL && ref->cell == NULL)) {
		free(ref->name);
		free(ref->cell);
		return cnomem(c);
	}
	ref->kind = r.kind;
	ref->id = r.id;
	ref->optional = r.optional;
	ref->offset = n->offset;
	ref->column = (long)n->pos + 1;
	*index = (uint32_t)p->n_refs++;
	return EDUIND_OK;
}

static eduind_status add_const(compiler *c, double v, uint32_t *index)
{
	ex_program *p = c->prog;
	size_t i;
	for (i = 0; i < p->n_consts; i++)
		if (p->consts[i] == v) {
			*index = (uint32_t)i;
			return EDUIND_OK;
		}
	if (!grow((void **)&p->consts, &c->cap_consts, p->n_consts + 1, sizeof *p->consts))
		return cnomem(c);
	p->consts[p->n_consts] = v;
	*index = (uint32_t)p->n_consts++;
	return EDUIND_OK;
}

static eduind_status compile_node(compiler *c, const ex_node *n);
static eduind_status compile_tree(const char *text, const ex_node *root, ex_resolve_fn resolve, void *user,
                                  ex_program **out, eduind_error *err);

static const fn_info *find_function(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof functions / sizeof functions[0]; i++)
		if (strcmp(functions[i].name, name) == 0)
			return &functions[i];
	return NULL;
}

static eduind_status compile_children(compiler *c, const ex_node *n, const fn_info *f, size_t nargs)
{
	ex_program *p = c->prog;
	int level = -1;
	size_t i;
	uint32_t first = (uint32_t)p->n_subs;

	if (nargs > (size_t)f->max_args) { /* the optional last argument is the level */
		const ex_node *lv = n->args[nargs - 1];
		char **levels;
		if (lv->type != ND_STRING)
			return cfail(c, EDUIND_ESCHEMA, lv->pos,
			             "the last argument of %s must be a level name in quotes, e.g. \"primary\"", f->name);
		if (p->n_levels >= 127)
			return cfail(c, EDUIND_ELIMIT, lv->pos, "too many level filters");
		levels = realloc(p->levels, (p->n_levels + 1) * sizeof *levels);
		if (levels == NULL)
			return cnomem(c);
		p->levels = levels;
		levels[p->n_levels] = xstrdup(lv->name);
		if (levels[p->n_levels] == NULL)
			return cnomem(c);
		level = (int)p->n_levels++;
		nargs--;
	}
	for (i = 0; i < nargs; i++)
		if (n->args[i]->type == ND_STRING)
			return cfail(c, EDUIND_ESCHEMA, n->args[i]->pos,
			             "a string is only allowed as the last argument (the level) of %s", f->name);
	for (i = 0; i < (size_t)f->child_args; i++) {
		ex_program *sub = NULL;
		eduind_status st;
		if (!grow((void **)&p->subs, &c->cap_subs, p->n_subs + 1, sizeof *p->subs))
			return cnomem(c);
		st = compile_tree(c->text, n->args[i], c->resolve, c->user, &sub, c->err);
		if (st != EDUIND_OK) {
			c->status = st;
			return st;
		}
		p->subs[p->n_subs++] = sub;
	}
	/* Remaining arguments (balance_cv's per) are read in the parent's context. */
	for (; i < nargs; i++)
		if (compile_node(c, n->args[i]) != EDUIND_OK)
			return c->status;
	{
		int extra = (int)(nargs - (size_t)f->child_args);
		return emit(c, f->op, f->child_args, extra, level, first, n->pos, 1 - extra);
	}
}

static eduind_status compile_call(compiler *c, const ex_node *n)
{
	const fn_info *f = find_function(n->name);
	size_t nargs = n->nargs, i;
	ex_opcode op;

	if (f == NULL)
		return cfail(c, EDUIND_ESCHEMA, n->pos, "unknown function '%s'", n->name);
	{
		long max = f->max_args + (f->children ? 1 : 0);
		int ok = nargs >= (size_t)f->min_args && (f->max_args < 0 || nargs <= (size_t)max);
		if (f->children && nargs == (size_t)max && n->args[nargs - 1]->type != ND_STRING)
			ok = 0;
		if (!ok) {
			if (f->max_args < 0)
				return cfail(c, EDUIND_ESCHEMA, n->pos, "%s takes at least %ld argument(s), got %ld", f->name,
				             (long)f->min_args, (long)nargs);
			if (f->min_args == f->max_args && f->children)
				return cfail(c, EDUIND_ESCHEMA, n->pos, "%s takes %ld argument(s) and an optional level, got %ld",
				             f->name, (long)f->min_args, (long)nargs);
			if (f->min_args == f->max_args)
				return cfail(c, EDUIND_ESCHEMA, n->pos, "%s takes %ld argument(s), got %ld", f->name,
				             (long)f->min_args, (long)nargs);
			return cfail(c, EDUIND_ESCHEMA, n->pos, "%s takes %ld or %ld arguments, got %ld", f->name,
			             (long)f->min_args, (long)f->max_args, (long)nargs);
		}
	}
	if (f->children)
		return compile_children(c, n, f, nargs);
	for (i = 0; i < nargs; i++) {
		if (n->args[i]->type == ND_STRING)
			return cfail(c, EDUIND_ESCHEMA, n->args[i]->pos,
			             "a string is only allowed as the level argument of a children_* function, not in %s",
			             f->name);
		if (compile_node(c, n->args[i]) != EDUIND_OK)
			return c->status;
	}
	op = f->op;
	if (op == OP_RATIO2 && nargs == 3)
		op = OP_RATIO3;
	return emit(c, op, (int)nargs, 0, -1, 0, n->pos, 1 - (int)nargs);
}

static eduind_status compile_node(compiler *c, const ex_node *n)
{
	uint32_t idx = 0;
	if (c->status != EDUIND_OK)
		return c->status;
	switch (n->type) {
	case ND_NUM:
		if (add_const(c, n->num, &idx) != EDUIND_OK)
			return c->status;
		return emit(c, OP_CONST, 0, 0, -1, idx, n->pos, 1);
	case ND_REF:
		if (add_ref(c, n, &idx) != EDUIND_OK)
			return c->status;
		return emit(c, OP_LOAD, 0, 0, -1, idx, n->pos, 1);
	case ND_STRING:
		return cfail(c, EDUIND_ESCHEMA, n->pos, "a string is only allowed as the level argument of a children_* function");
	case ND_UNARY:
		/* Fold "-<number>" so negative literals are constants. */
		if (n->op == TK_MINUS && n->args[0]->type == ND_NUM) {
			if (add_const(c, -n->args[0]->num, &idx) != EDUIND_OK)
				return c->status;
			return emit(c, OP_CONST, 0, 0, -1, idx, n->pos, 1);
		}
		if (compile_node(c, n->args[0]) != EDUIND_OK)
			return c->status;
		return emit(c, n->op == TK_MINUS ? OP_NEG : OP_NOT, 1, 0, -1, 0, n->pos, 0);
	case ND_BINARY: {
		ex_opcode op;
		if (compile_node(c, n->args[0]) != EDUIND_OK || compile_node(c, n->args[1]) != EDUIND_OK)
			return c->status;
		switch (n->op) {
		case TK_PLUS: op = OP_ADD; break;
		case TK_MINUS: op = OP_SUB; break;
		case TK_STAR: op = OP_MUL; break;
		case TK_SLASH: op = OP_DIV; break;
		case TK_LT: op = OP_LT; break;
		case TK_LE: op = OP_LE; break;
		case TK_GT: op = OP_GT; break;
		case TK_GE: op = OP_GE; break;
		case TK_EQ: op = OP_EQ; break;
		case TK_NE: op = OP_NE; break;
		case TK_AND: op = OP_AND; break;
		default: op = OP_OR; break;
		}
		return emit(c, op, 2, 0, -1, 0, n->pos, -1);
	}
	case ND_CALL:
		return compile_call(c, n);
	}
	return c->status;
}

void ex_program_free(ex_program *p)
{
	size_t i;
	if (p == NULL)
		return;
	for (i = 0; i < p->n_refs; i++) {
		free(p->refs[i].name);
		free(p->refs[i].cell);
	}
	for (i = 0; i < p->n_subs; i++)
		ex_program_free(p->subs[i]);
	for (i = 0; i < p->n_levels; i++)
		free(p->levels[i]);
	free(p->levels);
	free(p->subs);
	free(p->refs);
	free(p->consts);
	free(p->code);
	free(p);
}

static eduind_status compile_tree(const char *text, const ex_node *root, ex_resolve_fn resolve, void *user,
                                  ex_program **out, eduind_error *err)
{
	compiler c;
	memset(&c, 0, sizeof c);
	c.text = text;
	c.resolve = resolve;
	c.user = user;
	c.err = err;
	c.status = EDUIND_OK;
	c.prog = calloc(1, sizeof *c.prog);
	if (c.prog == NULL)
		return eduind__fail(err, EDUIND_ENOMEM, "out of memory while compiling a formula");
	compile_node(&c, root);
	if (c.status != EDUIND_OK) {
		ex_program_free(c.prog);
		return c.status;
	}
	*out = c.prog;
	return EDUIND_OK;
}

eduind_status ex_compile(const char *text, size_t len, ex_resolve_fn resolve, void *user, ex_program **out,
                         eduind_error *err)
{
	ex_arena arena = { NULL, 0, 0 };
	ex_node *root = NULL;
	eduind_status st;
	if (out == NULL)
		return eduind__fail(err, EDUIND_ENULL, "no output pointer");
	*out = NULL;
	if (text == NULL)
		return eduind__fail(err, EDUIND_ENULL, "no formula text");
	st = ex_parse(text, len, &arena, &root, err);
	if (st == EDUIND_OK)
		st = compile_tree(text, root, resolve, user, out, err);
	ex_arena_free(&arena);
	return st;
}

size_t ex_program_ref_count(const ex_program *p)
{
	return p ? p->n_refs : 0;
}

const ex_ref *ex_program_ref(const ex_program *p, size_t i)
{
	return p && i < p->n_refs ? &p->refs[i] : NULL;
}

static void each_ref(const ex_program *p, void (*fn)(void *, const ex_ref *, int), void *user, int in_children)
{
	size_t i;
	for (i = 0; i < p->n_refs; i++)
		fn(user, &p->refs[i], in_children);
	for (i = 0; i < p->n_subs; i++)
		each_ref(p->subs[i], fn, user, 1);
}

void ex_program_each_ref(const ex_program *p, void (*fn)(void *user, const ex_ref *ref, int in_children),
                         void *user)
{
	if (p != NULL && fn != NULL)
		each_ref(p, fn, user, 0);
}

const ex_ref *ex_program_single_ref(const ex_program *p)
{
	if (p == NULL || p->n_code != 1 || p->code[0].op != OP_LOAD)
		return NULL;
	return &p->refs[p->code[0].arg];
}

int ex_program_uses_children(const ex_program *p)
{
	return p != NULL && p->n_subs > 0;
}

int ex_program_needs_children(const ex_program *p)
{
	size_t i;
	if (p == NULL || p->n_subs == 0 || p->n_refs > 0)
		return 0;
	for (i = 0; i < p->n_code; i++)
		if (p->code[i].op == OP_IF || p->code[i].op == OP_COALESCE)
			return 0;
	return 1;
}

size_t ex_program_code_size(const ex_program *p)
{
	return p ? p->n_code : 0;
}

int ex_program_max_stack(const ex_program *p)
{
	return p ? p->max_stack : 0;
}
