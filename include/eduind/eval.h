/**
 * @file eduind/eval.h
 * @brief Applying a catalogue to a dataset: values with their working, target
 *        judgement, roll-ups and consistency checks.
 *
 * Results keep value, numerator, denominator, state and the inputs used for every
 * indicator x entity x period x cell, so a report can show its working. Numbers are
 * never rounded here except for the display text.
 *
 * Ownership: result sets belong to the caller (eduind_results_free etc.); the
 * structs filled by the *_get functions hold pointers borrowed from the set.
 * Thread safety: eduind_evaluate may run in several threads at once on the same
 * catalogue and dataset; result sets are immutable.
 */
#ifndef EDUIND_EVAL_H
#define EDUIND_EVAL_H

#include <stddef.h>
#include "eduind/export.h"
#include "eduind/status.h"
#include "eduind/catalog.h"
#include "eduind/dataset.h"
#include "eduind/plan.h"

EDUIND_BEGIN_DECL

/* ---- Evaluation ------------------------------------------------------------------- */

/** State of one computed result. JSON spellings in brackets. */
typedef enum eduind_result_state {
	EDUIND_RESULT_OK = 0,             /**< a value ["ok"] */
	EDUIND_RESULT_MISSING,            /**< an input is missing ["missing_input"] */
	EDUIND_RESULT_ZERO_DENOMINATOR,   /**< the denominator is 0 ["zero_denominator"] */
	EDUIND_RESULT_INVALID,            /**< inputs are invalid (negative, part > whole, NaN) ["invalid_input"] */
	EDUIND_RESULT_NOT_APPLICABLE      /**< an input is not applicable here ["not_applicable"] */
} eduind_result_state;

EDUIND_EXTERN(const char *) eduind_result_state_name(eduind_result_state s);

#define EDUIND_EVAL_OPTIONS_VERSION 1
/** Evaluation options. Initialise with EDUIND_EVAL_OPTIONS_INIT; NULL means the defaults. */
typedef struct eduind_eval_options {
	unsigned int version;            /**< EDUIND_EVAL_OPTIONS_VERSION */
	const char *entity;              /**< evaluate this entity only (NULL: all) */
	int period;                      /**< this period only (0: all periods with data) */
	const char *const *indicators;   /**< these codes only (NULL: all) */
	size_t n_indicators;
	int rollup;                      /**< nonzero: where a parent lacks inputs, sum its children's
	                                      numerators and denominators (never average ratios) */
	int include_cells;               /**< nonzero: also evaluate each disaggregation cell */
	int record_inputs;               /**< nonzero: keep the inputs of every result (eduind_results_input);
	                                      zero saves memory on very large evaluations */
} eduind_eval_options;
#define EDUIND_EVAL_OPTIONS_INIT { EDUIND_EVAL_OPTIONS_VERSION, NULL, 0, NULL, 0, 1, 1, 1 }

typedef struct eduind_results eduind_results;

/** One result, as a view into an ::eduind_results. NaN marks numbers that do not exist. */
typedef struct eduind_result {
	const char *indicator;       /**< indicator code */
	const char *entity;          /**< entity id */
	int period;                  /**< school year */
	const char *cell;            /**< "" for the total, else e.g. "sex=F" */
	eduind_result_state state;
	double value;                /**< unrounded value (NaN unless state is OK) */
	double numerator;            /**< for ratio/proportion indicators, else NaN */
	double denominator;          /**< for ratio/proportion indicators, else NaN */
	const char *display;         /**< value as printed ("95.5%", "10.18:1"), "" if none */
	const char *note;            /**< why the state is not OK, or how the value was obtained */
	int rolled_up;               /**< 1 if computed by summing children */
	int reported;                /**< 1 if the value is the published figure, not computed */
	size_t n_inputs;             /**< inputs recorded for this result */
	double reported_value;       /**< the published figure (the indicator's "reported" variable) for
	                                  this entity, period and cell, NaN if none; kept even when the
	                                  value was computed, so the two can be compared */
} eduind_result;

/** One input that went into a result. */
typedef struct eduind_result_input {
	const char *variable;        /**< variable or indicator code */
	const char *entity;
	int period;
	const char *cell;
	double value;                /**< NaN when it has no number */
	eduind_state state;
} eduind_result_input;

/**
 * Evaluates every indicator of cat for every entity and period of ds (as restricted
 * by opts). Per-cell problems (missing, zero denominator ...) are result states, not
 * call failures. @return EDUIND_OK, EDUIND_ENULL, EDUIND_ENOTFOUND (unknown entity or
 * indicator in opts), EDUIND_EINVAL (options version), EDUIND_ELIMIT (the evaluated
 * entities' ids take 4 GB or more) or EDUIND_ENOMEM.
 *
 * The results depend on neither cat nor ds once made: either may be changed or freed
 * while the results are read. (Results may share memory with ds, which ds copies before
 * changing, so that is cheap; freeing results and changing ds may happen in different
 * threads.)
 */
EDUIND_EXTERN(eduind_status) eduind_evaluate(eduind_results **out, const eduind_catalog *cat,
                                             const eduind_dataset *ds, const eduind_eval_options *opts,
                                             eduind_error *err);
EDUIND_EXTERN(void) eduind_results_free(eduind_results *res);
EDUIND_EXTERN(size_t) eduind_results_count(const eduind_results *res);
EDUIND_EXTERN(eduind_status) eduind_results_get(const eduind_results *res, size_t i, eduind_result *out);
EDUIND_EXTERN(eduind_status) eduind_results_input(const eduind_results *res, size_t i, size_t j,
                                                  eduind_result_input *out);
/** Index of the result for (indicator, entity, period, cell); cell NULL means total. */
EDUIND_EXTERN(eduind_status) eduind_results_find(const eduind_results *res, const char *indicator,
                                                 const char *entity, int period, const char *cell,
                                                 size_t *index);
/** Stable JSON (docs/formats.md, "eduind-results"). Free with eduind_free(). */
EDUIND_EXTERN(eduind_status) eduind_results_to_json(const eduind_results *res, char **out);
/** CSV with a header row; empty cells for numbers that do not exist. Free with eduind_free(). */
EDUIND_EXTERN(eduind_status) eduind_results_to_csv(const eduind_results *res, char **out);

/* ---- Target judgement -------------------------------------------------------------- */

typedef enum eduind_verdict {
	EDUIND_VERDICT_MET = 0,      /**< the target year has a value and it meets the target ["met"] */
	EDUIND_VERDICT_NOT_MET,      /**< the target year has a value and it misses ["not_met"] */
	EDUIND_VERDICT_PENDING,      /**< no value for the target year yet; see latest and progress ["pending"] */
	EDUIND_VERDICT_NO_DATA       /**< no value for any year ["no_data"] */
} eduind_verdict;

/** Progress towards a target in the manner of the SDG 4 progress measure. */
typedef enum eduind_progress {
	EDUIND_PROGRESS_UNKNOWN = 0, /**< fewer than two values, or no trend to judge ["unknown"] */
	EDUIND_PROGRESS_ACHIEVED,    /**< the latest value already meets the target ["achieved"] */
	EDUIND_PROGRESS_ON_TRACK,    /**< actual pace >= 95% of the pace needed ["on_track"] */
	EDUIND_PROGRESS_MODERATE,    /**< 50% to 95% of the pace needed ["moderate"] */
	EDUIND_PROGRESS_OFF_TRACK,   /**< 0% to 50% of the pace needed ["off_track"] */
	EDUIND_PROGRESS_REGRESSING   /**< moving away from the target ["regressing"] */
} eduind_progress;

typedef struct eduind_judgements eduind_judgements;

/** One judged target, as a view into an ::eduind_judgements. */
typedef struct eduind_judgement {
	const char *indicator;
	const char *entity;
	int year;                       /**< target year */
	eduind_comparison comparison;
	double target;                  /**< NaN for increase / not_decrease */
	double target_high;             /**< NaN unless between */
	eduind_binding binding;
	const char *source;
	eduind_verdict verdict;
	int judged_rounded;             /**< 1 if compared at the published rounding */
	int latest_year;                /**< last year with a value (0 if none) */
	double latest_value;            /**< its value (NaN if none) */
	const char *latest_display;
	int baseline_year;              /**< first year with a value used for the trend (0 if none) */
	double baseline_value;
	double gap;                     /**< target - latest (signed, indicator units); NaN if unknown */
	double required_growth_pct;     /**< annual growth needed from latest to reach the target by its year */
	double trend_year;              /**< year the current trend reaches the target (NaN: never/unknown) */
	eduind_progress progress;
	const char *note;
} eduind_judgement;

/**
 * Judges every target of plan against res (the results of evaluating cat on a dataset).
 * Targets naming an indicator absent from cat give EDUIND_ENOTFOUND with the JSON
 * path of the target in err.
 */
EDUIND_EXTERN(eduind_status) eduind_judge(eduind_judgements **out, const eduind_plan *plan,
                                          const eduind_results *res, const eduind_catalog *cat,
                                          eduind_error *err);
EDUIND_EXTERN(void) eduind_judgements_free(eduind_judgements *j);
EDUIND_EXTERN(size_t) eduind_judgements_count(const eduind_judgements *j);
EDUIND_EXTERN(eduind_status) eduind_judgements_get(const eduind_judgements *j, size_t i,
                                                   eduind_judgement *out);
EDUIND_EXTERN(eduind_status) eduind_judgements_to_json(const eduind_judgements *j, char **out);
EDUIND_EXTERN(eduind_status) eduind_judgements_to_csv(const eduind_judgements *j, char **out);
EDUIND_EXTERN(const char *) eduind_verdict_name(eduind_verdict v);
EDUIND_EXTERN(const char *) eduind_progress_name(eduind_progress p);

/* ---- Consistency checks ------------------------------------------------------------ */

typedef enum eduind_check_kind {
	EDUIND_CHECK_SUM = 0,    /**< parts do not add up to their total ["sum"] */
	EDUIND_CHECK_SUBSET,     /**< a part exceeds its whole ["subset"] */
	EDUIND_CHECK_SAME,       /**< one quantity reported two ways disagrees beyond rounding ["same"] */
	EDUIND_CHECK_BOUND,      /**< a proportion over 100% or a negative count ["bound"] */
	EDUIND_CHECK_TREND,      /**< a value far off its own trend ["trend"] */
	EDUIND_CHECK_REPORTED    /**< a computed indicator disagrees with the published figure ["reported"] */
} eduind_check_kind;

typedef struct eduind_findings eduind_findings;

/** One consistency problem, with the numbers. */
typedef struct eduind_finding {
	eduind_check_kind kind;
	const char *rule;         /**< the rule's id ("A-14") or a generated name */
	const char *entity;
	int period;
	double expected;          /**< e.g. the sum of parts, or the first report */
	double actual;            /**< e.g. the printed total, or the second report */
	double difference;        /**< actual - expected */
	const char *message;      /**< one line with the numbers, in English */
} eduind_finding;

/**
 * Runs the consistency rules of cat and of ds (both may define "checks"), the
 * built-in bound checks on stored values, and, if res is not NULL, the comparison of
 * computed indicators with their published ("reported") figures.
 */
EDUIND_EXTERN(eduind_status) eduind_check(eduind_findings **out, const eduind_catalog *cat,
                                          const eduind_dataset *ds, const eduind_results *res,
                                          eduind_error *err);
EDUIND_EXTERN(void) eduind_findings_free(eduind_findings *f);
EDUIND_EXTERN(size_t) eduind_findings_count(const eduind_findings *f);
EDUIND_EXTERN(eduind_status) eduind_findings_get(const eduind_findings *f, size_t i, eduind_finding *out);
EDUIND_EXTERN(eduind_status) eduind_findings_to_json(const eduind_findings *f, char **out);
EDUIND_EXTERN(const char *) eduind_check_kind_name(eduind_check_kind k);

EDUIND_END_DECL

#endif /* EDUIND_EVAL_H */
