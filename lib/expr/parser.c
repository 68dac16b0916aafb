/* Recursive-descent parser: text -> syntax tree. Precedence, loosest first:
 *   or, and, not, comparisons, + -, * /, unary -, primaries (numbers, names with
 *   [offset] and {cell}, calls, parentheses). Every binary operator is left-associative. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "expr/ast.h"
#include "internal/error.h"

typedef struct parser {
	ex_lexer lx;
	ex_token cur;
	ex_arena *arena;
	eduind_error *err;
	int depth;
	eduind_status status;
} parser;

/* ---- Arena ---------------------------------------------------------------------------- */

void *ex_arena_alloc(ex_arena *a, size_t size)
{
	void *p;
	if (a->n == a->cap) {
		size_t cap = a->cap ? a->cap * 2 : 32;
		void **b = realloc(a->blocks, cap * sizeof *b);
		if (b == NULL)
			return NULL;
		a->blocks = b;
		a->cap = cap;
	}
	p = calloc(1, size ? size : 1);
	if (p != NULL)
		a->blocks[a->n++] = p;
	return p;
}

char *ex_arena_strndup(ex_arena *a, const char *s, size_t n)
{
	char *p = ex_arena_alloc(a, n + 1);
	if (p != NULL)
		memcpy(p, s, n);
	return p;
}

void ex_arena_free(ex_arena *a)
{
	size_t i;
	for (i = 0; i < a->n; i++)
		free(a->blocks[i]);
	free(a->blocks);
	a->blocks = NULL;
	a->n = a->cap = 0;
}

/* ---- Helpers ---------------------------------------------------------------------------- */

static ex_node *fail(parser *p, eduind_status st, size_t pos, const char *fmt, ...) EDUIND_PRINTF(4, 5);
static ex_node *fail(parser *p, eduind_status st, size_t pos, const char *fmt, ...)
{
	char msg[256];
	va_list ap;
	if (p->status != EDUIND_OK)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	p->status = st;
	eduind__fail_at(p->err, st, NULL, 0, (long)pos + 1, NULL, "column %ld: %s", (long)pos + 1, msg);
	return NULL;
}

static ex_node *nomem(parser *p)
{
	if (p->status == EDUIND_OK) {
		p->status = EDUIND_ENOMEM;
		eduind__fail(p->err, EDUIND_ENOMEM, "out of memory while parsing a formula");
	}
	return NULL;
}

static void advance(parser *p)
{
	p->cur = ex_lex_next(&p->lx);
	if (p->cur.type == TK_ERROR)
		fail(p, EDUIND_EPARSE, p->cur.pos, "%s", p->lx.error);
}

/* Describes the current token for "expected X, found Y" messages. */
static const char *found(parser *p, char *buf, size_t size)
{
	if (p->cur.type == TK_NAME || p->cur.type == TK_NUM) {
		size_t n = p->cur.len < 40 ? p->cur.len : 40;
		snprintf(buf, size, "'%.*s'", (int)n, p->lx.text + p->cur.pos);
		return buf;
	}
	return ex_tok_describe(p->cur.type);
}

static ex_node *expected(parser *p, const char *what)
{
	char buf[64];
	return fail(p, EDUIND_EPARSE, p->cur.pos, "expected %s, found %s", what, found(p, buf, sizeof buf));
}

static ex_node *new_node(parser *p, ex_node_type t, size_t pos)
{
	ex_node *n = ex_arena_alloc(p->arena, sizeof *n);
	if (n == NULL)
		return nomem(p);
	n->type = t;
	n->pos = pos;
	return n;
}

static ex_node *binary(parser *p, ex_tok_type op, size_t pos, ex_node *l, ex_node *r)
{
	ex_node *n = new_node(p, ND_BINARY, pos);
	if (n == NULL)
		return NULL;
	n->args = ex_arena_alloc(p->arena, 2 * sizeof *n->args);
	if (n->args == NULL)
		return nomem(p);
	n->op = op;
	n->args[0] = l;
	n->args[1] = r;
	n->nargs = 2;
	return n;
}

static ex_node *parse_or(parser *p);

/* ---- Names: offsets and cell selectors ---------------------------------------------- */

static int parse_offset(parser *p, ex_node *n)
{
	int neg = 0;
	size_t start = p->cur.pos;
	advance(p); /* '[' */
	if (p->cur.type == TK_MINUS) {
		neg = 1;
		advance(p);
	}
	if (p->cur.type != TK_NUM) {
		expected(p, "a period offset such as -1 after '['");
		return 0;
	}
	if (p->cur.num != (double)(long)p->cur.num || p->cur.num > 1000) {
		fail(p, EDUIND_EPARSE, p->cur.pos, "expected a whole number of periods");
		return 0;
	}
	if (!neg && p->cur.num != 0) {
		fail(p, EDUIND_EPARSE, start, "expected a period offset of 0 or less (earlier years only)");
		return 0;
	}
	n->offset = neg ? -(int)p->cur.num : 0;
	if (n->offset < EX_MIN_OFFSET) {
		fail(p, EDUIND_ELIMIT, start, "period offset %d is beyond the limit of %d", n->offset, EX_MIN_OFFSET);
		return 0;
	}
	advance(p);
	if (p->cur.type != TK_RBRACK) {
		expected(p, "']' after the period offset");
		return 0;
	}
	advance(p);
	return 1;
}

typedef struct cell_pair {
	const char *key, *val;
	size_t klen, vlen;
} cell_pair;

static int cmp_pair(const void *a, const void *b)
{
	const cell_pair *x = a, *y = b;
	size_t n = x->klen < y->klen ? x->klen : y->klen;
	int c = memcmp(x->key, y->key, n);
	if (c != 0)
		return c;
	return (x->klen > y->klen) - (x->klen < y->klen);
}

/* {k=v, k2=v2} -> "k=v;k2=v2" with keys sorted; {} -> "" (the total). */
static int parse_cell(parser *p, ex_node *n)
{
	cell_pair pairs[16];
	size_t np = 0, i, total = 0;
	char *out;
	advance(p); /* '{' */
	while (p->cur.type != TK_RBRACE) {
		const char *t = p->lx.text;
		if (np > 0) {
			if (p->cur.type != TK_COMMA) {
				expected(p, "',' or '}' in the cell selector");
				return 0;
			}
			advance(p);
		}
		if (p->cur.type != TK_NAME) {
			expected(p, "a disaggregation key such as sex in the cell selector");
			return 0;
		}
		if (np == 16) {
			fail(p, EDUIND_ELIMIT, p->cur.pos, "a cell selector has at most 16 keys");
			return 0;
		}
		pairs[np].key = t + p->cur.pos;
		pairs[np].klen = p->cur.len;
		for (i = 0; i < np; i++)
			if (pairs[i].klen == p->cur.len && memcmp(pairs[i].key, pairs[np].key, p->cur.len) == 0) {
				fail(p, EDUIND_EPARSE, p->cur.pos, "the key '%.*s' appears twice in the cell selector",
				     (int)p->cur.len, pairs[np].key);
				return 0;
			}
		advance(p);
		if (p->cur.type != TK_ASSIGN) {
			expected(p, "'=' after the key in the cell selector");
			return 0;
		}
		advance(p);
		if (p->cur.type == TK_NAME || p->cur.type == TK_NUM) {
			pairs[np].val = t + p->cur.pos;
			pairs[np].vlen = p->cur.len;
		} else if (p->cur.type == TK_STRING) {
			pairs[np].val = t + p->cur.pos + 1;
			pairs[np].vlen = p->cur.len - 2;
		} else {
			expected(p, "a value after '=' in the cell selector");
			return 0;
		}
		total += pairs[np].klen + pairs[np].vlen + 2;
		np++;
		advance(p);
	}
	advance(p); /* '}' */
	qsort(pairs, np, sizeof pairs[0], cmp_pair);
	out = ex_arena_alloc(p->arena, total + 1);
	if (out == NULL) {
		nomem(p);
		return 0;
	}
	total = 0;
	for (i = 0; i < np; i++) {
		if (i > 0)
			out[total++] = ';';
		memcpy(out + total, pairs[i].key, pairs[i].klen);
		total += pairs[i].klen;
		out[total++] = '=';
		memcpy(out + total, pairs[i].val, pairs[i].vlen);
		total += pairs[i].vlen;
	}
	out[total] = '\0';
	n->cell = out;
	return 1;
}

/* ---- Expressions ------------------------------------------------------------------ */

static ex_node *parse_call(parser *p, char *name, size_t pos)
{
	ex_node *args[EX_MAX_ARGS];
	size_t n = 0;
	ex_node *node;
	char what[96];
	advance(p); /* '(' */
	if (p->cur.type != TK_RPAREN) {
		for (;;) {
			ex_node *a;
			if (n == EX_MAX_ARGS)
				return fail(p, EDUIND_ELIMIT, p->cur.pos, "a call has at most 32 arguments");
			if (p->cur.type == TK_STRING) {
				a = new_node(p, ND_STRING, p->cur.pos);
				if (a == NULL)
					return NULL;
				a->name = ex_arena_strndup(p->arena, p->lx.text + p->cur.pos + 1, p->cur.len - 2);
				if (a->name == NULL)
					return nomem(p);
				advance(p);
			} else {
				a = parse_or(p);
				if (a == NULL)
					return NULL;
			}
			args[n++] = a;
			if (p->cur.type != TK_COMMA)
				break;
			advance(p);
		}
	}
	if (p->cur.type != TK_RPAREN) {
		snprintf(what, sizeof what, "')' after the arguments of %s", name);
		return expected(p, what);
	}
	advance(p);
	node = new_node(p, ND_CALL, pos);
	if (node == NULL)
		return NULL;
	node->name = name;
	node->nargs = n;
	node->args = ex_arena_alloc(p->arena, (n ? n : 1) * sizeof *node->args);
	if (node->args == NULL)
		return nomem(p);
	memcpy(node->args, args, n * sizeof *args);
	return node;
}

static ex_node *parse_primary(parser *p)
{
	ex_node *n;
	size_t pos = p->cur.pos;
	switch (p->cur.type) {
	case TK_NUM:
		n = new_node(p, ND_NUM, pos);
		if (n == NULL)
			return NULL;
		n->num = p->cur.num;
		advance(p);
		return n;
	case TK_LPAREN:
		advance(p);
		n = parse_or(p);
		if (n == NULL)
			return NULL;
		if (p->cur.type != TK_RPAREN)
			return expected(p, "')' to close the '('");
		advance(p);
		return n;
	case TK_IF:
	case TK_NAME: {
		char *name = ex_arena_strndup(p->arena, p->lx.text + pos, p->cur.len);
		int is_if = p->cur.type == TK_IF;
		int got_offset = 0, got_cell = 0;
		if (name == NULL)
			return nomem(p);
		advance(p);
		if (p->cur.type == TK_LPAREN)
			return parse_call(p, name, pos);
		if (is_if)
			return expected(p, "'(' after if");
		n = new_node(p, ND_REF, pos);
		if (n == NULL)
			return NULL;
		n->name = name;
		for (;;) {
			if (p->cur.type == TK_LBRACK && !got_offset) {
				if (!parse_offset(p, n))
					return NULL;
				got_offset = 1;
			} else if (p->cur.type == TK_LBRACE && !got_cell) {
				if (!parse_cell(p, n))
					return NULL;
				got_cell = 1;
			} else {
				break;
			}
		}
		return n;
	}
	case TK_STRING:
		return fail(p, EDUIND_EPARSE, pos,
		            "expected a number, a name or '(' (a string is only allowed as the level argument of a children_* function)");
	default:
		return expected(p, "a number, a name or '('");
	}
}

typedef ex_node *(*parse_fn)(parser *p);

/* A prefix operator (unary '-', 'not') applied to what `operand` parses; the current
 * token is the operator. Counts towards the nesting limit, as "- - - x" nests. */
static ex_node *parse_prefix(parser *p, parse_fn operand)
{
	size_t pos = p->cur.pos;
	ex_tok_type op = p->cur.type;
	ex_node *a, *n;
	if (++p->depth > EX_MAX_DEPTH)
		return fail(p, EDUIND_ELIMIT, pos, "the formula nests deeper than 64 levels");
	advance(p);
	a = operand(p);
	p->depth--;
	if (a == NULL)
		return NULL;
	n = new_node(p, ND_UNARY, pos);
	if (n == NULL)
		return NULL;
	n->op = op;
	n->args = ex_arena_alloc(p->arena, sizeof *n->args);
	if (n->args == NULL)
		return nomem(p);
	n->args[0] = a;
	n->nargs = 1;
	return n;
}

/* One level of left-associative binary operators: operand (op operand)*. */
static ex_node *parse_left_assoc(parser *p, parse_fn operand, int (*is_op)(ex_tok_type))
{
	ex_node *l = operand(p);
	while (l != NULL && is_op(p->cur.type)) {
		ex_tok_type op = p->cur.type;
		size_t pos = p->cur.pos;
		ex_node *r;
		advance(p);
		r = operand(p);
		if (r == NULL)
			return NULL;
		l = binary(p, op, pos, l, r);
	}
	return l;
}

static int is_mul(ex_tok_type t)
{
	return t == TK_STAR || t == TK_SLASH;
}

static int is_add(ex_tok_type t)
{
	return t == TK_PLUS || t == TK_MINUS;
}

static int is_comparison(ex_tok_type t)
{
	return t == TK_LT || t == TK_LE || t == TK_GT || t == TK_GE || t == TK_EQ || t == TK_NE;
}

static int is_and(ex_tok_type t)
{
	return t == TK_AND;
}

static int is_or(ex_tok_type t)
{
	return t == TK_OR;
}

/* Precedence, loosest first: or, and, not, comparisons, + -, * /, unary -, primary. */
static ex_node *parse_unary(parser *p)
{
	return p->cur.type == TK_MINUS ? parse_prefix(p, parse_unary) : parse_primary(p);
}

static ex_node *parse_mul(parser *p)
{
	return parse_left_assoc(p, parse_unary, is_mul);
}

static ex_node *parse_add(parser *p)
{
	return parse_left_assoc(p, parse_mul, is_add);
}

static ex_node *parse_cmp(parser *p)
{
	ex_node *l = parse_left_assoc(p, parse_add, is_comparison);
	if (l != NULL && p->cur.type == TK_ASSIGN)
		return fail(p, EDUIND_EPARSE, p->cur.pos, "expected '==' to compare ('=' alone is not an operator)");
	return l;
}

static ex_node *parse_not(parser *p)
{
	return p->cur.type == TK_NOT ? parse_prefix(p, parse_not) : parse_cmp(p);
}

static ex_node *parse_and(parser *p)
{
	return parse_left_assoc(p, parse_not, is_and);
}

static ex_node *parse_or(parser *p)
{
	ex_node *l;
	if (p->status != EDUIND_OK)
		return NULL;
	if (++p->depth > EX_MAX_DEPTH)
		return fail(p, EDUIND_ELIMIT, p->cur.pos, "the formula nests deeper than 64 levels");
	l = parse_left_assoc(p, parse_and, is_or);
	p->depth--;
	return l;
}

eduind_status ex_parse(const char *text, size_t len, ex_arena *arena, ex_node **out, eduind_error *err)
{
	parser p;
	ex_node *root;
	memset(&p, 0, sizeof p);
	*out = NULL;
	p.arena = arena;
	p.err = err;
	p.status = EDUIND_OK;
	if (len > EX_MAX_TEXT) {
		return eduind__fail_at(err, EDUIND_ELIMIT, NULL, 0, EX_MAX_TEXT + 1, NULL,
		                       "column %d: a formula is at most %d bytes (this one has %zu)",
		                       EX_MAX_TEXT + 1, EX_MAX_TEXT, len);
	}
	ex_lex_init(&p.lx, text, len);
	advance(&p);
	if (p.status != EDUIND_OK)
		return p.status;
	if (p.cur.type == TK_END) {
		fail(&p, EDUIND_EPARSE, 0, "expected a formula, found nothing");
		return p.status;
	}
	root = parse_or(&p);
	if (root != NULL && p.cur.type != TK_END)
		expected(&p, "an operator or the end of the formula");
	if (p.status != EDUIND_OK)
		return p.status;
	*out = root;
	return EDUIND_OK;
}
