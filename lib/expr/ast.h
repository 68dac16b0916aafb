/* Private to lib/expr: tokens, the syntax tree and the compiled program layout. */
#ifndef EDUIND_EXPR_AST_H
#define EDUIND_EXPR_AST_H

#include <stddef.h>
#include <stdint.h>
#include "eduind/status.h"
#include "expr/expr.h"

/* ---- Lexer ------------------------------------------------------------------------ */

typedef enum ex_tok_type {
	TK_END = 0, TK_NUM, TK_NAME, TK_STRING,
	TK_LPAREN, TK_RPAREN, TK_LBRACK, TK_RBRACK, TK_LBRACE, TK_RBRACE, TK_COMMA,
	TK_PLUS, TK_MINUS, TK_STAR, TK_SLASH,
	TK_LT, TK_LE, TK_GT, TK_GE, TK_EQ, TK_NE, TK_ASSIGN,
	TK_AND, TK_OR, TK_NOT, TK_IF,
	TK_ERROR
} ex_tok_type;

typedef struct ex_token {
	ex_tok_type type;
	size_t pos;     /* byte offset of the first character */
	size_t len;     /* bytes of the token text (strings: including quotes) */
	double num;     /* TK_NUM */
} ex_token;

typedef struct ex_lexer {
	const char *text;
	size_t len;
	size_t pos;
	const char *error; /* TK_ERROR: what went wrong */
} ex_lexer;

void ex_lex_init(ex_lexer *lx, const char *text, size_t len);
ex_token ex_lex_next(ex_lexer *lx);
/* Short description of a token type for messages ("')'", "a number"). */
const char *ex_tok_describe(ex_tok_type t);

/* ---- Syntax tree ------------------------------------------------------------------ */

typedef enum ex_node_type { ND_NUM, ND_REF, ND_STRING, ND_UNARY, ND_BINARY, ND_CALL } ex_node_type;

typedef struct ex_node {
	ex_node_type type;
	ex_tok_type op;           /* ND_UNARY / ND_BINARY */
	size_t pos;               /* byte offset in the text */
	double num;
	char *name;               /* ND_REF, ND_CALL (function), ND_STRING (contents) */
	int offset;               /* ND_REF */
	char *cell;               /* ND_REF: NULL (current) or normalised selector */
	struct ex_node **args;    /* ND_UNARY: 1, ND_BINARY: 2, ND_CALL: nargs */
	size_t nargs;
} ex_node;

/* All nodes and strings of one parse live in an arena freed at once. */
typedef struct ex_arena {
	void **blocks;
	size_t n, cap;
} ex_arena;

void *ex_arena_alloc(ex_arena *a, size_t size);
char *ex_arena_strndup(ex_arena *a, const char *s, size_t n);
void ex_arena_free(ex_arena *a);

/* Parses the whole text. On failure returns the status with err filled (column set). */
eduind_status ex_parse(const char *text, size_t len, ex_arena *arena, ex_node **out,
                       eduind_error *err);

/* ---- Program ------------------------------------------------------------------------ */

typedef enum ex_opcode {
	OP_CONST, OP_LOAD,
	OP_NEG, OP_NOT,
	OP_ADD, OP_SUB, OP_MUL, OP_DIV,
	OP_LT, OP_LE, OP_GT, OP_GE, OP_EQ, OP_NE, OP_AND, OP_OR,
	OP_SUM, OP_MIN, OP_MAX, OP_ABS, OP_IF, OP_COALESCE,
	OP_RATIO2, OP_RATIO3, OP_GROWTH, OP_CAGR, OP_GPI, OP_GPI_ADJ,
	/* Aggregates over the children: arg = first sub-program, argc = sub-programs,
	 * extra = parent-context arguments on the stack (balance_cv's per), level = index
	 * into levels or -1. */
	OP_CH_SUM, OP_CH_COUNT, OP_CH_SHARE, OP_CH_MEAN, OP_CH_CV, OP_CH_BALANCE_CV
} ex_opcode;

typedef struct ex_instr {
	uint8_t op;
	uint8_t argc;    /* stack arguments (n-ary functions) or sub-programs */
	uint8_t extra;
	int8_t level;    /* children level filter, -1 for none */
	uint32_t arg;    /* constant, ref or sub-program index */
} ex_instr;

struct ex_program {
	ex_instr *code;
	size_t n_code;
	double *consts;
	size_t n_consts;
	ex_ref *refs;
	size_t n_refs;
	struct ex_program **subs;
	size_t n_subs;
	char **levels;
	size_t n_levels;
	int max_stack;
};

#endif
