/* Private layout of catalogues, shared by lib/model (owner), lib/io (loading and
 * writing) and lib/eval (evaluation). */
#ifndef EDUIND_MODEL_CATALOG_PRIV_H
#define EDUIND_MODEL_CATALOG_PRIV_H

#include <stddef.h>
#include "eduind/catalog.h"
#include "expr/expr.h"
#include "model/hashmap.h"

#define CAT_NONE ((size_t)-1)

typedef struct cat_variable {
	char *code, *name_zh, *name_en, *unit, *desc_zh, *desc_en;
} cat_variable;

struct eduind_indicator {
	char *code, *name_zh, *name_en, *desc_zh, *desc_en;
	eduind_kind kind;
	char *numerator, *denominator; /* "" for value indicators */
	char *formula;                 /* value formula, or the readable ratio text */
	double scale;
	int scale_given;               /* 1 if the JSON named it (for round trips) */
	eduind_unit unit;
	int decimals;
	eduind_direction direction;
	char *level, *category, *src_doc, *src_section, *src_url;
	char *reported;                /* "" if none */
	size_t reported_var;           /* dictionary index or CAT_NONE */
	eduind_missing_policy policy;
	char **optional;
	size_t n_optional;
	int missing_given;             /* the JSON had a "missing" member */
	ex_program *num, *den, *value; /* num/den for ratios, value otherwise */
	size_t index;                  /* position in the catalogue */
	size_t *deps;                  /* indicators it reads (indices), distinct */
	size_t n_deps;
};

struct eduind_catalog {
	char *name;
	cat_variable *vars;
	size_t n_vars;
	eduind_indicator **inds;
	size_t n_inds;
	strmap names;     /* code -> index * 2 (+1 for indicators) */
	size_t *order;    /* indicator indices, dependencies first */
	char *checks;     /* "[...]" */
};

/* ---- Definitions handed over by a loader (all strings borrowed) -------------------- */

typedef struct cat_var_def {
	const char *code, *name_zh, *name_en, *unit, *desc_zh, *desc_en;
	const char *path; /* JSON path of the definition, for messages */
} cat_var_def;

typedef struct cat_ind_def {
	const char *code, *name_zh, *name_en, *desc_zh, *desc_en;
	eduind_kind kind;
	const char *numerator, *denominator, *formula; /* formula: value kind only */
	double scale;
	int scale_given;
	eduind_unit unit;
	int decimals;
	eduind_direction direction;
	const char *level, *category, *src_doc, *src_section, *src_url, *reported;
	eduind_missing_policy policy;
	const char *const *optional;
	size_t n_optional;
	int missing_given;
	const char *path;
} cat_ind_def;

/* Adds definitions atomically: on any failure cat is unchanged. name (may be NULL)
 * becomes the catalogue's name if it has none. checks_items is the text of JSON array
 * items to append to the checks ("" or NULL for none). source names the input. */
eduind_status cat_merge_defs(eduind_catalog *cat, const char *name, const cat_var_def *vars, size_t nv,
                             const cat_ind_def *inds, size_t ni, const char *checks_items,
                             const char *source, eduind_error *err);

/* Kind and direction names back to enums. EDUIND_EINVAL for unknown names. */
eduind_status cat_kind_from_name(const char *s, eduind_kind *out);
eduind_status cat_direction_from_name(const char *s, eduind_direction *out);

#endif
