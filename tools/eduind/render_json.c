/* The report for software: one document that wraps the library's own stable JSON
 * (eduind-results, eduind-judgements, eduind-findings) with what was evaluated and a
 * summary. The layout is documented in docs/cli.md ("eduind-report", version 1). */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* Appends a library JSON document, without its trailing newline. */
static int add_document(textbuf *out, eduind_status st, char *json)
{
	if (st != EDUIND_OK || !json) {
		eduind_free(json);
		return -1;
	}
	size_t n = strlen(json);
	while (n > 0 && (json[n - 1] == '\n' || json[n - 1] == ' '))
		n--;
	tb_addn(out, json, n);
	eduind_free(json);
	return 0;
}

int render_json(const report *r, textbuf *out)
{
	char *json = NULL;
	tb_add(out, "{\n  \"format\": \"eduind-report\",\n  \"version\": 1,\n");
	tb_printf(out, "  \"generator\": \"eduind %s\",\n", eduind_version());
	tb_add(out, "  \"dataset\": {\"file\": ");
	tb_json(out, r->data_path);
	tb_add(out, ", \"name\": ");
	tb_json(out, eduind_dataset_name(r->ds));
	tb_add(out, "},\n  \"catalog\": {\"file\": ");
	tb_json(out, r->ctx->catalog_path);
	tb_add(out, ", \"definitions\": ");
	tb_json(out, r->ctx->defs_path);
	tb_add(out, ", \"name\": ");
	tb_json(out, eduind_catalog_name(r->cat));
	tb_add(out, "},\n  \"plan\": ");
	if (r->plan) {
		tb_add(out, "{\"file\": ");
		tb_json(out, r->plan_path);
		tb_add(out, ", \"name\": ");
		tb_json(out, eduind_plan_name(r->plan));
		tb_add(out, ", \"source\": ");
		tb_json(out, eduind_plan_source(r->plan));
		tb_printf(out, ", \"baseline_year\": %d}", eduind_plan_baseline_year(r->plan));
	} else {
		tb_add(out, "null");
	}
	size_t n_ok = 0, n_res = eduind_results_count(r->res);
	for (size_t i = 0; i < n_res; i++) {
		eduind_result res;
		if (eduind_results_get(r->res, i, &res) == EDUIND_OK && res.state == EDUIND_RESULT_OK)
			n_ok++;
	}
	size_t n_findings = r->findings ? eduind_findings_count(r->findings) : 0;
	tb_printf(out, ",\n  \"summary\": {\"results\": %zu, \"results_ok\": %zu, \"targets\": %zu, "
	          "\"met\": %zu, \"not_met\": %zu, \"pending\": %zu, \"no_data\": %zu, "
	          "\"gating_not_met\": %zu, \"findings\": %zu, \"exit_code\": %d},\n",
	          n_res, n_ok, r->judg ? eduind_judgements_count(r->judg) : 0, r->n_met, r->n_not_met,
	          r->n_pending, r->n_no_data, r->n_gate_failed, n_findings,
	          r->n_gate_failed ? CLI_FAILED : CLI_OK);
	tb_add(out, "  \"results\": ");
	eduind_status st = eduind_results_to_json(r->res, &json);
	if (add_document(out, st, json) != 0)
		return CLI_INTERNAL;
	tb_add(out, ",\n  \"judgements\": ");
	if (r->judg) {
		json = NULL;
		st = eduind_judgements_to_json(r->judg, &json);
		if (add_document(out, st, json) != 0)
			return CLI_INTERNAL;
	} else {
		tb_add(out, "null");
	}
	tb_add(out, ",\n  \"findings\": ");
	if (r->findings) {
		json = NULL;
		st = eduind_findings_to_json(r->findings, &json);
		if (add_document(out, st, json) != 0)
			return CLI_INTERNAL;
	} else {
		tb_add(out, "null");
	}
	tb_add(out, "\n}\n");
	return out->failed ? CLI_INTERNAL : CLI_OK;
}
