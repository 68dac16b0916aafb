/* TEMPORARY, while the C library is being written in parallel: the judgement and
 * consistency-check functions that are not on main yet are referenced weakly, so the module
 * still imports; py_have(area) tells the Python layer (and the tests) what exists.
 * Remove this file (and its %include) once every area has landed. */
%{
#pragma weak eduind_check
#pragma weak eduind_check_kind_name
#pragma weak eduind_findings_count
#pragma weak eduind_findings_free
#pragma weak eduind_findings_get
#pragma weak eduind_findings_to_json
#pragma weak eduind_judge
#pragma weak eduind_judgements_count
#pragma weak eduind_judgements_free
#pragma weak eduind_judgements_get
#pragma weak eduind_judgements_to_csv
#pragma weak eduind_judgements_to_json
#pragma weak eduind_progress_name
#pragma weak eduind_verdict_name
%}
%inline %{
static int py_have(const char *area)
{
	if (strcmp(area, "judge") == 0)
		return eduind_judge != NULL && eduind_judgements_get != NULL && eduind_verdict_name != NULL;
	if (strcmp(area, "check") == 0)
		return eduind_check != NULL && eduind_findings_get != NULL;
	return 1;
}
%}
