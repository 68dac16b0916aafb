/* Reading catalogues ("eduind-catalog" version 1, docs/formats.md): JSON is checked
 * member by member here, then handed to the model (cat_merge_defs), which checks
 * codes, compiles formulas and orders the indicators. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "io/json_util.h"
#include "io/c_locale.h"
#include "model/catalog_priv.h"
#include "internal/error.h"
#include "internal/strbuf.h"

typedef struct loaded {
	cat_var_def *vars;
	size_t nv;
	cat_ind_def *inds;
	size_t ni;
	char **paths;        /* one per definition, owned */
	size_t n_paths;
	const char **optional; /* all optional lists, one block */
	char *checks;
	const char *name;
} loaded;

static void loaded_free(loaded *l)
{
	size_t i;
	for (i = 0; i < l->n_paths; i++)
		free(l->paths[i]);
	free(l->paths);
	free(l->vars);
	free(l->inds);
	free(l->optional);
	free(l->checks);
}

static const char *keep_path(loaded *l, const ju_ctx *c)
{
	size_t n = strlen(ju_path(c)) + 1;
	char *p = malloc(n);
	if (p == NULL)
		return NULL;
	memcpy(p, ju_path(c), n);
	l->paths[l->n_paths++] = p;
	return p;
}

static eduind_status get_names(ju_ctx *c, const cJSON *obj, const char *key, int required, const char **zh,
                               const char **en)
{
	static const char *const known[] = { "zh", "en", NULL };
	const cJSON *o = NULL;
	eduind_status st;
	size_t mark;
	st = required ? ju_req_object(c, obj, key, &o) : ju_opt_object(c, obj, key, &o);
	if (st != EDUIND_OK || o == NULL)
		return st;
	mark = ju_push_key(c, key);
	st = ju_check_members(c, o, known);
	if (st == EDUIND_OK)
		st = required ? ju_req_string(c, o, "zh", zh) : ju_opt_string(c, o, "zh", zh);
	if (st == EDUIND_OK)
		st = required ? ju_req_string(c, o, "en", en) : ju_opt_string(c, o, "en", en);
	ju_pop(c, mark);
	return st;
}

static eduind_status read_variable(ju_ctx *c, const cJSON *o, cat_var_def *d)
{
	static const char *const known[] = { "code", "name", "unit", "description", NULL };
	eduind_status st;
	eduind_unit u;
	memset(d, 0, sizeof *d);
	st = ju_as_object(c, o);
	if (st == EDUIND_OK)
		st = ju_check_members(c, o, known);
	if (st == EDUIND_OK)
		st = ju_req_string(c, o, "code", &d->code);
	if (st == EDUIND_OK)
		st = get_names(c, o, "name", 1, &d->name_zh, &d->name_en);
	if (st == EDUIND_OK)
		st = get_names(c, o, "description", 0, &d->desc_zh, &d->desc_en);
	if (st == EDUIND_OK)
		st = ju_req_string(c, o, "unit", &d->unit);
	if (st == EDUIND_OK && eduind_unit_from_name(d->unit, &u) != EDUIND_OK)
		st = ju_fail_member(c, "unit", EDUIND_ESCHEMA,
		                    "unknown unit \"%s\" (number, percent, ratio, per100, yuan, years, coefficient, count, pp, m2, boolean)",
		                    d->unit);
	return st;
}

static eduind_status read_missing(ju_ctx *c, const cJSON *o, cat_ind_def *d, loaded *l, size_t *opt_used)
{
	static const char *const known[] = { "policy", "optional", NULL };
	const cJSON *m = NULL, *arr = NULL, *it;
	const char *policy = NULL;
	eduind_status st = ju_opt_object(c, o, "missing", &m);
	size_t mark, i = 0;
	if (st != EDUIND_OK || m == NULL)
		return st;
	d->missing_given = 1;
	mark = ju_push_key(c, "missing");
	st = ju_check_members(c, m, known);
	if (st == EDUIND_OK)
		st = ju_req_string(c, m, "policy", &policy);
	if (st == EDUIND_OK) {
		if (strcmp(policy, "skip") == 0)
			d->policy = EDUIND_MISSING_SKIP;
		else if (strcmp(policy, "optional") == 0)
			d->policy = EDUIND_MISSING_OPTIONAL;
		else
			st = ju_fail_member(c, "policy", EDUIND_ESCHEMA, "unknown policy \"%s\" (skip or optional)", policy);
	}
	if (st == EDUIND_OK)
		st = ju_opt_array(c, m, "optional", &arr);
	if (st == EDUIND_OK && arr != NULL && d->policy != EDUIND_MISSING_OPTIONAL)
		st = ju_fail_member(c, "optional", EDUIND_ESCHEMA, "optional inputs need the policy \"optional\"");
	if (st == EDUIND_OK && arr == NULL && d->policy == EDUIND_MISSING_OPTIONAL)
		st = ju_fail(c, EDUIND_ESCHEMA, "the policy \"optional\" needs an \"optional\" list of inputs");
	if (st == EDUIND_OK && arr != NULL) {
		size_t m2 = ju_push_key(c, "optional");
		d->optional = l->optional + *opt_used;
		cJSON_ArrayForEach(it, arr)
		{
			size_t mk = ju_push_index(c, i);
			st = ju_as_string(c, it, &l->optional[*opt_used]);
			ju_pop(c, mk);
			if (st != EDUIND_OK)
				break;
			(*opt_used)++;
			i++;
		}
		d->n_optional = i;
		ju_pop(c, m2);
	}
	ju_pop(c, mark);
	return st;
}

static eduind_status read_indicator(ju_ctx *c, const cJSON *o, cat_ind_def *d, loaded *l, size_t *opt_used)
{
	static const char *const known[] = { "code", "name", "description", "kind", "numerator", "denominator",
		                              "scale", "formula", "unit", "decimals", "direction", "level",
		                              "category", "source", "reported", "missing", NULL };
	static const char *const known_src[] = { "document", "section", "url", NULL };
	const char *kind = NULL, *unit = NULL, *dir = NULL;
	const cJSON *src = NULL;
	long decimals = 0;
	eduind_status st;
	size_t mark;

	memset(d, 0, sizeof *d);
	d->scale = 1.0;
	st = ju_as_object(c, o);
	if (st == EDUIND_OK)
		st = ju_check_members(c, o, known);
	if (st == EDUIND_OK)
		st = ju_req_string(c, o, "code", &d->code);
	if (st == EDUIND_OK)
		st = get_names(c, o, "name", 1, &d->name_zh, &d->name_en);
	if (st == EDUIND_OK)
		st = get_names(c, o, "description", 0, &d->desc_zh, &d->desc_en);
	if (st == EDUIND_OK)
		st = ju_req_string(c, o, "kind", &kind);
	if (st == EDUIND_OK && cat_kind_from_name(kind, &d->kind) != EDUIND_OK)
		st = ju_fail_member(c, "kind", EDUIND_ESCHEMA, "unknown kind \"%s\" (ratio, proportion or value)", kind);
	if (st == EDUIND_OK)
		st = ju_req_string(c, o, "unit", &unit);
	if (st == EDUIND_OK && eduind_unit_from_name(unit, &d->unit) != EDUIND_OK)
		st = ju_fail_member(c, "unit", EDUIND_ESCHEMA,
		                    "unknown unit \"%s\" (number, percent, ratio, per100, yuan, years, coefficient, count, pp, m2, boolean)",
		                    unit);
	if (st == EDUIND_OK && d->kind == EDUIND_KIND_VALUE) {
		st = ju_req_string(c, o, "formula", &d->formula);
		if (st == EDUIND_OK && cJSON_GetObjectItemCaseSensitive(o, "numerator") != NULL)
			st = ju_fail_member(c, "numerator", EDUIND_ESCHEMA, "a value indicator has a formula, not a numerator");
		if (st == EDUIND_OK && cJSON_GetObjectItemCaseSensitive(o, "denominator") != NULL)
			st = ju_fail_member(c, "denominator", EDUIND_ESCHEMA,
			                    "a value indicator has a formula, not a denominator");
		if (st == EDUIND_OK && cJSON_GetObjectItemCaseSensitive(o, "scale") != NULL)
			st = ju_fail_member(c, "scale", EDUIND_ESCHEMA, "scale applies to ratio and proportion indicators");
	} else if (st == EDUIND_OK) {
		st = ju_req_string(c, o, "numerator", &d->numerator);
		if (st == EDUIND_OK)
			st = ju_req_string(c, o, "denominator", &d->denominator);
		if (st == EDUIND_OK && cJSON_GetObjectItemCaseSensitive(o, "formula") != NULL)
			st = ju_fail_member(c, "formula", EDUIND_ESCHEMA,
			                    "a %s indicator has a numerator and a denominator, not a formula", kind);
		if (st == EDUIND_OK && cJSON_GetObjectItemCaseSensitive(o, "scale") != NULL) {
			st = ju_req_number(c, o, "scale", &d->scale);
			d->scale_given = 1;
			if (st == EDUIND_OK && !(d->scale > 0))
				st = ju_fail_member(c, "scale", EDUIND_ESCHEMA, "scale must be greater than 0");
		} else if (st == EDUIND_OK && d->unit == EDUIND_UNIT_PERCENT) {
			d->scale = 100.0;
		}
	}
	if (st == EDUIND_OK)
		st = ju_req_int(c, o, "decimals", 0, 15, &decimals);
	d->decimals = (int)decimals;
	if (st == EDUIND_OK)
		st = ju_opt_string(c, o, "direction", &dir);
	if (st == EDUIND_OK && dir != NULL && cat_direction_from_name(dir, &d->direction) != EDUIND_OK)
		st = ju_fail_member(c, "direction", EDUIND_ESCHEMA, "unknown direction \"%s\" (higher, lower or none)", dir);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, o, "level", &d->level);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, o, "category", &d->category);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, o, "reported", &d->reported);
	if (st == EDUIND_OK)
		st = ju_req_object(c, o, "source", &src);
	if (st == EDUIND_OK) {
		mark = ju_push_key(c, "source");
		st = ju_check_members(c, src, known_src);
		if (st == EDUIND_OK)
			st = ju_req_string(c, src, "document", &d->src_doc);
		if (st == EDUIND_OK)
			st = ju_req_string(c, src, "section", &d->src_section);
		if (st == EDUIND_OK)
			st = ju_opt_string(c, src, "url", &d->src_url);
		ju_pop(c, mark);
	}
	if (st == EDUIND_OK)
		st = read_missing(c, o, d, l, opt_used);
	return st;
}

static size_t count_optional(const cJSON *inds)
{
	const cJSON *it;
	size_t n = 0;
	cJSON_ArrayForEach(it, inds)
	{
		const cJSON *m = cJSON_IsObject(it) ? cJSON_GetObjectItemCaseSensitive(it, "missing") : NULL;
		const cJSON *o = cJSON_IsObject(m) ? cJSON_GetObjectItemCaseSensitive(m, "optional") : NULL;
		if (cJSON_IsArray(o))
			n += (size_t)cJSON_GetArraySize(o);
	}
	return n;
}

static eduind_status read_checks(ju_ctx *c, const cJSON *arr, loaded *l)
{
	strbuf sb = STRBUF_INIT;
	const cJSON *it;
	size_t i = 0;
	c_locale_scope loc;
	eduind_status st = EDUIND_OK;
	c_locale_enter(&loc);
	cJSON_ArrayForEach(it, arr)
	{
		size_t mark = ju_push_index(c, i++);
		char *text;
		st = ju_as_object(c, it);
		ju_pop(c, mark);
		if (st != EDUIND_OK)
			break;
		text = cJSON_PrintUnformatted(it);
		if (text == NULL) {
			st = eduind__fail(c->err, EDUIND_ENOMEM, "out of memory");
			break;
		}
		if (sb.len > 0)
			sb_append_char(&sb, ',');
		sb_append(&sb, text);
		cJSON_free(text);
	}
	c_locale_leave(&loc);
	if (st != EDUIND_OK) {
		sb_free(&sb);
		return st;
	}
	if (sb.len == 0) {
		sb_free(&sb);
		return EDUIND_OK;
	}
	return sb_finish(&sb, &l->checks);
}

static eduind_status merge_tree(eduind_catalog *cat, const cJSON *root, const char *source, eduind_error *err)
{
	static const char *const known[] = { "format", "version", "name", "variables", "indicators", "checks", NULL };
	ju_ctx c;
	loaded l;
	const cJSON *vars = NULL, *inds = NULL, *checks = NULL, *it;
	eduind_status st;
	size_t i, mark, opt_used = 0, nv = 0, ni = 0;

	memset(&l, 0, sizeof l);
	ju_init(&c, err, source);
	st = ju_check_header(&c, root, "eduind-catalog", 1, NULL);
	if (st == EDUIND_OK)
		st = ju_check_members(&c, root, known);
	if (st == EDUIND_OK)
		st = ju_opt_string(&c, root, "name", &l.name);
	if (st == EDUIND_OK)
		st = ju_opt_array(&c, root, "variables", &vars);
	if (st == EDUIND_OK)
		st = ju_opt_array(&c, root, "indicators", &inds);
	if (st == EDUIND_OK)
		st = ju_opt_array(&c, root, "checks", &checks);
	if (st != EDUIND_OK)
		return st;
	nv = vars ? (size_t)cJSON_GetArraySize(vars) : 0;
	ni = inds ? (size_t)cJSON_GetArraySize(inds) : 0;
	l.vars = calloc(nv + 1, sizeof *l.vars);
	l.inds = calloc(ni + 1, sizeof *l.inds);
	l.paths = calloc(nv + ni + 1, sizeof *l.paths);
	l.optional = calloc((inds ? count_optional(inds) : 0) + 1, sizeof *l.optional);
	if (!l.vars || !l.inds || !l.paths || !l.optional) {
		loaded_free(&l);
		return eduind__fail(err, EDUIND_ENOMEM, "out of memory while reading a catalogue");
	}
	if (vars != NULL) {
		mark = ju_push_key(&c, "variables");
		i = 0;
		cJSON_ArrayForEach(it, vars)
		{
			size_t m2 = ju_push_index(&c, i);
			st = read_variable(&c, it, &l.vars[i]);
			if (st == EDUIND_OK && (l.vars[i].path = keep_path(&l, &c)) == NULL)
				st = eduind__fail(err, EDUIND_ENOMEM, "out of memory");
			ju_pop(&c, m2);
			if (st != EDUIND_OK)
				break;
			i++;
		}
		l.nv = i;
		ju_pop(&c, mark);
	}
	if (st == EDUIND_OK && inds != NULL) {
		mark = ju_push_key(&c, "indicators");
		i = 0;
		cJSON_ArrayForEach(it, inds)
		{
			size_t m2 = ju_push_index(&c, i);
			st = read_indicator(&c, it, &l.inds[i], &l, &opt_used);
			if (st == EDUIND_OK && (l.inds[i].path = keep_path(&l, &c)) == NULL)
				st = eduind__fail(err, EDUIND_ENOMEM, "out of memory");
			ju_pop(&c, m2);
			if (st != EDUIND_OK)
				break;
			i++;
		}
		l.ni = i;
		ju_pop(&c, mark);
	}
	if (st == EDUIND_OK && checks != NULL) {
		mark = ju_push_key(&c, "checks");
		st = read_checks(&c, checks, &l);
		ju_pop(&c, mark);
	}
	if (st == EDUIND_OK)
		st = cat_merge_defs(cat, l.name, l.vars, l.nv, l.inds, l.ni, l.checks, source, err);
	loaded_free(&l);
	return st;
}

static eduind_status merge_text(eduind_catalog *cat, const char *json, size_t len, const char *source,
                                eduind_error *err)
{
	cJSON *root = NULL;
	eduind_status st;
	if (cat == NULL || json == NULL)
		return eduind__fail(err, EDUIND_ENULL, "no catalogue or no text");
	st = ju_parse(json, len, source, &root, err);
	if (st != EDUIND_OK)
		return st;
	st = merge_tree(cat, root, source, err);
	cJSON_Delete(root);
	if (st != EDUIND_OK)
		eduind__error_set_source(err, source);
	return st;
}

eduind_status eduind_catalog_merge_string(eduind_catalog *cat, const char *json, size_t len, eduind_error *err)
{
	return merge_text(cat, json, len, "<string>", err);
}

eduind_status eduind_catalog_merge_file(eduind_catalog *cat, const char *path, eduind_error *err)
{
	char *text = NULL;
	size_t len = 0;
	eduind_status st;
	if (cat == NULL || path == NULL)
		return eduind__fail(err, EDUIND_ENULL, "no catalogue or no path");
	st = ju_read_file(path, JU_MAX_INPUT, &text, &len, err);
	if (st != EDUIND_OK)
		return st;
	st = merge_text(cat, text, len, path, err);
	free(text);
	return st;
}

eduind_status eduind_catalog_load_string(eduind_catalog **out, const char *json, size_t len, eduind_error *err)
{
	eduind_catalog *cat = NULL;
	eduind_status st;
	if (out == NULL)
		return eduind__fail(err, EDUIND_ENULL, "no output pointer");
	*out = NULL;
	st = eduind_catalog_new(&cat);
	if (st != EDUIND_OK)
		return eduind__fail(err, st, "out of memory");
	st = eduind_catalog_merge_string(cat, json, len, err);
	if (st != EDUIND_OK) {
		eduind_catalog_free(cat);
		return st;
	}
	*out = cat;
	return EDUIND_OK;
}

eduind_status eduind_catalog_load_file(eduind_catalog **out, const char *path, eduind_error *err)
{
	eduind_catalog *cat = NULL;
	eduind_status st;
	if (out == NULL)
		return eduind__fail(err, EDUIND_ENULL, "no output pointer");
	*out = NULL;
	st = eduind_catalog_new(&cat);
	if (st != EDUIND_OK)
		return eduind__fail(err, st, "out of memory");
	st = eduind_catalog_merge_file(cat, path, err);
	if (st != EDUIND_OK) {
		eduind_catalog_free(cat);
		return st;
	}
	*out = cat;
	return EDUIND_OK;
}
