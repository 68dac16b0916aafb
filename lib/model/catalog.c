/* Catalogues: the variable dictionary and compiled indicator definitions. Merging is
 * all-or-nothing: the new state is built beside the old one and swapped in only when
 * every check (codes, formulas, references, cycles) has passed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "model/catalog_priv.h"
#include "model/catalog_internal.h"
#include "internal/error.h"

eduind_status cat_graph_order(eduind_indicator **inds, size_t n, size_t **order, eduind_error *err);

static char *dup_or_empty(const char *s)
{
	size_t n;
	char *d;
	if (s == NULL)
		s = "";
	n = strlen(s) + 1;
	d = malloc(n);
	if (d != NULL)
		memcpy(d, s, n);
	return d;
}

eduind_status eduind_catalog_new(eduind_catalog **out)
{
	eduind_catalog *c;
	if (out == NULL)
		return EDUIND_ENULL;
	*out = NULL;
	c = calloc(1, sizeof *c);
	if (c == NULL)
		return EDUIND_ENOMEM;
	c->name = dup_or_empty("");
	c->checks = dup_or_empty("[]");
	if (c->name == NULL || c->checks == NULL) {
		free(c->name);
		free(c->checks);
		free(c);
		return EDUIND_ENOMEM;
	}
	*out = c;
	return EDUIND_OK;
}

static void free_var(cat_variable *v)
{
	free(v->code);
	free(v->name_zh);
	free(v->name_en);
	free(v->unit);
	free(v->desc_zh);
	free(v->desc_en);
}

static void free_ind(eduind_indicator *d)
{
	size_t i;
	if (d == NULL)
		return;
	free(d->code);
	free(d->name_zh);
	free(d->name_en);
	free(d->desc_zh);
	free(d->desc_en);
	free(d->numerator);
	free(d->denominator);
	free(d->formula);
	free(d->level);
	free(d->category);
	free(d->src_doc);
	free(d->src_section);
	free(d->src_url);
	free(d->reported);
	for (i = 0; i < d->n_optional; i++)
		free(d->optional[i]);
	free(d->optional);
	ex_program_free(d->num);
	ex_program_free(d->den);
	ex_program_free(d->value);
	free(d->deps);
	free(d);
}

void eduind_catalog_free(eduind_catalog *cat)
{
	size_t i;
	if (cat == NULL)
		return;
	for (i = 0; i < cat->n_vars; i++)
		free_var(&cat->vars[i]);
	for (i = 0; i < cat->n_inds; i++)
		free_ind(cat->inds[i]);
	free(cat->vars);
	free(cat->inds);
	free(cat->order);
	free(cat->name);
	free(cat->checks);
	strmap_free(&cat->names);
	free(cat);
}

const char *cat_checks_json(const eduind_catalog *cat)
{
	return cat && cat->checks ? cat->checks : "[]";
}

/* ---- Merging ---------------------------------------------------------------------- */

/* The state being built by one merge. */
typedef struct staging {
	eduind_catalog *cat;
	cat_variable *vars;
	size_t n_vars;
	eduind_indicator **inds;
	size_t n_inds;
	strmap names;
	const cat_ind_def *cur_def; /* for the resolver: optional inputs */
	eduind_error *err;
	const char *source;
} staging;

static int valid_code(const char *s)
{
	const char *p = s;
	int part_start = 1;
	if (s == NULL || *s == '\0')
		return 0;
	for (; *p; p++) {
		char c = *p;
		if (c == '.') {
			if (part_start)
				return 0;
			part_start = 1;
			continue;
		}
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
			return 0;
		if (part_start && p == s && c >= '0' && c <= '9')
			return 0;
		part_start = 0;
	}
	if (part_start)
		return 0;
	return strcmp(s, "and") != 0 && strcmp(s, "or") != 0 && strcmp(s, "not") != 0 && strcmp(s, "if") != 0;
}

static eduind_status resolve(void *user, const char *name, ex_resolved *out)
{
	staging *s = user;
	size_t v, i;
	if (!strmap_get(&s->names, name, &v))
		return EDUIND_ENOTFOUND;
	out->kind = (v & 1) ? EX_REF_INDICATOR : EX_REF_VARIABLE;
	out->id = v >> 1;
	out->optional = 0;
	if (s->cur_def != NULL && s->cur_def->policy == EDUIND_MISSING_OPTIONAL)
		for (i = 0; i < s->cur_def->n_optional; i++)
			if (strcmp(s->cur_def->optional[i], name) == 0)
				out->optional = 1;
	return EDUIND_OK;
}

static eduind_status compile_member(staging *s, const cat_ind_def *d, const char *member, const char *text,
                                    ex_program **out)
{
	eduind_error local;
	eduind_status st;
	char path[EDUIND_ERROR_PATH_SIZE];
	eduind_error_clear(&local);
	st = ex_compile(text, strlen(text), resolve, s, out, &local);
	if (st == EDUIND_OK)
		return EDUIND_OK;
	snprintf(path, sizeof path, "%s.%s", d->path ? d->path : "$", member);
	return eduind__fail_at(s->err, st, s->source, 0, local.column, path, "indicator %s: %s", d->code,
	                       local.message);
}

static char *readable_ratio(const char *num, const char *den, double scale)
{
	char sc[48];
	char *out, *p;
	size_t n;
	if (scale == 1.0)
		sc[0] = '\0';
	else if (scale == (double)(long long)scale && scale < 1e15 && scale > -1e15)
		snprintf(sc, sizeof sc, " * %lld", (long long)scale);
	else
		snprintf(sc, sizeof sc, " * %.17g", scale);
	for (p = sc; *p; p++) /* whatever LC_NUMERIC says, '.' is the decimal mark */
		if (*p == ',')
			*p = '.';
	n = strlen(num) + strlen(den) + strlen(sc) + 16;
	out = malloc(n);
	if (out != NULL)
		snprintf(out, n, "(%s) / (%s)%s", num, den, sc);
	return out;
}

static eduind_status oom(staging *s)
{
	return eduind__fail(s->err, EDUIND_ENOMEM, "out of memory while merging a catalogue");
}

static eduind_status build_indicator(staging *s, const cat_ind_def *d, eduind_indicator **out)
{
	eduind_indicator *ind = calloc(1, sizeof *ind);
	eduind_status st = EDUIND_OK;
	size_t i, v;
	char path[EDUIND_ERROR_PATH_SIZE];
	*out = NULL;
	if (ind == NULL)
		return oom(s);
	ind->code = dup_or_empty(d->code);
	ind->name_zh = dup_or_empty(d->name_zh);
	ind->name_en = dup_or_empty(d->name_en);
	ind->desc_zh = dup_or_empty(d->desc_zh);
	ind->desc_en = dup_or_empty(d->desc_en);
	ind->kind = d->kind;
	ind->scale = d->scale;
	ind->scale_given = d->scale_given;
	ind->unit = d->unit;
	ind->decimals = d->decimals;
	ind->direction = d->direction;
	ind->level = dup_or_empty(d->level);
	ind->category = dup_or_empty(d->category);
	ind->src_doc = dup_or_empty(d->src_doc);
	ind->src_section = dup_or_empty(d->src_section);
	ind->src_url = dup_or_empty(d->src_url);
	ind->reported = dup_or_empty(d->reported);
	ind->reported_var = CAT_NONE;
	ind->policy = d->policy;
	ind->missing_given = d->missing_given;
	ind->index = CAT_NONE;
	if (d->kind == EDUIND_KIND_VALUE) {
		ind->numerator = dup_or_empty("");
		ind->denominator = dup_or_empty("");
		ind->formula = dup_or_empty(d->formula);
	} else {
		ind->numerator = dup_or_empty(d->numerator);
		ind->denominator = dup_or_empty(d->denominator);
		ind->formula = readable_ratio(d->numerator ? d->numerator : "", d->denominator ? d->denominator : "",
		                              d->scale);
	}
	if (d->n_optional > 0) {
		ind->optional = calloc(d->n_optional, sizeof *ind->optional);
		if (ind->optional == NULL) {
			free_ind(ind);
			return oom(s);
		}
		for (i = 0; i < d->n_optional; i++) {
			ind->optional[i] = dup_or_empty(d->optional[i]);
			if (ind->optional[i] == NULL) {
				ind->n_optional = i;
				free_ind(ind);
				return oom(s);
			}
		}
		ind->n_optional = d->n_optional;
	}
	if (!ind->code || !ind->name_zh || !ind->name_en || !ind->desc_zh || !ind->desc_en || !ind->level ||
	    !ind->category || !ind->src_doc || !ind->src_section || !ind->src_url || !ind->reported ||
	    !ind->numerator || !ind->denominator || !ind->formula) {
		free_ind(ind);
		return oom(s);
	}
	/* Names the definition itself refers to. */
	if (ind->reported[0] != '\0') {
		if (!strmap_get(&s->names, ind->reported, &v) || (v & 1)) {
			snprintf(path, sizeof path, "%s.reported", d->path ? d->path : "$");
			free_ind(ind);
			return eduind__fail_at(s->err, EDUIND_ESCHEMA, s->source, 0, 0, path,
			                       "indicator %s: the reported figure '%s' is not a variable of the dictionary",
			                       d->code, d->reported);
		}
		ind->reported_var = v >> 1;
	}
	for (i = 0; i < d->n_optional; i++)
		if (!strmap_get(&s->names, d->optional[i], &v)) {
			snprintf(path, sizeof path, "%s.missing.optional[%zu]", d->path ? d->path : "$", i);
			free_ind(ind);
			return eduind__fail_at(s->err, EDUIND_ESCHEMA, s->source, 0, 0, path,
			                       "indicator %s: unknown optional input '%s'", d->code, d->optional[i]);
		}
	s->cur_def = d;
	if (d->kind == EDUIND_KIND_VALUE) {
		st = compile_member(s, d, "formula", ind->formula, &ind->value);
	} else {
		st = compile_member(s, d, "numerator", ind->numerator, &ind->num);
		if (st == EDUIND_OK)
			st = compile_member(s, d, "denominator", ind->denominator, &ind->den);
	}
	s->cur_def = NULL;
	if (st != EDUIND_OK) {
		free_ind(ind);
		return st;
	}
	*out = ind;
	return EDUIND_OK;
}

static eduind_status add_var(staging *s, const cat_var_def *d)
{
	cat_variable *v = &s->vars[s->n_vars];
	memset(v, 0, sizeof *v);
	v->code = dup_or_empty(d->code);
	v->name_zh = dup_or_empty(d->name_zh);
	v->name_en = dup_or_empty(d->name_en);
	v->unit = dup_or_empty(d->unit);
	v->desc_zh = dup_or_empty(d->desc_zh);
	v->desc_en = dup_or_empty(d->desc_en);
	if (!v->code || !v->name_zh || !v->name_en || !v->unit || !v->desc_zh || !v->desc_en) {
		free_var(v);
		return oom(s);
	}
	s->n_vars++;
	return EDUIND_OK;
}

static eduind_status check_code(staging *s, const char *code, const char *path, const char *what)
{
	char p[EDUIND_ERROR_PATH_SIZE];
	size_t v;
	snprintf(p, sizeof p, "%s.code", path ? path : "$");
	if (!valid_code(code))
		return eduind__fail_at(s->err, EDUIND_ESCHEMA, s->source, 0, 0, p,
		                       "%s code '%s' is not valid: use ASCII letters, digits and '_', with '.' between parts",
		                       what, code ? code : "");
	if (strmap_get(&s->names, code, &v))
		return eduind__fail_at(s->err, EDUIND_EDUPLICATE, s->source, 0, 0, p, "the code '%s' is already defined as %s",
		                       code, (v & 1) ? "an indicator" : "a variable");
	return EDUIND_OK;
}

static void fill_deps_cb(void *user, const ex_ref *ref, int in_children)
{
	eduind_indicator *ind = user;
	size_t i;
	(void)in_children;
	if (ref->kind != EX_REF_INDICATOR || ind->deps == NULL)
		return;
	for (i = 0; i < ind->n_deps; i++)
		if (ind->deps[i] == ref->id)
			return;
	ind->deps[ind->n_deps++] = ref->id;
}

static void count_cb(void *user, const ex_ref *ref, int in_children)
{
	(void)ref;
	(void)in_children;
	(*(size_t *)user)++;
}

static eduind_status fill_deps(eduind_indicator *ind)
{
	size_t n = 0;
	ex_program_each_ref(ind->num, count_cb, &n);
	ex_program_each_ref(ind->den, count_cb, &n);
	ex_program_each_ref(ind->value, count_cb, &n);
	ind->deps = malloc((n ? n : 1) * sizeof *ind->deps);
	if (ind->deps == NULL)
		return EDUIND_ENOMEM;
	ind->n_deps = 0;
	ex_program_each_ref(ind->num, fill_deps_cb, ind);
	ex_program_each_ref(ind->den, fill_deps_cb, ind);
	ex_program_each_ref(ind->value, fill_deps_cb, ind);
	return EDUIND_OK;
}

static void discard(staging *s, size_t old_vars, size_t old_inds)
{
	size_t i;
	for (i = old_vars; i < s->n_vars; i++)
		free_var(&s->vars[i]);
	for (i = old_inds; i < s->n_inds; i++)
		free_ind(s->inds[i]);
	free(s->vars);
	free(s->inds);
	strmap_free(&s->names);
}

/* old is "[...]"; items is the text of more array items. */
static char *join_checks(const char *old, const char *items)
{
	size_t lo = strlen(old), li, n;
	char *out;
	if (items == NULL || items[0] == '\0')
		return dup_or_empty(old);
	li = strlen(items);
	out = malloc(lo + li + 2);
	if (out == NULL)
		return NULL;
	n = lo - 1; /* drop the ']' */
	memcpy(out, old, n);
	if (lo > 2)
		out[n++] = ',';
	memcpy(out + n, items, li);
	n += li;
	out[n++] = ']';
	out[n] = '\0';
	return out;
}

eduind_status cat_merge_defs(eduind_catalog *cat, const char *name, const cat_var_def *vars, size_t nv,
                             const cat_ind_def *inds, size_t ni, const char *checks_items, const char *source,
                             eduind_error *err)
{
	staging s;
	size_t i, *order = NULL;
	eduind_status st = EDUIND_OK;
	char *checks = NULL, *new_name = NULL;

	if (cat == NULL)
		return eduind__fail(err, EDUIND_ENULL, "no catalogue");
	memset(&s, 0, sizeof s);
	s.cat = cat;
	s.err = err;
	s.source = source;
	s.vars = malloc((cat->n_vars + nv + 1) * sizeof *s.vars);
	s.inds = malloc((cat->n_inds + ni + 1) * sizeof *s.inds);
	if (s.vars == NULL || s.inds == NULL) {
		free(s.vars);
		free(s.inds);
		return eduind__fail(err, EDUIND_ENOMEM, "out of memory while merging a catalogue");
	}
	if (cat->n_vars)
		memcpy(s.vars, cat->vars, cat->n_vars * sizeof *s.vars);
	if (cat->n_inds)
		memcpy(s.inds, cat->inds, cat->n_inds * sizeof *s.inds);
	s.n_vars = cat->n_vars;
	s.n_inds = cat->n_inds;
	for (i = 0; i < s.n_vars && st == EDUIND_OK; i++)
		st = strmap_put(&s.names, s.vars[i].code, i * 2);
	for (i = 0; i < s.n_inds && st == EDUIND_OK; i++)
		st = strmap_put(&s.names, s.inds[i]->code, i * 2 + 1);
	if (st != EDUIND_OK) {
		discard(&s, cat->n_vars, cat->n_inds);
		return eduind__fail(err, st, "out of memory while merging a catalogue");
	}
	/* Variables first, then every indicator code, so formulas may name indicators
	 * defined later in the same file. */
	for (i = 0; i < nv && st == EDUIND_OK; i++) {
		st = check_code(&s, vars[i].code, vars[i].path, "variable");
		if (st == EDUIND_OK)
			st = add_var(&s, &vars[i]);
		if (st == EDUIND_OK && strmap_put(&s.names, s.vars[s.n_vars - 1].code, (s.n_vars - 1) * 2) != EDUIND_OK)
			st = oom(&s);
	}
	for (i = 0; i < ni && st == EDUIND_OK; i++) {
		st = check_code(&s, inds[i].code, inds[i].path, "indicator");
		if (st == EDUIND_OK && strmap_put(&s.names, inds[i].code, (cat->n_inds + i) * 2 + 1) != EDUIND_OK)
			st = oom(&s);
	}
	for (i = 0; i < ni && st == EDUIND_OK; i++) {
		eduind_indicator *ind = NULL;
		st = build_indicator(&s, &inds[i], &ind);
		if (st == EDUIND_OK) {
			ind->index = s.n_inds;
			s.inds[s.n_inds++] = ind;
		}
	}
	/* The map's keys pointed into the definitions: re-point them at our copies. */
	if (st == EDUIND_OK) {
		strmap_free(&s.names);
		memset(&s.names, 0, sizeof s.names);
		for (i = 0; i < s.n_vars && st == EDUIND_OK; i++)
			st = strmap_put(&s.names, s.vars[i].code, i * 2);
		for (i = 0; i < s.n_inds && st == EDUIND_OK; i++)
			st = strmap_put(&s.names, s.inds[i]->code, i * 2 + 1);
		if (st != EDUIND_OK)
			st = oom(&s);
	}
	for (i = cat->n_inds; i < s.n_inds && st == EDUIND_OK; i++)
		if (fill_deps(s.inds[i]) != EDUIND_OK)
			st = oom(&s);
	if (st == EDUIND_OK)
		st = cat_graph_order(s.inds, s.n_inds, &order, err);
	if (st == EDUIND_OK) {
		checks = join_checks(cat->checks, checks_items);
		if (name != NULL && name[0] != '\0' && cat->name[0] == '\0')
			new_name = dup_or_empty(name);
		if (checks == NULL || (name != NULL && name[0] != '\0' && cat->name[0] == '\0' && new_name == NULL))
			st = oom(&s);
	}
	if (st != EDUIND_OK) {
		if (err != NULL && err->source[0] == '\0' && source != NULL)
			eduind__error_set_source(err, source);
		free(order);
		free(checks);
		free(new_name);
		discard(&s, cat->n_vars, cat->n_inds);
		return st;
	}
	/* Commit. */
	free(cat->vars);
	free(cat->inds);
	free(cat->order);
	free(cat->checks);
	strmap_free(&cat->names);
	cat->vars = s.vars;
	cat->n_vars = s.n_vars;
	cat->inds = s.inds;
	cat->n_inds = s.n_inds;
	cat->names = s.names;
	cat->order = order;
	cat->checks = checks;
	if (new_name != NULL) {
		free(cat->name);
		cat->name = new_name;
	}
	return EDUIND_OK;
}
