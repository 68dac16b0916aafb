/**
 * @file eduind/catalog.h
 * @brief Indicator definitions as data: catalogues of indicators, the variable
 *        dictionary they use, and consistency rules.
 *
 * A catalogue holds a variable dictionary (standard codes such as "enrol.primary"
 * with zh/en names and unit), indicator definitions whose formulas are compiled once
 * at load time, and consistency-check rules. Formula names are checked at load: an
 * unknown variable or indicator is an EDUIND_ESCHEMA error whose JSON path names the
 * definition and whose column points into the formula. Indicators may refer to other
 * indicators; a cycle is EDUIND_ECYCLE. The formula language is described in
 * docs/formula-language.md and the JSON format in docs/formats.md.
 *
 * Ownership: catalogues from eduind_catalog_* constructors belong to the caller
 * (eduind_catalog_free). Indicator pointers and strings are borrowed and live as long
 * as the catalogue. Thread safety: a catalogue is immutable after its last merge and
 * may then be shared by any number of threads.
 */
#ifndef EDUIND_CATALOG_H
#define EDUIND_CATALOG_H

#include <stddef.h>
#include "eduind/export.h"
#include "eduind/status.h"
#include "eduind/format.h"

EDUIND_BEGIN_DECL

typedef struct eduind_catalog eduind_catalog;
typedef struct eduind_indicator eduind_indicator;

/** What kind of quantity an indicator is. JSON spellings in brackets. */
typedef enum eduind_kind {
	EDUIND_KIND_RATIO = 0,   /**< numerator / denominator * scale, unbounded (GER, PTR) ["ratio"] */
	EDUIND_KIND_PROPORTION,  /**< like ratio but 0 <= numerator <= denominator (a share) ["proportion"] */
	EDUIND_KIND_VALUE        /**< a formula with no numerator/denominator (CV, growth) ["value"] */
} eduind_kind;

/** Which way is better. */
typedef enum eduind_direction {
	EDUIND_DIRECTION_NONE = 0, /**< ["none"] */
	EDUIND_DIRECTION_HIGHER,   /**< higher is better ["higher"] */
	EDUIND_DIRECTION_LOWER     /**< lower is better ["lower"] */
} eduind_direction;

/** What to do when an input is missing. */
typedef enum eduind_missing_policy {
	EDUIND_MISSING_SKIP = 0,   /**< any missing input makes the result missing ["skip"] */
	EDUIND_MISSING_OPTIONAL    /**< inputs listed as optional count as 0 when missing ["optional"] */
} eduind_missing_policy;

/** Creates an empty catalogue (no variables, no indicators). */
EDUIND_EXTERN(eduind_status) eduind_catalog_new(eduind_catalog **out);
/** Creates a catalogue holding the built-in definitions (embedded in the library). */
EDUIND_EXTERN(eduind_status) eduind_catalog_builtin(eduind_catalog **out, eduind_error *err);
/** Loads a catalogue from a JSON file or string (format "eduind-catalog"). *out is NULL on failure. */
EDUIND_EXTERN(eduind_status) eduind_catalog_load_file(eduind_catalog **out, const char *path,
                                                      eduind_error *err);
EDUIND_EXTERN(eduind_status) eduind_catalog_load_string(eduind_catalog **out, const char *json,
                                                        size_t len, eduind_error *err);
/**
 * Adds the definitions of a JSON file or string to cat; their formulas may use
 * everything already in cat (e.g. user indicators over the built-in dictionary).
 * A code already present is EDUIND_EDUPLICATE. On failure cat is unchanged.
 */
EDUIND_EXTERN(eduind_status) eduind_catalog_merge_file(eduind_catalog *cat, const char *path,
                                                       eduind_error *err);
EDUIND_EXTERN(eduind_status) eduind_catalog_merge_string(eduind_catalog *cat, const char *json,
                                                         size_t len, eduind_error *err);
/** Serialises the whole catalogue as JSON that loads back to an equal catalogue. Free with eduind_free(). */
EDUIND_EXTERN(eduind_status) eduind_catalog_to_json(const eduind_catalog *cat, char **out);
/** Releases a catalogue. NULL is a no-op. */
EDUIND_EXTERN(void) eduind_catalog_free(eduind_catalog *cat);

/** Catalogue name and version text from the JSON ("" if none). */
EDUIND_EXTERN(const char *) eduind_catalog_name(const eduind_catalog *cat);

EDUIND_EXTERN(size_t) eduind_catalog_count(const eduind_catalog *cat);
/** Indicator by index (definition order), NULL if out of range. */
EDUIND_EXTERN(const eduind_indicator *) eduind_catalog_at(const eduind_catalog *cat, size_t i);
/** Indicator by code, NULL if absent. */
EDUIND_EXTERN(const eduind_indicator *) eduind_catalog_find(const eduind_catalog *cat, const char *code);

/** Variables in the dictionary. */
EDUIND_EXTERN(size_t) eduind_catalog_variable_count(const eduind_catalog *cat);
/** Variable i: code, names, unit name ("count", "yuan" ...). Pointers may be NULL to skip. */
EDUIND_EXTERN(eduind_status) eduind_catalog_variable_at(const eduind_catalog *cat, size_t i,
                                                        const char **code, const char **name_zh,
                                                        const char **name_en, const char **unit);
/** Index of a variable code, or EDUIND_ENOTFOUND. */
EDUIND_EXTERN(eduind_status) eduind_catalog_variable_find(const eduind_catalog *cat, const char *code,
                                                          size_t *index);

/**
 * Checks a formula against the catalogue without adding it: syntax, names, arity.
 * @return EDUIND_OK, EDUIND_EPARSE (column = byte position + 1) or EDUIND_ESCHEMA
 *         (unknown name; column points at it), EDUIND_ELIMIT.
 */
EDUIND_EXTERN(eduind_status) eduind_catalog_check_formula(const eduind_catalog *cat, const char *formula,
                                                          eduind_error *err);

/* ---- Indicator accessors (never NULL for a valid indicator; "" when absent) ------- */

EDUIND_EXTERN(const char *) eduind_indicator_code(const eduind_indicator *ind);
EDUIND_EXTERN(const char *) eduind_indicator_name_zh(const eduind_indicator *ind);
EDUIND_EXTERN(const char *) eduind_indicator_name_en(const eduind_indicator *ind);
EDUIND_EXTERN(const char *) eduind_indicator_description_zh(const eduind_indicator *ind);
EDUIND_EXTERN(const char *) eduind_indicator_description_en(const eduind_indicator *ind);
EDUIND_EXTERN(eduind_kind) eduind_indicator_kind(const eduind_indicator *ind);
/** Numerator and denominator formulas of a ratio/proportion ("" for value indicators). */
EDUIND_EXTERN(const char *) eduind_indicator_numerator(const eduind_indicator *ind);
EDUIND_EXTERN(const char *) eduind_indicator_denominator(const eduind_indicator *ind);
/** The value formula; for ratios a readable "(num) / (den) * scale" is returned. */
EDUIND_EXTERN(const char *) eduind_indicator_formula(const eduind_indicator *ind);
EDUIND_EXTERN(double) eduind_indicator_scale(const eduind_indicator *ind);
EDUIND_EXTERN(eduind_unit) eduind_indicator_unit(const eduind_indicator *ind);
EDUIND_EXTERN(int) eduind_indicator_decimals(const eduind_indicator *ind);
EDUIND_EXTERN(eduind_direction) eduind_indicator_direction(const eduind_indicator *ind);
/** Education level ("preschool", "primary", "junior", "senior", "vocational", "higher", "all", ...). */
EDUIND_EXTERN(const char *) eduind_indicator_level(const eduind_indicator *ind);
/** Category ("enrolment", "teachers", "funding", "balance", ...). */
EDUIND_EXTERN(const char *) eduind_indicator_category(const eduind_indicator *ind);
/** Source document and section, e.g. "教育部 教督〔2017〕6号" / "C.3". */
EDUIND_EXTERN(const char *) eduind_indicator_source_document(const eduind_indicator *ind);
EDUIND_EXTERN(const char *) eduind_indicator_source_section(const eduind_indicator *ind);
/** Variable holding the published value, used when the formula's inputs are missing ("" if none). */
EDUIND_EXTERN(const char *) eduind_indicator_reported(const eduind_indicator *ind);
EDUIND_EXTERN(eduind_missing_policy) eduind_indicator_missing_policy(const eduind_indicator *ind);
EDUIND_EXTERN(size_t) eduind_indicator_optional_count(const eduind_indicator *ind);
EDUIND_EXTERN(const char *) eduind_indicator_optional_at(const eduind_indicator *ind, size_t i);

/** JSON names of the enums ("ratio", "higher", "skip"). Static storage. */
EDUIND_EXTERN(const char *) eduind_kind_name(eduind_kind kind);
EDUIND_EXTERN(const char *) eduind_direction_name(eduind_direction dir);

EDUIND_END_DECL

#endif /* EDUIND_CATALOG_H */
