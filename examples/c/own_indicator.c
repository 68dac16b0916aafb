/* Your own indicators on your own CSV, through the C API:
 *   1. start from the built-in catalogue (its variable dictionary and indicators),
 *   2. merge user definitions written in JSON (examples/data/my-indicators.json),
 *   3. load a CSV of counties whose headings are in Chinese, mapped to variable codes,
 *   4. evaluate and print each value with its working (numerator, denominator, inputs).
 * Usage: own_indicator [my-indicators.json] [counties.csv] */
#include <stdio.h>
#include <eduind/eduind.h>

static const eduind_csv_column_map headings[] = {
	{ "县", "entity" },
	{ "学年", "period" },
	{ "小学在校生数", "enrol.primary" },
	{ "小学专任教师数", "teachers.primary" },
	{ "小学班级数", "classes.primary" },
	{ "小学56人及以上班级数", "classes.primary.ge56" },
};

static int fail(const char *what, const eduind_error *err)
{
	char text[1024];
	eduind_error_format(err, text, sizeof text);
	fprintf(stderr, "%s: %s\n", what, text);
	return 1;
}

static void show_working(const eduind_results *res, size_t i, const eduind_result *r)
{
	size_t j;
	if (r->state != EDUIND_RESULT_OK) {
		printf("      (%s: %s)\n", eduind_result_state_name(r->state), r->note);
		return;
	}
	if (r->numerator == r->numerator) /* not NaN: a ratio keeps its two parts */
		printf("      = %g / %g\n", r->numerator, r->denominator);
	for (j = 0; j < r->n_inputs; j++) {
		eduind_result_input in;
		if (eduind_results_input(res, i, j, &in) == EDUIND_OK)
			printf("      %s (%d) = %g\n", in.variable, in.period, in.value);
	}
}

int main(int argc, char **argv)
{
	const char *defs = argc > 1 ? argv[1] : EDUIND_EXAMPLES_DATA "/my-indicators.json";
	const char *csv = argc > 2 ? argv[2] : EDUIND_EXAMPLES_DATA "/counties.csv";
	const char *mine[] = { "my.primary.teachers_short", "my.primary.large_class_share",
	                       "my.primary.enrolment_growth", "ptr.primary" };
	eduind_csv_options csv_opts = EDUIND_CSV_OPTIONS_INIT;
	eduind_eval_options eval_opts = EDUIND_EVAL_OPTIONS_INIT;
	eduind_error err = { 0 };
	eduind_catalog *cat = NULL;
	eduind_dataset *ds = NULL;
	eduind_results *res = NULL;
	int status = 1;
	size_t i;

	csv_opts.columns = headings;
	csv_opts.n_columns = sizeof headings / sizeof headings[0];
	eval_opts.indicators = mine;
	eval_opts.n_indicators = sizeof mine / sizeof mine[0];

	if (eduind_catalog_builtin(&cat, &err) != EDUIND_OK)
		status = fail("built-in catalogue", &err);
	else if (eduind_catalog_merge_file(cat, defs, &err) != EDUIND_OK)
		status = fail("definitions", &err);
	else if (eduind_dataset_load_csv_file(&ds, csv, &csv_opts, &err) != EDUIND_OK)
		status = fail("data", &err);
	else if (eduind_evaluate(&res, cat, ds, &eval_opts, &err) != EDUIND_OK)
		status = fail("evaluation", &err);
	else
		status = 0;

	for (i = 0; status == 0 && i < eduind_results_count(res); i++) {
		eduind_result r;
		const eduind_indicator *ind;
		if (eduind_results_get(res, i, &r) != EDUIND_OK || r.cell[0] != '\0')
			continue;
		ind = eduind_catalog_find(cat, r.indicator);
		printf("%s %d  %-36s %10s\n", r.entity, r.period, eduind_indicator_name_en(ind),
		       r.display[0] ? r.display : "-");
		show_working(res, i, &r);
	}
	eduind_results_free(res);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
	return status;
}
