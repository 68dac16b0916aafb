/* TEMPORARY, while the C library is being written in parallel: the catalogue and
 * evaluation functions that are not on main yet are referenced weakly, so the module
 * still imports; py_have(area) tells the Python layer (and the tests) what exists.
 * Remove this file (and its %include) once every area has landed. */
%{
#pragma weak eduind_catalog_at
#pragma weak eduind_catalog_builtin
#pragma weak eduind_catalog_check_formula
#pragma weak eduind_catalog_count
#pragma weak eduind_catalog_find
#pragma weak eduind_catalog_free
#pragma weak eduind_catalog_load_file
#pragma weak eduind_catalog_load_string
#pragma weak eduind_catalog_merge_file
#pragma weak eduind_catalog_merge_string
#pragma weak eduind_catalog_name
#pragma weak eduind_catalog_new
#pragma weak eduind_catalog_to_json
#pragma weak eduind_catalog_variable_at
#pragma weak eduind_catalog_variable_count
#pragma weak eduind_catalog_variable_find
#pragma weak eduind_check
#pragma weak eduind_check_kind_name
#pragma weak eduind_direction_name
#pragma weak eduind_evaluate
#pragma weak eduind_findings_count
#pragma weak eduind_findings_free
#pragma weak eduind_findings_get
#pragma weak eduind_findings_to_json
#pragma weak eduind_indicator_category
#pragma weak eduind_indicator_code
#pragma weak eduind_indicator_decimals
#pragma weak eduind_indicator_denominator
#pragma weak eduind_indicator_description_en
#pragma weak eduind_indicator_description_zh
#pragma weak eduind_indicator_direction
#pragma weak eduind_indicator_formula
#pragma weak eduind_indicator_kind
#pragma weak eduind_indicator_level
#pragma weak eduind_indicator_missing_policy
#pragma weak eduind_indicator_name_en
#pragma weak eduind_indicator_name_zh
#pragma weak eduind_indicator_numerator
#pragma weak eduind_indicator_optional_at
#pragma weak eduind_indicator_optional_count
#pragma weak eduind_indicator_reported
#pragma weak eduind_indicator_scale
#pragma weak eduind_indicator_source_document
#pragma weak eduind_indicator_source_section
#pragma weak eduind_indicator_unit
#pragma weak eduind_judge
#pragma weak eduind_judgements_count
#pragma weak eduind_judgements_free
#pragma weak eduind_judgements_get
#pragma weak eduind_judgements_to_csv
#pragma weak eduind_judgements_to_json
#pragma weak eduind_kind_name
#pragma weak eduind_progress_name
#pragma weak eduind_result_state_name
#pragma weak eduind_results_count
#pragma weak eduind_results_find
#pragma weak eduind_results_free
#pragma weak eduind_results_get
#pragma weak eduind_results_input
#pragma weak eduind_results_to_csv
#pragma weak eduind_results_to_json
#pragma weak eduind_verdict_name
%}
%inline %{
static int py_have(const char *area)
{
	if (strcmp(area, "catalog") == 0)
		return eduind_catalog_builtin != NULL && eduind_catalog_at != NULL && eduind_indicator_code != NULL;
	if (strcmp(area, "evaluate") == 0)
		return eduind_evaluate != NULL && eduind_results_get != NULL && eduind_result_state_name != NULL;
	if (strcmp(area, "judge") == 0)
		return eduind_judge != NULL && eduind_judgements_get != NULL && eduind_verdict_name != NULL;
	if (strcmp(area, "check") == 0)
		return eduind_check != NULL && eduind_findings_get != NULL;
	return 1;
}
%}
