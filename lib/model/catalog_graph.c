/* Indicator dependencies: cycle detection and the evaluation order (dependencies
 * first). */
#include <stdlib.h>
#include <string.h>
#include "model/catalog_priv.h"
#include "internal/error.h"
#include "internal/strbuf.h"

eduind_status cat_graph_order(eduind_indicator **inds, size_t n, size_t **order, eduind_error *err);

enum { WHITE = 0, GREY = 1, BLACK = 2 };

typedef struct walk {
	eduind_indicator **inds;
	unsigned char *color;
	size_t *stack;    /* the current path, for the cycle message */
	size_t depth;
	size_t *order;
	size_t n_order;
	eduind_error *err;
} walk;

static eduind_status cycle_error(walk *w, size_t back_to)
{
	strbuf sb = STRBUF_INIT;
	char *text = NULL;
	size_t i, start = 0;
	eduind_status st;
	for (i = 0; i < w->depth; i++)
		if (w->stack[i] == back_to)
			start = i;
	for (i = start; i < w->depth; i++) {
		sb_append(&sb, w->inds[w->stack[i]]->code);
		sb_append(&sb, " -> ");
	}
	sb_append(&sb, w->inds[back_to]->code);
	if (sb_finish(&sb, &text) != EDUIND_OK)
		return eduind__fail(w->err, EDUIND_ENOMEM, "out of memory");
	st = eduind__fail(w->err, EDUIND_ECYCLE, "indicators refer to each other in a cycle: %s", text);
	free(text);
	return st;
}

static eduind_status visit(walk *w, size_t i)
{
	size_t k;
	eduind_status st;
	if (w->color[i] == BLACK)
		return EDUIND_OK;
	if (w->color[i] == GREY)
		return cycle_error(w, i);
	w->color[i] = GREY;
	w->stack[w->depth++] = i;
	for (k = 0; k < w->inds[i]->n_deps; k++) {
		st = visit(w, w->inds[i]->deps[k]);
		if (st != EDUIND_OK)
			return st;
	}
	w->depth--;
	w->color[i] = BLACK;
	w->order[w->n_order++] = i;
	return EDUIND_OK;
}

eduind_status cat_graph_order(eduind_indicator **inds, size_t n, size_t **order, eduind_error *err)
{
	walk w;
	size_t i;
	eduind_status st = EDUIND_OK;
	memset(&w, 0, sizeof w);
	w.inds = inds;
	w.err = err;
	w.color = calloc(n + 1, 1);
	w.stack = malloc((n + 1) * sizeof *w.stack);
	w.order = malloc((n + 1) * sizeof *w.order);
	if (w.color == NULL || w.stack == NULL || w.order == NULL) {
		free(w.color);
		free(w.stack);
		free(w.order);
		return eduind__fail(err, EDUIND_ENOMEM, "out of memory");
	}
	for (i = 0; i < n && st == EDUIND_OK; i++)
		st = visit(&w, i);
	free(w.color);
	free(w.stack);
	if (st != EDUIND_OK) {
		free(w.order);
		return st;
	}
	*order = w.order;
	return EDUIND_OK;
}
