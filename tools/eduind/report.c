/* The evaluated report as the renderers see it: rows of indicator x entity, one column
 * per school year, plus the wording of targets and verdicts in the chosen language. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define NO_RESULT ((size_t)-1)

typedef struct code_index {
	const char *code;
	size_t index;
} code_index;

typedef struct entry {
	size_t ind;
	size_t ent;
	int period;
	size_t result;
} entry;

static int cmp_code(const void *a, const void *b)
{
	return strcmp(((const code_index *)a)->code, ((const code_index *)b)->code);
}

static size_t lookup(const code_index *tab, size_t n, const char *code)
{
	code_index key = { code, 0 };
	const code_index *hit = bsearch(&key, tab, n, sizeof *tab, cmp_code);
	return hit ? hit->index : (size_t)-1;
}

static int cmp_entry(const void *a, const void *b)
{
	const entry *x = a, *y = b;
	if (x->ind != y->ind)
		return x->ind < y->ind ? -1 : 1;
	if (x->ent != y->ent)
		return x->ent < y->ent ? -1 : 1;
	return (x->period > y->period) - (x->period < y->period);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int has_value(const report *r, size_t result_index)
{
	eduind_result res;
	return result_index != NO_RESULT && eduind_results_get(r->res, result_index, &res) == EDUIND_OK &&
	       res.state == EDUIND_RESULT_OK;
}

/* A school year in which no indicator has a value (e.g. a plan year that only holds
 * targets) would be an empty column. */
static void drop_empty_periods(report *r)
{
	size_t kept = 0;
	for (size_t p = 0; p < r->n_periods; p++) {
		int any = 0;
		for (size_t i = 0; i < r->n_rows && !any; i++)
			any = has_value(r, r->rows[i].cells[p]);
		if (!any)
			continue;
		r->periods[kept] = r->periods[p];
		for (size_t i = 0; i < r->n_rows; i++)
			r->rows[i].cells[kept] = r->rows[i].cells[p];
		kept++;
	}
	r->n_periods = kept;
}

int report_build(report *r)
{
	size_t n_res = eduind_results_count(r->res);
	size_t n_ind = eduind_catalog_count(r->cat);
	size_t n_ent = eduind_dataset_entity_count(r->ds);
	code_index *inds = malloc((n_ind + 1) * sizeof *inds);
	code_index *ents = malloc((n_ent + 1) * sizeof *ents);
	entry *es = malloc((n_res + 1) * sizeof *es);
	int *periods = malloc((n_res + 1) * sizeof *periods);
	if (!inds || !ents || !es || !periods) {
		free(inds);
		free(ents);
		free(es);
		free(periods);
		return CLI_INTERNAL;
	}
	for (size_t i = 0; i < n_ind; i++)
		inds[i] = (code_index){ eduind_indicator_code(eduind_catalog_at(r->cat, i)), i };
	for (size_t i = 0; i < n_ent; i++) {
		const char *id = "";
		eduind_dataset_entity_at(r->ds, i, &id, NULL, NULL, NULL, NULL);
		ents[i] = (code_index){ id, i };
	}
	qsort(inds, n_ind, sizeof *inds, cmp_code);
	qsort(ents, n_ent, sizeof *ents, cmp_code);

	size_t n = 0, n_periods = 0;
	for (size_t i = 0; i < n_res; i++) {
		eduind_result res;
		if (eduind_results_get(r->res, i, &res) != EDUIND_OK || (res.cell && res.cell[0]))
			continue;
		es[n].ind = lookup(inds, n_ind, res.indicator);
		es[n].ent = lookup(ents, n_ent, res.entity);
		es[n].period = res.period;
		es[n].result = i;
		n++;
		periods[n_periods++] = res.period;
	}
	qsort(es, n, sizeof *es, cmp_entry);
	qsort(periods, n_periods, sizeof *periods, cmp_int);
	size_t u = 0;
	for (size_t i = 0; i < n_periods; i++) {
		if (u == 0 || periods[u - 1] != periods[i])
			periods[u++] = periods[i];
	}
	r->periods = periods;
	r->n_periods = u;

	r->rows = calloc(n + 1, sizeof *r->rows);
	int failed = r->rows == NULL;
	r->n_rows = 0;
	r->n_rows_empty = 0;
	for (size_t i = 0; i < n && !failed; i++) {
		eduind_result res;
		eduind_results_get(r->res, es[i].result, &res);
		report_row *row = r->n_rows ? &r->rows[r->n_rows - 1] : NULL;
		if (!row || es[i].ind != es[i - 1].ind || es[i].ent != es[i - 1].ent ||
		    strcmp(row->indicator, res.indicator) != 0 || strcmp(row->entity, res.entity) != 0) {
			row = &r->rows[r->n_rows++];
			row->indicator = res.indicator;
			row->entity = res.entity;
			row->ind = eduind_catalog_find(r->cat, res.indicator);
			row->cells = malloc((u + 1) * sizeof *row->cells);
			if (!row->cells) {
				failed = 1;
				break;
			}
			for (size_t p = 0; p < u; p++)
				row->cells[p] = NO_RESULT;
		}
		int *hit = bsearch(&res.period, periods, u, sizeof *periods, cmp_int);
		if (hit)
			row->cells[hit - periods] = es[i].result;
		if (res.state == EDUIND_RESULT_OK)
			row->any_value = 1;
	}
	for (size_t i = 0; i < r->n_rows; i++)
		r->n_rows_empty += !r->rows[i].any_value;
	if (!failed && !r->show_all)
		drop_empty_periods(r);
	free(inds);
	free(ents);
	free(es);

	r->n_met = r->n_not_met = r->n_pending = r->n_no_data = r->n_gate_failed = 0;
	size_t n_j = r->judg ? eduind_judgements_count(r->judg) : 0;
	for (size_t i = 0; i < n_j; i++) {
		eduind_judgement j;
		if (eduind_judgements_get(r->judg, i, &j) != EDUIND_OK)
			continue;
		switch (j.verdict) {
		case EDUIND_VERDICT_MET: r->n_met++; break;
		case EDUIND_VERDICT_NOT_MET: r->n_not_met++; break;
		case EDUIND_VERDICT_PENDING: r->n_pending++; break;
		default: r->n_no_data++; break;
		}
		r->n_gate_failed += (size_t)report_gates(&j);
	}
	return failed ? CLI_INTERNAL : CLI_OK;
}

void report_free(report *r)
{
	for (size_t i = 0; r->rows && i < r->n_rows; i++)
		free(r->rows[i].cells);
	free(r->rows);
	free(r->periods);
	r->rows = NULL;
	r->periods = NULL;
	r->n_rows = r->n_periods = 0;
}

const char *report_display(const report *r, size_t result_index, const char *none)
{
	eduind_result res;
	if (result_index == NO_RESULT || eduind_results_get(r->res, result_index, &res) != EDUIND_OK)
		return none;
	if (res.state != EDUIND_RESULT_OK || !res.display || !res.display[0])
		return none;
	return res.display;
}

const char *report_entity_name(const report *r, const char *entity)
{
	size_t n = eduind_dataset_entity_count(r->ds);
	for (size_t i = 0; i < n; i++) {
		const char *id = NULL, *zh = NULL, *en = NULL;
		if (eduind_dataset_entity_at(r->ds, i, &id, NULL, &zh, &en, NULL) != EDUIND_OK || !id)
			continue;
		if (strcmp(id, entity) != 0)
			continue;
		const char *first = r->ctx->lang == CLI_LANG_ZH ? zh : en;
		const char *second = r->ctx->lang == CLI_LANG_ZH ? en : zh;
		if (first && *first)
			return first;
		if (second && *second)
			return second;
		return entity;
	}
	return entity;
}

void report_format(const eduind_indicator *ind, double v, char *buf, size_t size)
{
	int decimals = ind ? eduind_indicator_decimals(ind) : 2;
	eduind_unit unit = ind ? eduind_indicator_unit(ind) : EDUIND_UNIT_NUMBER;
	if (!isfinite(v) || eduind_format(v, decimals, unit, buf, size) != EDUIND_OK)
		snprintf(buf, size, "-");
}

void report_target_text(const report *r, const eduind_judgement *j, char *buf, size_t size, int ascii)
{
	const eduind_indicator *ind = eduind_catalog_find(r->cat, j->indicator);
	int zh = r->ctx->lang == CLI_LANG_ZH;
	char v[64], hi[64];
	report_format(ind, j->target, v, sizeof v);
	report_format(ind, j->target_high, hi, sizeof hi);
	switch (j->comparison) {
	case EDUIND_CMP_GE: snprintf(buf, size, "%s %s", ascii ? ">=" : "≥", v); break;
	case EDUIND_CMP_LE: snprintf(buf, size, "%s %s", ascii ? "<=" : "≤", v); break;
	case EDUIND_CMP_GT: snprintf(buf, size, "> %s", v); break;
	case EDUIND_CMP_LT: snprintf(buf, size, "< %s", v); break;
	case EDUIND_CMP_EQ: snprintf(buf, size, "= %s", v); break;
	case EDUIND_CMP_BETWEEN: snprintf(buf, size, "%s to %s", v, hi); break;
	case EDUIND_CMP_INCREASE:
		snprintf(buf, size, "%s", zh ? "比上年增长" : "> previous year");
		break;
	case EDUIND_CMP_NOT_DECREASE:
		snprintf(buf, size, "%s", zh ? "只增不减" : (ascii ? ">= previous year" : "≥ previous year"));
		break;
	case EDUIND_CMP_APPROX: snprintf(buf, size, "%s %s", ascii ? "~" : "≈", v); break;
	case EDUIND_CMP_ELIMINATE:
		snprintf(buf, size, "%s (%s %s)", zh ? "基本消除" : "eliminate", ascii ? "<=" : "≤", v);
		break;
	default: snprintf(buf, size, "%s %s", eduind_comparison_symbol(j->comparison), v); break;
	}
}

const char *report_verdict_text(const report *r, eduind_verdict v)
{
	int zh = r->ctx->lang == CLI_LANG_ZH;
	switch (v) {
	case EDUIND_VERDICT_MET: return zh ? "达成" : "met";
	case EDUIND_VERDICT_NOT_MET: return zh ? "未达成" : "NOT MET";
	case EDUIND_VERDICT_PENDING: return zh ? "待定" : "pending";
	default: return zh ? "无数据" : "no data";
	}
}

const char *report_binding_text(const report *r, eduind_binding b)
{
	int zh = r->ctx->lang == CLI_LANG_ZH;
	switch (b) {
	case EDUIND_BINDING_BINDING: return zh ? "约束性" : "binding";
	case EDUIND_BINDING_EXPECTED: return zh ? "预期性" : "expected";
	default: return zh ? "未注明" : "not stated";
	}
}

const char *report_progress_text(const report *r, eduind_progress p)
{
	int zh = r->ctx->lang == CLI_LANG_ZH;
	switch (p) {
	case EDUIND_PROGRESS_ACHIEVED: return zh ? "已达到" : "achieved";
	case EDUIND_PROGRESS_ON_TRACK: return zh ? "进度正常" : "on track";
	case EDUIND_PROGRESS_MODERATE: return zh ? "进度偏慢" : "moderate";
	case EDUIND_PROGRESS_OFF_TRACK: return zh ? "进度严重滞后" : "off track";
	case EDUIND_PROGRESS_REGRESSING: return zh ? "倒退" : "regressing";
	default: return zh ? "未知" : "unknown";
	}
}

int report_gates(const eduind_judgement *j)
{
	return j->verdict == EDUIND_VERDICT_NOT_MET &&
	       (j->binding == EDUIND_BINDING_BINDING || j->binding == EDUIND_BINDING_EXPECTED);
}
