/* Reading consistency-check rules from a "checks" JSON array. Every rule is validated
 * fully (kind, members, types, ranges) so that a typo is an error with its JSON path,
 * never a check that silently does nothing. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eval/check_rules.h"
#include "io/json_util.h"

static const char *const sum_members[] = { "id", "kind", "total", "parts", "tolerance", NULL };
static const char *const subset_members[] = { "id", "kind", "part", "whole", "tolerance", NULL };
static const char *const same_members[] = { "id",       "kind",       "a",         "b",
	                                          "b_scale", "b_decimals", "tolerance", NULL };
static const char *const trend_members[] = { "id", "kind", "variable", "max_change_pct", NULL };

static char *dup_text(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);
	if (d != NULL)
		memcpy(d, s, n);
	return d;
}

static void rule_free(check_rule *r)
{
	size_t i;
	free(r->id);
	free(r->total);
	for (i = 0; i < r->n_parts; i++)
		free(r->parts[i]);
	free(r->parts);
	free(r->part);
	free(r->whole);
	free(r->a);
	free(r->b);
	free(r->variable);
	memset(r, 0, sizeof *r);
}

void cr_free(check_rules *rules)
{
	size_t i;
	if (rules == NULL)
		return;
	for (i = 0; i < rules->n; i++)
		rule_free(&rules->items[i]);
	free(rules->items);
	rules->items = NULL;
	rules->n = rules->cap = 0;
}

double cr_same_tolerance(const check_rule *r)
{
	if (!isnan(r->tolerance))
		return r->tolerance;
	if (r->b_decimals >= 0)
		return 0.5 * r->b_scale / pow(10, r->b_decimals);
	return 0;
}

/* A required, non-empty variable code, copied. */
static eduind_status code_member(ju_ctx *c, const cJSON *obj, const char *key, char **out)
{
	const char *s = NULL;
	eduind_status st = ju_req_string(c, obj, key, &s);
	if (st != EDUIND_OK)
		return st;
	*out = dup_text(s);
	return *out != NULL ? EDUIND_OK : ju_fail(c, EDUIND_ENOMEM, "out of memory");
}

static eduind_status tolerance_member(ju_ctx *c, const cJSON *obj, double *out)
{
	double v = NAN;
	eduind_status st = ju_opt_number(c, obj, "tolerance", &v);
	if (st != EDUIND_OK)
		return st;
	if (!isnan(v) && v < 0)
		return ju_fail_member(c, "tolerance", EDUIND_ESCHEMA, "tolerance must be 0 or more");
	*out = v;
	return EDUIND_OK;
}

static eduind_status read_parts(ju_ctx *c, const cJSON *obj, check_rule *r)
{
	const cJSON *arr = NULL, *item;
	size_t n, i = 0, mark, m2;
	eduind_status st = ju_req_array(c, obj, "parts", &arr);
	if (st != EDUIND_OK)
		return st;
	n = (size_t)cJSON_GetArraySize(arr);
	mark = ju_push_key(c, "parts");
	if (n == 0) {
		st = ju_fail(c, EDUIND_ESCHEMA, "a sum needs at least one part");
		ju_pop(c, mark);
		return st;
	}
	r->parts = calloc(n, sizeof *r->parts);
	if (r->parts == NULL) {
		ju_pop(c, mark);
		return ju_fail(c, EDUIND_ENOMEM, "out of memory");
	}
	cJSON_ArrayForEach(item, arr) {
		const char *s = NULL;
		m2 = ju_push_index(c, i);
		st = ju_as_string(c, item, &s);
		if (st == EDUIND_OK && s[0] == '\0')
			st = ju_fail(c, EDUIND_ESCHEMA, "empty variable code");
		if (st == EDUIND_OK && (r->parts[i] = dup_text(s)) == NULL)
			st = ju_fail(c, EDUIND_ENOMEM, "out of memory");
		ju_pop(c, m2);
		if (st != EDUIND_OK)
			break;
		r->n_parts = ++i;
	}
	ju_pop(c, mark);
	return st;
}

static eduind_status read_same(ju_ctx *c, const cJSON *obj, check_rule *r)
{
	long d = -1;
	eduind_status st = code_member(c, obj, "a", &r->a);
	if (st == EDUIND_OK)
		st = code_member(c, obj, "b", &r->b);
	if (st == EDUIND_OK)
		st = ju_opt_number(c, obj, "b_scale", &r->b_scale);
	if (st == EDUIND_OK && !(r->b_scale > 0))
		st = ju_fail_member(c, "b_scale", EDUIND_ESCHEMA, "b_scale must be greater than 0");
	if (st == EDUIND_OK)
		st = ju_opt_int(c, obj, "b_decimals", 0, 15, &d);
	r->b_decimals = (int)d;
	if (st == EDUIND_OK)
		st = tolerance_member(c, obj, &r->tolerance);
	return st;
}

static eduind_status read_trend(ju_ctx *c, const cJSON *obj, check_rule *r)
{
	eduind_status st = code_member(c, obj, "variable", &r->variable);
	if (st == EDUIND_OK)
		st = ju_req_number(c, obj, "max_change_pct", &r->max_change_pct);
	if (st == EDUIND_OK && !(r->max_change_pct >= 0))
		st = ju_fail_member(c, "max_change_pct", EDUIND_ESCHEMA, "max_change_pct must be 0 or more");
	return st;
}

/* The id to show when a rule has none: its kind and its first variable. */
static eduind_status default_id(ju_ctx *c, check_rule *r, const char *kind)
{
	const char *first = r->total ? r->total : r->part ? r->part : r->a ? r->a : r->variable;
	size_t n = strlen(kind) + strlen(first) + 2;
	r->id = malloc(n);
	if (r->id == NULL)
		return ju_fail(c, EDUIND_ENOMEM, "out of memory");
	snprintf(r->id, n, "%s:%s", kind, first);
	return EDUIND_OK;
}

static eduind_status read_rule(ju_ctx *c, const cJSON *obj, check_rule *r)
{
	const char *kind = NULL, *id = NULL;
	eduind_status st;
	r->b_scale = 1;
	r->b_decimals = -1;
	r->tolerance = NAN;
	st = ju_as_object(c, obj);
	if (st == EDUIND_OK)
		st = ju_req_string(c, obj, "kind", &kind);
	if (st != EDUIND_OK)
		return st;
	if (strcmp(kind, "sum") == 0) {
		r->kind = EDUIND_CHECK_SUM;
		st = ju_check_members(c, obj, sum_members);
		if (st == EDUIND_OK)
			st = code_member(c, obj, "total", &r->total);
		if (st == EDUIND_OK)
			st = read_parts(c, obj, r);
		if (st == EDUIND_OK)
			st = tolerance_member(c, obj, &r->tolerance);
	} else if (strcmp(kind, "subset") == 0) {
		r->kind = EDUIND_CHECK_SUBSET;
		st = ju_check_members(c, obj, subset_members);
		if (st == EDUIND_OK)
			st = code_member(c, obj, "part", &r->part);
		if (st == EDUIND_OK)
			st = code_member(c, obj, "whole", &r->whole);
		if (st == EDUIND_OK)
			st = tolerance_member(c, obj, &r->tolerance);
	} else if (strcmp(kind, "same") == 0) {
		r->kind = EDUIND_CHECK_SAME;
		st = ju_check_members(c, obj, same_members);
		if (st == EDUIND_OK)
			st = read_same(c, obj, r);
	} else if (strcmp(kind, "trend") == 0) {
		r->kind = EDUIND_CHECK_TREND;
		st = ju_check_members(c, obj, trend_members);
		if (st == EDUIND_OK)
			st = read_trend(c, obj, r);
	} else {
		return ju_fail_member(c, "kind", EDUIND_ESCHEMA,
		                      "unknown check kind \"%s\" (sum, subset, same or trend; bounds "
		                      "and published figures are checked without a rule)",
		                      kind);
	}
	if (st == EDUIND_OK)
		st = ju_opt_string(c, obj, "id", &id);
	if (st == EDUIND_OK && id != NULL && id[0] == '\0')
		st = ju_fail_member(c, "id", EDUIND_ESCHEMA, "empty id");
	if (st == EDUIND_OK && id != NULL && (r->id = dup_text(id)) == NULL)
		st = ju_fail(c, EDUIND_ENOMEM, "out of memory");
	if (st == EDUIND_OK && r->id == NULL)
		st = default_id(c, r, kind);
	return st;
}

static eduind_status grow(ju_ctx *c, check_rules *rules, size_t extra)
{
	size_t need = rules->n + extra, cap;
	check_rule *items;
	if (need <= rules->cap)
		return EDUIND_OK;
	cap = rules->cap ? rules->cap : 8;
	while (cap < need)
		cap *= 2;
	items = realloc(rules->items, cap * sizeof *items);
	if (items == NULL)
		return ju_fail(c, EDUIND_ENOMEM, "out of memory");
	rules->items = items;
	rules->cap = cap;
	return EDUIND_OK;
}

eduind_status cr_parse(check_rules *rules, const char *json, size_t len, const char *source,
                       eduind_error *err)
{
	cJSON *root = NULL;
	const cJSON *item;
	ju_ctx c;
	size_t first, i = 0, n, mark, m2;
	eduind_status st;

	if (rules == NULL || json == NULL)
		return EDUIND_ENULL;
	first = rules->n;
	st = ju_parse(json, len, source, &root, err);
	if (st != EDUIND_OK)
		return st;
	ju_init(&c, err, source);
	mark = ju_push_key(&c, "checks");
	st = ju_as_array(&c, root);
	n = st == EDUIND_OK ? (size_t)cJSON_GetArraySize(root) : 0;
	if (st == EDUIND_OK && n > CHECK_RULES_MAX)
		st = ju_fail(&c, EDUIND_ELIMIT, "more than %d checks", CHECK_RULES_MAX);
	if (st == EDUIND_OK)
		st = grow(&c, rules, n);
	if (st == EDUIND_OK) {
		cJSON_ArrayForEach(item, root) {
			check_rule *r = &rules->items[rules->n];
			memset(r, 0, sizeof *r);
			m2 = ju_push_index(&c, i++);
			st = read_rule(&c, item, r);
			ju_pop(&c, m2);
			rules->n++; /* counted even on failure, so rule_free below releases it */
			if (st != EDUIND_OK)
				break;
		}
	}
	ju_pop(&c, mark);
	cJSON_Delete(root);
	if (st != EDUIND_OK) {
		while (rules->n > first)
			rule_free(&rules->items[--rules->n]);
		if (rules->n == 0)
			cr_free(rules); /* also the array grown for this call */
	}
	return st;
}
