/* Checks that need no rule: negative stored values, proportions outside their range,
 * and computed indicators that disagree with the figure the source published. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/calc.h"
#include "eval/check_builtin.h"
#include "eval/evnum.h"
#include "eval/findings.h"
#include "eval/progress.h"
#include "model/dataset_build.h"

/* Units whose quantities may legitimately be below zero (changes, growth, free numbers). */
static int unit_may_be_negative(const eduind_catalog *cat, const char *code)
{
	size_t idx;
	const char *unit = NULL;
	if (cat == NULL || eduind_catalog_variable_find(cat, code, &idx) != EDUIND_OK ||
	    eduind_catalog_variable_at(cat, idx, NULL, NULL, NULL, &unit) != EDUIND_OK || unit == NULL)
		return 0;
	return strcmp(unit, "pp") == 0 || strcmp(unit, "number") == 0 || strcmp(unit, "percent") == 0;
}

/* Code of internal variable index v, via the public listing (negative values are rare,
 * so a linear search per finding is enough). */
static const char *variable_code(const eduind_dataset *ds, size_t v)
{
	size_t i, n = eduind_dataset_variable_count(ds);
	for (i = 0; i < n; i++) {
		const char *code = eduind_dataset_variable_at(ds, i);
		if (code != NULL && ds_variable_index(ds, code) == v)
			return code;
	}
	return "?";
}

static const char *cell_text(const char *cell, char *buf, size_t size)
{
	if (cell == NULL || cell[0] == '\0')
		buf[0] = '\0';
	else
		snprintf(buf, size, " [%s]", cell);
	return buf;
}

eduind_status ck_negative_values(eduind_findings *f, const eduind_catalog *cat, const eduind_dataset *ds)
{
	ds_cursor cur = DS_CURSOR_INIT;
	size_t e, v, c;
	int period;
	double x;
	eduind_state st;
	char rule[300], num[EV_NUM_BUF], where[160];
	while (!f->failed && ds_next_value(ds, &cur, &e, &period, &v, &c, &x, &st)) {
		const char *code;
		if (!eduind_state_has_value(st) || !(x < 0))
			continue;
		code = variable_code(ds, v);
		if (unit_may_be_negative(cat, code))
			continue;
		snprintf(rule, sizeof rule, "bound:%s", code);
		fd_add(f, EDUIND_CHECK_BOUND, rule, ds_entity_id(ds, e), period, 0, x,
		       ck_message("%s: %s %d%s: %s = %s is negative", rule, ds_entity_id(ds, e), period,
		                  cell_text(ds_cell_name(ds, c), where, sizeof where), code, ev_num(x, num)));
	}
	return f->failed ? EDUIND_ENOMEM : EDUIND_OK;
}

static void proportion_bound(eduind_findings *f, const eduind_indicator *ind, const eduind_result *r)
{
	double scale = eduind_indicator_scale(ind), actual, bound;
	char rule[300], a[EV_NUM_BUF], b[EV_NUM_BUF], c[EV_NUM_BUF], s[EV_NUM_BUF], where[160];
	if (!(scale > 0))
		return;
	snprintf(rule, sizeof rule, "bound:%s", r->indicator);
	cell_text(r->cell, where, sizeof where);
	if (r->state == EDUIND_RESULT_OK && isfinite(r->value)) {
		if (r->value < -pg_slack(r->value, 0))
			bound = 0;
		else if (r->value > scale + pg_slack(r->value, scale))
			bound = scale;
		else
			return;
		fd_add(f, EDUIND_CHECK_BOUND, rule, r->entity, r->period, bound, r->value,
		       ck_message("%s: %s %d%s: %s = %s is outside 0-%s%s", rule, r->entity, r->period, where,
		                  r->indicator, ev_num(r->value, a), ev_num(scale, b),
		                  r->reported ? " (published figure)" : ""));
		return;
	}
	/* The evaluator refuses a part larger than its whole; say by how much. */
	if (r->state == EDUIND_RESULT_INVALID && isfinite(r->numerator) && isfinite(r->denominator) &&
	    r->denominator > 0 && r->numerator > r->denominator &&
	    eduind_ratio(r->numerator, r->denominator, scale, &actual) == EDUIND_OK) {
		fd_add(f, EDUIND_CHECK_BOUND, rule, r->entity, r->period, scale, ev_tidy(actual),
		       ck_message("%s: %s %d%s: numerator %s exceeds denominator %s (%s would be over %s)",
		                  rule, r->entity, r->period, where, ev_num(r->numerator, a),
		                  ev_num(r->denominator, b), ev_num(ev_tidy(actual), c), ev_num(scale, s)));
	}
}

static void against_published(eduind_findings *f, const eduind_indicator *ind, const eduind_result *r)
{
	const char *var = eduind_indicator_reported(ind);
	int d = eduind_indicator_decimals(ind);
	double pub = r->reported_value, shown, tol, diff;
	char rule[300], a[EV_NUM_BUF], b[EV_NUM_BUF], c[EV_NUM_BUF], t[EV_NUM_BUF], p[EV_NUM_BUF];
	char where[160];
	/* Only a value computed from counts can disagree with the published figure. */
	if (r->state != EDUIND_RESULT_OK || r->reported || !isfinite(r->value) || !isfinite(pub))
		return;
	if (d < 0 || d > 15 || eduind_round(r->value, d, &shown) != EDUIND_OK)
		return;
	tol = 0.5 / pow(10, d);
	diff = ev_tidy(pub - r->value);
	if (fabs(diff) <= tol + pg_slack(pub, r->value))
		return;
	snprintf(rule, sizeof rule, "reported:%s", r->indicator);
	fd_add(f, EDUIND_CHECK_REPORTED, rule, r->entity, r->period, r->value, pub,
	       ck_message("%s: %s %d%s: computed %s (%s at %d decimal%s) vs published %s %s: differ by %s, "
	                  "beyond the rounding of %d decimal%s (±%s)",
	                  rule, r->entity, r->period, cell_text(r->cell, where, sizeof where),
	                  ev_num(r->value, a), ev_num(shown, b), d, d == 1 ? "" : "s", var, ev_num(pub, p),
	                  ev_num(fabs(diff), c), d, d == 1 ? "" : "s", ev_num(tol, t)));
}

eduind_status ck_results(eduind_findings *f, const eduind_catalog *cat, const eduind_results *res)
{
	size_t i, n = eduind_results_count(res);
	eduind_result r;
	for (i = 0; i < n && !f->failed; i++) {
		const eduind_indicator *ind;
		if (eduind_results_get(res, i, &r) != EDUIND_OK || r.indicator == NULL || r.entity == NULL)
			continue;
		ind = eduind_catalog_find(cat, r.indicator);
		if (ind == NULL)
			continue;
		if (eduind_indicator_kind(ind) == EDUIND_KIND_PROPORTION)
			proportion_bound(f, ind, &r);
		against_published(f, ind, &r);
	}
	return f->failed ? EDUIND_ENOMEM : EDUIND_OK;
}
