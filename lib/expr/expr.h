/* Private API of the formula language (docs/formula-language.md).
 *
 * A formula is compiled once into an immutable ex_program (parse -> resolve names
 * through the caller's resolver -> bytecode) and then run over blocks of rows
 * (entities) by a stack machine whose stack holds one column per slot, so one
 * instruction does the work for up to EX_BLOCK entities. Programs hold no mutable
 * state: any number of threads may run the same program at once; each ex_run call
 * allocates its own scratch. */
#ifndef EDUIND_EXPR_H
#define EDUIND_EXPR_H

#include <stddef.h>
#include "eduind/status.h"

/* Limits of the language (docs/formula-language.md). */
#define EX_MAX_TEXT 4096
#define EX_MAX_DEPTH 64
#define EX_MAX_CODE 4096
#define EX_MAX_ARGS 32
#define EX_MIN_OFFSET (-50)

/* Rows handled by one pass of the machine. */
#define EX_BLOCK 256

/* State of a value; the numbers equal eduind_result_state on purpose. */
enum {
	EX_OK = 0,
	EX_MISSING = 1,
	EX_ZERODIV = 2,
	EX_INVALID = 3,
	EX_NA = 4
};

/* The state of a value a calculation function gave with this status. */
static inline unsigned char ex_state_of(eduind_status st)
{
	return st == EDUIND_OK ? EX_OK : st == EDUIND_EZERODIV ? EX_ZERODIV : EX_INVALID;
}

typedef enum ex_ref_kind { EX_REF_VARIABLE = 0, EX_REF_INDICATOR = 1 } ex_ref_kind;

/* One distinct input of a program: a name with its period offset and cell selector. */
typedef struct ex_ref {
	char *name;
	ex_ref_kind kind;
	size_t id;        /* what the resolver said (dictionary or indicator index) */
	int offset;       /* 0 or negative: periods back */
	char *cell;       /* NULL: the current cell; "" the total; else "k=v;k2=v2" (keys sorted) */
	int optional;     /* counts as 0 when missing or not applicable */
	long column;      /* first use in the text, 1-based */
} ex_ref;

/* What a name means, from the resolver. */
typedef struct ex_resolved {
	ex_ref_kind kind;
	size_t id;
	int optional;
} ex_resolved;

/* Returns EDUIND_OK, EDUIND_ENOTFOUND (unknown name) or EDUIND_EDUPLICATE (ambiguous). */
typedef eduind_status (*ex_resolve_fn)(void *user, const char *name, ex_resolved *out);

typedef struct ex_program ex_program;

/* Compiles text (len bytes, need not be NUL-terminated). Errors: EDUIND_EPARSE,
 * EDUIND_ESCHEMA, EDUIND_EDUPLICATE, EDUIND_ELIMIT with err->column set (1-based byte
 * offset) and the message saying what was expected; EDUIND_ENOMEM. resolve may be NULL:
 * then every name is accepted as a variable with id 0 (syntax check only). */
eduind_status ex_compile(const char *text, size_t len, ex_resolve_fn resolve, void *user,
                         ex_program **out, eduind_error *err);
void ex_program_free(ex_program *p);

/* The inputs read directly by the program (not those inside children_* arguments). */
size_t ex_program_ref_count(const ex_program *p);
const ex_ref *ex_program_ref(const ex_program *p, size_t i);
/* Calls fn for every input, including those of children_* arguments (for dependency
 * graphs). in_children is 1 inside a children_* argument. */
void ex_program_each_ref(const ex_program *p, void (*fn)(void *user, const ex_ref *ref, int in_children),
                         void *user);
/* The input when the whole program is that one input (e.g. "enrol.primary"), else NULL. */
const ex_ref *ex_program_single_ref(const ex_program *p);
/* 1 if the program uses a children_* function. */
int ex_program_uses_children(const ex_program *p);
/* 1 if the program is not applicable (EX_NA) wherever the entity has no children: it
 * uses children_* and reads nothing else, and has no if or coalesce that could put
 * something in place of a not-applicable value (every other operation passes an
 * operand's state on). */
int ex_program_needs_children(const ex_program *p);
/* Instructions and deepest stack, for tests. */
size_t ex_program_code_size(const ex_program *p);
int ex_program_max_stack(const ex_program *p);

/* What a running program needs from its host. */
typedef struct ex_env {
	void *user;
	/* Fills v[0..n) and st[0..n) with ref's value for each entity rows[i] at period
	 * (already shifted by ref->offset) in the given cell (ref->cell overrides it when
	 * not NULL). Must apply ref->optional. */
	void (*load)(void *user, const ex_ref *ref, const size_t *rows, size_t n, int period,
	             size_t cell, double *v, unsigned char *st);
	/* Children of an entity, in order. */
	size_t (*children)(void *user, size_t entity, const size_t **out);
	/* Level text of an entity ("" if none). */
	const char *(*level)(void *user, size_t entity);
	/* Optional, by entity: nonzero for entities without children, so that children_*
	 * over a million schools need not ask each one. NULL: always ask. */
	const unsigned char *childless;
	/* Optional: instead of copying, point *v and *st at the n values load would give,
	 * already in machine form (states EX_*, NaN wherever the state is not EX_OK).
	 * They are only read, and must stay valid and unchanged until ex_run returns and
	 * must not overlap its output. Returns 0 when it cannot; load is then called. */
	int (*view)(void *user, const ex_ref *ref, const size_t *rows, size_t n, int period, size_t cell,
	            const double **v, const unsigned char **st);
} ex_env;

/* Runs p for every row: out_v/out_st receive the value and state (EX_*) per row.
 * Values whose state is not EX_OK are NaN. @return EDUIND_OK or EDUIND_ENOMEM. */
eduind_status ex_run(const ex_program *p, const ex_env *env, const size_t *rows, size_t n,
                     int period, size_t cell, double *out_v, unsigned char *out_st);

/* Locale-independent strict decimal literal (digits, optional fraction and exponent):
 * returns the number of bytes consumed (0 if none) and sets *out (inf on overflow). */
size_t ex_parse_number(const char *s, size_t len, double *out);

#endif
