/* eduind_dataset_to_json: the dataset in the "eduind-dataset" format, one entity and one
 * value per line, numbers in their shortest exact form. */
#include <stdlib.h>
#include <string.h>
#include "internal/strbuf.h"
#include "io/c_locale.h"
#include "io/numtext.h"
#include "model/dataset_build.h"

/* "area=rural;sex=F" -> {"area": "rural", "sex": "F"} */
static void write_cell(strbuf *sb, const char *cell)
{
	const char *p = cell;
	sb_append(sb, "{");
	while (*p) {
		const char *eq = strchr(p, '='), *end = strchr(p, ';');
		char *key, *val;
		if (end == NULL)
			end = p + strlen(p);
		if (eq == NULL || eq > end)
			break; /* cannot happen for a canonical cell */
		key = malloc((size_t)(eq - p) + 1);
		val = malloc((size_t)(end - eq));
		if (key == NULL || val == NULL) {
			free(key);
			free(val);
			sb->failed = 1;
			return;
		}
		memcpy(key, p, (size_t)(eq - p));
		key[eq - p] = '\0';
		memcpy(val, eq + 1, (size_t)(end - eq - 1));
		val[end - eq - 1] = '\0';
		if (p != cell)
			sb_append(sb, ", ");
		sb_append_json_string(sb, key);
		sb_append(sb, ": ");
		sb_append_json_string(sb, val);
		free(key);
		free(val);
		p = *end ? end + 1 : end;
	}
	sb_append(sb, "}");
}

static void write_entities(strbuf *sb, const eduind_dataset *ds)
{
	size_t i, n = eduind_dataset_entity_count(ds);
	sb_append(sb, ",\n  \"entities\": [");
	for (i = 0; i < n; i++) {
		const char *id, *parent, *zh, *en, *level;
		eduind_dataset_entity_at(ds, i, &id, &parent, &zh, &en, &level);
		sb_append(sb, i ? ",\n    { \"id\": " : "\n    { \"id\": ");
		sb_append_json_string(sb, id);
		if (parent[0]) {
			sb_append(sb, ", \"parent\": ");
			sb_append_json_string(sb, parent);
		}
		if (zh[0] || en[0]) {
			sb_append(sb, ", \"name\": {");
			if (zh[0]) {
				sb_append(sb, " \"zh\": ");
				sb_append_json_string(sb, zh);
			}
			if (en[0]) {
				sb_append(sb, zh[0] ? ", \"en\": " : " \"en\": ");
				sb_append_json_string(sb, en);
			}
			sb_append(sb, " }");
		}
		if (level[0]) {
			sb_append(sb, ", \"level\": ");
			sb_append_json_string(sb, level);
		}
		sb_append(sb, " }");
	}
	sb_append(sb, n ? "\n  ]" : "]");
}

static void write_values(strbuf *sb, const eduind_dataset *ds)
{
	ds_cursor cur = DS_CURSOR_INIT;
	size_t i = 0, e, v, c;
	int period;
	double value;
	eduind_state state;
	char num[NT_BUF];
	sb_append(sb, ",\n  \"values\": [");
	for (; ds_next_value(ds, &cur, &e, &period, &v, &c, &value, &state); i++) {
		sb_append(sb, i ? ",\n    { \"entity\": " : "\n    { \"entity\": ");
		sb_append_json_string(sb, ds_entity_id(ds, e));
		sb_printf(sb, ", \"period\": %d, \"variable\": ", period);
		sb_append_json_string(sb, eduind_dataset_variable_at(ds, v));
		if (c != 0) {
			sb_append(sb, ", \"cell\": ");
			write_cell(sb, ds_cell_name(ds, c));
		}
		if (eduind_state_has_value(state)) {
			nt_format(value, num);
			sb_append(sb, ", \"value\": ");
			sb_append(sb, num);
		} else {
			sb_append(sb, ", \"value\": null");
		}
		if (state != EDUIND_STATE_PRESENT) {
			sb_append(sb, ", \"state\": ");
			sb_append_json_string(sb, eduind_state_name(state));
		}
		sb_append(sb, " }");
	}
	sb_append(sb, i ? "\n  ]" : "]");
}

eduind_status eduind_dataset_to_json(const eduind_dataset *ds, char **out)
{
	strbuf sb = STRBUF_INIT;
	c_locale_scope loc;
	const char *checks;
	if (out != NULL)
		*out = NULL;
	if (ds == NULL || out == NULL)
		return EDUIND_ENULL;
	c_locale_enter(&loc);
	sb_append(&sb, "{\n  \"format\": \"eduind-dataset\",\n  \"version\": 1");
	if (eduind_dataset_name(ds)[0]) {
		sb_append(&sb, ",\n  \"name\": ");
		sb_append_json_string(&sb, eduind_dataset_name(ds));
	}
	if (ds_source(ds)[0]) {
		sb_append(&sb, ",\n  \"source\": ");
		sb_append_json_string(&sb, ds_source(ds));
	}
	write_entities(&sb, ds);
	write_values(&sb, ds);
	checks = ds_checks_json(ds);
	if (checks != NULL) {
		sb_append(&sb, ",\n  \"checks\": ");
		sb_append(&sb, checks);
	}
	sb_append(&sb, "\n}\n");
	c_locale_leave(&loc);
	return sb_finish(&sb, out);
}
