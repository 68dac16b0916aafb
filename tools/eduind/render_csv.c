/* The report as one CSV table for spreadsheets: a row per result (totals and cells),
 * with the target of that indicator, entity and year joined on when the plan has one. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void csv_number(textbuf *out, double v)
{
	if (isfinite(v))
		tb_json_number(out, v);
}

static int find_judgement(const report *r, const eduind_result *res, eduind_judgement *out)
{
	if (!r->judg || (res->cell && res->cell[0]))
		return 0;
	size_t n = eduind_judgements_count(r->judg);
	for (size_t i = 0; i < n; i++) {
		if (eduind_judgements_get(r->judg, i, out) != EDUIND_OK)
			continue;
		if (out->year == res->period && strcmp(out->indicator, res->indicator) == 0 &&
		    strcmp(out->entity, res->entity) == 0)
			return 1;
	}
	return 0;
}

int render_csv(const report *r, textbuf *out)
{
	tb_add(out, "indicator,name_zh,name_en,entity,period,cell,state,value,display,unit,"
	            "numerator,denominator,comparison,target,target_high,binding,verdict\r\n");
	size_t n = eduind_results_count(r->res);
	for (size_t i = 0; i < n; i++) {
		eduind_result res;
		if (eduind_results_get(r->res, i, &res) != EDUIND_OK)
			continue;
		if (!r->show_all && res.state != EDUIND_RESULT_OK) {
			/* Same rule as the other formats: rows with no value anywhere are left out. */
			int keep = 0;
			for (size_t k = 0; k < r->n_rows; k++) {
				if (r->rows[k].any_value && strcmp(r->rows[k].indicator, res.indicator) == 0 &&
				    strcmp(r->rows[k].entity, res.entity) == 0) {
					keep = 1;
					break;
				}
			}
			if (!keep)
				continue;
		}
		const eduind_indicator *ind = eduind_catalog_find(r->cat, res.indicator);
		tb_csv(out, res.indicator);
		tb_addc(out, ',');
		tb_csv(out, ind ? eduind_indicator_name_zh(ind) : "");
		tb_addc(out, ',');
		tb_csv(out, ind ? eduind_indicator_name_en(ind) : "");
		tb_addc(out, ',');
		tb_csv(out, res.entity);
		tb_printf(out, ",%d,", res.period);
		tb_csv(out, res.cell);
		tb_addc(out, ',');
		tb_csv(out, eduind_result_state_name(res.state));
		tb_addc(out, ',');
		csv_number(out, res.value);
		tb_addc(out, ',');
		tb_csv(out, res.display);
		tb_addc(out, ',');
		tb_csv(out, ind ? eduind_unit_name(eduind_indicator_unit(ind)) : "");
		tb_addc(out, ',');
		csv_number(out, res.numerator);
		tb_addc(out, ',');
		csv_number(out, res.denominator);
		tb_addc(out, ',');
		eduind_judgement j;
		if (find_judgement(r, &res, &j)) {
			tb_csv(out, eduind_comparison_name(j.comparison));
			tb_addc(out, ',');
			csv_number(out, j.target);
			tb_addc(out, ',');
			csv_number(out, j.target_high);
			tb_addc(out, ',');
			tb_csv(out, eduind_binding_name(j.binding));
			tb_addc(out, ',');
			tb_csv(out, eduind_verdict_name(j.verdict));
		} else {
			tb_add(out, ",,,,");
		}
		tb_add(out, "\r\n");
	}
	return out->failed ? CLI_INTERNAL : CLI_OK;
}
