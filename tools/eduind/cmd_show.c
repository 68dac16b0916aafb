/* eduind show CODE: one indicator with its formula, unit, rounding and source. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"Usage: eduind show CODE [--lang zh|en] [--format table|json|md] [--output FILE]\n"
	"                        [--catalog FILE] [--defs FILE]\n"
	"\n"
	"Shows one indicator: names, description, kind, formula (numerator and denominator for\n"
	"ratios), scale, unit, published decimals, direction, level, category, source,\n"
	"published-figure variable and missing-value policy. An unknown CODE exits with 3.\n";

typedef struct field {
	const char *key;     /* JSON member and English label */
	const char *label_zh;
	const char *value;
} field;

int cmd_show(cli_ctx *ctx, int argc, char **argv)
{
	cli_opt opts[] = { CLI_COMMON_OPTS };
	size_t n_opts = sizeof opts / sizeof opts[0];
	const char *pos[1];
	size_t n_pos;
	int done;
	unsigned formats = CLI_FMT_BIT(CLI_FMT_TABLE) | CLI_FMT_BIT(CLI_FMT_JSON) | CLI_FMT_BIT(CLI_FMT_MD);
	int rc = cli_parse(ctx, argc, argv, opts, n_opts, pos, 1, &n_pos, formats, usage, &done);
	if (rc != CLI_OK || done)
		return rc;
	if (n_pos != 1) {
		cli_error(ctx, "which indicator? e.g. 'eduind show ptr.primary' ('eduind list' shows the codes)");
		return CLI_USAGE;
	}
	eduind_catalog *cat = NULL;
	rc = load_catalog(ctx, &cat);
	if (rc != CLI_OK)
		return rc;
	const eduind_indicator *ind = eduind_catalog_find(cat, pos[0]);
	if (!ind) {
		rc = unknown_code(ctx, cat, pos[0]);
		eduind_catalog_free(cat);
		return rc;
	}
	char scale[64], decimals[16], source[600], optional[600] = "";
	eduind_kind kind = eduind_indicator_kind(ind);
	snprintf(scale, sizeof scale, "%.15g", eduind_indicator_scale(ind));
	snprintf(decimals, sizeof decimals, "%d", eduind_indicator_decimals(ind));
	const char *sec = eduind_indicator_source_section(ind);
	snprintf(source, sizeof source, "%s%s%s", eduind_indicator_source_document(ind), sec && *sec ? " " : "",
	         sec ? sec : "");
	for (size_t i = 0; i < eduind_indicator_optional_count(ind); i++) {
		size_t len = strlen(optional);
		snprintf(optional + len, sizeof optional - len, "%s%s", i ? ", " : "",
		         eduind_indicator_optional_at(ind, i));
	}
	int ratio = kind != EDUIND_KIND_VALUE;
	field fields[] = {
		{ "code", "代码", eduind_indicator_code(ind) },
		{ "name_zh", "中文名称", eduind_indicator_name_zh(ind) },
		{ "name_en", "英文名称", eduind_indicator_name_en(ind) },
		{ "kind", "类型", eduind_kind_name(kind) },
		{ "formula", "公式", eduind_indicator_formula(ind) },
		{ "numerator", "分子", ratio ? eduind_indicator_numerator(ind) : NULL },
		{ "denominator", "分母", ratio ? eduind_indicator_denominator(ind) : NULL },
		{ "scale", "倍数", ratio ? scale : NULL },
		{ "unit", "单位", eduind_unit_name(eduind_indicator_unit(ind)) },
		{ "decimals", "小数位", decimals },
		{ "direction", "方向", eduind_direction_name(eduind_indicator_direction(ind)) },
		{ "level", "学段", eduind_indicator_level(ind) },
		{ "category", "类别", eduind_indicator_category(ind) },
		{ "source", "来源", source },
		{ "reported", "公布值变量", eduind_indicator_reported(ind) },
		{ "missing", "缺失处理",
		  eduind_indicator_missing_policy(ind) == EDUIND_MISSING_OPTIONAL ? "optional" : "skip" },
		{ "optional", "可缺省输入", optional },
		{ "description_zh", "说明", eduind_indicator_description_zh(ind) },
		{ "description_en", "Description", eduind_indicator_description_en(ind) },
	};
	size_t n_fields = sizeof fields / sizeof fields[0];
	textbuf b;
	tb_init(&b);
	if (ctx->format == CLI_FMT_JSON) {
		tb_add(&b, "{");
		for (size_t i = 0; i < n_fields; i++) {
			tb_add(&b, i ? ",\n  " : "\n  ");
			tb_json(&b, fields[i].key);
			tb_add(&b, ": ");
			if (strcmp(fields[i].key, "decimals") == 0)
				tb_add(&b, decimals);
			else if (strcmp(fields[i].key, "scale") == 0)
				tb_json_number(&b, ratio ? eduind_indicator_scale(ind) : NAN);
			else
				tb_json(&b, fields[i].value ? fields[i].value : "");
		}
		tb_add(&b, "\n}\n");
	} else {
		int zh_labels = ctx->lang == CLI_LANG_ZH;
		size_t label_w = 0;
		for (size_t i = 0; i < n_fields; i++) {
			const char *label = zh_labels ? fields[i].label_zh : fields[i].key;
			if (text_width(label) > label_w)
				label_w = text_width(label);
		}
		for (size_t i = 0; i < n_fields; i++) {
			const char *v = fields[i].value;
			if (!v || !*v)
				continue;
			/* --lang picks one language of the names and descriptions. */
			if ((ctx->lang == CLI_LANG_ZH && (strcmp(fields[i].key, "name_en") == 0 ||
			                                  strcmp(fields[i].key, "description_en") == 0)) ||
			    (ctx->lang == CLI_LANG_EN && (strcmp(fields[i].key, "name_zh") == 0 ||
			                                  strcmp(fields[i].key, "description_zh") == 0)))
				continue;
			const char *label = zh_labels ? fields[i].label_zh : fields[i].key;
			if (ctx->format == CLI_FMT_MD) {
				tb_printf(&b, "- **%s**: ", label);
				tb_md(&b, v);
				tb_add(&b, "\n");
			} else {
				tb_add(&b, label);
				tb_repeat(&b, " ", label_w - text_width(label) + 2);
				tb_add(&b, v);
				tb_add(&b, "\n");
			}
		}
	}
	eduind_catalog_free(cat);
	rc = output_write(ctx, &b);
	tb_free(&b);
	return rc;
}
