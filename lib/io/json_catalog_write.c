/* Writing catalogues back to JSON: the same members as read, so that loading the text
 * gives an equal catalogue. */
#include <string.h>
#include "io/c_locale.h"
#include "io/numtext.h"
#include "model/catalog_priv.h"
#include "internal/strbuf.h"

static void key(strbuf *sb, const char *k)
{
	sb_append_json_string(sb, k);
	sb_append_char(sb, ':');
}

static void str_member(strbuf *sb, const char *k, const char *v, int first)
{
	if (!first)
		sb_append_char(sb, ',');
	key(sb, k);
	sb_append_json_string(sb, v);
}

static void names(strbuf *sb, const char *k, const char *zh, const char *en)
{
	sb_append_char(sb, ',');
	key(sb, k);
	sb_append_char(sb, '{');
	str_member(sb, "zh", zh, 1);
	str_member(sb, "en", en, 0);
	sb_append_char(sb, '}');
}

static void write_indicator(strbuf *sb, const eduind_indicator *d)
{
	char num[NT_BUF];
	size_t i;
	sb_append(sb, "\n  {");
	str_member(sb, "code", d->code, 1);
	names(sb, "name", d->name_zh, d->name_en);
	if (d->desc_zh[0] || d->desc_en[0])
		names(sb, "description", d->desc_zh, d->desc_en);
	str_member(sb, "kind", eduind_kind_name(d->kind), 0);
	if (d->kind == EDUIND_KIND_VALUE) {
		str_member(sb, "formula", d->formula, 0);
	} else {
		str_member(sb, "numerator", d->numerator, 0);
		str_member(sb, "denominator", d->denominator, 0);
		if (d->scale_given) {
			nt_format(d->scale, num);
			sb_printf(sb, ",\"scale\":%s", num);
		}
	}
	str_member(sb, "unit", eduind_unit_name(d->unit), 0);
	sb_printf(sb, ",\"decimals\":%d", d->decimals);
	str_member(sb, "direction", eduind_direction_name(d->direction), 0);
	if (d->level[0])
		str_member(sb, "level", d->level, 0);
	if (d->category[0])
		str_member(sb, "category", d->category, 0);
	sb_append(sb, ",\"source\":{");
	str_member(sb, "document", d->src_doc, 1);
	str_member(sb, "section", d->src_section, 0);
	if (d->src_url[0])
		str_member(sb, "url", d->src_url, 0);
	sb_append_char(sb, '}');
	if (d->reported[0])
		str_member(sb, "reported", d->reported, 0);
	if (d->missing_given || d->policy != EDUIND_MISSING_SKIP) {
		sb_append(sb, ",\"missing\":{");
		str_member(sb, "policy", d->policy == EDUIND_MISSING_OPTIONAL ? "optional" : "skip", 1);
		if (d->policy == EDUIND_MISSING_OPTIONAL) {
			sb_append(sb, ",\"optional\":[");
			for (i = 0; i < d->n_optional; i++) {
				if (i)
					sb_append_char(sb, ',');
				sb_append_json_string(sb, d->optional[i]);
			}
			sb_append_char(sb, ']');
		}
		sb_append_char(sb, '}');
	}
	sb_append_char(sb, '}');
}

eduind_status eduind_catalog_to_json(const eduind_catalog *cat, char **out)
{
	strbuf sb = STRBUF_INIT;
	c_locale_scope loc;
	size_t i;
	if (out == NULL)
		return EDUIND_ENULL;
	*out = NULL;
	if (cat == NULL)
		return EDUIND_ENULL;
	c_locale_enter(&loc);
	sb_append(&sb, "{\"format\":\"eduind-catalog\",\"version\":1");
	if (cat->name[0])
		str_member(&sb, "name", cat->name, 0);
	sb_append(&sb, ",\n\"variables\":[");
	for (i = 0; i < cat->n_vars; i++) {
		const cat_variable *v = &cat->vars[i];
		sb_append(&sb, i ? ",\n  {" : "\n  {");
		str_member(&sb, "code", v->code, 1);
		names(&sb, "name", v->name_zh, v->name_en);
		if (v->desc_zh[0] || v->desc_en[0])
			names(&sb, "description", v->desc_zh, v->desc_en);
		str_member(&sb, "unit", v->unit, 0);
		sb_append_char(&sb, '}');
	}
	sb_append(&sb, "],\n\"indicators\":[");
	for (i = 0; i < cat->n_inds; i++) {
		if (i)
			sb_append_char(&sb, ',');
		write_indicator(&sb, cat->inds[i]);
	}
	sb_append(&sb, "],\n\"checks\":");
	sb_append(&sb, cat->checks);
	sb_append(&sb, "}\n");
	c_locale_leave(&loc);
	return sb_finish(&sb, out);
}
