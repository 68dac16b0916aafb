/**
 * @file eduind/calc.h
 * @brief The official calculations: ratios, rates, growth, dispersion, parity, rounding.
 *
 * Conventions (GSL style): inputs first, the result pointer last, a status returned.
 * Every function here is pure, allocation-free and thread-safe. On failure the out
 * value is left untouched. Common statuses:
 *  - EDUIND_ENULL       an out or array pointer is NULL;
 *  - EDUIND_ENONFINITE  an input is NaN or +-Inf;
 *  - EDUIND_ENEGATIVE   a count or amount is negative;
 *  - EDUIND_EZERODIV    the denominator is zero (the result is undefined, never 0 or Inf);
 *  - EDUIND_EINCONSISTENT a part exceeds its whole for a proportion;
 *  - EDUIND_ERANGE      the result overflowed;
 *  - EDUIND_EEMPTY      an array has no usable element.
 * When several apply, the first in this order is returned: ENULL, ENONFINITE,
 * ENEGATIVE, EZERODIV, EINCONSISTENT, EDOMAIN, ERANGE. A generic eduind_ratio accepts
 * negative inputs (differences, balances); every count-based function rejects them.
 * Results are unrounded doubles: round only for display (eduind_round, eduind_format).
 * Percentages are returned on the 0-100 scale. Sources: docs/indicators.md and
 * the methodology sections cited per function (UIS = UNESCO Institute for Statistics,
 * MoE = China's Ministry of Education).
 */
#ifndef EDUIND_CALC_H
#define EDUIND_CALC_H

#include <stddef.h>
#include "eduind/export.h"
#include "eduind/status.h"

EDUIND_BEGIN_DECL

/* ---- Generic ratios ------------------------------------------------------------- */

/** num / den * scale. Counts may exceed each other (no bound). den == 0 -> EZERODIV. */
EDUIND_EXTERN(eduind_status) eduind_ratio(double num, double den, double scale, double *out);

/** part / whole * scale for a proportion: 0 <= part <= whole, else EINCONSISTENT/ENEGATIVE. */
EDUIND_EXTERN(eduind_status) eduind_proportion(double part, double whole, double scale, double *out);

/* ---- Enrolment (UIS A.1-A.4, A.11; MoE B.1) --------------------------------------- */

/** GER = enrolled (any age) / official-age population * 100. May exceed 100. */
EDUIND_EXTERN(eduind_status) eduind_gross_enrolment_ratio(double enrolled, double population,
                                                          double *out_pct);
/** NER = official-age pupils enrolled in the level / official-age population * 100.
 *  A value above 100 signals inconsistent data; see eduind_ner_cap(). */
EDUIND_EXTERN(eduind_status) eduind_net_enrolment_rate(double enrolled_of_age, double population,
                                                       double *out_pct);
/** Adjusted NER = (official-age pupils in the level + in higher levels) / population * 100. */
EDUIND_EXTERN(eduind_status) eduind_adjusted_ner(double enrolled_in_level, double enrolled_above,
                                                 double population, double *out_pct);
/**
 * UIS capping of net rates (A.2): if max(male, female) <= 100 nothing changes; if it
 * exceeds publish_limit (105 by UIS practice) the values are not publishable
 * (EDUIND_ERANGE); otherwise all three are scaled by 100 / max, which keeps the GPI.
 * out[0..2] receive male, female, total.
 */
EDUIND_EXTERN(eduind_status) eduind_ner_cap(double ner_male, double ner_female, double ner_total,
                                            double publish_limit, double out[3]);
/** GIR = new entrants to grade 1 (any age) / population of entrance age * 100. */
EDUIND_EXTERN(eduind_status) eduind_gross_intake_ratio(double new_entrants, double population,
                                                       double *out_pct);
/** Out-of-school rate = (population - official-age pupils enrolled at any level) / population * 100. */
EDUIND_EXTERN(eduind_status) eduind_out_of_school_rate(double population, double enrolled_of_age,
                                                       double *out_pct);

/* ---- Retention and progression (MoE B.3, B.5; UIS A.6-A.8) ------------------------ */

/** 巩固率 = graduating class / grade-1 enrolment of the same cohort * 100 (MoE B.3). */
EDUIND_EXTERN(eduind_status) eduind_consolidation_rate(double final_grade, double cohort_grade1,
                                                       double *out_pct);
/**
 * County-practice consolidation rate: graduates / (cohort entrants + transfers_in -
 * transfers_out - deaths) * 100. Adjustments that are unknown are passed as 0.
 */
EDUIND_EXTERN(eduind_status) eduind_consolidation_rate_adjusted(double graduates, double cohort_grade1,
                                                                double transfers_in,
                                                                double transfers_out, double deaths,
                                                                double *out_pct);
/** 升学率 / transition rate = entrants to the next level / graduates (or last-grade pupils) * 100. */
EDUIND_EXTERN(eduind_status) eduind_transition_rate(double entrants, double graduates, double *out_pct);
/** UIS effective transition rate: (E1(t+1) - R1(t+1)) / (En(t) - Rn(t+1)) * 100. */
EDUIND_EXTERN(eduind_status) eduind_effective_transition_rate(double entrants_next, double repeaters_next,
                                                              double last_grade, double last_grade_repeaters,
                                                              double *out_pct);
/** Promotion rate p(g,t) = (E(g+1,t+1) - R(g+1,t+1)) / E(g,t) * 100. */
EDUIND_EXTERN(eduind_status) eduind_promotion_rate(double enrol_next_grade, double repeaters_next_grade,
                                                   double enrol_grade, double *out_pct);
/** Repetition rate r(g,t) = R(g,t+1) / E(g,t) * 100. */
EDUIND_EXTERN(eduind_status) eduind_repetition_rate(double repeaters_next_year, double enrol_grade,
                                                    double *out_pct);
/** UIS dropout rate (a residual) = 100 - promotion - repetition; may be negative with bad data. */
EDUIND_EXTERN(eduind_status) eduind_dropout_rate(double promotion_pct, double repetition_pct,
                                                 double *out_pct);
/** MoE 辍学率 (B.4) = dropouts during the year / enrolment at the start of the year * 100. */
EDUIND_EXTERN(eduind_status) eduind_dropout_rate_direct(double dropouts, double enrolled_start,
                                                        double *out_pct);
/**
 * Survival to each grade by the reconstructed cohort method (UIS A.8). enrol[g] and
 * enrol_next[g] are enrolment by grade in years t and t+1, repeaters_next[g] repeaters in
 * t+1, for g = 0..grades-1. out_pct[g] receives survival to grade g+1 (out_pct[0] = 100).
 * max_repetitions < 0 means unlimited (closed form); otherwise a pupil may repeat each
 * grade at most that many times.
 */
EDUIND_EXTERN(eduind_status) eduind_survival_rates(const double *enrol, const double *enrol_next,
                                                   const double *repeaters_next, size_t grades,
                                                   int max_repetitions, double *out_pct);

/* ---- Teachers (UIS A.9; MoE B.6, B.7) --------------------------------------------- */

/** Pupil:teacher ratio (生师比) = pupils / teachers, printed "x.xx:1". */
EDUIND_EXTERN(eduind_status) eduind_pupil_teacher_ratio(double pupils, double teachers, double *out);
/** "双师型" share = dual-qualified / specialised-course teachers * 100 (a proportion). */
EDUIND_EXTERN(eduind_status) eduind_dual_qualified_share(double dual_qualified, double specialised,
                                                         double *out_pct);
/**
 * Teachers still needed to reach a pupils-per-teacher standard:
 * ceil(pupils / standard_ratio) - teachers. Negative means a surplus.
 */
EDUIND_EXTERN(eduind_status) eduind_staffing_gap(double pupils, double teachers, double standard_ratio,
                                                 double *out_teachers);

/* ---- Growth and targets (MoE B.8) ------------------------------------------------- */

/** (current / previous - 1) * 100. previous must be > 0 (EZERODIV if 0, EDOMAIN if < 0). */
EDUIND_EXTERN(eduind_status) eduind_growth_rate(double previous, double current, double *out_pct);
/** Growth of spending per pupil: growth of spend_cur/pupils_cur over spend_prev/pupils_prev. */
EDUIND_EXTERN(eduind_status) eduind_per_pupil_growth(double spend_prev, double pupils_prev,
                                                     double spend_cur, double pupils_cur,
                                                     double *out_pct);
/** Compound annual growth ((end / start)^(1/years) - 1) * 100. start > 0, end >= 0, years > 0. */
EDUIND_EXTERN(eduind_status) eduind_cagr(double start, double end, double years, double *out_pct);
/** Annual growth (percent) still needed to go from current to target in years. */
EDUIND_EXTERN(eduind_status) eduind_required_growth(double current, double target, double years,
                                                    double *out_pct);
/**
 * Years until a value growing at rate_pct per year (compound) equals target:
 * ln(target/current) / ln(1 + rate/100). 0 when current == target. EDUIND_EDOMAIN when
 * the trend never gets there (flat, or moving away from the target, or target 0);
 * whether a value already beyond the target "meets" it is the caller's judgement.
 */
EDUIND_EXTERN(eduind_status) eduind_years_to_target(double current, double target, double rate_pct,
                                                    double *out_years);

/* ---- Dispersion and balance (MoE C.3) --------------------------------------------- */

/** Weighted mean sum(w*v)/sum(w); weights NULL means all 1. Weights must be >= 0. */
EDUIND_EXTERN(eduind_status) eduind_weighted_mean(const double *values, const double *weights, size_t n,
                                                  double *out);
/**
 * Coefficient of variation, population form: sqrt(sum(w*(v-m)^2)/sum(w)) / m with m the
 * weighted mean; weights NULL means unweighted. m == 0 -> EZERODIV.
 */
EDUIND_EXTERN(eduind_status) eduind_cv(const double *values, const double *weights, size_t n,
                                       double *out);
/**
 * MoE 差异系数 (C.3): schools' resource totals x_i and enrolments P_i. School values
 * X_i = per * x_i / P_i, county value X = per * sum(x) / sum(P),
 * CV = sqrt(sum(P_i/P * (X_i - X)^2)) / X. Schools with P_i == 0 are skipped;
 * per is 1 for per-pupil indicators and 100 for per-100-pupil ones.
 */
EDUIND_EXTERN(eduind_status) eduind_balance_cv(const double *resource, const double *students, size_t n,
                                               double per, double *out);
/** Share (percent) of sizes >= threshold, e.g. classes of 56 or more (大班额). */
EDUIND_EXTERN(eduind_status) eduind_share_at_least(const double *sizes, size_t n, double threshold,
                                                   double *out_pct);
/** Mean years of schooling: sum(population[i] * years[i]) / sum(population) (MoE B.10). */
EDUIND_EXTERN(eduind_status) eduind_mean_years_schooling(const double *population, const double *years,
                                                         size_t n, double *out);

/* ---- Parity (UIS A.10) ------------------------------------------------------------ */

/** GPI = female / male; adjusted != 0 gives the UIS adjusted index (2 - male/female when > 1). */
EDUIND_EXTERN(eduind_status) eduind_gpi(double female, double male, int adjusted, double *out);

/* ---- Rounding --------------------------------------------------------------------- */

/**
 * Rounds half away from zero on the decimal value, as publications do (四舍五入):
 * 16.975 -> 16.98, 1.005 -> 1.01, 0.285 -> 0.29, -2.5 -> -3. The value is first read as
 * its shortest 15-significant-digit decimal (what the user typed), so binary
 * representation error does not turn 1.005 into 1.00. decimals in [0, 15].
 */
EDUIND_EXTERN(eduind_status) eduind_round(double value, int decimals, double *out);

/* ---- Bulk (column) forms ---------------------------------------------------------- */

/**
 * Element-wise forms over arrays for the two-argument calculations. Each input has
 * length n_out or 1 (broadcast). An element whose calculation fails gets NaN in out
 * and, if status_out is not NULL, its status in status_out[i]. The call itself fails
 * only on NULL pointers or shape mismatch (EDUIND_EINVAL).
 */
typedef enum eduind_calc2 {
	EDUIND_CALC2_GER = 1,          /**< eduind_gross_enrolment_ratio(a, b) */
	EDUIND_CALC2_NER,              /**< eduind_net_enrolment_rate(a, b) */
	EDUIND_CALC2_PTR,              /**< eduind_pupil_teacher_ratio(a, b) */
	EDUIND_CALC2_CONSOLIDATION,    /**< eduind_consolidation_rate(a, b) */
	EDUIND_CALC2_TRANSITION,       /**< eduind_transition_rate(a, b) */
	EDUIND_CALC2_DUAL_QUALIFIED,   /**< eduind_dual_qualified_share(a, b) */
	EDUIND_CALC2_GROWTH,           /**< eduind_growth_rate(a, b) */
	EDUIND_CALC2_GPI,              /**< eduind_gpi(a, b, 0) */
	EDUIND_CALC2_GPI_ADJUSTED,     /**< eduind_gpi(a, b, 1) */
	EDUIND_CALC2_PROPORTION_PCT,   /**< eduind_proportion(a, b, 100) */
	EDUIND_CALC2_RATIO             /**< eduind_ratio(a, b, 1) */
} eduind_calc2;

EDUIND_EXTERN(eduind_status) eduind_calc2_many(eduind_calc2 kind,
                                               const double *a, size_t n_a,
                                               const double *b, size_t n_b,
                                               double *out, size_t n_out, int *status_out);
/** eduind_ratio over arrays with broadcasting (see eduind_calc2_many). */
EDUIND_EXTERN(eduind_status) eduind_ratio_many(const double *num, size_t n_num,
                                               const double *den, size_t n_den, double scale,
                                               double *out, size_t n_out, int *status_out);
/** eduind_round over an array (n values in, n out; in-place allowed). */
EDUIND_EXTERN(eduind_status) eduind_round_many(const double *values, size_t n, int decimals,
                                               double *out);

EDUIND_END_DECL

#endif /* EDUIND_CALC_H */
