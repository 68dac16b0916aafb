/* The report on a terminal: binding targets apart from expected ones, each marked met
 * or missed, then the indicators by school year. Aligned by display width (table.c). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const eduind_binding group_order[3] = {
	EDUIND_BINDING_BINDING, EDUIND_BINDING_EXPECTED, EDUIND_BINDING_NONE
};

static const char *group_title(const report *r, eduind_binding b)
{
	switch (b) {
	case EDUIND_BINDING_BINDING: return "约束性 Binding targets";
	case EDUIND_BINDING_EXPECTED: return "预期性 Expected targets";
	default: return cli_text(r->ctx, "其他目标", "Other targets");
	}
}

static void gap_text(const report *r, const eduind_judgement *j, char *buf, size_t size)
{
	const eduind_indicator *ind = eduind_catalog_find(r->cat, j->indicator);
	if (!isfinite(j->gap) || j->verdict == EDUIND_VERDICT_MET || j->verdict == EDUIND_VERDICT_NO_DATA) {
		snprintf(buf, size, "%s", "");
		return;
	}
	int decimals = ind ? eduind_indicator_decimals(ind) : 2;
	eduind_unit unit = ind ? eduind_indicator_unit(ind) : EDUIND_UNIT_NUMBER;
	if (unit == EDUIND_UNIT_PERCENT)
		unit = EDUIND_UNIT_PP;
	else if (unit == EDUIND_UNIT_RATIO)
		unit = EDUIND_UNIT_NUMBER;
	if (eduind_format(j->gap, decimals, unit, buf, size) != EDUIND_OK)
		snprintf(buf, size, "-");
}

/* One table per binding group; returns -1 when out of memory. */
static int targets_section(const report *r, textbuf *out, eduind_binding group)
{
	const cli_ctx *ctx = r->ctx;
	const char *headers[] = {
		cli_text(ctx, "指标", "Indicator"), cli_text(ctx, "名称", "Name"),
		cli_text(ctx, "地区", "Entity"), cli_text(ctx, "年份", "Year"),
		cli_text(ctx, "目标", "Target"), cli_text(ctx, "最新值", "Latest"),
		cli_text(ctx, "结果", "Verdict"), cli_text(ctx, "差距", "Gap"),
		cli_text(ctx, "进展", "Progress"),
	};
	table *t = table_new(9, headers);
	if (!t)
		return -1;
	table_max_width(t, 1, 28);
	table_align_right(t, 3);
	table_align_right(t, 5);
	table_align_right(t, 7);
	size_t n = eduind_judgements_count(r->judg);
	for (size_t i = 0; i < n; i++) {
		eduind_judgement j;
		if (eduind_judgements_get(r->judg, i, &j) != EDUIND_OK)
			continue;
		eduind_binding b = j.binding == EDUIND_BINDING_BINDING || j.binding == EDUIND_BINDING_EXPECTED
		                   ? j.binding : EDUIND_BINDING_NONE;
		if (b != group)
			continue;
		const eduind_indicator *ind = eduind_catalog_find(r->cat, j.indicator);
		char year[16], target[96], latest[96], verdict[64], gap[64];
		snprintf(year, sizeof year, "%d", j.year);
		report_target_text(r, &j, target, sizeof target, 1);
		if (j.latest_year > 0)
			snprintf(latest, sizeof latest, "%d: %s", j.latest_year,
			         j.latest_display && *j.latest_display ? j.latest_display : "-");
		else
			snprintf(latest, sizeof latest, "-");
		const char *mark = j.verdict == EDUIND_VERDICT_MET ? "✓ "
		                   : j.verdict == EDUIND_VERDICT_NOT_MET ? "✗ " : "  ";
		snprintf(verdict, sizeof verdict, "%s%s", mark, report_verdict_text(r, j.verdict));
		gap_text(r, &j, gap, sizeof gap);
		const char *prog_text = j.verdict == EDUIND_VERDICT_MET || j.progress == EDUIND_PROGRESS_UNKNOWN
		                        ? "" : report_progress_text(r, j.progress);
		const char *cells[] = {
			j.indicator, ind ? cli_indicator_name(ctx, ind) : "", report_entity_name(r, j.entity),
			year, target, latest, verdict, gap, prog_text,
		};
		if (table_add_row(t, cells) != 0)
			break;
		cell_style s = j.verdict == EDUIND_VERDICT_MET ? STYLE_GOOD
		               : j.verdict == EDUIND_VERDICT_NOT_MET ? STYLE_BAD : STYLE_WARN;
		table_style_cell(t, 6, s);
	}
	if (table_rows(t) > 0) {
		if (ctx->color)
			tb_add(out, "\033[1m");
		tb_add(out, group_title(r, group));
		if (ctx->color)
			tb_add(out, "\033[0m");
		tb_add(out, "\n");
		table_render(t, out, ctx->color);
		tb_add(out, "\n");
	}
	table_free(t);
	return 0;
}

static int indicators_section(const report *r, textbuf *out)
{
	const cli_ctx *ctx = r->ctx;
	int many_entities = 0;
	for (size_t i = 1; i < r->n_rows; i++) {
		if (strcmp(r->rows[i].entity, r->rows[0].entity) != 0)
			many_entities = 1;
	}
	size_t fixed = many_entities ? 3 : 2;
	size_t n_cols = fixed + r->n_periods;
	const char **headers = calloc(n_cols, sizeof *headers);
	char (*years)[16] = calloc(r->n_periods + 1, sizeof *years);
	const char **cells = calloc(n_cols, sizeof *cells);
	if (!headers || !years || !cells) {
		free(headers);
		free(years);
		free(cells);
		return -1;
	}
	headers[0] = cli_text(ctx, "指标", "Indicator");
	headers[1] = cli_text(ctx, "名称", "Name");
	if (many_entities)
		headers[2] = cli_text(ctx, "地区", "Entity");
	for (size_t p = 0; p < r->n_periods; p++) {
		snprintf(years[p], sizeof years[p], "%d", r->periods[p]);
		headers[fixed + p] = years[p];
	}
	table *t = table_new(n_cols, headers);
	int rc = t ? 0 : -1;
	if (t) {
		table_max_width(t, 1, 30);
		if (many_entities)
			table_max_width(t, 2, 20);
		for (size_t p = 0; p < r->n_periods; p++)
			table_align_right(t, fixed + p);
		for (size_t i = 0; i < r->n_rows; i++) {
			const report_row *row = &r->rows[i];
			if (!row->any_value && !r->show_all)
				continue;
			cells[0] = row->indicator;
			cells[1] = row->ind ? cli_indicator_name(ctx, row->ind) : "";
			if (many_entities)
				cells[2] = report_entity_name(r, row->entity);
			for (size_t p = 0; p < r->n_periods; p++)
				cells[fixed + p] = report_display(r, row->cells[p], "-");
			if (table_add_row(t, cells) != 0) {
				rc = -1;
				break;
			}
		}
		if (ctx->color)
			tb_add(out, "\033[1m");
		tb_add(out, cli_text(ctx, "指标值", "Indicators"));
		if (ctx->color)
			tb_add(out, "\033[0m");
		tb_add(out, "\n");
		if (table_rows(t) > 0)
			table_render(t, out, ctx->color);
		else
			tb_add(out, cli_text(ctx, "（没有可计算的指标）\n", "(no indicator could be computed)\n"));
		if (r->n_rows_empty && !r->show_all)
			tb_printf(out, TR(ctx, "\n另有 %zu 行缺少数据，未显示（--all 显示全部）。\n",
			                        "\n%zu more rows have no value and are not shown (--all shows them).\n"),
			          r->n_rows_empty);
		table_free(t);
	}
	free(headers);
	free(years);
	free(cells);
	return rc;
}

static int findings_section(const report *r, textbuf *out)
{
	const cli_ctx *ctx = r->ctx;
	size_t n = r->findings ? eduind_findings_count(r->findings) : 0;
	if (n == 0)
		return 0;
	tb_add(out, "\n");
	if (ctx->color)
		tb_add(out, "\033[1m");
	tb_printf(out, TR(ctx, "数据一致性问题 (%zu)", "Consistency problems (%zu)"), n);
	if (ctx->color)
		tb_add(out, "\033[0m");
	tb_add(out, "\n");
	for (size_t i = 0; i < n; i++) {
		eduind_finding f;
		if (eduind_findings_get(r->findings, i, &f) != EDUIND_OK)
			continue;
		/* The library's message already names the rule, entity and period. */
		tb_printf(out, "  [%s] %s\n", eduind_check_kind_name(f.kind), f.message ? f.message : "");
	}
	return 0;
}

int render_table(const report *r, textbuf *out)
{
	const cli_ctx *ctx = r->ctx;
	const char *ds_name = eduind_dataset_name(r->ds);
	tb_printf(out, "%s\n", ds_name && *ds_name ? ds_name : r->data_path);
	if (r->plan) {
		const char *plan_name = eduind_plan_name(r->plan);
		tb_printf(out, "%s %s\n", cli_text(ctx, "规划：", "Plan:"),
		          plan_name && *plan_name ? plan_name : r->plan_path);
	}
	tb_add(out, "\n");
	if (r->judg) {
		for (size_t g = 0; g < 3; g++) {
			if (targets_section(r, out, group_order[g]) != 0)
				return CLI_INTERNAL;
		}
		tb_printf(out, TR(ctx, "目标：%zu 项达成，%zu 项未达成，%zu 项待定，%zu 项无数据",
		                        "Targets: %zu met, %zu not met, %zu pending, %zu without data"),
		          r->n_met, r->n_not_met, r->n_pending, r->n_no_data);
		if (r->n_gate_failed)
			tb_printf(out, TR(ctx, "（%zu 项约束性或预期性目标未达成）", " (%zu binding or expected not met)"),
			          r->n_gate_failed);
		tb_add(out, "\n\n");
	}
	if (indicators_section(r, out) != 0)
		return CLI_INTERNAL;
	findings_section(r, out);
	return out->failed ? CLI_INTERNAL : CLI_OK;
}
