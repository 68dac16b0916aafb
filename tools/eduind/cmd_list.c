/* eduind list: the catalogue, in Chinese and English. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"Usage: eduind list [--lang zh|en] [--level LEVEL] [--category CATEGORY]\n"
	"                   [--format table|csv|json|md] [--output FILE] [--catalog FILE] [--defs FILE]\n"
	"\n"
	"Lists the indicators of the catalogue: code, Chinese and English name, unit, level and\n"
	"category. --lang shows one language only. --level and --category filter.\n"
	"JSON: an array of {code, name:{zh,en}, kind, unit, decimals, direction, level, category,\n"
	"source:{document, section}}.\n";

static int keep(const eduind_indicator *ind, const char *level, const char *category)
{
	return (!level || strcmp(eduind_indicator_level(ind), level) == 0) &&
	       (!category || strcmp(eduind_indicator_category(ind), category) == 0);
}

int cmd_list(cli_ctx *ctx, int argc, char **argv)
{
	cli_opt opts[] = { CLI_COMMON_OPTS, CLI_OPT("level", NULL, 1), CLI_OPT("category", NULL, 1) };
	size_t n_opts = sizeof opts / sizeof opts[0];
	const char *pos[1];
	size_t n_pos;
	int done;
	unsigned formats = CLI_FMT_BIT(CLI_FMT_TABLE) | CLI_FMT_BIT(CLI_FMT_CSV) | CLI_FMT_BIT(CLI_FMT_JSON) |
	                   CLI_FMT_BIT(CLI_FMT_MD);
	int rc = cli_parse(ctx, argc, argv, opts, n_opts, pos, 0, &n_pos, formats, usage, &done);
	if (rc != CLI_OK || done)
		return rc;
	const char *level = args_value(opts, n_opts, "level");
	const char *category = args_value(opts, n_opts, "category");

	eduind_catalog *cat = NULL;
	rc = load_catalog(ctx, &cat);
	if (rc != CLI_OK)
		return rc;
	size_t n = eduind_catalog_count(cat);
	textbuf b;
	tb_init(&b);
	int zh = ctx->lang != CLI_LANG_EN, en = ctx->lang != CLI_LANG_ZH;
	if (ctx->format == CLI_FMT_JSON) {
		tb_add(&b, "[");
		int first = 1;
		for (size_t i = 0; i < n; i++) {
			const eduind_indicator *ind = eduind_catalog_at(cat, i);
			if (!keep(ind, level, category))
				continue;
			tb_add(&b, first ? "\n  {\"code\": " : ",\n  {\"code\": ");
			first = 0;
			tb_json(&b, eduind_indicator_code(ind));
			tb_add(&b, ", \"name\": {\"zh\": ");
			tb_json(&b, eduind_indicator_name_zh(ind));
			tb_add(&b, ", \"en\": ");
			tb_json(&b, eduind_indicator_name_en(ind));
			tb_add(&b, "}, \"kind\": ");
			tb_json(&b, eduind_kind_name(eduind_indicator_kind(ind)));
			tb_add(&b, ", \"unit\": ");
			tb_json(&b, eduind_unit_name(eduind_indicator_unit(ind)));
			tb_printf(&b, ", \"decimals\": %d, \"direction\": ", eduind_indicator_decimals(ind));
			tb_json(&b, eduind_direction_name(eduind_indicator_direction(ind)));
			tb_add(&b, ", \"level\": ");
			tb_json(&b, eduind_indicator_level(ind));
			tb_add(&b, ", \"category\": ");
			tb_json(&b, eduind_indicator_category(ind));
			tb_add(&b, ", \"source\": {\"document\": ");
			tb_json(&b, eduind_indicator_source_document(ind));
			tb_add(&b, ", \"section\": ");
			tb_json(&b, eduind_indicator_source_section(ind));
			tb_add(&b, "}}");
		}
		tb_add(&b, first ? "]\n" : "\n]\n");
	} else if (ctx->format == CLI_FMT_CSV) {
		tb_add(&b, "code,name_zh,name_en,unit,decimals,level,category\r\n");
		for (size_t i = 0; i < n; i++) {
			const eduind_indicator *ind = eduind_catalog_at(cat, i);
			if (!keep(ind, level, category))
				continue;
			tb_csv(&b, eduind_indicator_code(ind));
			tb_addc(&b, ',');
			tb_csv(&b, eduind_indicator_name_zh(ind));
			tb_addc(&b, ',');
			tb_csv(&b, eduind_indicator_name_en(ind));
			tb_printf(&b, ",%s,%d,", eduind_unit_name(eduind_indicator_unit(ind)),
			          eduind_indicator_decimals(ind));
			tb_csv(&b, eduind_indicator_level(ind));
			tb_addc(&b, ',');
			tb_csv(&b, eduind_indicator_category(ind));
			tb_add(&b, "\r\n");
		}
	} else {
		const char *headers[6];
		size_t nc = 0;
		headers[nc++] = zh && !en ? "代码" : "Code";
		if (zh)
			headers[nc++] = "名称";
		if (en)
			headers[nc++] = "Name";
		headers[nc++] = zh && !en ? "单位" : "Unit";
		headers[nc++] = zh && !en ? "学段" : "Level";
		headers[nc++] = zh && !en ? "类别" : "Category";
		table *t = table_new(nc, headers);
		if (!t) {
			eduind_catalog_free(cat);
			cli_error(ctx, "out of memory");
			return CLI_INTERNAL;
		}
		if (zh && en) {
			table_max_width(t, 1, 24);
			table_max_width(t, 2, 48);
		}
		for (size_t i = 0; i < n; i++) {
			const eduind_indicator *ind = eduind_catalog_at(cat, i);
			if (!keep(ind, level, category))
				continue;
			const char *cells[6];
			size_t c = 0;
			cells[c++] = eduind_indicator_code(ind);
			if (zh)
				cells[c++] = eduind_indicator_name_zh(ind);
			if (en)
				cells[c++] = eduind_indicator_name_en(ind);
			cells[c++] = eduind_unit_name(eduind_indicator_unit(ind));
			cells[c++] = eduind_indicator_level(ind);
			cells[c++] = eduind_indicator_category(ind);
			table_add_row(t, cells);
		}
		if (ctx->format == CLI_FMT_MD) {
			tb_add(&b, "|");
			for (size_t c = 0; c < nc; c++)
				tb_printf(&b, " %s |", headers[c]);
			tb_add(&b, "\n|");
			for (size_t c = 0; c < nc; c++)
				tb_add(&b, "---|");
			tb_add(&b, "\n");
			for (size_t i = 0; i < n; i++) {
				const eduind_indicator *ind = eduind_catalog_at(cat, i);
				if (!keep(ind, level, category))
					continue;
				tb_add(&b, "| `");
				tb_md(&b, eduind_indicator_code(ind));
				tb_add(&b, "` |");
				if (zh) {
					tb_add(&b, " ");
					tb_md(&b, eduind_indicator_name_zh(ind));
					tb_add(&b, " |");
				}
				if (en) {
					tb_add(&b, " ");
					tb_md(&b, eduind_indicator_name_en(ind));
					tb_add(&b, " |");
				}
				tb_printf(&b, " %s | ", eduind_unit_name(eduind_indicator_unit(ind)));
				tb_md(&b, eduind_indicator_level(ind));
				tb_add(&b, " | ");
				tb_md(&b, eduind_indicator_category(ind));
				tb_add(&b, " |\n");
			}
		} else {
			table_render(t, &b, ctx->color);
		}
		table_free(t);
	}
	eduind_catalog_free(cat);
	rc = output_write(ctx, &b);
	tb_free(&b);
	return rc;
}
