/* The "eduind-plan" JSON format (docs/formats.md): loading and writing. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "internal/strbuf.h"
#include "io/c_locale.h"
#include "io/json_util.h"
#include "io/numtext.h"
#include "model/plan_build.h"

static const char *const top_members[] = { "format", "version", "name", "source", "entity",
	                                         "baseline_year", "judge", "targets", NULL };
static const char *const target_members[] = { "indicator", "entity", "year", "comparison",
	                                            "value", "value_high", "tolerance", "ceiling",
	                                            "binding", "judge", "source", "note", NULL };

/* Plan-wide defaults a target may override. */
typedef struct defaults {
	const char *entity;
	int judge_rounded;
} defaults;

static eduind_status read_judge(ju_ctx *c, const cJSON *obj, int *rounded)
{
	const char *judge = NULL;
	eduind_status st = ju_opt_string(c, obj, "judge", &judge);
	if (st != EDUIND_OK || judge == NULL)
		return st;
	if (strcmp(judge, "published") == 0)
		*rounded = 1;
	else if (strcmp(judge, "raw") == 0)
		*rounded = 0;
	else
		return ju_fail_member(c, "judge", EDUIND_ESCHEMA,
		                      "unknown judge \"%s\" (published or raw)", judge);
	return EDUIND_OK;
}

/* A member that only some comparisons accept: refused with a clear message otherwise. */
static eduind_status only_for(ju_ctx *c, const cJSON *obj, const char *key, int allowed,
                              const char *which)
{
	if (!allowed && cJSON_GetObjectItemCaseSensitive(obj, key) != NULL)
		return ju_fail_member(c, key, EDUIND_ESCHEMA, "\"%s\" is only for %s", key, which);
	return EDUIND_OK;
}

static eduind_status read_comparison_values(ju_ctx *c, const cJSON *obj, plan_target_spec *t)
{
	eduind_comparison k = t->comparison;
	eduind_status st = only_for(c, obj, "value_high", k == EDUIND_CMP_BETWEEN, "between");
	if (st == EDUIND_OK)
		st = only_for(c, obj, "tolerance", k == EDUIND_CMP_APPROX, "approx");
	if (st == EDUIND_OK)
		st = only_for(c, obj, "ceiling", k == EDUIND_CMP_ELIMINATE, "eliminate");
	if (st == EDUIND_OK)
		st = only_for(c, obj, "value",
		              k != EDUIND_CMP_INCREASE && k != EDUIND_CMP_NOT_DECREASE &&
		                      k != EDUIND_CMP_ELIMINATE,
		              "comparisons with a target value (eliminate takes \"ceiling\")");
	if (st != EDUIND_OK)
		return st;
	switch (k) {
	case EDUIND_CMP_INCREASE:
	case EDUIND_CMP_NOT_DECREASE:
		return EDUIND_OK;
	case EDUIND_CMP_ELIMINATE:
		t->value = 0; /* 基本消除: down to 0 unless a ceiling is given */
		return ju_opt_number(c, obj, "ceiling", &t->value);
	default:
		break;
	}
	st = ju_req_number(c, obj, "value", &t->value);
	if (st == EDUIND_OK && k == EDUIND_CMP_BETWEEN)
		st = ju_req_number(c, obj, "value_high", &t->value_high);
	if (st == EDUIND_OK && k == EDUIND_CMP_APPROX)
		st = ju_req_number(c, obj, "tolerance", &t->tolerance);
	return st;
}

static eduind_status read_target(ju_ctx *c, const cJSON *obj, const defaults *d, eduind_plan *plan)
{
	plan_target_spec t;
	const char *cmp = NULL, *binding = NULL, *member = NULL;
	long year = 0;
	char why[200];
	eduind_status st;

	memset(&t, 0, sizeof t);
	t.entity = d->entity;
	t.value = NAN;
	t.value_high = NAN;
	t.tolerance = 0;
	t.judge_rounded = d->judge_rounded;
	t.binding = EDUIND_BINDING_NONE;
	st = ju_check_members(c, obj, target_members);
	if (st == EDUIND_OK)
		st = ju_req_string(c, obj, "indicator", &t.indicator);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, obj, "entity", &t.entity);
	if (st == EDUIND_OK)
		st = ju_req_int(c, obj, "year", 1000, 9999, &year);
	if (st == EDUIND_OK)
		st = ju_req_string(c, obj, "comparison", &cmp);
	if (st == EDUIND_OK && !plan_comparison_from_name(cmp, &t.comparison))
		st = ju_fail_member(c, "comparison", EDUIND_ESCHEMA,
		                    "unknown comparison \"%s\" (>=, <=, >, <, =, between, increase, "
		                    "not_decrease, approx, eliminate)",
		                    cmp);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, obj, "binding", &binding);
	if (st == EDUIND_OK && binding != NULL && !plan_binding_from_name(binding, &t.binding))
		st = ju_fail_member(c, "binding", EDUIND_ESCHEMA,
		                    "unknown binding \"%s\" (binding, expected or none)", binding);
	if (st == EDUIND_OK)
		st = read_judge(c, obj, &t.judge_rounded);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, obj, "source", &t.source);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, obj, "note", &t.note);
	if (st == EDUIND_OK)
		st = read_comparison_values(c, obj, &t);
	if (st != EDUIND_OK)
		return st;
	t.year = (int)year;
	st = plan_check_target(&t, &member, why, sizeof why);
	if (st != EDUIND_OK) {
		if (cJSON_GetObjectItemCaseSensitive(obj, member) == NULL)
			return ju_fail(c, EDUIND_ESCHEMA, "%s", why);
		return ju_fail_member(c, member, EDUIND_ESCHEMA, "%s", why);
	}
	st = plan_add_target(plan, &t);
	return st == EDUIND_OK ? st : ju_fail(c, st, "out of memory");
}

static eduind_status build(ju_ctx *c, const cJSON *root, eduind_plan *plan)
{
	const char *name = NULL, *source = NULL;
	const cJSON *targets = NULL, *item;
	long baseline = 0;
	defaults d;
	size_t i, top;
	eduind_status st = ju_check_header(c, root, "eduind-plan", 1, NULL);

	d.entity = NULL;
	d.judge_rounded = 1; /* inspectors compare the printed figure */
	if (st == EDUIND_OK)
		st = ju_check_members(c, root, top_members);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, root, "name", &name);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, root, "source", &source);
	if (st == EDUIND_OK)
		st = ju_opt_string(c, root, "entity", &d.entity);
	if (st == EDUIND_OK)
		st = ju_opt_int(c, root, "baseline_year", 1000, 9999, &baseline);
	if (st == EDUIND_OK)
		st = read_judge(c, root, &d.judge_rounded);
	if (st == EDUIND_OK)
		st = ju_req_array(c, root, "targets", &targets);
	if (st == EDUIND_OK && plan_set_info(plan, name, source, (int)baseline) != EDUIND_OK)
		st = ju_fail(c, EDUIND_ENOMEM, "out of memory");
	if (st != EDUIND_OK)
		return st;
	top = ju_push_key(c, "targets");
	for (i = 0, item = targets->child; item != NULL && st == EDUIND_OK; item = item->next, i++) {
		size_t mark = ju_push_index(c, i);
		st = read_target(c, item, &d, plan);
		ju_pop(c, mark);
	}
	ju_pop(c, top);
	return st;
}

static eduind_status load_tree(eduind_plan **out, cJSON *root, const char *source,
                               eduind_error *err)
{
	eduind_plan *plan = NULL;
	ju_ctx c;
	eduind_status st;
	ju_init(&c, err, source);
	if (plan_new(&plan) != EDUIND_OK) {
		cJSON_Delete(root);
		return ju_fail(&c, EDUIND_ENOMEM, "out of memory");
	}
	st = build(&c, root, plan);
	cJSON_Delete(root);
	if (st != EDUIND_OK) {
		eduind_plan_free(plan);
		return st;
	}
	*out = plan;
	return EDUIND_OK;
}

eduind_status eduind_plan_load_string(eduind_plan **out, const char *json, size_t len,
                                      eduind_error *err)
{
	cJSON *root = NULL;
	eduind_status st;
	if (out != NULL)
		*out = NULL;
	if (out == NULL || json == NULL)
		return eduind__fail(err, EDUIND_ENULL, "plan output or JSON text is NULL");
	st = ju_parse(json, len, "<string>", &root, err);
	return st != EDUIND_OK ? st : load_tree(out, root, "<string>", err);
}

eduind_status eduind_plan_load_file(eduind_plan **out, const char *path, eduind_error *err)
{
	cJSON *root = NULL;
	eduind_status st;
	if (out != NULL)
		*out = NULL;
	if (out == NULL || path == NULL)
		return eduind__fail(err, EDUIND_ENULL, "plan output or file name is NULL");
	st = ju_parse_file(path, &root, err);
	return st != EDUIND_OK ? st : load_tree(out, root, path, err);
}

static void number(strbuf *sb, const char *key, double v)
{
	char buf[NT_BUF];
	nt_format(v, buf);
	sb_printf(sb, ", \"%s\": %s", key, buf);
}

static void write_target(strbuf *sb, const eduind_target *t)
{
	eduind_comparison k = eduind_target_comparison(t);
	sb_append(sb, "    { \"indicator\": ");
	sb_append_json_string(sb, eduind_target_indicator(t));
	sb_append(sb, ", \"entity\": ");
	sb_append_json_string(sb, eduind_target_entity(t));
	sb_printf(sb, ", \"year\": %d, \"comparison\": ", eduind_target_year(t));
	sb_append_json_string(sb, eduind_comparison_name(k));
	if (k == EDUIND_CMP_ELIMINATE)
		number(sb, "ceiling", eduind_target_value(t));
	else if (k != EDUIND_CMP_INCREASE && k != EDUIND_CMP_NOT_DECREASE)
		number(sb, "value", eduind_target_value(t));
	if (k == EDUIND_CMP_BETWEEN)
		number(sb, "value_high", eduind_target_value_high(t));
	if (k == EDUIND_CMP_APPROX)
		number(sb, "tolerance", eduind_target_tolerance(t));
	sb_printf(sb, ", \"binding\": \"%s\", \"judge\": \"%s\"", eduind_binding_name(eduind_target_binding(t)),
	          eduind_target_judge_rounded(t) ? "published" : "raw");
	if (eduind_target_source(t)[0]) {
		sb_append(sb, ", \"source\": ");
		sb_append_json_string(sb, eduind_target_source(t));
	}
	if (eduind_target_note(t)[0]) {
		sb_append(sb, ", \"note\": ");
		sb_append_json_string(sb, eduind_target_note(t));
	}
	sb_append(sb, " }");
}

eduind_status eduind_plan_to_json(const eduind_plan *plan, char **out)
{
	strbuf sb = STRBUF_INIT;
	c_locale_scope loc;
	size_t i, n;
	if (out != NULL)
		*out = NULL;
	if (plan == NULL || out == NULL)
		return EDUIND_ENULL;
	c_locale_enter(&loc);
	sb_append(&sb, "{\n  \"format\": \"eduind-plan\",\n  \"version\": 1");
	if (eduind_plan_name(plan)[0]) {
		sb_append(&sb, ",\n  \"name\": ");
		sb_append_json_string(&sb, eduind_plan_name(plan));
	}
	if (eduind_plan_source(plan)[0]) {
		sb_append(&sb, ",\n  \"source\": ");
		sb_append_json_string(&sb, eduind_plan_source(plan));
	}
	if (eduind_plan_baseline_year(plan) != 0)
		sb_printf(&sb, ",\n  \"baseline_year\": %d", eduind_plan_baseline_year(plan));
	sb_append(&sb, ",\n  \"targets\": [");
	n = eduind_plan_count(plan);
	for (i = 0; i < n; i++) {
		sb_append(&sb, i ? ",\n" : "\n");
		write_target(&sb, eduind_plan_at(plan, i));
	}
	sb_append(&sb, n ? "\n  ]\n}\n" : "]\n}\n");
	c_locale_leave(&loc);
	return sb_finish(&sb, out);
}
