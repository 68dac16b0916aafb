/* The report as Markdown (for wikis, merge requests, chat): the same sections as the
 * terminal table, as pipe tables. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void targets_md(const report *r, textbuf *out, eduind_binding group, const char *title)
{
	const cli_ctx *ctx = r->ctx;
	size_t n = eduind_judgements_count(r->judg);
	int started = 0;
	for (size_t i = 0; i < n; i++) {
		eduind_judgement j;
		if (eduind_judgements_get(r->judg, i, &j) != EDUIND_OK)
			continue;
		eduind_binding b = j.binding == EDUIND_BINDING_BINDING || j.binding == EDUIND_BINDING_EXPECTED
		                   ? j.binding : EDUIND_BINDING_NONE;
		if (b != group)
			continue;
		if (!started) {
			tb_printf(out, "## %s\n\n", title);
			tb_printf(out, "| %s | %s | %s | %s | %s | %s | %s |\n|---|---|---|---:|---|---:|---|\n",
			          TR(ctx, "指标", "Indicator"), TR(ctx, "名称", "Name"), TR(ctx, "地区", "Entity"),
			          TR(ctx, "年份", "Year"), TR(ctx, "目标", "Target"), TR(ctx, "最新值", "Latest"),
			          TR(ctx, "结果", "Verdict"));
			started = 1;
		}
		const eduind_indicator *ind = eduind_catalog_find(r->cat, j.indicator);
		char target[96];
		report_target_text(r, &j, target, sizeof target, 0);
		tb_add(out, "| `");
		tb_md(out, j.indicator);
		tb_add(out, "` | ");
		tb_md(out, ind ? cli_indicator_name(ctx, ind) : "");
		tb_add(out, " | ");
		tb_md(out, report_entity_name(r, j.entity));
		tb_printf(out, " | %d | ", j.year);
		tb_md(out, target);
		tb_add(out, " | ");
		if (j.latest_year > 0) {
			tb_printf(out, "%d: ", j.latest_year);
			tb_md(out, j.latest_display && *j.latest_display ? j.latest_display : "—");
		} else {
			tb_add(out, "—");
		}
		const char *mark = j.verdict == EDUIND_VERDICT_MET ? "✅ "
		                   : j.verdict == EDUIND_VERDICT_NOT_MET ? "❌ " : "";
		tb_printf(out, " | %s%s%s%s |\n", mark, j.verdict == EDUIND_VERDICT_NOT_MET ? "**" : "",
		          report_verdict_text(r, j.verdict), j.verdict == EDUIND_VERDICT_NOT_MET ? "**" : "");
	}
	if (started)
		tb_add(out, "\n");
}

int render_md(const report *r, textbuf *out)
{
	const cli_ctx *ctx = r->ctx;
	const char *ds_name = eduind_dataset_name(r->ds);
	tb_add(out, "# ");
	tb_md(out, ds_name && *ds_name ? ds_name : r->data_path);
	tb_add(out, "\n\n");
	if (r->plan) {
		const char *plan_name = eduind_plan_name(r->plan);
		tb_printf(out, "%s ", TR(ctx, "规划：", "Plan:"));
		tb_md(out, plan_name && *plan_name ? plan_name : r->plan_path);
		tb_add(out, "\n\n");
		targets_md(r, out, EDUIND_BINDING_BINDING, "约束性 Binding targets");
		targets_md(r, out, EDUIND_BINDING_EXPECTED, "预期性 Expected targets");
		targets_md(r, out, EDUIND_BINDING_NONE, TR(ctx, "其他目标", "Other targets"));
		tb_printf(out, TR(ctx, "目标：%zu 项达成，%zu 项未达成，%zu 项待定，%zu 项无数据。\n\n",
		                  "Targets: %zu met, %zu not met, %zu pending, %zu without data.\n\n"),
		          r->n_met, r->n_not_met, r->n_pending, r->n_no_data);
	}
	tb_printf(out, "## %s\n\n| %s | %s | %s |", TR(ctx, "指标值", "Indicators"), TR(ctx, "指标", "Indicator"),
	          TR(ctx, "名称", "Name"), TR(ctx, "地区", "Entity"));
	for (size_t p = 0; p < r->n_periods; p++)
		tb_printf(out, " %d |", r->periods[p]);
	tb_add(out, "\n|---|---|---|");
	for (size_t p = 0; p < r->n_periods; p++)
		tb_add(out, "---:|");
	tb_add(out, "\n");
	for (size_t i = 0; i < r->n_rows; i++) {
		const report_row *row = &r->rows[i];
		if (!row->any_value && !r->show_all)
			continue;
		tb_add(out, "| `");
		tb_md(out, row->indicator);
		tb_add(out, "` | ");
		tb_md(out, row->ind ? cli_indicator_name(ctx, row->ind) : "");
		tb_add(out, " | ");
		tb_md(out, report_entity_name(r, row->entity));
		tb_add(out, " |");
		for (size_t p = 0; p < r->n_periods; p++) {
			tb_add(out, " ");
			tb_md(out, report_display(r, row->cells[p], "—"));
			tb_add(out, " |");
		}
		tb_add(out, "\n");
	}
	size_t n = r->findings ? eduind_findings_count(r->findings) : 0;
	if (n) {
		tb_printf(out, "\n## %s\n\n", TR(ctx, "数据一致性问题", "Consistency problems"));
		for (size_t i = 0; i < n; i++) {
			eduind_finding f;
			if (eduind_findings_get(r->findings, i, &f) != EDUIND_OK)
				continue;
			tb_add(out, "- **");
			tb_md(out, f.rule);
			tb_printf(out, "** (%s, ", eduind_check_kind_name(f.kind));
			tb_md(out, f.entity);
			tb_printf(out, " %d): ", f.period);
			tb_md(out, f.message);
			tb_add(out, "\n");
		}
	}
	return out->failed ? CLI_INTERNAL : CLI_OK;
}
