/* Consistency checks: the "checks" rules of the catalogue and the dataset, applied to
 * every entity and period where their inputs exist (totals only), then the built-in
 * checks of check_builtin.c. Missing inputs skip a check; they are never failures. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/calc.h"
#include "eval/check_builtin.h"
#include "eval/check_rules.h"
#include "eval/evnum.h"
#include "eval/findings.h"
#include "eval/progress.h"
#include "internal/strbuf.h"
#include "model/catalog_internal.h"
#include "model/dataset_internal.h"

char *ck_message(const char *fmt, ...)
{
	va_list ap;
	char *out;
	int n;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || (out = malloc((size_t)n + 1)) == NULL)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(out, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return out;
}

int ck_read(const eduind_dataset *ds, size_t e, int period, size_t v, double *out)
{
	eduind_state st;
	double x;
	if (v == DS_NONE)
		return 0;
	ds_lookup(ds, e, period, v, 0, &x, &st);
	if (!eduind_state_has_value(st) || !isfinite(x))
		return 0;
	*out = x;
	return 1;
}

/* "within the tolerance 0" / "beyond the rounding of 2 decimals (±50)" */
static const char *allowance_text(const check_rule *r, double tol, char *buf, size_t size)
{
	char t[EV_NUM_BUF];
	if (r->kind == EDUIND_CHECK_SAME && isnan(r->tolerance) && r->b_decimals >= 0)
		snprintf(buf, size, "beyond the rounding of %d decimal%s (±%s)", r->b_decimals,
		         r->b_decimals == 1 ? "" : "s", ev_num(tol, t));
	else
		snprintf(buf, size, "beyond the tolerance ±%s", ev_num(tol, t));
	return buf;
}

static void run_sum(eduind_findings *f, const check_rule *r, const eduind_dataset *ds, size_t e,
                    int period, const size_t *vars)
{
	double total, sum = 0, x = NAN, tol = isnan(r->tolerance) ? 0 : r->tolerance, diff;
	strbuf parts = STRBUF_INIT;
	char a[EV_NUM_BUF], b[EV_NUM_BUF], c[EV_NUM_BUF], allow[96], *text = NULL;
	size_t i;
	if (!ck_read(ds, e, period, vars[0], &total))
		return;
	for (i = 0; i < r->n_parts; i++) {
		if (!ck_read(ds, e, period, vars[1 + i], &x))
			return;
		sum += x;
	}
	sum = ev_tidy(sum);
	diff = ev_tidy(total - sum);
	if (fabs(diff) <= tol + pg_slack(total, sum))
		return;
	for (i = 0; i < r->n_parts; i++) {
		ck_read(ds, e, period, vars[1 + i], &x);
		sb_printf(&parts, "%s%s %s", i ? " + " : "", r->parts[i], ev_num(x, a));
	}
	if (sb_finish(&parts, &text) != EDUIND_OK) {
		fd_add(f, r->kind, r->id, ds_entity_id(ds, e), period, sum, total, NULL);
		return;
	}
	fd_add(f, r->kind, r->id, ds_entity_id(ds, e), period, sum, total,
	       ck_message("%s: %s %d: %s %s vs sum of parts %s (%s): differ by %s, %s", r->id,
	                  ds_entity_id(ds, e), period, r->total, ev_num(total, a), ev_num(sum, b), text,
	                  ev_num(fabs(diff), c), allowance_text(r, tol, allow, sizeof allow)));
	free(text);
}

static void run_subset(eduind_findings *f, const check_rule *r, const eduind_dataset *ds, size_t e,
                       int period, const size_t *vars)
{
	double part, whole, tol = isnan(r->tolerance) ? 0 : r->tolerance;
	char a[EV_NUM_BUF], b[EV_NUM_BUF], c[EV_NUM_BUF];
	if (!ck_read(ds, e, period, vars[0], &part) || !ck_read(ds, e, period, vars[1], &whole))
		return;
	if (part <= whole + tol + pg_slack(part, whole))
		return;
	fd_add(f, r->kind, r->id, ds_entity_id(ds, e), period, whole, part,
	       ck_message("%s: %s %d: part %s %s exceeds its whole %s %s by %s", r->id,
	                  ds_entity_id(ds, e), period, r->part, ev_num(part, a), r->whole,
	                  ev_num(whole, b), ev_num(ev_tidy(part - whole), c)));
}

static void run_same(eduind_findings *f, const check_rule *r, const eduind_dataset *ds, size_t e,
                     int period, const size_t *vars)
{
	double av, bv, scaled, diff, tol = cr_same_tolerance(r);
	char a[EV_NUM_BUF], b[EV_NUM_BUF], c[EV_NUM_BUF], d[EV_NUM_BUF], s[EV_NUM_BUF];
	char allow[96], shown[160];
	if (!ck_read(ds, e, period, vars[0], &av) || !ck_read(ds, e, period, vars[1], &bv))
		return;
	scaled = ev_tidy(bv * r->b_scale);
	diff = ev_tidy(scaled - av);
	if (fabs(diff) <= tol + pg_slack(av, scaled))
		return;
	if (r->b_scale != 1)
		snprintf(shown, sizeof shown, "%s ×%s (= %s)", ev_num(bv, b), ev_num(r->b_scale, s),
		         ev_num(scaled, d));
	else
		snprintf(shown, sizeof shown, "%s", ev_num(bv, b));
	fd_add(f, r->kind, r->id, ds_entity_id(ds, e), period, av, scaled,
	       ck_message("%s: %s %d: %s %s vs %s %s: differ by %s, %s", r->id, ds_entity_id(ds, e),
	                  period, r->a, ev_num(av, a), r->b, shown, ev_num(fabs(diff), c),
	                  allowance_text(r, tol, allow, sizeof allow)));
}

/* The change from the previous period that has a value, for every entity. */
static void run_trend(eduind_findings *f, const check_rule *r, const eduind_dataset *ds, size_t e,
                      size_t v)
{
	size_t np = eduind_dataset_period_count(ds), i;
	int prev_year = 0;
	double prev = NAN, cur, g, shown;
	char a[EV_NUM_BUF], b[EV_NUM_BUF], c[EV_NUM_BUF], d[EV_NUM_BUF];
	for (i = 0; i < np; i++) {
		int year = eduind_dataset_period_at(ds, i);
		if (!ck_read(ds, e, year, v, &cur))
			continue;
		if (prev_year != 0 && eduind_growth_rate(prev, cur, &g) == EDUIND_OK &&
		    fabs(g) > r->max_change_pct + pg_slack(g, r->max_change_pct)) {
			if (eduind_round(g, 2, &shown) != EDUIND_OK)
				shown = g;
			fd_add(f, r->kind, r->id, ds_entity_id(ds, e), year, prev, cur,
			       ck_message("%s: %s: %s %d %s -> %d %s: change %s%s%%, beyond ±%s%%", r->id,
			                  ds_entity_id(ds, e), r->variable, prev_year, ev_num(prev, a), year,
			                  ev_num(cur, b), g > 0 ? "+" : "", ev_num(shown, c),
			                  ev_num(r->max_change_pct, d)));
		}
		prev_year = year;
		prev = cur;
	}
}

/* Variable indexes of a rule: [total, parts...], [part, whole], [a, b] or [variable].
 * Returns 0 (skip the rule) when any of them is not in the dataset. */
static int rule_vars(const check_rule *r, const eduind_dataset *ds, size_t *vars)
{
	size_t i, n = 0;
	switch (r->kind) {
	case EDUIND_CHECK_SUM:
		vars[n++] = ds_variable_index(ds, r->total);
		for (i = 0; i < r->n_parts; i++)
			vars[n++] = ds_variable_index(ds, r->parts[i]);
		break;
	case EDUIND_CHECK_SUBSET:
		vars[n++] = ds_variable_index(ds, r->part);
		vars[n++] = ds_variable_index(ds, r->whole);
		break;
	case EDUIND_CHECK_SAME:
		vars[n++] = ds_variable_index(ds, r->a);
		vars[n++] = ds_variable_index(ds, r->b);
		break;
	default:
		vars[n++] = ds_variable_index(ds, r->variable);
		break;
	}
	for (i = 0; i < n; i++)
		if (vars[i] == DS_NONE)
			return 0;
	return 1;
}

static eduind_status run_rule(eduind_findings *f, const check_rule *r, const eduind_dataset *ds)
{
	size_t ne = eduind_dataset_entity_count(ds), np = eduind_dataset_period_count(ds), e, p;
	size_t *vars = malloc((r->n_parts + 2) * sizeof *vars);
	if (vars == NULL)
		return EDUIND_ENOMEM;
	if (rule_vars(r, ds, vars)) {
		for (e = 0; e < ne; e++) {
			if (r->kind == EDUIND_CHECK_TREND) {
				run_trend(f, r, ds, e, vars[0]);
				continue;
			}
			for (p = 0; p < np; p++) {
				int year = eduind_dataset_period_at(ds, p);
				if (r->kind == EDUIND_CHECK_SUM)
					run_sum(f, r, ds, e, year, vars);
				else if (r->kind == EDUIND_CHECK_SUBSET)
					run_subset(f, r, ds, e, year, vars);
				else
					run_same(f, r, ds, e, year, vars);
			}
		}
	}
	free(vars);
	return f->failed ? EDUIND_ENOMEM : EDUIND_OK;
}

static eduind_status load_rules(check_rules *rules, const eduind_catalog *cat, const eduind_dataset *ds,
                                eduind_error *err)
{
	const char *text;
	eduind_status st = EDUIND_OK;
	if (cat != NULL && (text = cat_checks_json(cat)) != NULL)
		st = cr_parse(rules, text, strlen(text), "catalogue checks", err);
	if (st == EDUIND_OK && (text = ds_checks_json(ds)) != NULL)
		st = cr_parse(rules, text, strlen(text), "dataset checks", err);
	return st;
}

eduind_status eduind_check(eduind_findings **out, const eduind_catalog *cat, const eduind_dataset *ds,
                           const eduind_results *res, eduind_error *err)
{
	check_rules rules = CHECK_RULES_INIT;
	eduind_findings *f;
	eduind_status st;
	size_t i;

	if (out == NULL)
		return eduind__fail(err, EDUIND_ENULL, "eduind_check: out is NULL");
	*out = NULL;
	if (ds == NULL)
		return eduind__fail(err, EDUIND_ENULL, "eduind_check: dataset is NULL");
	st = load_rules(&rules, cat, ds, err);
	if (st != EDUIND_OK) {
		cr_free(&rules);
		return st;
	}
	f = fd_new();
	if (f == NULL) {
		cr_free(&rules);
		return eduind__fail(err, EDUIND_ENOMEM, "out of memory");
	}
	for (i = 0; st == EDUIND_OK && i < rules.n; i++)
		st = run_rule(f, &rules.items[i], ds);
	cr_free(&rules);
	if (st == EDUIND_OK)
		st = ck_negative_values(f, cat, ds);
	if (st == EDUIND_OK && res != NULL && cat != NULL)
		st = ck_results(f, cat, res);
	if (st != EDUIND_OK) {
		eduind_findings_free(f);
		return eduind__fail(err, st, "out of memory");
	}
	fd_sort(f);
	*out = f;
	return EDUIND_OK;
}
