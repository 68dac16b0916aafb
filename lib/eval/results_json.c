/* Results as JSON ("eduind-results" version 1) and CSV (docs/formats.md). Numbers are
 * written shortest-round-trip; numbers that do not exist are null (JSON) or empty (CSV). */
#include <math.h>
#include "eval/results_priv.h"
#include "internal/strbuf.h"
#include "io/c_locale.h"
#include "io/numtext.h"

eduind_status eduind_results_to_json(const eduind_results *r, char **out)
{
	strbuf sb = STRBUF_INIT;
	c_locale_scope loc;
	size_t i, j;
	if (out == NULL)
		return EDUIND_ENULL;
	*out = NULL;
	if (r == NULL)
		return EDUIND_ENULL;
	c_locale_enter(&loc);
	sb_append(&sb, "{\"format\":\"eduind-results\",\"version\":1,\n\"results\":[");
	for (i = 0; i < r->n_items && !sb.failed; i++) {
		eduind_result x;
		eduind_results_get(r, i, &x);
		sb_append(&sb, i ? ",\n" : "\n");
		sb_append(&sb, "{\"indicator\":");
		sb_append_json_string(&sb, x.indicator);
		sb_append(&sb, ",\"entity\":");
		sb_append_json_string(&sb, x.entity);
		sb_printf(&sb, ",\"period\":%d,\"cell\":", x.period);
		sb_append_json_string(&sb, x.cell);
		sb_append(&sb, ",\"state\":");
		sb_append_json_string(&sb, eduind_result_state_name(x.state));
		sb_append(&sb, ",\"value\":");
		nt_append_json(&sb, x.value);
		sb_append(&sb, ",\"numerator\":");
		nt_append_json(&sb, x.numerator);
		sb_append(&sb, ",\"denominator\":");
		nt_append_json(&sb, x.denominator);
		sb_append(&sb, ",\"display\":");
		sb_append_json_string(&sb, x.display);
		sb_printf(&sb, ",\"rolled_up\":%s,\"reported\":%s", x.rolled_up ? "true" : "false",
		          x.reported ? "true" : "false");
		sb_append(&sb, ",\"note\":");
		sb_append_json_string(&sb, x.note);
		sb_append(&sb, ",\"inputs\":[");
		for (j = 0; j < x.n_inputs; j++) {
			eduind_result_input in;
			eduind_results_input(r, i, j, &in);
			sb_append(&sb, j ? ",{\"variable\":" : "{\"variable\":");
			sb_append_json_string(&sb, in.variable);
			sb_append(&sb, ",\"entity\":");
			sb_append_json_string(&sb, in.entity);
			sb_printf(&sb, ",\"period\":%d,\"cell\":", in.period);
			sb_append_json_string(&sb, in.cell);
			sb_append(&sb, ",\"value\":");
			nt_append_json(&sb, in.value);
			sb_append(&sb, ",\"state\":");
			sb_append_json_string(&sb, eduind_state_name(in.state));
			sb_append_char(&sb, '}');
		}
		sb_append(&sb, "]}");
	}
	sb_append(&sb, "\n]}\n");
	c_locale_leave(&loc);
	return sb_finish(&sb, out);
}

eduind_status eduind_results_to_csv(const eduind_results *r, char **out)
{
	strbuf sb = STRBUF_INIT;
	c_locale_scope loc;
	size_t i;
	if (out == NULL)
		return EDUIND_ENULL;
	*out = NULL;
	if (r == NULL)
		return EDUIND_ENULL;
	c_locale_enter(&loc);
	sb_append(&sb, "indicator,entity,period,cell,state,value,numerator,denominator,display,rolled_up,reported,note\n");
	for (i = 0; i < r->n_items && !sb.failed; i++) {
		eduind_result x;
		eduind_results_get(r, i, &x);
		sb_append_csv_field(&sb, x.indicator);
		sb_append_char(&sb, ',');
		sb_append_csv_field(&sb, x.entity);
		sb_printf(&sb, ",%d,", x.period);
		sb_append_csv_field(&sb, x.cell);
		sb_append_char(&sb, ',');
		sb_append(&sb, eduind_result_state_name(x.state));
		sb_append_char(&sb, ',');
		nt_append_csv(&sb, x.value);
		sb_append_char(&sb, ',');
		nt_append_csv(&sb, x.numerator);
		sb_append_char(&sb, ',');
		nt_append_csv(&sb, x.denominator);
		sb_append_char(&sb, ',');
		sb_append_csv_field(&sb, x.display);
		sb_printf(&sb, ",%s,%s,", x.rolled_up ? "true" : "false", x.reported ? "true" : "false");
		sb_append_csv_field(&sb, x.note);
		sb_append_char(&sb, '\n');
	}
	c_locale_leave(&loc);
	return sb_finish(&sb, out);
}
