/* eduind eval: evaluate a dataset, judge a plan's targets, print the report. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"Usage: eduind eval --data FILE [--data FILE...] [--columns MAP] [--plan FILE]\n"
	"                   [--defs FILE] [--catalog FILE]\n"
	"                   [--entity ID] [--period YEAR] [--indicators CODE,CODE...] [--all]\n"
	"                   [--no-rollup] [--format table|csv|json|md|html] [--output FILE]\n"
	"                   [--lang zh|en] [--color auto|always|never]\n"
	"\n"
	"Evaluates every indicator of the catalogue on the dataset (JSON, or CSV when the file\n"
	"name ends in .csv) and prints the report. With --plan, each target is judged: binding\n"
	"(约束性) and expected (预期性) targets are shown apart and marked met or missed.\n"
	"Consistency checks run too and are listed at the end.\n"
	"\n"
	"  --data FILE        more than once: the later files are merged into the first\n"
	"  --columns MAP      JSON {\"columns\": {\"CSV heading\": \"code or role\"}} for CSV data\n"
	"  --entity ID        only this entity      --period YEAR   only this school year\n"
	"  --indicators LIST  only these codes      --all           also rows without any value\n"
	"  --no-rollup        do not sum children for parents that lack inputs\n"
	"  --output FILE      write the report to FILE (atomically; nothing is left on failure)\n"
	"\n"
	"Formats: table (terminal), csv (results with targets joined), json (\"eduind-report\"\n"
	"version 1, see docs/cli.md), md (Markdown), html (one self-contained file with charts).\n"
	"\n"
	"Exit status: 0 fine; 1 a plan was given and at least one binding or expected target has a\n"
	"value for its year that misses it (pending, no-data and not-stated targets never give 1);\n"
	"2 usage error; 3 bad input; 4 internal error.\n";

/* Splits "a,b,c" into a NULL-free array of pointers into a copy of text. */
static char **split_codes(const char *text, size_t *n, char **storage)
{
	*n = 0;
	*storage = malloc(strlen(text) + 1);
	if (!*storage)
		return NULL;
	strcpy(*storage, text);
	size_t count = 1;
	for (const char *p = text; *p; p++)
		count += *p == ',';
	char **codes = malloc(count * sizeof *codes);
	if (!codes)
		return NULL;
	for (char *tok = *storage;;) {
		char *comma = strchr(tok, ',');
		if (comma)
			*comma = '\0';
		if (*tok)
			codes[(*n)++] = tok;
		if (!comma)
			break;
		tok = comma + 1;
	}
	return codes;
}

int cmd_eval(cli_ctx *ctx, int argc, char **argv)
{
	cli_opt opts[] = {
		CLI_COMMON_OPTS,
		CLI_OPT("data", NULL, 1), CLI_OPT("columns", NULL, 1), CLI_OPT("plan", NULL, 1),
		CLI_OPT("entity", NULL, 1),
		CLI_OPT("period", NULL, 1), CLI_OPT("indicators", "indicator", 1),
		CLI_OPT("all", NULL, 0), CLI_OPT("no-rollup", NULL, 0),
	};
	size_t n_opts = sizeof opts / sizeof opts[0];
	const char *pos[1];
	size_t n_pos;
	int done;
	unsigned formats = CLI_FMT_BIT(CLI_FMT_TABLE) | CLI_FMT_BIT(CLI_FMT_CSV) | CLI_FMT_BIT(CLI_FMT_JSON) |
	                   CLI_FMT_BIT(CLI_FMT_MD) | CLI_FMT_BIT(CLI_FMT_HTML);
	int rc = cli_parse(ctx, argc, argv, opts, n_opts, pos, 0, &n_pos, formats, usage, &done);
	if (rc != CLI_OK || done)
		return rc;
	cli_resolve_lang(ctx);
	const char *data_path = args_value(opts, n_opts, "data");
	const char *plan_path = args_value(opts, n_opts, "plan");
	const char *period_text = args_value(opts, n_opts, "period");
	if (!data_path) {
		cli_error(ctx, "missing --data FILE");
		fputs("Try 'eduind eval --help'.\n", stderr);
		return CLI_USAGE;
	}
	eduind_eval_options eo = EDUIND_EVAL_OPTIONS_INIT;
	eo.entity = args_value(opts, n_opts, "entity");
	eo.rollup = !args_flag(opts, n_opts, "no-rollup");
	/* The report shows totals; cells are in the JSON and CSV results. */
	eo.include_cells = ctx->format == CLI_FMT_JSON || ctx->format == CLI_FMT_CSV;
	if (period_text) {
		long year;
		if (args_int(period_text, 1, 9999, &year) != 0) {
			cli_error(ctx, "--period must be a year such as 2020, not '%s'", period_text);
			return CLI_USAGE;
		}
		eo.period = (int)year;
	}

	progress prog;
	progress_init(&prog, plan_path ? 7 : 5);
	eduind_catalog *cat = NULL;
	eduind_dataset *ds = NULL;
	eduind_plan *plan = NULL;
	eduind_results *res = NULL;
	eduind_judgements *judg = NULL;
	eduind_findings *findings = NULL;
	char **codes = NULL, *code_storage = NULL;
	report r;
	memset(&r, 0, sizeof r);
	textbuf b;
	tb_init(&b);
	eduind_error err;
	eduind_error_clear(&err);
	eduind_status st;

	progress_step(&prog, "loading the catalogue");
	rc = load_catalog(ctx, &cat);
	if (rc != CLI_OK)
		goto done;
	const char *wanted = args_value(opts, n_opts, "indicators");
	if (wanted) {
		size_t n_codes;
		codes = split_codes(wanted, &n_codes, &code_storage);
		if (!codes) {
			rc = CLI_INTERNAL;
			cli_error(ctx, "out of memory");
			goto done;
		}
		for (size_t i = 0; i < n_codes; i++) {
			if (!eduind_catalog_find(cat, codes[i])) {
				progress_done(&prog);
				rc = unknown_code(ctx, cat, codes[i]);
				goto done;
			}
		}
		eo.indicators = (const char *const *)codes;
		eo.n_indicators = n_codes;
	}
	progress_step(&prog, "loading the data");
	cli_opt *data_opt = args_find(opts, n_opts, "data");
	rc = load_datasets(ctx, data_opt->all, data_opt->n_all, args_value(opts, n_opts, "columns"), &ds);
	if (rc != CLI_OK)
		goto done;
	if (plan_path) {
		progress_step(&prog, "loading the plan");
		rc = load_plan(ctx, plan_path, &plan);
		if (rc != CLI_OK)
			goto done;
	}
	progress_step(&prog, "evaluating");
	st = eduind_evaluate(&res, cat, ds, &eo, &err);
	if (st != EDUIND_OK) {
		progress_done(&prog);
		rc = cli_lib_error(ctx, st, &err, NULL);
		goto done;
	}
	if (plan) {
		progress_step(&prog, "judging the targets");
		eduind_error_clear(&err);
		st = eduind_judge(&judg, plan, res, cat, &err);
		if (st != EDUIND_OK) {
			progress_done(&prog);
			rc = cli_lib_error(ctx, st, &err, plan_path);
			goto done;
		}
	}
	progress_step(&prog, "checking consistency");
	eduind_error_clear(&err);
	st = eduind_check(&findings, cat, ds, res, &err);
	if (st != EDUIND_OK) {
		progress_done(&prog);
		rc = cli_lib_error(ctx, st, &err, data_path);
		goto done;
	}
	progress_step(&prog, "writing the report");
	r.ctx = ctx;
	r.cat = cat;
	r.ds = ds;
	r.plan = plan;
	r.res = res;
	r.judg = judg;
	r.findings = findings;
	r.data_path = data_path;
	r.plan_path = plan_path;
	r.show_all = args_flag(opts, n_opts, "all");
	rc = report_build(&r);
	if (rc == CLI_OK) {
		switch (ctx->format) {
		case CLI_FMT_CSV: rc = render_csv(&r, &b); break;
		case CLI_FMT_JSON: rc = render_json(&r, &b); break;
		case CLI_FMT_MD: rc = render_md(&r, &b); break;
		case CLI_FMT_HTML: rc = render_html(&r, &b); break;
		default: rc = render_table(&r, &b); break;
		}
	}
	progress_done(&prog);
	if (rc != CLI_OK) {
		cli_error(ctx, "out of memory while rendering the report");
		goto done;
	}
	rc = output_write(ctx, &b);
	if (rc == CLI_OK && r.n_gate_failed > 0)
		rc = CLI_FAILED;
done:
	progress_done(&prog);
	tb_free(&b);
	report_free(&r);
	eduind_findings_free(findings);
	eduind_judgements_free(judg);
	eduind_results_free(res);
	eduind_plan_free(plan);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
	free(codes);
	free(code_storage);
	return rc;
}
