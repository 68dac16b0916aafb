/* eduind check: consistency problems in a dataset (parts vs totals, a part above its
 * whole, one quantity reported two ways, published vs computed figures), with numbers. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"Usage: eduind check --data FILE [--data FILE...] [--columns MAP] [--catalog FILE] [--defs FILE]\n"
	"                    [--format table|csv|json|md] [--output FILE] [--lang zh|en]\n"
	"\n"
	"Runs the consistency rules of the catalogue and of the dataset (sum, subset, same,\n"
	"trend), the built-in bounds (a share over 100%, a negative count) and compares computed\n"
	"indicators with the published figures in the data. Each problem is printed with the\n"
	"expected and actual numbers and their difference.\n"
	"JSON: the library's \"eduind-findings\" document. --data and --columns work as for eval.\n"
	"\n"
	"Exit status: 0 no problem; 1 problems found; 2 usage error; 3 bad input; 4 internal error.\n";

static void number(char *buf, size_t size, double v)
{
	if (!isfinite(v)) {
		snprintf(buf, size, "-");
		return;
	}
	/* Up to 6 decimals, trailing zeros dropped: the numbers as the data gave them. */
	if (eduind_format_decimal(v, 6, buf, size) != EDUIND_OK) {
		snprintf(buf, size, "%g", v);
		return;
	}
	char *dot = strchr(buf, '.');
	if (dot) {
		char *end = buf + strlen(buf) - 1;
		while (end > dot && *end == '0')
			*end-- = '\0';
		if (end == dot)
			*end = '\0';
	}
}

static int render(const cli_ctx *ctx, const eduind_findings *f, textbuf *b)
{
	size_t n = eduind_findings_count(f);
	if (ctx->format == CLI_FMT_JSON) {
		char *json = NULL;
		eduind_status st = eduind_findings_to_json(f, &json);
		if (st != EDUIND_OK)
			return CLI_INTERNAL;
		tb_add(b, json);
		if (b->len == 0 || b->data[b->len - 1] != '\n')
			tb_addc(b, '\n');
		eduind_free(json);
		return CLI_OK;
	}
	const char *headers[] = {
		TR(ctx, "规则", "Rule"), TR(ctx, "类型", "Kind"), TR(ctx, "地区", "Entity"),
		TR(ctx, "年份", "Period"), TR(ctx, "应为", "Expected"), TR(ctx, "实际", "Actual"),
		TR(ctx, "差值", "Difference"), TR(ctx, "说明", "Message"),
	};
	if (ctx->format == CLI_FMT_CSV)
		tb_add(b, "rule,kind,entity,period,expected,actual,difference,message\r\n");
	if (ctx->format == CLI_FMT_MD)
		tb_printf(b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n|---|---|---|---:|---:|---:|---:|---|\n",
		          headers[0], headers[1], headers[2], headers[3], headers[4], headers[5], headers[6],
		          headers[7]);
	table *t = ctx->format == CLI_FMT_TABLE ? table_new(8, headers) : NULL;
	if (ctx->format == CLI_FMT_TABLE) {
		if (!t)
			return CLI_INTERNAL;
		for (size_t c = 3; c <= 6; c++)
			table_align_right(t, c);
	}
	for (size_t i = 0; i < n; i++) {
		eduind_finding x;
		if (eduind_findings_get(f, i, &x) != EDUIND_OK)
			continue;
		char period[16], e[64], a[64], d[64];
		snprintf(period, sizeof period, "%d", x.period);
		number(e, sizeof e, x.expected);
		number(a, sizeof a, x.actual);
		number(d, sizeof d, x.difference);
		const char *cells[] = { x.rule, eduind_check_kind_name(x.kind), x.entity, period, e, a, d, x.message };
		if (ctx->format == CLI_FMT_CSV) {
			for (size_t c = 0; c < 8; c++) {
				if (c)
					tb_addc(b, ',');
				tb_csv(b, cells[c]);
			}
			tb_add(b, "\r\n");
		} else if (ctx->format == CLI_FMT_MD) {
			for (size_t c = 0; c < 8; c++) {
				tb_add(b, "| ");
				tb_md(b, cells[c]);
				tb_add(b, " ");
			}
			tb_add(b, "|\n");
		} else {
			table_add_row(t, cells);
			table_style_cell(t, 6, STYLE_BAD);
		}
	}
	if (t) {
		if (n == 0)
			tb_add(b, TR(ctx, "没有发现一致性问题。\n", "No consistency problems found.\n"));
		else {
			table_render(t, b, ctx->color);
			tb_printf(b, TR(ctx, "\n共 %zu 个问题。\n", "\n%zu problems.\n"), n);
		}
		table_free(t);
	}
	return b->failed ? CLI_INTERNAL : CLI_OK;
}

int cmd_check(cli_ctx *ctx, int argc, char **argv)
{
	cli_opt opts[] = { CLI_COMMON_OPTS, CLI_OPT("data", NULL, 1), CLI_OPT("columns", NULL, 1) };
	size_t n_opts = sizeof opts / sizeof opts[0];
	const char *pos[1];
	size_t n_pos;
	int done;
	unsigned formats = CLI_FMT_BIT(CLI_FMT_TABLE) | CLI_FMT_BIT(CLI_FMT_CSV) | CLI_FMT_BIT(CLI_FMT_JSON) |
	                   CLI_FMT_BIT(CLI_FMT_MD);
	int rc = cli_parse(ctx, argc, argv, opts, n_opts, pos, 0, &n_pos, formats, usage, &done);
	if (rc != CLI_OK || done)
		return rc;
	cli_resolve_lang(ctx);
	const char *data_path = args_value(opts, n_opts, "data");
	if (!data_path) {
		cli_error(ctx, "missing --data FILE");
		fputs("Try 'eduind check --help'.\n", stderr);
		return CLI_USAGE;
	}
	progress prog;
	progress_init(&prog, 4);
	eduind_catalog *cat = NULL;
	eduind_dataset *ds = NULL;
	eduind_results *res = NULL;
	eduind_findings *f = NULL;
	eduind_error err;
	eduind_error_clear(&err);
	eduind_status st;
	textbuf b;
	tb_init(&b);
	progress_step(&prog, "loading the catalogue");
	rc = load_catalog(ctx, &cat);
	if (rc != CLI_OK)
		goto done;
	progress_step(&prog, "loading the data");
	cli_opt *data_opt = args_find(opts, n_opts, "data");
	rc = load_datasets(ctx, data_opt->all, data_opt->n_all, args_value(opts, n_opts, "columns"), &ds);
	if (rc != CLI_OK)
		goto done;
	/* Evaluating first lets the check compare computed and published figures. */
	progress_step(&prog, "evaluating");
	st = eduind_evaluate(&res, cat, ds, NULL, &err);
	if (st != EDUIND_OK) {
		progress_done(&prog);
		rc = cli_lib_error(ctx, st, &err, data_path);
		goto done;
	}
	progress_step(&prog, "checking");
	eduind_error_clear(&err);
	st = eduind_check(&f, cat, ds, res, &err);
	progress_done(&prog);
	if (st != EDUIND_OK) {
		rc = cli_lib_error(ctx, st, &err, data_path);
		goto done;
	}
	rc = render(ctx, f, &b);
	if (rc != CLI_OK) {
		cli_error(ctx, "out of memory while rendering");
		goto done;
	}
	rc = output_write(ctx, &b);
	if (rc == CLI_OK && eduind_findings_count(f) > 0)
		rc = CLI_FAILED;
done:
	progress_done(&prog);
	tb_free(&b);
	eduind_findings_free(f);
	eduind_results_free(res);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
	return rc;
}
