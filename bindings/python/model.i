/* Datasets, catalogues, plans, results, judgements and findings as owned handles.
 * Each handle class has only a destructor (the C _free); constructors are the py_*
 * factories below, marked %newobject so Python owns what they return. Accessors copy
 * C data into Python objects (str, tuple, dict), so no borrowed C pointer ever reaches
 * Python and a handle may be collected at any time. Loaders and evaluation release the
 * GIL around the C work and raise with the library's error record. */

%define PY_HANDLE(ctype, pyname, freefn)
%rename(pyname) ctype;
%nodefaultctor ctype;
struct ctype {};
%extend ctype {
	~ctype() { freefn($self); }
}
%enddef

PY_HANDLE(eduind_dataset, DatasetHandle, eduind_dataset_free)
PY_HANDLE(eduind_catalog, CatalogHandle, eduind_catalog_free)
PY_HANDLE(eduind_plan, PlanHandle, eduind_plan_free)
PY_HANDLE(eduind_results, ResultsHandle, eduind_results_free)
PY_HANDLE(eduind_judgements, JudgementsHandle, eduind_judgements_free)
PY_HANDLE(eduind_findings, FindingsHandle, eduind_findings_free)

%apply (char *STRING, size_t LENGTH) { (const char *text, size_t len) };

%newobject py_dataset_new;
%newobject py_dataset_load_json;
%newobject py_dataset_load_csv;
%newobject py_catalog_new;
%newobject py_catalog_builtin;
%newobject py_catalog_load;
%newobject py_plan_load;
%newobject py_evaluate;
%newobject py_judge;
%newobject py_check;

%{
/* Raises for rc with the details of err (GIL held). */
static void py_fail(eduind_status rc, const eduind_error *err)
{
	py_raise(rc, err);
}

static PyObject *py_float_or_none(double v)
{
	if (isnan(v))
		return PyFloat_FromDouble(NAN);
	return PyFloat_FromDouble(v);
}

/* Builds a list from n items made by make(i); NULL with an exception on failure. */
typedef PyObject *(*py_item_fn)(const void *owner, size_t i);
static PyObject *py_list(const void *owner, size_t n, py_item_fn make)
{
	PyObject *list = PyList_New((Py_ssize_t)n);
	size_t i;
	if (list == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		PyObject *item = make(owner, i);
		if (item == NULL) {
			Py_DECREF(list);
			return NULL;
		}
		PyList_SET_ITEM(list, (Py_ssize_t)i, item);
	}
	return list;
}

/* Copies a Python sequence of str into a NULL-terminated char* array (UTF-8 pointers
 * borrowed from the str objects, which `keep` holds). */
static const char **py_string_array(PyObject *seq, PyObject **keep, size_t *n)
{
	const char **arr;
	Py_ssize_t i, len;
	*keep = PySequence_Fast(seq, "expected a sequence of str");
	if (*keep == NULL)
		return NULL;
	len = PySequence_Fast_GET_SIZE(*keep);
	arr = PyMem_Calloc((size_t)len + 1, sizeof *arr);
	if (arr == NULL) {
		PyErr_NoMemory();
		return NULL;
	}
	for (i = 0; i < len; i++) {
		arr[i] = PyUnicode_AsUTF8(PySequence_Fast_GET_ITEM(*keep, i));
		if (arr[i] == NULL) {
			PyMem_Free((void *)arr);
			return NULL;
		}
	}
	*n = (size_t)len;
	return arr;
}
%}

/* ---- Datasets ---------------------------------------------------------------- */

%inline %{
static eduind_dataset *py_dataset_new(void)
{
	eduind_dataset *ds = NULL;
	eduind_status rc = eduind_dataset_new(&ds);
	if (rc != EDUIND_OK)
		py_fail(rc, NULL);
	return ds;
}

static eduind_dataset *py_dataset_load_json(const char *path, const char *text, size_t len)
{
	eduind_dataset *ds = NULL;
	eduind_error err;
	eduind_status rc;
	eduind_error_clear(&err);
	Py_BEGIN_ALLOW_THREADS
	rc = path != NULL ? eduind_dataset_load_json_file(&ds, path, &err)
	                  : eduind_dataset_load_json_string(&ds, text, len, &err);
	Py_END_ALLOW_THREADS
	if (rc != EDUIND_OK)
		py_fail(rc, &err);
	return ds;
}

/* layout: 0 auto, 1 long, 2 wide; columns: a dict {header: target} or None. */
static eduind_dataset *py_dataset_load_csv(const char *path, const char *text, size_t len,
                                           int layout, const char *delimiter, PyObject *columns,
                                           const char *default_period)
{
	eduind_csv_options opts = EDUIND_CSV_OPTIONS_INIT;
	eduind_csv_column_map *map = NULL;
	eduind_dataset *ds = NULL;
	eduind_error err;
	eduind_status rc;

	opts.layout = (eduind_csv_layout)layout;
	opts.delimiter = (delimiter != NULL && delimiter[0] != '\0') ? delimiter[0] : 0;
	opts.default_period = default_period;
	if (columns != NULL && columns != Py_None) {
		PyObject *key, *value;
		Py_ssize_t pos = 0, i = 0;
		if (!PyDict_Check(columns)) {
			PyErr_SetString(PyExc_TypeError, "columns must be a dict {header: target}");
			return NULL;
		}
		map = PyMem_Calloc((size_t)PyDict_Size(columns) + 1, sizeof *map);
		if (map == NULL) {
			PyErr_NoMemory();
			return NULL;
		}
		while (PyDict_Next(columns, &pos, &key, &value)) {
			map[i].header = PyUnicode_AsUTF8(key);
			map[i].target = PyUnicode_AsUTF8(value);
			if (map[i].header == NULL || map[i].target == NULL) {
				PyMem_Free(map);
				return NULL;
			}
			i++;
		}
		opts.columns = map;
		opts.n_columns = (size_t)i;
	}
	eduind_error_clear(&err);
	Py_BEGIN_ALLOW_THREADS
	rc = path != NULL ? eduind_dataset_load_csv_file(&ds, path, &opts, &err)
	                  : eduind_dataset_load_csv_string(&ds, text, len, &opts, &err);
	Py_END_ALLOW_THREADS
	PyMem_Free(map);
	if (rc != EDUIND_OK)
		py_fail(rc, &err);
	return ds;
}

static void py_dataset_merge(eduind_dataset *dst, const eduind_dataset *src)
{
	eduind_error err;
	eduind_status rc;
	eduind_error_clear(&err);
	rc = eduind_dataset_merge(dst, src, &err);
	if (rc != EDUIND_OK)
		py_fail(rc, &err);
}

static void py_dataset_add_entity(eduind_dataset *ds, const char *id, const char *parent,
                                  const char *name_zh, const char *name_en, const char *level)
{
	eduind_status rc = eduind_dataset_add_entity(ds, id, parent, name_zh, name_en, level);
	if (rc != EDUIND_OK) {
		eduind_error err;
		eduind_error_clear(&err);
		snprintf(err.message, sizeof err.message, "entity \"%s\": %s", id ? id : "",
		         eduind_status_str(rc));
		py_fail(rc, &err);
	}
}

/* state is a JSON state name ("present", "missing", ...). */
static void py_dataset_set(eduind_dataset *ds, const char *entity, int period, const char *variable,
                           const char *cell, double value, const char *state)
{
	eduind_state st = EDUIND_STATE_PRESENT;
	eduind_status rc;
	eduind_error err;
	eduind_error_clear(&err);
	if (state != NULL && eduind_state_from_name(state, &st) != EDUIND_OK) {
		snprintf(err.message, sizeof err.message, "unknown value state \"%s\"", state);
		py_fail(EDUIND_EINVAL, &err);
		return;
	}
	rc = eduind_dataset_set(ds, entity, period, variable, cell, value, st);
	if (rc != EDUIND_OK) {
		snprintf(err.message, sizeof err.message, "%s %d %s: %s", entity ? entity : "", period,
		         variable ? variable : "", eduind_status_str(rc));
		py_fail(rc, &err);
	}
}

/* (value, state name); value is NaN when the state has no number. */
static PyObject *py_dataset_get(const eduind_dataset *ds, const char *entity, int period,
                                const char *variable, const char *cell)
{
	double value = NAN;
	eduind_state st = EDUIND_STATE_MISSING;
	eduind_status rc = eduind_dataset_get(ds, entity, period, variable, cell, &value, &st);
	if (rc != EDUIND_OK) {
		eduind_error err;
		eduind_error_clear(&err);
		snprintf(err.message, sizeof err.message, "entity \"%s\": %s", entity ? entity : "",
		         eduind_status_str(rc));
		py_fail(rc, &err);
		return NULL;
	}
	return Py_BuildValue("(Ns)", py_float_or_none(value), eduind_state_name(st));
}

static PyObject *py_dataset_entity(const void *owner, size_t i)
{
	const char *id = "", *parent = "", *zh = "", *en = "", *level = "";
	eduind_status rc = eduind_dataset_entity_at(owner, i, &id, &parent, &zh, &en, &level);
	if (rc != EDUIND_OK) {
		py_fail(rc, NULL);
		return NULL;
	}
	return Py_BuildValue("(NNNNN)", py_str(id), py_str(parent), py_str(zh), py_str(en), py_str(level));
}

/* [(id, parent, name_zh, name_en, level)] in declaration order. */
static PyObject *py_dataset_entities(const eduind_dataset *ds)
{
	return py_list(ds, eduind_dataset_entity_count(ds), py_dataset_entity);
}

static PyObject *py_dataset_periods(const eduind_dataset *ds)
{
	size_t i, n = eduind_dataset_period_count(ds);
	PyObject *list = PyList_New((Py_ssize_t)n);
	for (i = 0; list != NULL && i < n; i++)
		PyList_SET_ITEM(list, (Py_ssize_t)i, PyLong_FromLong(eduind_dataset_period_at(ds, i)));
	return list;
}

static PyObject *py_dataset_variables(const eduind_dataset *ds)
{
	size_t i, n = eduind_dataset_variable_count(ds);
	PyObject *list = PyList_New((Py_ssize_t)n);
	for (i = 0; list != NULL && i < n; i++)
		PyList_SET_ITEM(list, (Py_ssize_t)i, py_str(eduind_dataset_variable_at(ds, i)));
	return list;
}

static size_t py_dataset_value_count(const eduind_dataset *ds) { return eduind_dataset_value_count(ds); }
static PyObject *py_dataset_name(const eduind_dataset *ds) { return py_str(eduind_dataset_name(ds)); }

static PyObject *py_dataset_to_json(const eduind_dataset *ds)
{
	char *json = NULL;
	eduind_status rc = eduind_dataset_to_json(ds, &json);
	if (rc != EDUIND_OK) {
		py_fail(rc, NULL);
		return NULL;
	}
	return py_str_free(json);
}
%}

/* ---- Catalogues ------------------------------------------------------------- */

%inline %{
static eduind_catalog *py_catalog_new(void)
{
	eduind_catalog *cat = NULL;
	eduind_status rc = eduind_catalog_new(&cat);
	if (rc != EDUIND_OK)
		py_fail(rc, NULL);
	return cat;
}

static eduind_catalog *py_catalog_builtin(void)
{
	eduind_catalog *cat = NULL;
	eduind_error err;
	eduind_status rc;
	eduind_error_clear(&err);
	Py_BEGIN_ALLOW_THREADS
	rc = eduind_catalog_builtin(&cat, &err);
	Py_END_ALLOW_THREADS
	if (rc != EDUIND_OK)
		py_fail(rc, &err);
	return cat;
}

static eduind_catalog *py_catalog_load(const char *path, const char *text, size_t len)
{
	eduind_catalog *cat = NULL;
	eduind_error err;
	eduind_status rc;
	eduind_error_clear(&err);
	Py_BEGIN_ALLOW_THREADS
	rc = path != NULL ? eduind_catalog_load_file(&cat, path, &err)
	                  : eduind_catalog_load_string(&cat, text, len, &err);
	Py_END_ALLOW_THREADS
	if (rc != EDUIND_OK)
		py_fail(rc, &err);
	return cat;
}

static void py_catalog_merge(eduind_catalog *cat, const char *path, const char *text, size_t len)
{
	eduind_error err;
	eduind_status rc;
	eduind_error_clear(&err);
	rc = path != NULL ? eduind_catalog_merge_file(cat, path, &err)
	                  : eduind_catalog_merge_string(cat, text, len, &err);
	if (rc != EDUIND_OK)
		py_fail(rc, &err);
}

static void py_catalog_check_formula(const eduind_catalog *cat, const char *formula)
{
	eduind_error err;
	eduind_status rc;
	eduind_error_clear(&err);
	rc = eduind_catalog_check_formula(cat, formula, &err);
	if (rc != EDUIND_OK)
		py_fail(rc, &err);
}

static PyObject *py_catalog_to_json(const eduind_catalog *cat)
{
	char *json = NULL;
	eduind_status rc = eduind_catalog_to_json(cat, &json);
	if (rc != EDUIND_OK) {
		py_fail(rc, NULL);
		return NULL;
	}
	return py_str_free(json);
}

static PyObject *py_catalog_name(const eduind_catalog *cat) { return py_str(eduind_catalog_name(cat)); }
static size_t py_catalog_count(const eduind_catalog *cat) { return eduind_catalog_count(cat); }

/* Index of an indicator code, -1 if absent. */
static long py_catalog_find(const eduind_catalog *cat, const char *code)
{
	const eduind_indicator *ind = eduind_catalog_find(cat, code);
	size_t i, n = eduind_catalog_count(cat);
	if (ind == NULL)
		return -1;
	for (i = 0; i < n; i++)
		if (eduind_catalog_at(cat, i) == ind)
			return (long)i;
	return -1;
}

/* Every field of indicator i, copied into a dict. */
static PyObject *py_catalog_indicator(const eduind_catalog *cat, size_t i)
{
	const eduind_indicator *ind = eduind_catalog_at(cat, i);
	PyObject *optional, *d;
	size_t k, n;
	if (ind == NULL) {
		PyErr_SetString(PyExc_IndexError, "indicator index out of range");
		return NULL;
	}
	n = eduind_indicator_optional_count(ind);
	optional = PyList_New((Py_ssize_t)n);
	for (k = 0; optional != NULL && k < n; k++)
		PyList_SET_ITEM(optional, (Py_ssize_t)k, py_str(eduind_indicator_optional_at(ind, k)));
	if (optional == NULL)
		return NULL;
	d = Py_BuildValue("{s:N,s:N,s:N,s:N,s:N,s:s,s:N,s:N,s:N,s:d,s:s,s:i,s:s,s:N,s:N,s:N,s:N,s:N,s:s,s:N}",
		"code", py_str(eduind_indicator_code(ind)),
		"name_zh", py_str(eduind_indicator_name_zh(ind)),
		"name_en", py_str(eduind_indicator_name_en(ind)),
		"description_zh", py_str(eduind_indicator_description_zh(ind)),
		"description_en", py_str(eduind_indicator_description_en(ind)),
		"kind", eduind_kind_name(eduind_indicator_kind(ind)),
		"numerator", py_str(eduind_indicator_numerator(ind)),
		"denominator", py_str(eduind_indicator_denominator(ind)),
		"formula", py_str(eduind_indicator_formula(ind)),
		"scale", eduind_indicator_scale(ind),
		"unit", eduind_unit_name(eduind_indicator_unit(ind)),
		"decimals", eduind_indicator_decimals(ind),
		"direction", eduind_direction_name(eduind_indicator_direction(ind)),
		"level", py_str(eduind_indicator_level(ind)),
		"category", py_str(eduind_indicator_category(ind)),
		"source_document", py_str(eduind_indicator_source_document(ind)),
		"source_section", py_str(eduind_indicator_source_section(ind)),
		"reported", py_str(eduind_indicator_reported(ind)),
		"missing_policy", eduind_indicator_missing_policy(ind) == EDUIND_MISSING_OPTIONAL ? "optional" : "skip",
		"optional", optional);
	return d;
}

static PyObject *py_catalog_variable(const void *owner, size_t i)
{
	const char *code = "", *zh = "", *en = "", *unit = "";
	eduind_status rc = eduind_catalog_variable_at(owner, i, &code, &zh, &en, &unit);
	if (rc != EDUIND_OK) {
		py_fail(rc, NULL);
		return NULL;
	}
	return Py_BuildValue("(NNNN)", py_str(code), py_str(zh), py_str(en), py_str(unit));
}

/* [(code, name_zh, name_en, unit)] */
static PyObject *py_catalog_variables(const eduind_catalog *cat)
{
	return py_list(cat, eduind_catalog_variable_count(cat), py_catalog_variable);
}
%}

/* ---- Plans ------------------------------------------------------------------- */

%inline %{
static eduind_plan *py_plan_load(const char *path, const char *text, size_t len)
{
	eduind_plan *plan = NULL;
	eduind_error err;
	eduind_status rc;
	eduind_error_clear(&err);
	Py_BEGIN_ALLOW_THREADS
	rc = path != NULL ? eduind_plan_load_file(&plan, path, &err)
	                  : eduind_plan_load_string(&plan, text, len, &err);
	Py_END_ALLOW_THREADS
	if (rc != EDUIND_OK)
		py_fail(rc, &err);
	return plan;
}

static PyObject *py_plan_info(const eduind_plan *plan)
{
	return Py_BuildValue("{s:N,s:N,s:i}", "name", py_str(eduind_plan_name(plan)),
	                     "source", py_str(eduind_plan_source(plan)),
	                     "baseline_year", eduind_plan_baseline_year(plan));
}

static PyObject *py_plan_target(const void *owner, size_t i)
{
	const eduind_target *t = eduind_plan_at(owner, i);
	if (t == NULL) {
		PyErr_SetString(PyExc_IndexError, "target index out of range");
		return NULL;
	}
	return Py_BuildValue("{s:N,s:N,s:i,s:s,s:s,s:d,s:d,s:d,s:s,s:O,s:N,s:N}",
		"indicator", py_str(eduind_target_indicator(t)),
		"entity", py_str(eduind_target_entity(t)),
		"year", eduind_target_year(t),
		"comparison", eduind_comparison_name(eduind_target_comparison(t)),
		"symbol", eduind_comparison_symbol(eduind_target_comparison(t)),
		"value", eduind_target_value(t),
		"value_high", eduind_target_value_high(t),
		"tolerance", eduind_target_tolerance(t),
		"binding", eduind_binding_name(eduind_target_binding(t)),
		"judge_rounded", eduind_target_judge_rounded(t) ? Py_True : Py_False,
		"source", py_str(eduind_target_source(t)),
		"note", py_str(eduind_target_note(t)));
}

static PyObject *py_plan_targets(const eduind_plan *plan)
{
	return py_list(plan, eduind_plan_count(plan), py_plan_target);
}

static PyObject *py_plan_to_json(const eduind_plan *plan)
{
	char *json = NULL;
	eduind_status rc = eduind_plan_to_json(plan, &json);
	if (rc != EDUIND_OK) {
		py_fail(rc, NULL);
		return NULL;
	}
	return py_str_free(json);
}
%}

/* ---- Evaluation, judgement, checks ------------------------------------------- */

%inline %{
/* entity None: all; period 0: all; indicators None: all. */
static eduind_results *py_evaluate(const eduind_catalog *cat, const eduind_dataset *ds,
                                   const char *entity, int period, PyObject *indicators,
                                   int rollup, int include_cells)
{
	eduind_eval_options opts = EDUIND_EVAL_OPTIONS_INIT;
	eduind_results *res = NULL;
	PyObject *keep = NULL;
	const char **codes = NULL;
	eduind_error err;
	eduind_status rc;

	opts.entity = entity;
	opts.period = period;
	opts.rollup = rollup;
	opts.include_cells = include_cells;
	if (indicators != NULL && indicators != Py_None) {
		codes = py_string_array(indicators, &keep, &opts.n_indicators);
		if (codes == NULL) {
			Py_XDECREF(keep);
			return NULL;
		}
		opts.indicators = codes;
	}
	eduind_error_clear(&err);
	Py_BEGIN_ALLOW_THREADS
	rc = eduind_evaluate(&res, cat, ds, &opts, &err);
	Py_END_ALLOW_THREADS
	PyMem_Free((void *)codes);
	Py_XDECREF(keep);
	if (rc != EDUIND_OK)
		py_fail(rc, &err);
	return res;
}

static size_t py_results_count(const eduind_results *res) { return eduind_results_count(res); }

static PyObject *py_result_row(const void *owner, size_t i)
{
	eduind_result r;
	eduind_status rc = eduind_results_get(owner, i, &r);
	if (rc != EDUIND_OK) {
		py_fail(rc, NULL);
		return NULL;
	}
	return Py_BuildValue("(NNiNsdddNNOOdn)", py_str(r.indicator), py_str(r.entity), r.period,
	                     py_str(r.cell), eduind_result_state_name(r.state), r.value, r.numerator,
	                     r.denominator, py_str(r.display), py_str(r.note),
	                     r.rolled_up ? Py_True : Py_False, r.reported ? Py_True : Py_False,
	                     r.reported_value, (Py_ssize_t)r.n_inputs);
}

/* [(indicator, entity, period, cell, state, value, numerator, denominator, display, note,
 *   rolled_up, reported, reported_value, n_inputs)] */
static PyObject *py_results_rows(const eduind_results *res)
{
	return py_list(res, eduind_results_count(res), py_result_row);
}

/* Inputs of result i: [(variable, entity, period, cell, value, state)] */
static PyObject *py_results_inputs(const eduind_results *res, size_t i)
{
	eduind_result r;
	PyObject *list;
	size_t j;
	eduind_status rc = eduind_results_get(res, i, &r);
	if (rc != EDUIND_OK) {
		py_fail(rc, NULL);
		return NULL;
	}
	list = PyList_New((Py_ssize_t)r.n_inputs);
	for (j = 0; list != NULL && j < r.n_inputs; j++) {
		eduind_result_input in;
		PyObject *item;
		rc = eduind_results_input(res, i, j, &in);
		if (rc != EDUIND_OK) {
			Py_DECREF(list);
			py_fail(rc, NULL);
			return NULL;
		}
		item = Py_BuildValue("(NNiNds)", py_str(in.variable), py_str(in.entity), in.period,
		                     py_str(in.cell), in.value, eduind_state_name(in.state));
		if (item == NULL) {
			Py_DECREF(list);
			return NULL;
		}
		PyList_SET_ITEM(list, (Py_ssize_t)j, item);
	}
	return list;
}

static PyObject *py_results_to_json(const eduind_results *res)
{
	char *text = NULL;
	eduind_status rc = eduind_results_to_json(res, &text);
	if (rc != EDUIND_OK) {
		py_fail(rc, NULL);
		return NULL;
	}
	return py_str_free(text);
}

static PyObject *py_results_to_csv(const eduind_results *res)
{
	char *text = NULL;
	eduind_status rc = eduind_results_to_csv(res, &text);
	if (rc != EDUIND_OK) {
		py_fail(rc, NULL);
		return NULL;
	}
	return py_str_free(text);
}

static eduind_judgements *py_judge(const eduind_plan *plan, const eduind_results *res,
                                   const eduind_catalog *cat)
{
	eduind_judgements *j = NULL;
	eduind_error err;
	eduind_status rc;
	eduind_error_clear(&err);
	Py_BEGIN_ALLOW_THREADS
	rc = eduind_judge(&j, plan, res, cat, &err);
	Py_END_ALLOW_THREADS
	if (rc != EDUIND_OK)
		py_fail(rc, &err);
	return j;
}

static PyObject *py_judgement_row(const void *owner, size_t i)
{
	eduind_judgement g;
	eduind_status rc = eduind_judgements_get(owner, i, &g);
	if (rc != EDUIND_OK) {
		py_fail(rc, NULL);
		return NULL;
	}
	return Py_BuildValue("{s:N,s:N,s:i,s:s,s:s,s:d,s:d,s:s,s:N,s:s,s:O,s:i,s:d,s:N,s:i,s:d,s:d,s:d,s:d,s:s,s:N}",
		"indicator", py_str(g.indicator), "entity", py_str(g.entity), "year", g.year,
		"comparison", eduind_comparison_name(g.comparison),
		"symbol", eduind_comparison_symbol(g.comparison),
		"target", g.target, "target_high", g.target_high,
		"binding", eduind_binding_name(g.binding), "source", py_str(g.source),
		"verdict", eduind_verdict_name(g.verdict),
		"judged_rounded", g.judged_rounded ? Py_True : Py_False,
		"latest_year", g.latest_year, "latest_value", g.latest_value,
		"latest_display", py_str(g.latest_display),
		"baseline_year", g.baseline_year, "baseline_value", g.baseline_value,
		"gap", g.gap, "required_growth_pct", g.required_growth_pct, "trend_year", g.trend_year,
		"progress", eduind_progress_name(g.progress), "note", py_str(g.note));
}

static PyObject *py_judgements_rows(const eduind_judgements *j)
{
	return py_list(j, eduind_judgements_count(j), py_judgement_row);
}

static eduind_findings *py_check(const eduind_catalog *cat, const eduind_dataset *ds,
                                 const eduind_results *res)
{
	eduind_findings *f = NULL;
	eduind_error err;
	eduind_status rc;
	eduind_error_clear(&err);
	Py_BEGIN_ALLOW_THREADS
	rc = eduind_check(&f, cat, ds, res, &err);
	Py_END_ALLOW_THREADS
	if (rc != EDUIND_OK)
		py_fail(rc, &err);
	return f;
}

static PyObject *py_finding_row(const void *owner, size_t i)
{
	eduind_finding f;
	eduind_status rc = eduind_findings_get(owner, i, &f);
	if (rc != EDUIND_OK) {
		py_fail(rc, NULL);
		return NULL;
	}
	return Py_BuildValue("{s:s,s:N,s:N,s:i,s:d,s:d,s:d,s:N}",
		"kind", eduind_check_kind_name(f.kind), "rule", py_str(f.rule), "entity", py_str(f.entity),
		"period", f.period, "expected", f.expected, "actual", f.actual,
		"difference", f.difference, "message", py_str(f.message));
}

static PyObject *py_findings_rows(const eduind_findings *f)
{
	return py_list(f, eduind_findings_count(f), py_finding_row);
}
%}
