/* Plans and targets: storage, accessors, names and the rules a target obeys. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "model/plan_build.h"

struct eduind_plan {
	char *name;
	char *source;
	int baseline_year;
	eduind_target *targets;
	size_t count, cap;
};

static const char *const cmp_names[] = { ">=", "<=", ">", "<", "=", "between", "increase",
	                                       "not_decrease", "approx", "eliminate" };
static const char *const cmp_symbols[] = { ">=", "<=", ">", "<", "=", "between", "↑",
	                                         "≥prev", "≈", "≤ceiling" };
static const char *const binding_names[] = { "none", "binding", "expected" };

#define N_CMP (sizeof cmp_names / sizeof cmp_names[0])
#define N_BINDING (sizeof binding_names / sizeof binding_names[0])

const char *eduind_comparison_name(eduind_comparison cmp)
{
	return (int)cmp >= 0 && (size_t)cmp < N_CMP ? cmp_names[cmp] : "unknown";
}

const char *eduind_comparison_symbol(eduind_comparison cmp)
{
	return (int)cmp >= 0 && (size_t)cmp < N_CMP ? cmp_symbols[cmp] : "?";
}

const char *eduind_binding_name(eduind_binding b)
{
	return (int)b >= 0 && (size_t)b < N_BINDING ? binding_names[b] : "none";
}

int plan_comparison_from_name(const char *name, eduind_comparison *out)
{
	size_t i;
	for (i = 0; name != NULL && i < N_CMP; i++) {
		if (strcmp(name, cmp_names[i]) == 0) {
			*out = (eduind_comparison)i;
			return 1;
		}
	}
	return 0;
}

int plan_binding_from_name(const char *name, eduind_binding *out)
{
	size_t i;
	for (i = 0; name != NULL && i < N_BINDING; i++) {
		if (strcmp(name, binding_names[i]) == 0) {
			*out = (eduind_binding)i;
			return 1;
		}
	}
	return 0;
}

static char *copy(const char *s)
{
	size_t n;
	char *p;
	if (s == NULL)
		s = "";
	n = strlen(s) + 1;
	p = malloc(n);
	if (p != NULL)
		memcpy(p, s, n);
	return p;
}

eduind_status plan_new(eduind_plan **out)
{
	eduind_plan *p;
	*out = NULL;
	p = calloc(1, sizeof *p);
	if (p == NULL)
		return EDUIND_ENOMEM;
	p->name = copy("");
	p->source = copy("");
	if (p->name == NULL || p->source == NULL) {
		eduind_plan_free(p);
		return EDUIND_ENOMEM;
	}
	*out = p;
	return EDUIND_OK;
}

static void target_free(eduind_target *t)
{
	free(t->indicator);
	free(t->entity);
	free(t->source);
	free(t->note);
}

void eduind_plan_free(eduind_plan *plan)
{
	size_t i;
	if (plan == NULL)
		return;
	for (i = 0; i < plan->count; i++)
		target_free(&plan->targets[i]);
	free(plan->targets);
	free(plan->name);
	free(plan->source);
	free(plan);
}

eduind_status plan_set_info(eduind_plan *plan, const char *name, const char *source,
                            int baseline_year)
{
	char *n = copy(name), *s = copy(source);
	if (n == NULL || s == NULL) {
		free(n);
		free(s);
		return EDUIND_ENOMEM;
	}
	free(plan->name);
	free(plan->source);
	plan->name = n;
	plan->source = s;
	plan->baseline_year = baseline_year;
	return EDUIND_OK;
}

static eduind_status bad(const char **member, const char *which, char *why, size_t size,
                         const char *text)
{
	*member = which;
	if (why != NULL && size > 0)
		snprintf(why, size, "%s", text);
	return EDUIND_EINVAL;
}

eduind_status plan_check_target(const plan_target_spec *t, const char **member, char *why,
                                size_t why_size)
{
	eduind_comparison c = t->comparison;
	int takes_value = c != EDUIND_CMP_INCREASE && c != EDUIND_CMP_NOT_DECREASE;
	if (t->indicator == NULL || t->indicator[0] == '\0')
		return bad(member, "indicator", why, why_size, "the indicator is empty");
	if (t->entity == NULL || t->entity[0] == '\0')
		return bad(member, "entity", why, why_size,
		           "no entity: give one in the target or at the top of the plan");
	if (t->year < 1000 || t->year > 9999)
		return bad(member, "year", why, why_size, "the year must be from 1000 to 9999");
	if ((int)c < 0 || (size_t)c >= N_CMP)
		return bad(member, "comparison", why, why_size, "unknown comparison");
	if ((int)t->binding < 0 || (size_t)t->binding >= N_BINDING)
		return bad(member, "binding", why, why_size, "unknown binding");
	if (takes_value && !isfinite(t->value))
		return bad(member, c == EDUIND_CMP_ELIMINATE ? "ceiling" : "value", why, why_size,
		           "this comparison needs a finite target value");
	if (!takes_value && !isnan(t->value))
		return bad(member, "value", why, why_size,
		           "increase and not_decrease compare with the previous year and take no value");
	if (c == EDUIND_CMP_BETWEEN) {
		if (!isfinite(t->value_high))
			return bad(member, "value_high", why, why_size, "between needs value_high");
		if (t->value_high < t->value)
			return bad(member, "value_high", why, why_size,
			           "value_high must not be below value");
	} else if (!isnan(t->value_high)) {
		return bad(member, "value_high", why, why_size, "value_high is only for between");
	}
	if (c == EDUIND_CMP_APPROX) {
		if (!isfinite(t->tolerance) || t->tolerance < 0)
			return bad(member, "tolerance", why, why_size,
			           "approx needs a tolerance of 0 or more");
	} else if (t->tolerance != 0) {
		return bad(member, "tolerance", why, why_size, "tolerance is only for approx");
	}
	return EDUIND_OK;
}

eduind_status plan_add_target(eduind_plan *plan, const plan_target_spec *t)
{
	const char *member;
	eduind_target *slot;
	eduind_status st = plan_check_target(t, &member, NULL, 0);
	if (st != EDUIND_OK)
		return st;
	if (plan->count == plan->cap) {
		size_t ncap = plan->cap ? plan->cap * 2 : 8;
		eduind_target *p;
		if (ncap > ((size_t)-1) / sizeof *p)
			return EDUIND_ENOMEM;
		p = realloc(plan->targets, ncap * sizeof *p);
		if (p == NULL)
			return EDUIND_ENOMEM;
		plan->targets = p;
		plan->cap = ncap;
	}
	slot = &plan->targets[plan->count];
	slot->year = t->year;
	slot->comparison = t->comparison;
	slot->value = t->value;
	slot->value_high = t->value_high;
	slot->tolerance = t->tolerance;
	slot->binding = t->binding;
	slot->judge_rounded = t->judge_rounded;
	slot->indicator = copy(t->indicator);
	slot->entity = copy(t->entity);
	slot->source = copy(t->source);
	slot->note = copy(t->note);
	if (slot->indicator == NULL || slot->entity == NULL || slot->source == NULL ||
	    slot->note == NULL) {
		target_free(slot);
		return EDUIND_ENOMEM;
	}
	plan->count++;
	return EDUIND_OK;
}

const char *eduind_plan_name(const eduind_plan *plan)
{
	return plan != NULL ? plan->name : "";
}

const char *eduind_plan_source(const eduind_plan *plan)
{
	return plan != NULL ? plan->source : "";
}

int eduind_plan_baseline_year(const eduind_plan *plan)
{
	return plan != NULL ? plan->baseline_year : 0;
}

size_t eduind_plan_count(const eduind_plan *plan)
{
	return plan != NULL ? plan->count : 0;
}

const eduind_target *eduind_plan_at(const eduind_plan *plan, size_t i)
{
	return plan != NULL && i < plan->count ? &plan->targets[i] : NULL;
}

const char *eduind_target_indicator(const eduind_target *t)
{
	return t != NULL ? t->indicator : "";
}

const char *eduind_target_entity(const eduind_target *t)
{
	return t != NULL ? t->entity : "";
}

int eduind_target_year(const eduind_target *t)
{
	return t != NULL ? t->year : 0;
}

eduind_comparison eduind_target_comparison(const eduind_target *t)
{
	return t != NULL ? t->comparison : EDUIND_CMP_GE;
}

double eduind_target_value(const eduind_target *t)
{
	return t != NULL ? t->value : NAN;
}

double eduind_target_value_high(const eduind_target *t)
{
	return t != NULL ? t->value_high : NAN;
}

double eduind_target_tolerance(const eduind_target *t)
{
	return t != NULL ? t->tolerance : 0;
}

eduind_binding eduind_target_binding(const eduind_target *t)
{
	return t != NULL ? t->binding : EDUIND_BINDING_NONE;
}

int eduind_target_judge_rounded(const eduind_target *t)
{
	return t != NULL ? t->judge_rounded : 1;
}

const char *eduind_target_source(const eduind_target *t)
{
	return t != NULL ? t->source : "";
}

const char *eduind_target_note(const eduind_target *t)
{
	return t != NULL ? t->note : "";
}
