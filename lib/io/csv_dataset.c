/* CSV datasets, long and wide (docs/formats.md): the header decides what each column
 * is; every later row becomes values. Nothing is dropped silently: a cell that is not a
 * number or a missing marker, a repeated key or a conflicting entity attribute stops the
 * load with the file, line and column header. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal/error.h"
#include "io/c_locale.h"
#include "io/csv_rows.h"
#include "io/csv_value.h"
#include "io/json_util.h"
#include "io/numtext.h"
#include "model/dataset_build.h"

enum role { R_ENTITY, R_PERIOD, R_VARIABLE, R_VALUE, R_STATE, R_PARENT, R_NAME, R_LEVEL,
	        R_SINGLE_COUNT, /* roles above occur at most once */
	        R_CELL = R_SINGLE_COUNT, R_IGNORE, R_DATA };

static const char *const role_names[] = { "entity", "period", "variable", "value",
	                                        "state",  "parent", "name",    "level" };

typedef struct column {
	char *header; /* as in the file, trimmed */
	char *target; /* after mapping */
	int role;
	const char *key; /* cell key (R_CELL) or variable code (R_DATA), inside target */
	size_t var;      /* R_DATA: variable index */
} column;

typedef struct loader {
	const eduind_csv_options *opts;
	const char *source;
	eduind_error *err;
	eduind_dataset *ds;
	column *cols;
	size_t n_cols;
	size_t single[R_SINGLE_COUNT]; /* column of each single role, DS_NONE if absent */
	int wide;
	long default_period; /* 0: none */
	/* Parents named in the file, per entity index, resolved after the last row. */
	char **parent_of;
	long *parent_line;
	size_t cap_parents;
	/* Scratch for the cell of a row. */
	const char **cell_keys;
	const char **cell_values;
} loader;

static eduind_status fail_at(loader *l, eduind_status st, long line, const char *col_name,
                             const char *fmt, ...) EDUIND_PRINTF(5, 6);

static eduind_status fail_at(loader *l, eduind_status st, long line, const char *col_name,
                             const char *fmt, ...)
{
	char msg[EDUIND_ERROR_MESSAGE_SIZE];
	va_list ap;
	if (st == EDUIND_ENOMEM)
		return eduind__fail_at(l->err, st, l->source, line, 0, col_name, "out of memory");
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return eduind__fail_at(l->err, st, l->source, line, 0, col_name, "%s", msg);
}

static char *dup_text(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = malloc(n);
	if (p != NULL)
		memcpy(p, s, n);
	return p;
}

/* Makes room for the parent of entity index need - 1 (new slots are empty). */
static int grow_parents(loader *l, size_t need)
{
	size_t ncap = l->cap_parents ? l->cap_parents : 16, i;
	char **np;
	long *nl;
	if (need <= l->cap_parents)
		return 1;
	while (ncap < need)
		ncap *= 2;
	np = realloc(l->parent_of, ncap * sizeof *np);
	if (np == NULL)
		return 0;
	l->parent_of = np;
	nl = realloc(l->parent_line, ncap * sizeof *nl);
	if (nl == NULL)
		return 0;
	l->parent_line = nl;
	for (i = l->cap_parents; i < ncap; i++) {
		np[i] = NULL;
		nl[i] = 0;
	}
	l->cap_parents = ncap;
	return 1;
}

static const char *map_header(const loader *l, const char *header)
{
	size_t i;
	for (i = 0; i < l->opts->n_columns; i++)
		if (strcmp(l->opts->columns[i].header, header) == 0)
			return l->opts->columns[i].target;
	return header;
}

static int role_of(const char *target, const char **key)
{
	size_t i;
	*key = target;
	for (i = 0; i < R_SINGLE_COUNT; i++)
		if (strcmp(target, role_names[i]) == 0)
			return (int)i;
	if (strcmp(target, "ignore") == 0)
		return R_IGNORE;
	if (strncmp(target, "cell:", 5) == 0) {
		*key = target + 5;
		return R_CELL;
	}
	return R_DATA;
}

static eduind_status check_layout(loader *l)
{
	size_t i;
	int auto_long = l->single[R_VARIABLE] != DS_NONE && l->single[R_VALUE] != DS_NONE;
	eduind_csv_layout layout = l->opts->layout;
	l->wide = layout == EDUIND_CSV_WIDE || (layout == EDUIND_CSV_AUTO && !auto_long);
	for (i = 0; i < l->n_cols; i++) {
		const column *c = &l->cols[i];
		if (!l->wide && c->role == R_DATA)
			return fail_at(l, EDUIND_ESCHEMA, 1, c->header,
			               "unknown column \"%s\" in a long CSV (map it to a role, or to "
			               "\"ignore\")",
			               c->header);
		if (l->wide && (c->role == R_VARIABLE || c->role == R_VALUE || c->role == R_STATE))
			return fail_at(l, EDUIND_ESCHEMA, 1, c->header,
			               "column \"%s\" (%s) has no meaning in a wide CSV", c->header,
			               role_names[c->role]);
		if (c->role == R_CELL && (c->key[0] == '\0' || strpbrk(c->key, "=;") != NULL))
			return fail_at(l, EDUIND_ESCHEMA, 1, c->header, "invalid cell key \"%s\"", c->key);
	}
	if (l->single[R_ENTITY] == DS_NONE)
		return fail_at(l, EDUIND_ESCHEMA, 1, NULL, "no \"entity\" column");
	if (l->single[R_PERIOD] == DS_NONE && l->default_period == 0)
		return fail_at(l, EDUIND_ESCHEMA, 1, NULL,
		               "no \"period\" column and no default period in the options");
	if (!l->wide && l->single[R_VARIABLE] == DS_NONE)
		return fail_at(l, EDUIND_ESCHEMA, 1, NULL, "no \"variable\" column in a long CSV");
	if (!l->wide && l->single[R_VALUE] == DS_NONE)
		return fail_at(l, EDUIND_ESCHEMA, 1, NULL, "no \"value\" column in a long CSV");
	return EDUIND_OK;
}

static eduind_status read_header(loader *l, char **fields, size_t n)
{
	size_t i, j;
	l->cols = calloc(n, sizeof *l->cols);
	l->cell_keys = malloc(n * sizeof *l->cell_keys);
	l->cell_values = malloc(n * sizeof *l->cell_values);
	if (l->cols == NULL || l->cell_keys == NULL || l->cell_values == NULL)
		return fail_at(l, EDUIND_ENOMEM, 1, NULL, "-");
	l->n_cols = n;
	for (i = 0; i < R_SINGLE_COUNT; i++)
		l->single[i] = DS_NONE;
	for (i = 0; i < n; i++) {
		column *c = &l->cols[i];
		c->header = dup_text(csv_trim(fields[i]));
		if (c->header == NULL)
			return fail_at(l, EDUIND_ENOMEM, 1, NULL, "-");
		if (c->header[0] == '\0')
			return fail_at(l, EDUIND_ESCHEMA, 1, NULL, "column %zu has no header", i + 1);
		c->target = dup_text(map_header(l, c->header));
		if (c->target == NULL)
			return fail_at(l, EDUIND_ENOMEM, 1, NULL, "-");
		c->role = role_of(c->target, &c->key);
		for (j = 0; j < i; j++) {
			if (strcmp(l->cols[j].header, c->header) == 0)
				return fail_at(l, EDUIND_EDUPLICATE, 1, c->header, "column \"%s\" appears twice",
				               c->header);
			if (c->role != R_IGNORE && strcmp(l->cols[j].target, c->target) == 0)
				return fail_at(l, EDUIND_EDUPLICATE, 1, c->header,
				               "columns \"%s\" and \"%s\" both mean \"%s\"", l->cols[j].header,
				               c->header, c->target);
		}
		if (c->role < R_SINGLE_COUNT)
			l->single[c->role] = i;
	}
	return check_layout(l);
}

/* Wide variables are interned in header order, so variable order follows the file. */
static eduind_status intern_wide_variables(loader *l)
{
	size_t i;
	for (i = 0; i < l->n_cols; i++) {
		column *c = &l->cols[i];
		if (c->role == R_DATA && ds_intern_variable(l->ds, c->key, &c->var) != EDUIND_OK)
			return fail_at(l, EDUIND_ENOMEM, 1, c->header, "-");
	}
	return EDUIND_OK;
}

static const char *field(const loader *l, char **fields, int role)
{
	size_t i = l->single[role];
	return i == DS_NONE ? NULL : csv_trim(fields[i]);
}

static eduind_status read_period(loader *l, char **fields, long line, int *period)
{
	const char *text = field(l, fields, R_PERIOD);
	long v;
	if (text == NULL || text[0] == '\0') {
		if (l->default_period == 0)
			return fail_at(l, EDUIND_ESCHEMA, line, "period", "the period is empty");
		*period = (int)l->default_period;
		return EDUIND_OK;
	}
	if (!nt_parse_long(text, DS_PERIOD_MIN, DS_PERIOD_MAX, &v))
		return fail_at(l, EDUIND_ESCHEMA, line, l->cols[l->single[R_PERIOD]].header,
		               "period \"%.40s\" is not a year from %d to %d", text, DS_PERIOD_MIN,
		               DS_PERIOD_MAX);
	*period = (int)v;
	return EDUIND_OK;
}

static int differs(const char *had, const char *now)
{
	return had[0] != '\0' && now != NULL && now[0] != '\0' && strcmp(had, now) != 0;
}

/* Records parent, name and level of entity e from this row; conflicts are errors. */
static eduind_status read_entity_attrs(loader *l, char **fields, long line, size_t e)
{
	const char *parent = field(l, fields, R_PARENT);
	const char *name = field(l, fields, R_NAME);
	const char *level = field(l, fields, R_LEVEL);
	const char *id = ds_entity_id(l->ds, e);
	if (differs(ds_entity_name_zh(l->ds, e), name))
		return fail_at(l, EDUIND_ESCHEMA, line, l->cols[l->single[R_NAME]].header,
		               "entity \"%s\" is named \"%s\" here and \"%s\" earlier", id, name,
		               ds_entity_name_zh(l->ds, e));
	if (differs(ds_entity_level(l->ds, e), level))
		return fail_at(l, EDUIND_ESCHEMA, line, l->cols[l->single[R_LEVEL]].header,
		               "entity \"%s\" has level \"%s\" here and \"%s\" earlier", id, level,
		               ds_entity_level(l->ds, e));
	if (ds_fill_entity(l->ds, e, name, NULL, level) != EDUIND_OK)
		return fail_at(l, EDUIND_ENOMEM, line, NULL, "-");
	if (parent == NULL || parent[0] == '\0')
		return EDUIND_OK;
	if (!grow_parents(l, e + 1))
		return fail_at(l, EDUIND_ENOMEM, line, NULL, "-");
	if (l->parent_of[e] != NULL) {
		if (strcmp(l->parent_of[e], parent) != 0)
			return fail_at(l, EDUIND_ESCHEMA, line, l->cols[l->single[R_PARENT]].header,
			               "entity \"%s\" has parent \"%s\" here and \"%s\" on line %ld", id,
			               parent, l->parent_of[e], l->parent_line[e]);
		return EDUIND_OK;
	}
	l->parent_of[e] = dup_text(parent);
	l->parent_line[e] = line;
	return l->parent_of[e] != NULL ? EDUIND_OK : fail_at(l, EDUIND_ENOMEM, line, NULL, "-");
}

static eduind_status read_cell(loader *l, char **fields, long line, size_t *cell)
{
	size_t i, n = 0;
	char *canon = NULL;
	char why[160];
	eduind_status st;
	for (i = 0; i < l->n_cols; i++) {
		if (l->cols[i].role != R_CELL)
			continue;
		csv_trim(fields[i]);
		if (fields[i][0] == '\0')
			continue; /* no value for this key: the row is a total over it */
		if (strpbrk(fields[i], "=;") != NULL)
			return fail_at(l, EDUIND_ESCHEMA, line, l->cols[i].header,
			               "a cell value may not contain '=' or ';': \"%.40s\"", fields[i]);
		l->cell_keys[n] = l->cols[i].key;
		l->cell_values[n] = fields[i];
		n++;
	}
	st = ds_cell_from_pairs(l->cell_keys, l->cell_values, n, &canon, why, sizeof why);
	if (st == EDUIND_OK)
		st = ds_intern_cell(l->ds, canon, cell);
	free(canon);
	if (st != EDUIND_OK)
		return fail_at(l, st == EDUIND_EINVAL ? EDUIND_ESCHEMA : st, line, NULL, "%s", why);
	return EDUIND_OK;
}

static eduind_status put(loader *l, long line, const char *header, size_t e, int period, size_t v,
                         size_t c, double value, eduind_state state)
{
	eduind_status st = ds_put(l->ds, e, period, v, c, value, state, 0);
	if (st == EDUIND_EDUPLICATE)
		return fail_at(l, st, line, header, "a second value of \"%s\" for \"%s\", %d%s%s",
		               eduind_dataset_variable_at(l->ds, v), ds_entity_id(l->ds, e), period,
		               c ? ", cell " : "", ds_cell_name(l->ds, c));
	if (st != EDUIND_OK)
		return fail_at(l, st, line, header, "cannot store the value: %s", eduind_status_str(st));
	return EDUIND_OK;
}

static eduind_status parse_value(loader *l, long line, const char *header, char *text,
                                 double *value, eduind_state *state)
{
	if (csv_value_parse(text, value, state))
		return EDUIND_OK;
	return fail_at(l, EDUIND_ESCHEMA, line, header,
	               "\"%.60s\" is not a number (write plain decimals such as 1234.5, without "
	               "thousands separators)",
	               text);
}

/* Combines the value cell with the state column of a long row. */
static eduind_status apply_state(loader *l, long line, const char *text, eduind_state *state)
{
	eduind_state named;
	const char *header = l->cols[l->single[R_STATE]].header;
	if (text == NULL || text[0] == '\0')
		return EDUIND_OK;
	if (eduind_state_from_name(text, &named) != EDUIND_OK)
		return fail_at(l, EDUIND_ESCHEMA, line, header,
		               "unknown state \"%.40s\" (present, missing, not_applicable, estimated, "
		               "suppressed)",
		               text);
	if (eduind_state_has_value(*state) && !eduind_state_has_value(named))
		return fail_at(l, EDUIND_ESCHEMA, line, header, "a number with state \"%s\"", text);
	if (!eduind_state_has_value(*state) && eduind_state_has_value(named))
		return fail_at(l, EDUIND_ESCHEMA, line, header, "state \"%s\" needs a number", text);
	if (*state == EDUIND_STATE_NOT_APPLICABLE && named != EDUIND_STATE_NOT_APPLICABLE)
		return fail_at(l, EDUIND_ESCHEMA, line, header, "the value says n/a but the state is \"%s\"",
		               text);
	*state = named;
	return EDUIND_OK;
}

static eduind_status read_row(loader *l, char **fields, long line)
{
	const char *entity = field(l, fields, R_ENTITY);
	size_t e, c, i;
	int period = 0;
	eduind_status st;
	if (entity[0] == '\0')
		return fail_at(l, EDUIND_ESCHEMA, line, l->cols[l->single[R_ENTITY]].header,
		               "the entity is empty");
	st = read_period(l, fields, line, &period);
	if (st != EDUIND_OK)
		return st;
	if (ds_intern_entity(l->ds, entity, &e) != EDUIND_OK)
		return fail_at(l, EDUIND_ENOMEM, line, NULL, "-");
	st = read_entity_attrs(l, fields, line, e);
	if (st == EDUIND_OK)
		st = read_cell(l, fields, line, &c);
	if (st != EDUIND_OK)
		return st;
	if (!l->wide) {
		const char *variable = field(l, fields, R_VARIABLE);
		const char *vh = l->cols[l->single[R_VALUE]].header;
		double value = 0;
		eduind_state state;
		size_t v;
		if (variable[0] == '\0')
			return fail_at(l, EDUIND_ESCHEMA, line, l->cols[l->single[R_VARIABLE]].header,
			               "the variable is empty");
		st = parse_value(l, line, vh, fields[l->single[R_VALUE]], &value, &state);
		if (st == EDUIND_OK && l->single[R_STATE] != DS_NONE)
			st = apply_state(l, line, field(l, fields, R_STATE), &state);
		if (st == EDUIND_OK && ds_intern_variable(l->ds, variable, &v) != EDUIND_OK)
			st = fail_at(l, EDUIND_ENOMEM, line, NULL, "-");
		if (st == EDUIND_OK)
			st = put(l, line, vh, e, period, v, c, value, state);
		return st;
	}
	for (i = 0; i < l->n_cols && st == EDUIND_OK; i++) {
		const column *col = &l->cols[i];
		double value = 0;
		eduind_state state;
		if (col->role != R_DATA)
			continue;
		st = parse_value(l, line, col->header, fields[i], &value, &state);
		if (st == EDUIND_OK)
			st = put(l, line, col->header, e, period, col->var, c, value, state);
	}
	return st;
}

static eduind_status on_row(void *user, char **fields, size_t n, long line)
{
	loader *l = user;
	if (l->cols == NULL) {
		eduind_status st = read_header(l, fields, n);
		if (st == EDUIND_OK && l->wide)
			st = intern_wide_variables(l);
		return st;
	}
	return read_row(l, fields, line);
}

/* Links the parents named in the file; unknown parents become roots. */
static eduind_status resolve_parents(loader *l)
{
	size_t n, i, bad, *parent;
	eduind_status st = EDUIND_OK;
	size_t declared = eduind_dataset_entity_count(l->ds);
	for (i = 0; i < declared && i < l->cap_parents; i++)
		if (l->parent_of[i] != NULL && ds_intern_entity(l->ds, l->parent_of[i], NULL) != EDUIND_OK)
			return fail_at(l, EDUIND_ENOMEM, 0, NULL, "-");
	n = eduind_dataset_entity_count(l->ds);
	parent = malloc((n ? n : 1) * sizeof *parent);
	if (parent == NULL)
		return fail_at(l, EDUIND_ENOMEM, 0, NULL, "-");
	for (i = 0; i < n; i++)
		parent[i] = i < l->cap_parents && l->parent_of[i] != NULL
		                    ? ds_entity_index(l->ds, l->parent_of[i])
		                    : DS_NONE;
	bad = ds_find_cycle(parent, n);
	if (bad != DS_NONE) {
		st = fail_at(l, EDUIND_ECYCLE, bad < l->cap_parents ? l->parent_line[bad] : 0, "parent",
		             "entity \"%s\" is its own ancestor", ds_entity_id(l->ds, bad));
	}
	for (i = 0; i < n && st == EDUIND_OK; i++)
		if (parent[i] != DS_NONE && ds_attach_parent(l->ds, i, parent[i]) != EDUIND_OK)
			st = fail_at(l, EDUIND_ENOMEM, 0, NULL, "-");
	free(parent);
	return st;
}

static void loader_free(loader *l)
{
	size_t i;
	for (i = 0; i < l->n_cols; i++) {
		free(l->cols[i].header);
		free(l->cols[i].target);
	}
	free(l->cols);
	for (i = 0; i < l->cap_parents; i++)
		free(l->parent_of[i]);
	free(l->parent_of);
	free(l->parent_line);
	free(l->cell_keys);
	free(l->cell_values);
}

static eduind_status check_options(const eduind_csv_options *o, long *default_period,
                                   eduind_error *err)
{
	size_t i;
	if (o->version != EDUIND_CSV_OPTIONS_VERSION)
		return eduind__fail(err, EDUIND_EINVAL, "CSV options version %u is not %d (use "
		                    "EDUIND_CSV_OPTIONS_INIT)", o->version, EDUIND_CSV_OPTIONS_VERSION);
	if ((int)o->layout < EDUIND_CSV_AUTO || o->layout > EDUIND_CSV_WIDE)
		return eduind__fail(err, EDUIND_EINVAL, "unknown CSV layout %d", (int)o->layout);
	if (o->delimiter == '"' || o->delimiter == '\n' || o->delimiter == '\r')
		return eduind__fail(err, EDUIND_EINVAL, "the delimiter cannot be a quote or a line end");
	if (o->n_columns > 0 && o->columns == NULL)
		return eduind__fail(err, EDUIND_ENULL, "column map is NULL but n_columns is %zu",
		                    o->n_columns);
	for (i = 0; i < o->n_columns; i++)
		if (o->columns[i].header == NULL || o->columns[i].target == NULL)
			return eduind__fail(err, EDUIND_ENULL, "column map entry %zu has a NULL member", i);
	*default_period = 0;
	if (o->default_period != NULL &&
	    !nt_parse_long(o->default_period, DS_PERIOD_MIN, DS_PERIOD_MAX, default_period))
		return eduind__fail(err, EDUIND_EINVAL, "default period \"%.40s\" is not a year from %d to %d",
		                    o->default_period, DS_PERIOD_MIN, DS_PERIOD_MAX);
	return EDUIND_OK;
}

static eduind_status load(eduind_dataset **out, const char *csv, size_t len,
                          const eduind_csv_options *opts, const char *source, eduind_error *err)
{
	static const eduind_csv_options defaults = EDUIND_CSV_OPTIONS_INIT;
	loader l;
	c_locale_scope loc;
	eduind_status st;

	memset(&l, 0, sizeof l);
	l.opts = opts != NULL ? opts : &defaults;
	l.source = source;
	l.err = err;
	st = check_options(l.opts, &l.default_period, err);
	if (st != EDUIND_OK)
		return st;
	if (eduind_dataset_new(&l.ds) != EDUIND_OK)
		return eduind__fail(err, EDUIND_ENOMEM, "out of memory");
	c_locale_enter(&loc);
	st = csv_read_rows(csv, len, l.opts->delimiter ? l.opts->delimiter : ',', source, on_row, &l,
	                   err);
	if (st == EDUIND_OK && l.cols == NULL)
		st = fail_at(&l, EDUIND_ESCHEMA, 1, NULL, "the CSV has no header row");
	if (st == EDUIND_OK)
		st = resolve_parents(&l);
	c_locale_leave(&loc);
	loader_free(&l);
	if (st != EDUIND_OK) {
		eduind_dataset_free(l.ds);
		return st;
	}
	*out = l.ds;
	return EDUIND_OK;
}

eduind_status eduind_dataset_load_csv_string(eduind_dataset **out, const char *csv, size_t len,
                                             const eduind_csv_options *opts, eduind_error *err)
{
	if (out != NULL)
		*out = NULL;
	if (out == NULL || csv == NULL)
		return eduind__fail(err, EDUIND_ENULL, "dataset output or CSV text is NULL");
	return load(out, csv, len, opts, "<string>", err);
}

eduind_status eduind_dataset_load_csv_file(eduind_dataset **out, const char *path,
                                           const eduind_csv_options *opts, eduind_error *err)
{
	char *text = NULL;
	size_t len = 0;
	eduind_status st;
	if (out != NULL)
		*out = NULL;
	if (out == NULL || path == NULL)
		return eduind__fail(err, EDUIND_ENULL, "dataset output or file name is NULL");
	st = ju_read_file(path, JU_MAX_INPUT, &text, &len, err);
	if (st != EDUIND_OK)
		return st;
	st = load(out, text, len, opts, path, err);
	free(text);
	return st;
}
