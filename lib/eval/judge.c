/* Target judgement: each target of a plan against the evaluated results.
 *
 * For a target we gather the indicator's total (cell "") results for the target's entity
 * over every period, keep those with a value (state OK, published figures included),
 * bring them to the judged rounding, and read off verdict, latest, baseline, gap,
 * required growth, trend year and progress. The pure rules live in progress.c. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "eduind/calc.h"
#include "eval/evnum.h"
#include "eval/judge_priv.h"
#include "eval/progress.h"
#include "internal/error.h"
#include "internal/strbuf.h"

/* One year with a value. */
typedef struct point {
	int year;
	double raw;
	double judged;
	const char *display; /* borrowed from the results */
	int reported;
} point;

/* Everything one target needs while it is being judged. */
typedef struct judging {
	const eduind_target *t;
	const eduind_indicator *ind;
	const eduind_results *res;
	int plan_baseline;
	int decimals;
	int rounded;
	pg_target pt;
	point *pts; /* ascending years */
	size_t n;
	strbuf note;
} judging;

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/* Distinct periods of the results, ascending. */
static eduind_status collect_periods(const eduind_results *res, int **out, size_t *n_out)
{
	size_t n = eduind_results_count(res), i, k = 0;
	int *p = malloc((n ? n : 1) * sizeof *p);
	eduind_result r;
	if (p == NULL)
		return EDUIND_ENOMEM;
	for (i = 0; i < n; i++)
		if (eduind_results_get(res, i, &r) == EDUIND_OK)
			p[k++] = r.period;
	qsort(p, k, sizeof *p, cmp_int);
	for (i = 0, n = 0; i < k; i++)
		if (n == 0 || p[n - 1] != p[i])
			p[n++] = p[i];
	*out = p;
	*n_out = n;
	return EDUIND_OK;
}

static double judged_value(const judging *j, double raw)
{
	double r;
	if (!j->rounded)
		return raw;
	return eduind_round(raw, j->decimals, &r) == EDUIND_OK ? r : raw;
}

static void gather(judging *j, const int *periods, size_t np)
{
	const char *code = eduind_indicator_code(j->ind);
	const char *entity = eduind_target_entity(j->t);
	size_t i, idx;
	eduind_result r;
	for (i = 0; i < np; i++) {
		if (eduind_results_find(j->res, code, entity, periods[i], NULL, &idx) != EDUIND_OK ||
		    eduind_results_get(j->res, idx, &r) != EDUIND_OK)
			continue;
		if (r.state != EDUIND_RESULT_OK || !isfinite(r.value))
			continue;
		j->pts[j->n].year = r.period;
		j->pts[j->n].raw = r.value;
		j->pts[j->n].judged = judged_value(j, r.value);
		j->pts[j->n].display = r.display != NULL ? r.display : "";
		j->pts[j->n].reported = r.reported;
		j->n++;
	}
}

static const point *at_year(const judging *j, int year)
{
	size_t i;
	for (i = 0; i < j->n; i++)
		if (j->pts[i].year == year)
			return &j->pts[i];
	return NULL;
}

static void add_note(judging *j, const char *fmt, ...) EDUIND_PRINTF(2, 3);

static void add_note(judging *j, const char *fmt, ...)
{
	char buf[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (j->note.len > 0)
		sb_append(&j->note, "; ");
	sb_append(&j->note, buf);
}

/* Why a target year has no value, from the result that is there (if any). */
static void explain_missing(judging *j, int year)
{
	size_t idx;
	eduind_result r;
	if (eduind_results_find(j->res, eduind_indicator_code(j->ind), eduind_target_entity(j->t), year,
	                        NULL, &idx) == EDUIND_OK &&
	    eduind_results_get(j->res, idx, &r) == EDUIND_OK && r.state != EDUIND_RESULT_OK)
		add_note(j, "%d: %s", year,
		         r.note != NULL && r.note[0] != '\0' ? r.note : eduind_result_state_name(r.state));
}

/* The verdict at the target year, with notes on anything that decided it. */
static eduind_verdict verdict_at_target(judging *j)
{
	int year = eduind_target_year(j->t);
	const point *p = at_year(j, year), *prev;
	double prev_judged = NAN, prev_raw = NAN;
	char a[EV_NUM_BUF], b[EV_NUM_BUF];
	int met, met_raw;
	if (j->n == 0) {
		add_note(j, "no value for %s in any year", eduind_target_entity(j->t));
		explain_missing(j, year);
		return EDUIND_VERDICT_NO_DATA;
	}
	if (p == NULL) {
		const point *last = &j->pts[j->n - 1];
		if (last->year < year)
			add_note(j, "target year %d not reached yet (latest value %d)", year, last->year);
		else
			add_note(j, "no value for the target year %d (latest value %d)", year, last->year);
		explain_missing(j, year);
		return EDUIND_VERDICT_PENDING;
	}
	if (pg_is_year_on_year(j->pt.cmp)) {
		prev = at_year(j, year - 1);
		if (prev == NULL) {
			add_note(j, "no value for %d to compare with", year - 1);
			return EDUIND_VERDICT_NO_DATA;
		}
		prev_judged = prev->judged;
		prev_raw = prev->raw;
	}
	met = pg_meets(&j->pt, p->judged, prev_judged);
	if (p->reported)
		add_note(j, "%d value is the published figure, not computed", year);
	if (j->rounded) {
		met_raw = pg_meets(&j->pt, p->raw, prev_raw);
		if (met_raw != met)
			add_note(j, "judged on published value %s (raw %s would %s)",
			         ev_num(p->judged, a), ev_num(p->raw, b), met_raw ? "meet" : "not meet");
	}
	return met == 1 ? EDUIND_VERDICT_MET : EDUIND_VERDICT_NOT_MET;
}

static const point *baseline(judging *j)
{
	const point *p;
	if (j->n == 0)
		return NULL;
	if (j->plan_baseline > 0) {
		p = at_year(j, j->plan_baseline);
		if (p != NULL)
			return p;
		add_note(j, "no value for the baseline year %d; trend from %d", j->plan_baseline,
		         j->pts[0].year);
	}
	return &j->pts[0];
}

/* Latest, baseline, gap, required growth, trend year and progress. */
static void measure(judging *j, eduind_judgement *out)
{
	const point *last, *base, *prev;
	pg_series s;
	double goal, v, rate, years;
	int ty = eduind_target_year(j->t);
	if (j->n == 0) {
		out->progress = EDUIND_PROGRESS_UNKNOWN;
		return;
	}
	last = &j->pts[j->n - 1];
	base = baseline(j);
	prev = at_year(j, last->year - 1);
	out->latest_year = last->year;
	out->latest_value = last->judged;
	out->latest_display = last->display;
	out->baseline_year = base->year;
	out->baseline_value = base->judged;

	s.base_year = base->year <= last->year ? base->year : 0;
	s.base = base->judged;
	s.latest_year = last->year;
	s.latest = last->judged;
	s.latest_prev = prev != NULL ? prev->judged : NAN;
	s.target_year = ty;
	out->progress = pg_assess(&j->pt, &s, NULL);
	if (pg_is_year_on_year(j->pt.cmp))
		return;

	goal = pg_goal(&j->pt, last->judged);
	out->gap = j->rounded ? judged_value(j, goal - last->judged) : goal - last->judged;
	if (ty > last->year && eduind_required_growth(last->judged, goal, ty - last->year, &v) == EDUIND_OK)
		out->required_growth_pct = v;
	if (pg_meets(&j->pt, last->judged, NAN) == 1) {
		out->trend_year = last->year;
	} else if (base->year < last->year &&
	           eduind_cagr(base->judged, last->judged, last->year - base->year, &rate) == EDUIND_OK &&
	           eduind_years_to_target(last->judged, goal, rate, &years) == EDUIND_OK) {
		out->trend_year = last->year + years;
	}
}

static char *dup_text(const char *s)
{
	size_t n = strlen(s != NULL ? s : "") + 1;
	char *d = malloc(n);
	if (d != NULL)
		memcpy(d, s != NULL ? s : "", n);
	return d;
}

static void free_row(judgement_row *r)
{
	free(r->indicator);
	free(r->entity);
	free(r->source);
	free(r->latest_display);
	free(r->note);
}

/* Fills *out (strings owned) for target t. */
static eduind_status judge_one(judgement_row *out, const eduind_target *t, const eduind_indicator *ind,
                               const eduind_results *res, int plan_baseline, const int *periods,
                               size_t np)
{
	judging j;
	eduind_judgement row;
	char *note = NULL;
	eduind_status st;

	memset(&j, 0, sizeof j);
	j.t = t;
	j.ind = ind;
	j.res = res;
	j.plan_baseline = plan_baseline;
	j.decimals = eduind_indicator_decimals(ind);
	j.rounded = eduind_target_judge_rounded(t) != 0;
	j.pt.cmp = eduind_target_comparison(t);
	j.pt.value = eduind_target_value(t);
	j.pt.high = eduind_target_value_high(t);
	j.pt.tolerance = eduind_target_tolerance(t);
	j.pts = malloc((np ? np : 1) * sizeof *j.pts);
	if (j.pts == NULL)
		return EDUIND_ENOMEM;
	gather(&j, periods, np);

	memset(&row, 0, sizeof row);
	row.year = eduind_target_year(t);
	row.comparison = j.pt.cmp;
	row.target = pg_is_year_on_year(j.pt.cmp) ? NAN : j.pt.value;
	row.target_high = j.pt.cmp == EDUIND_CMP_BETWEEN ? j.pt.high : NAN;
	row.binding = eduind_target_binding(t);
	row.judged_rounded = j.rounded;
	row.latest_value = NAN;
	row.baseline_value = NAN;
	row.gap = NAN;
	row.required_growth_pct = NAN;
	row.trend_year = NAN;
	row.latest_display = "";
	row.verdict = verdict_at_target(&j);
	measure(&j, &row);

	st = sb_finish(&j.note, &note);
	memset(out, 0, sizeof *out);
	out->indicator = dup_text(eduind_indicator_code(ind));
	out->entity = dup_text(eduind_target_entity(t));
	out->source = dup_text(eduind_target_source(t));
	out->latest_display = dup_text(row.latest_display); /* borrowed from res until here */
	out->note = note != NULL ? note : dup_text("");
	free(j.pts);
	out->pub = row;
	out->pub.indicator = out->indicator;
	out->pub.entity = out->entity;
	out->pub.source = out->source;
	out->pub.latest_display = out->latest_display;
	out->pub.note = out->note;
	if (st == EDUIND_OK && (out->indicator == NULL || out->entity == NULL || out->source == NULL ||
	                        out->latest_display == NULL || out->note == NULL))
		st = EDUIND_ENOMEM;
	return st;
}

eduind_status eduind_judge(eduind_judgements **out, const eduind_plan *plan, const eduind_results *res,
                           const eduind_catalog *cat, eduind_error *err)
{
	eduind_judgements *js;
	int *periods = NULL;
	size_t np = 0, i, n;
	eduind_status st;
	char path[64];

	if (out == NULL)
		return eduind__fail(err, EDUIND_ENULL, "eduind_judge: out is NULL");
	*out = NULL;
	if (plan == NULL || res == NULL || cat == NULL)
		return eduind__fail(err, EDUIND_ENULL, "eduind_judge: %s is NULL",
		                    plan == NULL ? "plan" : res == NULL ? "results" : "catalogue");
	n = eduind_plan_count(plan);
	for (i = 0; i < n; i++) {
		const char *code = eduind_target_indicator(eduind_plan_at(plan, i));
		if (eduind_catalog_find(cat, code) == NULL) {
			snprintf(path, sizeof path, "$.targets[%zu]", i);
			return eduind__fail_at(err, EDUIND_ENOTFOUND, NULL, 0, 0, path,
			                       "target %zu: indicator \"%s\" is not in the catalogue", i,
			                       code != NULL ? code : "");
		}
	}
	js = calloc(1, sizeof *js);
	if (js == NULL || (js->rows = calloc(n ? n : 1, sizeof *js->rows)) == NULL) {
		free(js);
		return eduind__fail(err, EDUIND_ENOMEM, "out of memory");
	}
	st = collect_periods(res, &periods, &np);
	for (i = 0; st == EDUIND_OK && i < n; i++) {
		const eduind_target *t = eduind_plan_at(plan, i);
		st = judge_one(&js->rows[i], t, eduind_catalog_find(cat, eduind_target_indicator(t)), res,
		               eduind_plan_baseline_year(plan), periods, np);
		js->n = i + 1;
	}
	free(periods);
	if (st != EDUIND_OK) {
		eduind_judgements_free(js);
		return eduind__fail(err, st, "out of memory");
	}
	*out = js;
	return EDUIND_OK;
}

void eduind_judgements_free(eduind_judgements *js)
{
	size_t i;
	if (js == NULL)
		return;
	for (i = 0; i < js->n; i++)
		free_row(&js->rows[i]);
	free(js->rows);
	free(js);
}

size_t eduind_judgements_count(const eduind_judgements *js)
{
	return js != NULL ? js->n : 0;
}

eduind_status eduind_judgements_get(const eduind_judgements *js, size_t i, eduind_judgement *out)
{
	if (js == NULL || out == NULL)
		return EDUIND_ENULL;
	if (i >= js->n)
		return EDUIND_ENOTFOUND;
	*out = js->rows[i].pub;
	return EDUIND_OK;
}
