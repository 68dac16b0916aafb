/**
 * @file eduind/dataset.h
 * @brief Datasets: entities (region, county, school), periods (school years),
 *        variables and values that carry a state.
 *
 * A value is addressed by (entity, period, variable, cell). The cell names a
 * disaggregation such as "sex=F" or "area=rural;sex=F" (keys sorted, ';'-separated);
 * NULL or "" is the total. Every stored value has a state: a missing value is
 * recorded as missing, never as 0. Periods are integers (the starting calendar year of
 * the school year, e.g. 2020 for 2020/21) from 1000 to 9999.
 *
 * Ownership: eduind_dataset_* loaders give the caller a dataset to release with
 * eduind_dataset_free(). Strings returned by accessors are borrowed from the dataset.
 * Thread safety: a dataset may be read by many threads at once once it is no longer
 * being modified; modifying calls need exclusive access.
 */
#ifndef EDUIND_DATASET_H
#define EDUIND_DATASET_H

#include <stddef.h>
#include "eduind/export.h"
#include "eduind/status.h"

EDUIND_BEGIN_DECL

typedef struct eduind_dataset eduind_dataset;

/** State of a stored value. JSON spellings in brackets. */
typedef enum eduind_state {
	EDUIND_STATE_PRESENT = 0,      /**< an observed value ["present"] */
	EDUIND_STATE_MISSING,          /**< not reported / unknown ["missing"] */
	EDUIND_STATE_NOT_APPLICABLE,   /**< does not exist here (e.g. no such school type) ["not_applicable"] */
	EDUIND_STATE_ESTIMATED,        /**< a value, but estimated ["estimated"] */
	EDUIND_STATE_SUPPRESSED        /**< exists but withheld (confidentiality) ["suppressed"] */
} eduind_state;

/** JSON name of a state; "missing" for unknown values. */
EDUIND_EXTERN(const char *) eduind_state_name(eduind_state state);
/** Parses a state name. @return EDUIND_OK or EDUIND_EINVAL. */
EDUIND_EXTERN(eduind_status) eduind_state_from_name(const char *name, eduind_state *out);
/** True (1) for states that carry a usable number (present, estimated). */
EDUIND_EXTERN(int) eduind_state_has_value(eduind_state state);

/** Creates an empty dataset. */
EDUIND_EXTERN(eduind_status) eduind_dataset_new(eduind_dataset **out);
/** Releases a dataset. NULL is a no-op. */
EDUIND_EXTERN(void) eduind_dataset_free(eduind_dataset *ds);

/**
 * Loads a dataset from JSON (format "eduind-dataset", see docs/formats.md).
 * @return EDUIND_OK, EDUIND_EIO, EDUIND_EPARSE (line/column), EDUIND_ESCHEMA (JSON path),
 *         EDUIND_EVERSION, EDUIND_EDUPLICATE, EDUIND_ELIMIT or EDUIND_ENOMEM.
 *         *out is NULL on failure.
 */
EDUIND_EXTERN(eduind_status) eduind_dataset_load_json_file(eduind_dataset **out, const char *path,
                                                           eduind_error *err);
EDUIND_EXTERN(eduind_status) eduind_dataset_load_json_string(eduind_dataset **out, const char *json,
                                                             size_t len, eduind_error *err);

/** CSV layout. */
typedef enum eduind_csv_layout {
	EDUIND_CSV_AUTO = 0, /**< long if a "variable" and a "value" column exist, else wide */
	EDUIND_CSV_LONG,     /**< entity, period, variable, value [, state] [, cell keys...] */
	EDUIND_CSV_WIDE      /**< entity, period, then one column per variable */
} eduind_csv_layout;

/** Maps a CSV header (e.g. a Chinese heading) to a role or a variable code. */
typedef struct eduind_csv_column_map {
	const char *header;  /**< header text as in the file (after BOM removal and trimming) */
	const char *target;  /**< "entity", "period", "variable", "value", "state", "parent",
	                          "name" (the Chinese name), "level", "cell:KEY", "ignore", or a
	                          variable code */
} eduind_csv_column_map;

#define EDUIND_CSV_OPTIONS_VERSION 1
/** Options for CSV loading. Initialise with EDUIND_CSV_OPTIONS_INIT. */
typedef struct eduind_csv_options {
	unsigned int version;               /**< EDUIND_CSV_OPTIONS_VERSION */
	eduind_csv_layout layout;
	char delimiter;                     /**< 0 means ',' */
	const eduind_csv_column_map *columns; /**< optional header mapping */
	size_t n_columns;
	const char *default_period;         /**< used when the file has no period column; NULL = required */
} eduind_csv_options;
#define EDUIND_CSV_OPTIONS_INIT { EDUIND_CSV_OPTIONS_VERSION, EDUIND_CSV_AUTO, 0, NULL, 0, NULL }

/**
 * Loads CSV (UTF-8, with or without BOM) parsed with libcsv. Empty cells are missing
 * values; cells "NA", "-", "—" and "missing" are missing; "n/a" is not applicable; a
 * trailing "%" is stripped. Errors carry the file, line and column header.
 * opts may be NULL for defaults. Entities not declared are created with no parent.
 */
EDUIND_EXTERN(eduind_status) eduind_dataset_load_csv_file(eduind_dataset **out, const char *path,
                                                          const eduind_csv_options *opts,
                                                          eduind_error *err);
EDUIND_EXTERN(eduind_status) eduind_dataset_load_csv_string(eduind_dataset **out, const char *csv,
                                                            size_t len, const eduind_csv_options *opts,
                                                            eduind_error *err);
/**
 * Adds the entities and values of src to dst (e.g. a CSV of values into a JSON
 * dataset that declares the entity tree). A value present in both is EDUIND_EDUPLICATE;
 * an entity with a different parent, name or level in each is EDUIND_EINCONSISTENT; a
 * parent link that would close a loop is EDUIND_ECYCLE. Attributes dst lacks are taken
 * from src. Everything is checked before anything is copied, so on failure dst is unchanged.
 */
EDUIND_EXTERN(eduind_status) eduind_dataset_merge(eduind_dataset *dst, const eduind_dataset *src,
                                                  eduind_error *err);

/** Serialises to the JSON format (null + state for values without a number). Free with eduind_free(). */
EDUIND_EXTERN(eduind_status) eduind_dataset_to_json(const eduind_dataset *ds, char **out);

/* ---- Building and reading --------------------------------------------------------- */

/**
 * Declares an entity. parent may be NULL (a root) and must already exist otherwise.
 * name_zh, name_en and level may be NULL. Re-declaring an id is EDUIND_EDUPLICATE.
 */
EDUIND_EXTERN(eduind_status) eduind_dataset_add_entity(eduind_dataset *ds, const char *id,
                                                       const char *parent, const char *name_zh,
                                                       const char *name_en, const char *level);
/**
 * Stores a value. The entity is created if unknown. For states without a number
 * (missing, not applicable, suppressed) value is ignored. A NaN or Inf value with a
 * numeric state is EDUIND_ENONFINITE. Overwrites an earlier value for the same key.
 * A period outside 1000..9999, an empty id or code, or a malformed cell is EDUIND_EINVAL.
 */
EDUIND_EXTERN(eduind_status) eduind_dataset_set(eduind_dataset *ds, const char *entity, int period,
                                                const char *variable, const char *cell, double value,
                                                eduind_state state);
/**
 * Reads a value. A key never stored reads as EDUIND_STATE_MISSING with *value NaN and
 * returns EDUIND_OK; EDUIND_ENOTFOUND only when the entity does not exist.
 */
EDUIND_EXTERN(eduind_status) eduind_dataset_get(const eduind_dataset *ds, const char *entity, int period,
                                                const char *variable, const char *cell, double *value,
                                                eduind_state *state);

EDUIND_EXTERN(size_t) eduind_dataset_entity_count(const eduind_dataset *ds);
/** Entity by index (declaration order): id, parent ("" for a root), names, level ("" if none). */
EDUIND_EXTERN(eduind_status) eduind_dataset_entity_at(const eduind_dataset *ds, size_t i, const char **id,
                                                      const char **parent, const char **name_zh,
                                                      const char **name_en, const char **level);
/** Periods that have at least one value, ascending. */
EDUIND_EXTERN(size_t) eduind_dataset_period_count(const eduind_dataset *ds);
EDUIND_EXTERN(int) eduind_dataset_period_at(const eduind_dataset *ds, size_t i);
/** Variable codes that have at least one value, in first-seen order. */
EDUIND_EXTERN(size_t) eduind_dataset_variable_count(const eduind_dataset *ds);
EDUIND_EXTERN(const char *) eduind_dataset_variable_at(const eduind_dataset *ds, size_t i);
/** Number of stored values (all states). */
EDUIND_EXTERN(size_t) eduind_dataset_value_count(const eduind_dataset *ds);
/** Dataset-level name and source text from the JSON ("" if none). */
EDUIND_EXTERN(const char *) eduind_dataset_name(const eduind_dataset *ds);

EDUIND_END_DECL

#endif /* EDUIND_DATASET_H */
