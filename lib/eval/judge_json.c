/* Writing judgements: JSON ("eduind-judgements", version 1) and CSV.
 * Field names and order follow eduind_judgement. A number that does not exist (NaN, or
 * a year of 0) is null in JSON and an empty cell in CSV. */
#include <math.h>
#include "eduind/eval.h"
#include "eval/judge_priv.h"
#include "internal/strbuf.h"
#include "io/c_locale.h"
#include "io/numtext.h"

static void json_year(strbuf *sb, int y)
{
	if (y == 0)
		sb_append(sb, "null");
	else
		sb_printf(sb, "%d", y);
}

static void csv_year(strbuf *sb, int y)
{
	if (y != 0)
		sb_printf(sb, "%d", y);
}

static void write_json_row(strbuf *sb, const eduind_judgement *r)
{
	sb_append(sb, "{\"indicator\":");
	sb_append_json_string(sb, r->indicator);
	sb_append(sb, ",\"entity\":");
	sb_append_json_string(sb, r->entity);
	sb_printf(sb, ",\"year\":%d,\"comparison\":", r->year);
	sb_append_json_string(sb, eduind_comparison_name(r->comparison));
	sb_append(sb, ",\"target\":");
	nt_append_json(sb, r->target);
	sb_append(sb, ",\"target_high\":");
	nt_append_json(sb, r->target_high);
	sb_append(sb, ",\"binding\":");
	sb_append_json_string(sb, eduind_binding_name(r->binding));
	sb_append(sb, ",\"source\":");
	sb_append_json_string(sb, r->source);
	sb_append(sb, ",\"verdict\":");
	sb_append_json_string(sb, eduind_verdict_name(r->verdict));
	sb_append(sb, r->judged_rounded ? ",\"judged_rounded\":true" : ",\"judged_rounded\":false");
	sb_append(sb, ",\"latest_year\":");
	json_year(sb, r->latest_year);
	sb_append(sb, ",\"latest_value\":");
	nt_append_json(sb, r->latest_value);
	sb_append(sb, ",\"latest_display\":");
	sb_append_json_string(sb, r->latest_display);
	sb_append(sb, ",\"baseline_year\":");
	json_year(sb, r->baseline_year);
	sb_append(sb, ",\"baseline_value\":");
	nt_append_json(sb, r->baseline_value);
	sb_append(sb, ",\"gap\":");
	nt_append_json(sb, r->gap);
	sb_append(sb, ",\"required_growth_pct\":");
	nt_append_json(sb, r->required_growth_pct);
	sb_append(sb, ",\"trend_year\":");
	nt_append_json(sb, r->trend_year);
	sb_append(sb, ",\"progress\":");
	sb_append_json_string(sb, eduind_progress_name(r->progress));
	sb_append(sb, ",\"note\":");
	sb_append_json_string(sb, r->note);
	sb_append_char(sb, '}');
}

eduind_status eduind_judgements_to_json(const eduind_judgements *js, char **out)
{
	strbuf sb = STRBUF_INIT;
	c_locale_scope loc;
	size_t i;
	if (out == NULL)
		return EDUIND_ENULL;
	*out = NULL;
	if (js == NULL)
		return EDUIND_ENULL;
	c_locale_enter(&loc);
	sb_append(&sb, "{\"format\":\"eduind-judgements\",\"version\":1,\"judgements\":[");
	for (i = 0; i < js->n; i++) {
		if (i > 0)
			sb_append(&sb, ",\n");
		else
			sb_append_char(&sb, '\n');
		write_json_row(&sb, &js->rows[i].pub);
	}
	sb_append(&sb, "]}\n");
	c_locale_leave(&loc);
	return sb_finish(&sb, out);
}

static const char csv_header[] =
	"indicator,entity,year,comparison,target,target_high,binding,source,verdict,judged_rounded,"
	"latest_year,latest_value,latest_display,baseline_year,baseline_value,gap,required_growth_pct,"
	"trend_year,progress,note\n";

static void write_csv_row(strbuf *sb, const eduind_judgement *r)
{
	sb_append_csv_field(sb, r->indicator);
	sb_append_char(sb, ',');
	sb_append_csv_field(sb, r->entity);
	sb_printf(sb, ",%d,", r->year);
	sb_append_csv_field(sb, eduind_comparison_name(r->comparison));
	sb_append_char(sb, ',');
	nt_append_csv(sb, r->target);
	sb_append_char(sb, ',');
	nt_append_csv(sb, r->target_high);
	sb_append_char(sb, ',');
	sb_append(sb, eduind_binding_name(r->binding));
	sb_append_char(sb, ',');
	sb_append_csv_field(sb, r->source);
	sb_append_char(sb, ',');
	sb_append(sb, eduind_verdict_name(r->verdict));
	sb_append(sb, r->judged_rounded ? ",true," : ",false,");
	csv_year(sb, r->latest_year);
	sb_append_char(sb, ',');
	nt_append_csv(sb, r->latest_value);
	sb_append_char(sb, ',');
	sb_append_csv_field(sb, r->latest_display);
	sb_append_char(sb, ',');
	csv_year(sb, r->baseline_year);
	sb_append_char(sb, ',');
	nt_append_csv(sb, r->baseline_value);
	sb_append_char(sb, ',');
	nt_append_csv(sb, r->gap);
	sb_append_char(sb, ',');
	nt_append_csv(sb, r->required_growth_pct);
	sb_append_char(sb, ',');
	nt_append_csv(sb, r->trend_year);
	sb_append_char(sb, ',');
	sb_append(sb, eduind_progress_name(r->progress));
	sb_append_char(sb, ',');
	sb_append_csv_field(sb, r->note);
	sb_append_char(sb, '\n');
}

eduind_status eduind_judgements_to_csv(const eduind_judgements *js, char **out)
{
	strbuf sb = STRBUF_INIT;
	c_locale_scope loc;
	size_t i;
	if (out == NULL)
		return EDUIND_ENULL;
	*out = NULL;
	if (js == NULL)
		return EDUIND_ENULL;
	c_locale_enter(&loc);
	sb_append(&sb, csv_header);
	for (i = 0; i < js->n; i++)
		write_csv_row(&sb, &js->rows[i].pub);
	c_locale_leave(&loc);
	return sb_finish(&sb, out);
}
