/* The report as one self-contained HTML file: summary, targets (binding apart from
 * expected), an SVG chart per target, the indicator table and consistency problems.
 * Inline CSS and SVG only, so it opens in a browser with no network. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char css[] =
	"body{font-family:system-ui,\"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\",\"Microsoft YaHei\",sans-serif;"
	"margin:2rem auto;max-width:1180px;padding:0 1rem;color:#24292f;background:#fff}"
	"h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;"
	"border-bottom:1px solid #d0d7de;padding-bottom:.3rem}"
	".meta{color:#57606a;margin:.2rem 0}"
	"table{border-collapse:collapse;margin:.6rem 0;font-size:.92rem}"
	"th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}"
	"th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
	"code{font-size:.85em;color:#57606a}"
	".badge{display:inline-block;border-radius:1em;padding:.05em .7em;font-size:.85em;font-weight:600}"
	".met{background:#dafbe1;color:#1a7f37}.not_met{background:#ffebe9;color:#cf222e}"
	".pending{background:#fff8c5;color:#7d4e00}.no_data{background:#eaeef2;color:#57606a}"
	".binding{border-left:4px solid #cf222e;padding-left:.8rem}"
	".expected{border-left:4px solid #0969da;padding-left:.8rem}"
	".other{border-left:4px solid #8c959f;padding-left:.8rem}"
	".charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:1rem}"
	"figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:.6rem}"
	"figcaption{font-weight:600;margin-bottom:.3rem}figcaption code{font-weight:400}"
	"svg.chart{max-width:100%;height:auto}"
	"footer{margin-top:2rem;color:#57606a;font-size:.85rem}"
	"ul.findings li{margin:.2rem 0}";

static const report_row *find_row(const report *r, const char *indicator, const char *entity)
{
	for (size_t i = 0; i < r->n_rows; i++) {
		if (strcmp(r->rows[i].indicator, indicator) == 0 && strcmp(r->rows[i].entity, entity) == 0)
			return &r->rows[i];
	}
	return NULL;
}

static void badge(const report *r, textbuf *out, eduind_verdict v)
{
	tb_printf(out, "<span class=\"badge %s\">", eduind_verdict_name(v));
	tb_html(out, report_verdict_text(r, v));
	tb_add(out, "</span>");
}

static void targets_html(const report *r, textbuf *out, eduind_binding group)
{
	const cli_ctx *ctx = r->ctx;
	const char *cls = group == EDUIND_BINDING_BINDING ? "binding"
	                  : group == EDUIND_BINDING_EXPECTED ? "expected" : "other";
	const char *title = group == EDUIND_BINDING_BINDING ? "约束性 Binding targets"
	                    : group == EDUIND_BINDING_EXPECTED ? "预期性 Expected targets"
	                    : TR(ctx, "其他目标", "Other targets");
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
			tb_printf(out, "<div class=\"%s\"><h3>%s</h3>\n<table>\n<tr><th>%s</th><th>%s</th><th>%s</th>"
			          "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
			          cls, title, TR(ctx, "指标", "Indicator"), TR(ctx, "地区", "Entity"),
			          TR(ctx, "年份", "Year"), TR(ctx, "目标", "Target"), TR(ctx, "最新值", "Latest"),
			          TR(ctx, "结果", "Verdict"), TR(ctx, "进展", "Progress"), TR(ctx, "来源", "Source"));
			started = 1;
		}
		const eduind_indicator *ind = eduind_catalog_find(r->cat, j.indicator);
		char target[96];
		report_target_text(r, &j, target, sizeof target, 0);
		tb_add(out, "<tr><td>");
		tb_html(out, ind ? cli_indicator_name(ctx, ind) : j.indicator);
		tb_add(out, "<br><code>");
		tb_html(out, j.indicator);
		tb_add(out, "</code></td><td>");
		tb_html(out, report_entity_name(r, j.entity));
		tb_printf(out, "</td><td class=\"num\">%d</td><td class=\"num\">", j.year);
		tb_html(out, target);
		tb_add(out, "</td><td class=\"num\">");
		if (j.latest_year > 0) {
			tb_html(out, j.latest_display && *j.latest_display ? j.latest_display : "—");
			tb_printf(out, " (%d)", j.latest_year);
		} else {
			tb_add(out, "—");
		}
		tb_add(out, "</td><td>");
		badge(r, out, j.verdict);
		tb_add(out, "</td><td>");
		if (j.verdict != EDUIND_VERDICT_MET && j.progress != EDUIND_PROGRESS_UNKNOWN)
			tb_html(out, report_progress_text(r, j.progress));
		tb_add(out, "</td><td>");
		tb_html(out, j.source);
		tb_add(out, "</td></tr>\n");
	}
	if (started)
		tb_add(out, "</table></div>\n");
}

static int chart_for(const report *r, textbuf *out, const char *indicator, const char *entity,
                     const eduind_judgement *j)
{
	const cli_ctx *ctx = r->ctx;
	const eduind_indicator *ind = eduind_catalog_find(r->cat, indicator);
	const report_row *row = find_row(r, indicator, entity);
	chart_point *pts = calloc(r->n_periods + 1, sizeof *pts);
	if (!pts)
		return -1;
	size_t n = 0;
	for (size_t p = 0; row && p < r->n_periods; p++) {
		eduind_result res;
		if (row->cells[p] == (size_t)-1 || eduind_results_get(r->res, row->cells[p], &res) != EDUIND_OK ||
		    res.state != EDUIND_RESULT_OK)
			continue;
		pts[n].year = r->periods[p];
		pts[n].value = res.value;
		pts[n].label = res.display;
		n++;
	}
	char target[96] = "", label[160] = "";
	char title[512];
	const char *name = ind ? cli_indicator_name(ctx, ind) : indicator;
	snprintf(title, sizeof title, "%s — %s", name, report_entity_name(r, entity));
	chart_spec spec;
	memset(&spec, 0, sizeof spec);
	spec.title = title;
	spec.points = pts;
	spec.n_points = n;
	spec.verdict = -1;
	spec.target = NAN;
	spec.target_high = NAN;
	if (j) {
		report_target_text(r, j, target, sizeof target, 0);
		spec.has_target = 1;
		spec.target_year = j->year;
		if (j->comparison != EDUIND_CMP_INCREASE && j->comparison != EDUIND_CMP_NOT_DECREASE)
			spec.target = j->target;
		if (j->comparison == EDUIND_CMP_BETWEEN)
			spec.target_high = j->target_high;
		snprintf(label, sizeof label, TR(ctx, "%d 年目标 %s", "target %d: %s"), j->year, target);
		spec.target_label = label;
		spec.verdict = (int)j->verdict;
	}
	spec.percent = ind && eduind_indicator_unit(ind) == EDUIND_UNIT_PERCENT;
	tb_add(out, "<figure>\n<figcaption>");
	tb_html(out, name);
	tb_add(out, " <code>");
	tb_html(out, indicator);
	tb_add(out, "</code> ");
	if (j)
		badge(r, out, j->verdict);
	tb_add(out, "</figcaption>\n");
	svg_chart(out, &spec);
	tb_add(out, "</figure>\n");
	free(pts);
	return 0;
}

static void indicator_table(const report *r, textbuf *out)
{
	const cli_ctx *ctx = r->ctx;
	tb_printf(out, "<h2>%s</h2>\n<table>\n<tr><th>%s</th><th>%s</th>", TR(ctx, "指标值", "Indicators"),
	          TR(ctx, "指标", "Indicator"), TR(ctx, "地区", "Entity"));
	for (size_t p = 0; p < r->n_periods; p++)
		tb_printf(out, "<th>%d</th>", r->periods[p]);
	tb_add(out, "</tr>\n");
	for (size_t i = 0; i < r->n_rows; i++) {
		const report_row *row = &r->rows[i];
		if (!row->any_value && !r->show_all)
			continue;
		tb_add(out, "<tr><td>");
		tb_html(out, row->ind ? cli_indicator_name(ctx, row->ind) : row->indicator);
		tb_add(out, "<br><code>");
		tb_html(out, row->indicator);
		tb_add(out, "</code></td><td>");
		tb_html(out, report_entity_name(r, row->entity));
		tb_add(out, "</td>");
		for (size_t p = 0; p < r->n_periods; p++) {
			eduind_result res;
			const char *text = report_display(r, row->cells[p], "—");
			tb_add(out, "<td class=\"num\"");
			if (row->cells[p] != (size_t)-1 && eduind_results_get(r->res, row->cells[p], &res) == EDUIND_OK &&
			    res.state != EDUIND_RESULT_OK && res.note && *res.note) {
				tb_add(out, " title=\"");
				tb_html(out, res.note);
				tb_add(out, "\"");
			}
			tb_add(out, ">");
			tb_html(out, text);
			tb_add(out, "</td>");
		}
		tb_add(out, "</tr>\n");
	}
	tb_add(out, "</table>\n");
	if (r->n_rows_empty && !r->show_all)
		tb_printf(out, TR(ctx, "<p class=\"meta\">另有 %zu 行缺少数据，未显示。</p>\n",
		                  "<p class=\"meta\">%zu more rows have no value and are not shown.</p>\n"),
		          r->n_rows_empty);
}

int render_html(const report *r, textbuf *out)
{
	const cli_ctx *ctx = r->ctx;
	const char *ds_name = eduind_dataset_name(r->ds);
	const char *title = ds_name && *ds_name ? ds_name : r->data_path;
	tb_printf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
	          ctx->lang == CLI_LANG_ZH ? "zh-CN" : "en");
	tb_html(out, title);
	tb_printf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n<h1>", css);
	tb_html(out, title);
	tb_add(out, "</h1>\n");
	if (r->plan) {
		const char *plan_name = eduind_plan_name(r->plan);
		const char *plan_source = eduind_plan_source(r->plan);
		tb_add(out, "<p class=\"meta\">");
		tb_html(out, plan_name && *plan_name ? plan_name : r->plan_path);
		if (plan_source && *plan_source) {
			tb_add(out, " · ");
			tb_html(out, plan_source);
		}
		tb_add(out, "</p>\n<p class=\"summary\">");
		tb_printf(out, "<span class=\"badge met\">%s %zu</span> <span class=\"badge not_met\">%s %zu</span> "
		          "<span class=\"badge pending\">%s %zu</span> <span class=\"badge no_data\">%s %zu</span>",
		          report_verdict_text(r, EDUIND_VERDICT_MET), r->n_met,
		          report_verdict_text(r, EDUIND_VERDICT_NOT_MET), r->n_not_met,
		          report_verdict_text(r, EDUIND_VERDICT_PENDING), r->n_pending,
		          report_verdict_text(r, EDUIND_VERDICT_NO_DATA), r->n_no_data);
		tb_add(out, "</p>\n");
	}
	tb_add(out, "</header>\n");

	if (r->judg) {
		/* Charts first (binding, expected, then other targets; those with a value), so
		 * the first screen shows the picture; the tables follow. */
		tb_printf(out, "<h2>%s</h2>\n<div class=\"charts\">\n",
		          TR(ctx, "各指标历年值与目标", "Each indicator over the years against its target"));
		size_t n = eduind_judgements_count(r->judg);
		for (int g = 0; g < 3; g++) {
			for (size_t i = 0; i < n; i++) {
				eduind_judgement j;
				if (eduind_judgements_get(r->judg, i, &j) != EDUIND_OK || j.latest_year == 0)
					continue;
				int group = j.binding == EDUIND_BINDING_BINDING ? 0 : j.binding == EDUIND_BINDING_EXPECTED ? 1 : 2;
				if (group != g)
					continue;
				if (chart_for(r, out, j.indicator, j.entity, &j) != 0)
					return CLI_INTERNAL;
			}
		}
		tb_add(out, "</div>\n");
		if (r->n_no_data)
			tb_printf(out, TR(ctx, "<p class=\"meta\">%zu 项目标没有数据，未绘图。</p>\n",
			                  "<p class=\"meta\">%zu targets have no data and no chart.</p>\n"),
			          r->n_no_data);
		tb_printf(out, "<h2>%s</h2>\n", TR(ctx, "目标", "Targets"));
		targets_html(r, out, EDUIND_BINDING_BINDING);
		targets_html(r, out, EDUIND_BINDING_EXPECTED);
		targets_html(r, out, EDUIND_BINDING_NONE);
	} else {
		/* Without a plan: chart the indicators that have a history. */
		int started = 0;
		for (size_t i = 0; i < r->n_rows; i++) {
			size_t values = 0;
			for (size_t p = 0; p < r->n_periods; p++)
				values += strcmp(report_display(r, r->rows[i].cells[p], ""), "") != 0;
			if (values < 2)
				continue;
			if (!started) {
				tb_printf(out, "<h2>%s</h2>\n<div class=\"charts\">\n",
				          TR(ctx, "各指标历年值", "Each indicator over the years"));
				started = 1;
			}
			if (chart_for(r, out, r->rows[i].indicator, r->rows[i].entity, NULL) != 0)
				return CLI_INTERNAL;
		}
		if (started)
			tb_add(out, "</div>\n");
	}
	indicator_table(r, out);

	size_t n_f = r->findings ? eduind_findings_count(r->findings) : 0;
	if (n_f) {
		tb_printf(out, "<h2>%s</h2>\n<ul class=\"findings\">\n", TR(ctx, "数据一致性问题", "Consistency problems"));
		for (size_t i = 0; i < n_f; i++) {
			eduind_finding f;
			if (eduind_findings_get(r->findings, i, &f) != EDUIND_OK)
				continue;
			tb_add(out, "<li><strong>");
			tb_html(out, f.rule);
			tb_printf(out, "</strong> (%s, ", eduind_check_kind_name(f.kind));
			tb_html(out, f.entity);
			tb_printf(out, " %d): ", f.period);
			tb_html(out, f.message);
			tb_add(out, "</li>\n");
		}
		tb_add(out, "</ul>\n");
	}
	tb_printf(out, "<footer>eduind %s · ", eduind_version());
	tb_html(out, r->data_path);
	if (r->plan_path) {
		tb_add(out, " · ");
		tb_html(out, r->plan_path);
	}
	tb_add(out, "</footer>\n</body>\n</html>\n");
	return out->failed ? CLI_INTERNAL : CLI_OK;
}
