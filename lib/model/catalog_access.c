/* Read-only accessors of catalogues and indicators, and the enum names. */
#include <stdint.h>
#include <string.h>
#include "model/catalog_priv.h"
#include "internal/error.h"

const char *eduind_catalog_name(const eduind_catalog *cat)
{
	return cat && cat->name ? cat->name : "";
}

size_t eduind_catalog_count(const eduind_catalog *cat)
{
	return cat ? cat->n_inds : 0;
}

const eduind_indicator *eduind_catalog_at(const eduind_catalog *cat, size_t i)
{
	return cat && i < cat->n_inds ? cat->inds[i] : NULL;
}

const eduind_indicator *eduind_catalog_find(const eduind_catalog *cat, const char *code)
{
	size_t v;
	if (cat == NULL || code == NULL || !strmap_get(&cat->names, code, &v) || !(v & 1))
		return NULL;
	return cat->inds[v >> 1];
}

size_t eduind_catalog_variable_count(const eduind_catalog *cat)
{
	return cat ? cat->n_vars : 0;
}

eduind_status eduind_catalog_variable_at(const eduind_catalog *cat, size_t i, const char **code,
                                         const char **name_zh, const char **name_en, const char **unit)
{
	const cat_variable *v;
	if (cat == NULL)
		return EDUIND_ENULL;
	if (i >= cat->n_vars)
		return EDUIND_ENOTFOUND;
	v = &cat->vars[i];
	if (code)
		*code = v->code;
	if (name_zh)
		*name_zh = v->name_zh;
	if (name_en)
		*name_en = v->name_en;
	if (unit)
		*unit = v->unit;
	return EDUIND_OK;
}

eduind_status eduind_catalog_variable_find(const eduind_catalog *cat, const char *code, size_t *index)
{
	size_t v;
	if (cat == NULL || code == NULL || index == NULL)
		return EDUIND_ENULL;
	if (!strmap_get(&cat->names, code, &v) || (v & 1))
		return EDUIND_ENOTFOUND;
	*index = v >> 1;
	return EDUIND_OK;
}

static eduind_status check_resolve(void *user, const char *name, ex_resolved *out)
{
	const eduind_catalog *cat = user;
	size_t v;
	if (!strmap_get(&cat->names, name, &v))
		return EDUIND_ENOTFOUND;
	out->kind = (v & 1) ? EX_REF_INDICATOR : EX_REF_VARIABLE;
	out->id = v >> 1;
	out->optional = 0;
	return EDUIND_OK;
}

eduind_status eduind_catalog_check_formula(const eduind_catalog *cat, const char *formula, eduind_error *err)
{
	ex_program *p = NULL;
	eduind_status st;
	if (cat == NULL || formula == NULL)
		return eduind__fail(err, EDUIND_ENULL, "no catalogue or formula");
	st = ex_compile(formula, strlen(formula), check_resolve, (void *)(uintptr_t)cat, &p, err);
	ex_program_free(p);
	return st;
}

#define S(field) return ind ? ind->field : ""
const char *eduind_indicator_code(const eduind_indicator *ind) { S(code); }
const char *eduind_indicator_name_zh(const eduind_indicator *ind) { S(name_zh); }
const char *eduind_indicator_name_en(const eduind_indicator *ind) { S(name_en); }
const char *eduind_indicator_description_zh(const eduind_indicator *ind) { S(desc_zh); }
const char *eduind_indicator_description_en(const eduind_indicator *ind) { S(desc_en); }
const char *eduind_indicator_numerator(const eduind_indicator *ind) { S(numerator); }
const char *eduind_indicator_denominator(const eduind_indicator *ind) { S(denominator); }
const char *eduind_indicator_formula(const eduind_indicator *ind) { S(formula); }
const char *eduind_indicator_level(const eduind_indicator *ind) { S(level); }
const char *eduind_indicator_category(const eduind_indicator *ind) { S(category); }
const char *eduind_indicator_source_document(const eduind_indicator *ind) { S(src_doc); }
const char *eduind_indicator_source_section(const eduind_indicator *ind) { S(src_section); }
const char *eduind_indicator_reported(const eduind_indicator *ind) { S(reported); }
#undef S

eduind_kind eduind_indicator_kind(const eduind_indicator *ind)
{
	return ind ? ind->kind : EDUIND_KIND_VALUE;
}

double eduind_indicator_scale(const eduind_indicator *ind)
{
	return ind ? ind->scale : 1.0;
}

eduind_unit eduind_indicator_unit(const eduind_indicator *ind)
{
	return ind ? ind->unit : EDUIND_UNIT_NUMBER;
}

int eduind_indicator_decimals(const eduind_indicator *ind)
{
	return ind ? ind->decimals : 0;
}

eduind_direction eduind_indicator_direction(const eduind_indicator *ind)
{
	return ind ? ind->direction : EDUIND_DIRECTION_NONE;
}

eduind_missing_policy eduind_indicator_missing_policy(const eduind_indicator *ind)
{
	return ind ? ind->policy : EDUIND_MISSING_SKIP;
}

size_t eduind_indicator_optional_count(const eduind_indicator *ind)
{
	return ind ? ind->n_optional : 0;
}

const char *eduind_indicator_optional_at(const eduind_indicator *ind, size_t i)
{
	return ind && i < ind->n_optional ? ind->optional[i] : NULL;
}

const char *eduind_kind_name(eduind_kind kind)
{
	switch (kind) {
	case EDUIND_KIND_RATIO: return "ratio";
	case EDUIND_KIND_PROPORTION: return "proportion";
	default: return "value";
	}
}

const char *eduind_direction_name(eduind_direction dir)
{
	switch (dir) {
	case EDUIND_DIRECTION_HIGHER: return "higher";
	case EDUIND_DIRECTION_LOWER: return "lower";
	default: return "none";
	}
}

eduind_status cat_kind_from_name(const char *s, eduind_kind *out)
{
	if (s == NULL)
		return EDUIND_EINVAL;
	if (strcmp(s, "ratio") == 0)
		*out = EDUIND_KIND_RATIO;
	else if (strcmp(s, "proportion") == 0)
		*out = EDUIND_KIND_PROPORTION;
	else if (strcmp(s, "value") == 0)
		*out = EDUIND_KIND_VALUE;
	else
		return EDUIND_EINVAL;
	return EDUIND_OK;
}

eduind_status cat_direction_from_name(const char *s, eduind_direction *out)
{
	if (s == NULL)
		return EDUIND_EINVAL;
	if (strcmp(s, "higher") == 0)
		*out = EDUIND_DIRECTION_HIGHER;
	else if (strcmp(s, "lower") == 0)
		*out = EDUIND_DIRECTION_LOWER;
	else if (strcmp(s, "none") == 0)
		*out = EDUIND_DIRECTION_NONE;
	else
		return EDUIND_EINVAL;
	return EDUIND_OK;
}
