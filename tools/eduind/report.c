/* The evaluated report as the renderers see it: rows of indicator x entity, one column
 * per school year, plus the wording of targets and verdicts in the chosen language. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define NO_RESULT ((size_t)-1)

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

/* One bit per (indicator, entity) pair. */
static size_t pair_bit(const report *r, size_t ind, size_t ent)
{
	return ind * r->n_ents + ent;
}

static int bit_get(const unsigned char *bits, size_t i)
{
	return (bits[i / 8] >> (i % 8)) & 1;
}

static void bit_set(unsigned char *bits, size_t i)
{
	bits[i / 8] = (unsigned char)(bits[i / 8] | (1u << (i % 8)));
}

/* Code -> catalogue index and id -> dataset index tables, for lookups by binary search. */
static int build_indexes(report *r)
{
	r->n_inds = eduind_catalog_count(r->cat);
	r->n_ents = eduind_dataset_entity_count(r->ds);
	r->inds = malloc((r->n_inds + 1) * sizeof *r->inds);
	r->ents = malloc((r->n_ents + 1) * sizeof *r->ents);
	if (!r->inds || !r->ents)
		return -1;
	for (size_t i = 0; i < r->n_inds; i++)
		r->inds[i] = (code_index){ eduind_indicator_code(eduind_catalog_at(r->cat, i)), i };
	for (size_t i = 0; i < r->n_ents; i++) {
		const char *id = "";
		eduind_dataset_entity_at(r->ds, i, &id, NULL, NULL, NULL, NULL);
		r->ents[i] = (code_index){ id ? id : "", i };
	}
	qsort(r->inds, r->n_inds, sizeof *r->inds, cmp_code);
	qsort(r->ents, r->n_ents, sizeof *r->ents, cmp_code);
	/* Pairs of an indicator and an entity: which have results, which have a value. */
	size_t pairs = (r->n_inds + 1) * (r->n_ents + 1);
	r->pair_seen = calloc(pairs / 8 + 1, 1);
	r->pair_value = calloc(pairs / 8 + 1, 1);
	return r->pair_seen && r->pair_value ? 0 : -1;
}

int report_build(report *r)
{
	if (build_indexes(r) != 0)
		return CLI_INTERNAL;
	size_t n_res = eduind_results_count(r->res);
	size_t n = 0, cap = 1024;
	entry *es = malloc(cap * sizeof *es);
	if (!es)
		return CLI_INTERNAL;
	/* Results come in blocks of one indicator: remember the last one looked up. */
	const char *last_code = NULL;
	size_t last_ind = (size_t)-1;
	for (size_t i = 0; i < n_res; i++) {
		eduind_result res;
		if (eduind_results_get(r->res, i, &res) != EDUIND_OK || (res.cell && res.cell[0]))
			continue;
		if (res.indicator != last_code) {
			last_code = res.indicator;
			last_ind = lookup(r->inds, r->n_inds, res.indicator);
		}
		size_t ent = lookup(r->ents, r->n_ents, res.entity);
		/* Unknown codes (cannot happen with the library's own results) share a slot. */
		size_t ind = last_ind == (size_t)-1 ? r->n_inds : last_ind;
		size_t e = ent == (size_t)-1 ? r->n_ents : ent;
		bit_set(r->pair_seen, pair_bit(r, ind, e));
		int ok = res.state == EDUIND_RESULT_OK;
		if (ok)
			bit_set(r->pair_value, pair_bit(r, ind, e));
		if (!ok && !r->show_all)
			continue;
		if (n == cap) {
			entry *more = realloc(es, cap * 2 * sizeof *es);
			if (!more) {
				free(es);
				return CLI_INTERNAL;
			}
			es = more;
			cap *= 2;
		}
		es[n++] = (entry){ ind, e, res.period, i };
	}
	/* Rows left out because no year has a value. */
	size_t pairs = (r->n_inds + 1) * (r->n_ents + 1);
	r->n_rows_empty = 0;
	for (size_t b = 0; b < pairs; b++)
		r->n_rows_empty += (size_t)(bit_get(r->pair_seen, b) && !bit_get(r->pair_value, b));
	if (r->show_all)
		r->n_rows_empty = 0;

	qsort(es, n, sizeof *es, cmp_entry);
	int *periods = malloc((n + 1) * sizeof *periods);
	if (!periods) {
		free(es);
		return CLI_INTERNAL;
	}
	for (size_t i = 0; i < n; i++)
		periods[i] = es[i].period;
	qsort(periods, n, sizeof *periods, cmp_int);
	size_t u = 0;
	for (size_t i = 0; i < n; i++) {
		if (u == 0 || periods[u - 1] != periods[i])
			periods[u++] = periods[i];
	}
	r->periods = periods;
	r->n_periods = u;

	r->rows = calloc(n + 1, sizeof *r->rows);
	int failed = r->rows == NULL;
	r->n_rows = 0;
	for (size_t i = 0; i < n && !failed; i++) {
		if (i == 0 || es[i].ind != es[i - 1].ind || es[i].ent != es[i - 1].ent) {
			eduind_result res;
			eduind_results_get(r->res, es[i].result, &res);
			report_row *row = &r->rows[r->n_rows++];
			row->indicator = res.indicator;
			row->entity = res.entity;
			row->ind = eduind_catalog_find(r->cat, res.indicator);
			row->any_value = bit_get(r->pair_value, pair_bit(r, es[i].ind, es[i].ent));
			row->cells = malloc((u + 1) * sizeof *row->cells);
			if (!row->cells) {
				failed = 1;
				break;
			}
			for (size_t p = 0; p < u; p++)
				row->cells[p] = NO_RESULT;
		}
		report_row *row = &r->rows[r->n_rows - 1];
		int *hit = bsearch(&es[i].period, periods, u, sizeof *periods, cmp_int);
		if (hit)
			row->cells[hit - periods] = es[i].result;
	}
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

int report_has_value(const report *r, const char *indicator, const char *entity)
{
	size_t ind = lookup(r->inds, r->n_inds, indicator);
	size_t ent = lookup(r->ents, r->n_ents, entity);
	if (ind == (size_t)-1 || ent == (size_t)-1)
		return 0;
	return bit_get(r->pair_value, pair_bit(r, ind, ent));
}

void report_free(report *r)
{
	for (size_t i = 0; r->rows && i < r->n_rows; i++)
		free(r->rows[i].cells);
	free(r->rows);
	free(r->periods);
	free(r->inds);
	free(r->ents);
	free(r->pair_seen);
	free(r->pair_value);
	r->rows = NULL;
	r->periods = NULL;
	r->inds = r->ents = NULL;
	r->pair_seen = r->pair_value = NULL;
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
	size_t i = r->ents ? lookup(r->ents, r->n_ents, entity) : (size_t)-1;
	const char *id = NULL, *zh = NULL, *en = NULL;
	if (i == (size_t)-1 || eduind_dataset_entity_at(r->ds, i, &id, NULL, &zh, &en, NULL) != EDUIND_OK)
		return entity;
	const char *first = r->ctx->lang == CLI_LANG_ZH ? zh : en;
	const char *second = r->ctx->lang == CLI_LANG_ZH ? en : zh;
	if (first && *first)
		return first;
	if (second && *second)
		return second;
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
