/* The report for software: one document that wraps the library's own stable JSON
 * (eduind-results, eduind-judgements, eduind-findings) with what was evaluated and a
 * summary. The layout is documented in docs/cli.md ("eduind-report", version 1). */
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* Writes a library JSON document without its trailing newline, then releases it. */
static int put_document(output *out, eduind_status st, char *json)
{
	if (st != EDUIND_OK || !json) {
		eduind_free(json);
		return -1;
	}
	size_t n = strlen(json);
	while (n > 0 && (json[n - 1] == '\n' || json[n - 1] == ' '))
		n--;
	output_put(out, json, n);
	eduind_free(json);
	return 0;
}

/* Sends the small text built so far and empties the buffer. */
static int flush(output *out, textbuf *b)
{
	if (b->failed)
		return -1;
	output_put(out, b->data ? b->data : "", b->len);
	b->len = 0;
	return 0;
}

int render_json(const report *r, output *out)
{
	char *json = NULL;
	textbuf head;
	tb_init(&head);
	textbuf *b = &head;
	tb_add(b, "{\n  \"format\": \"eduind-report\",\n  \"version\": 1,\n");
	tb_printf(b, "  \"generator\": \"eduind %s\",\n", eduind_version());
	tb_add(b, "  \"dataset\": {\"file\": ");
	tb_json(b, r->data_path);
	tb_add(b, ", \"name\": ");
	tb_json(b, eduind_dataset_name(r->ds));
	tb_add(b, "},\n  \"catalog\": {\"file\": ");
	tb_json(b, r->ctx->catalog_path);
	tb_add(b, ", \"definitions\": ");
	tb_json(b, r->ctx->defs_path);
	tb_add(b, ", \"name\": ");
	tb_json(b, eduind_catalog_name(r->cat));
	tb_add(b, "},\n  \"plan\": ");
	if (r->plan) {
		tb_add(b, "{\"file\": ");
		tb_json(b, r->plan_path);
		tb_add(b, ", \"name\": ");
		tb_json(b, eduind_plan_name(r->plan));
		tb_add(b, ", \"source\": ");
		tb_json(b, eduind_plan_source(r->plan));
		tb_printf(b, ", \"baseline_year\": %d}", eduind_plan_baseline_year(r->plan));
	} else {
		tb_add(b, "null");
	}
	size_t n_ok = 0, n_res = eduind_results_count(r->res);
	for (size_t i = 0; i < n_res; i++) {
		eduind_result res;
		if (eduind_results_get(r->res, i, &res) == EDUIND_OK && res.state == EDUIND_RESULT_OK)
			n_ok++;
	}
	size_t n_findings = r->findings ? eduind_findings_count(r->findings) : 0;
	tb_printf(b, ",\n  \"summary\": {\"results\": %zu, \"results_ok\": %zu, \"targets\": %zu, "
	          "\"met\": %zu, \"not_met\": %zu, \"pending\": %zu, \"no_data\": %zu, "
	          "\"gating_not_met\": %zu, \"findings\": %zu, \"exit_code\": %d},\n",
	          n_res, n_ok, r->judg ? eduind_judgements_count(r->judg) : 0, r->n_met, r->n_not_met,
	          r->n_pending, r->n_no_data, r->n_gate_failed, n_findings,
	          r->n_gate_failed ? CLI_FAILED : CLI_OK);
	tb_add(b, "  \"results\": ");
	int failed = flush(out, b) != 0;
	eduind_status st = EDUIND_OK;
	if (!failed) {
		st = eduind_results_to_json(r->res, &json);
		failed = put_document(out, st, json) != 0;
	}
	if (!failed) {
		tb_add(b, ",\n  \"judgements\": ");
		if (!r->judg)
			tb_add(b, "null");
		failed = flush(out, b) != 0;
	}
	if (!failed && r->judg) {
		json = NULL;
		st = eduind_judgements_to_json(r->judg, &json);
		failed = put_document(out, st, json) != 0;
	}
	if (!failed) {
		tb_add(b, ",\n  \"findings\": ");
		if (!r->findings)
			tb_add(b, "null");
		failed = flush(out, b) != 0;
	}
	if (!failed && r->findings) {
		json = NULL;
		st = eduind_findings_to_json(r->findings, &json);
		failed = put_document(out, st, json) != 0;
	}
	if (!failed) {
		tb_add(b, "\n}\n");
		failed = flush(out, b) != 0;
	}
	tb_free(b);
	return failed ? CLI_INTERNAL : CLI_OK;
}
