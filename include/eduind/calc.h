/**
 * @file eduind/calc.h
 * @brief The official calculations: ratios, rates, growth, dispersion, parity, rounding.
 *
 * Conventions (GSL style): inputs first, the result pointer last, a status returned.
 * Every function here is pure, allocation-free and thread-safe. On failure the out
 * value (or array) is left untouched. Common statuses:
 *  - EDUIND_ENULL       an out or array pointer is NULL;
 *  - EDUIND_ENONFINITE  an input is NaN or +-Inf;
 *  - EDUIND_ENEGATIVE   a count or amount is negative;
 *  - EDUIND_EZERODIV    the denominator is zero (the result is undefined, never 0 or Inf);
 *  - EDUIND_EINCONSISTENT inputs contradict each other (a part exceeds its whole, more
 *                       repeaters than pupils, ...);
 *  - EDUIND_EDOMAIN     an input is outside the formula's domain (years <= 0, ...);
 *  - EDUIND_ERANGE      the result is not a finite number (overflow), or not publishable;
 *  - EDUIND_EEMPTY      an array has no (usable) element.
 * When several apply, the first in this order is returned: ENULL, ENONFINITE,
 * ENEGATIVE, EZERODIV, EINCONSISTENT, EDOMAIN, ERANGE (array functions report EEMPTY for
 * n == 0 right after ENULL, and EINVAL for bad options right after the value checks).
 * A generic eduind_ratio accepts negative inputs (differences, balances); every
 * count-based function rejects them. A numerator of 0 over a positive denominator is a
 * true 0 ("nil"), never confused with "undefined".
 * Results are unrounded doubles: round only for display (eduind_round, eduind_format).
 * Percentages are returned on the 0-100 scale. Quotients are formed as num / den * scale
 * or num * 100 / den, so integer counts give the correctly rounded rate. Sources: the
 * methodology sections cited per function (A = UIS, UNESCO Institute for Statistics;
 * B = MoE, China's Ministry of Education; C = county balanced-development assessment;
 * E = rounding conventions), docs/api-calc.md and docs/indicators.md.
 */
#ifndef EDUIND_CALC_H
#define EDUIND_CALC_H

#include <stddef.h>
#include "eduind/export.h"
#include "eduind/status.h"

EDUIND_BEGIN_DECL

/* ---- Generic ratios ------------------------------------------------------------- */

/**
 * Generic ratio num / den * scale (scale 1 for "x per 1", 100 for percent, 1000 for
 * per mille). Inputs may have any sign and either may exceed the other.
 * @return EDUIND_OK; ENULL (out), ENONFINITE (any input), EZERODIV (den == 0, also
 *         0 / 0), ERANGE (overflow).
 */
EDUIND_EXTERN(eduind_status) eduind_ratio(double num, double den, double scale, double *out);

/**
 * Proportion part / whole * scale, for a part that is counted inside its whole
 * (0 <= part <= whole; 100 * part / whole lies in [0, 100] for scale 100).
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE (part or whole < 0); EZERODIV
 *         (whole == 0); EINCONSISTENT (part > whole); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_proportion(double part, double whole, double scale, double *out);

/* ---- Enrolment (UIS A.1-A.4, A.11; MoE B.1) --------------------------------------- */

/**
 * Gross enrolment ratio (UIS A.1; MoE 毛入学率/毛入园率, B.1), percent:
 * GER = pupils enrolled in the level, any age / population of the official age group * 100.
 * Over- and under-age pupils count, so it may exceed 100; it is never capped.
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE; EZERODIV (population 0); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_gross_enrolment_ratio(double enrolled, double population,
                                                          double *out_pct);
/**
 * Net enrolment rate (UIS A.2; MoE 学龄儿童净入学率, B.1), percent:
 * NER = official-age pupils enrolled in the level / official-age population * 100.
 * Returned as computed: a value above 100 signals inconsistent population or age data
 * and is left visible; eduind_ner_cap() applies the UIS publication rule.
 * @return as eduind_gross_enrolment_ratio().
 */
EDUIND_EXTERN(eduind_status) eduind_net_enrolment_rate(double enrolled_of_age, double population,
                                                       double *out_pct);
/**
 * Adjusted net enrolment rate (UIS A.2, ANER; MoE 适龄人口入学率, B.2), percent:
 * (official-age pupils in the level + official-age pupils in higher levels) /
 * official-age population * 100.
 * @return as eduind_gross_enrolment_ratio() (ENEGATIVE if either count is negative).
 */
EDUIND_EXTERN(eduind_status) eduind_adjusted_ner(double enrolled_in_level, double enrolled_above,
                                                 double population, double *out_pct);
/**
 * UIS capping of net rates (A.2), percent in and out: if max(male, female) <= 100
 * nothing changes; if it exceeds publish_limit (105 by UIS practice) the values are
 * "dirty" and not publishable (EDUIND_ERANGE); otherwise male, female and total are all
 * multiplied by k = 100 / max(male, female), so the higher rate becomes 100 and the
 * female/male ratio (the GPI) is unchanged. Example: 103 / 99 -> 100 / 96.117.
 * out[0..2] receive male, female, total. The total is scaled but not checked.
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE (a rate < 0); EINVAL
 *         (publish_limit < 100); ERANGE (above the limit; out untouched).
 */
EDUIND_EXTERN(eduind_status) eduind_ner_cap(double ner_male, double ner_female, double ner_total,
                                            double publish_limit, double out[3]);
/**
 * Gross intake ratio to grade 1 (UIS A.4), percent: new entrants to grade 1, any age /
 * population of the official entrance age * 100. New entrants exclude repeaters
 * (enrolment minus repeaters when not reported); may exceed 100.
 * @return as eduind_gross_enrolment_ratio().
 */
EDUIND_EXTERN(eduind_status) eduind_gross_intake_ratio(double new_entrants, double population,
                                                       double *out_pct);
/**
 * Out-of-school rate (UIS A.11), percent: (official-age population - official-age pupils
 * enrolled at any level) / official-age population * 100 = 100 - total NER. Whether
 * pre-primary pupils count as enrolled is the caller's choice of enrolled_of_age.
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE; EZERODIV (population 0);
 *         EINCONSISTENT (enrolled_of_age > population: a negative rate would hide it).
 */
EDUIND_EXTERN(eduind_status) eduind_out_of_school_rate(double population, double enrolled_of_age,
                                                       double *out_pct);

/* ---- Retention and progression (MoE B.3, B.5; UIS A.6-A.8) ------------------------ */

/**
 * 九年义务教育巩固率 / consolidation rate (MoE B.3), percent: pupils of the graduating
 * class / grade-1 enrolment of the same cohort * 100. The cohort entered grade 1 eight
 * school years before the graduating year of a 6+3 system: pass that year's count, not
 * the same calendar year's. Transfers in can push it past 100; it is not clipped.
 * @return as eduind_gross_enrolment_ratio().
 */
EDUIND_EXTERN(eduind_status) eduind_consolidation_rate(double final_grade, double cohort_grade1,
                                                       double *out_pct);
/**
 * County-practice consolidation rate (MoE B.3), percent: graduates / (cohort grade-1
 * entrants + transfers_in - transfers_out - deaths) * 100. Adjustments that are unknown
 * are passed as 0 (then it equals eduind_consolidation_rate()).
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE (any count); EZERODIV (adjusted
 *         cohort 0); EINCONSISTENT (adjusted cohort < 0); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_consolidation_rate_adjusted(double graduates, double cohort_grade1,
                                                                double transfers_in,
                                                                double transfers_out, double deaths,
                                                                double *out_pct);
/**
 * 升学率 / transition rate (MoE B.5; older UIS TR, A.6), percent: new entrants to the next
 * level (fresh graduates only, for 升学率) / graduates of the level (or last-grade pupils
 * of the previous year, for UIS TR) * 100. May exceed 100.
 * @return as eduind_gross_enrolment_ratio().
 */
EDUIND_EXTERN(eduind_status) eduind_transition_rate(double entrants, double graduates, double *out_pct);
/**
 * UIS effective transition rate (A.6), percent:
 * (E1(t+1) - R1(t+1)) / (En(t) - Rn(t+1)) * 100, with E1, R1 enrolment and repeaters in
 * the first grade of the next level and En, Rn in the last grade of this one.
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE; EZERODIV (En(t) == Rn(t+1));
 *         EINCONSISTENT (repeaters above enrolment on either side); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_effective_transition_rate(double entrants_next, double repeaters_next,
                                                              double last_grade, double last_grade_repeaters,
                                                              double *out_pct);
/**
 * UIS promotion rate of grade g (A.7), percent: p(g,t) = (E(g+1,t+1) - R(g+1,t+1)) /
 * E(g,t) * 100, the new entrants to the next grade next year over this grade's pupils.
 * Transfers can push it above 100; it is not clipped.
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE; EZERODIV (E(g,t) == 0);
 *         EINCONSISTENT (R(g+1,t+1) > E(g+1,t+1)); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_promotion_rate(double enrol_next_grade, double repeaters_next_grade,
                                                   double enrol_grade, double *out_pct);
/**
 * UIS repetition rate of grade g (A.7), percent: r(g,t) = R(g,t+1) / E(g,t) * 100
 * (a proportion: the repeaters come from the grade's pupils).
 * @return as eduind_proportion() (EINCONSISTENT when R(g,t+1) > E(g,t)).
 */
EDUIND_EXTERN(eduind_status) eduind_repetition_rate(double repeaters_next_year, double enrol_grade,
                                                    double *out_pct);
/**
 * UIS dropout rate of a grade (A.7), percent: 100 - promotion_pct - repetition_pct. A
 * residual that absorbs transfers, deaths and data errors: negative when the data do
 * not add up, reported as computed, never clipped.
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE (an input rate < 0).
 */
EDUIND_EXTERN(eduind_status) eduind_dropout_rate(double promotion_pct, double repetition_pct,
                                                 double *out_pct);
/**
 * MoE 辍学率 (B.4), percent: pupils who dropped out during the school year / enrolment at
 * the start of the year * 100. A direct count, unlike the UIS residual.
 * @return as eduind_proportion().
 */
EDUIND_EXTERN(eduind_status) eduind_dropout_rate_direct(double dropouts, double enrolled_start,
                                                        double *out_pct);
/**
 * Survival to each grade by the reconstructed cohort method (UIS A.8), percent.
 * enrol[g] and enrol_next[g] are enrolment by grade in years t and t+1, repeaters_next[g]
 * repeaters in t+1, for g = 0..grades-1. out_pct[g] receives survival to grade g+1
 * (out_pct[0] = 100). With p_g = (E(g+1,t+1) - R(g+1,t+1)) / E(g,t) and
 * r_g = R(g,t+1) / E(g,t), a pupil reaching grade g goes on with probability
 * p_g (1 + r_g + ... + r_g^k) when each grade may be repeated at most
 * k = max_repetitions times (those who would repeat once more are lost), and
 * p_g / (1 - r_g) when max_repetitions < 0 (unlimited). A.8 example: SR2 = 95.5556,
 * SR3 = 89.8677 unlimited; 95.46 and 89.7513 with at most 2 repetitions.
 * @return EDUIND_OK; ENULL (any array); EEMPTY (grades == 0); ENONFINITE; ENEGATIVE;
 *         EZERODIV (enrol[g] == 0 for a grade below the last); EINCONSISTENT (more
 *         repeaters than enrolment in t+1, or promoted + repeaters > E(g,t), i.e. a
 *         negative dropout, which would give survival above 100).
 */
EDUIND_EXTERN(eduind_status) eduind_survival_rates(const double *enrol, const double *enrol_next,
                                                   const double *repeaters_next, size_t grades,
                                                   int max_repetitions, double *out_pct);

/* ---- Teachers (UIS A.9; MoE B.6, B.7) --------------------------------------------- */

/**
 * Pupil:teacher ratio (UIS A.9; MoE 生师比, B.6): pupils / teachers (headcounts, or
 * full-time equivalents), pupils per teacher, printed "x.xx:1" (EDUIND_UNIT_RATIO).
 * Altay 2020 primary: 54005 / 5307 -> "10.18:1".
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE; EZERODIV (no teachers); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_pupil_teacher_ratio(double pupils, double teachers, double *out);
/**
 * "双师型"教师占比 (MoE B.7), percent: dual-qualified teachers / specialised-course
 * teachers (专业课教师, not all 专任教师) * 100.
 * @return as eduind_proportion().
 */
EDUIND_EXTERN(eduind_status) eduind_dual_qualified_share(double dual_qualified, double specialised,
                                                         double *out_pct);
/**
 * Teachers still needed to reach a pupils-per-teacher standard (e.g. 19 for 1:19, B.6):
 * ceil(pupils / standard_ratio) - teachers, in teachers. Negative means a surplus. A
 * quotient within 1e-9 (relative) of an integer counts as that integer, so 1900 / 19
 * needs 100, not 101.
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE (any input < 0); EZERODIV
 *         (standard_ratio == 0); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_staffing_gap(double pupils, double teachers, double standard_ratio,
                                                 double *out_teachers);

/* ---- Growth and targets (MoE B.8) ------------------------------------------------- */

/**
 * Growth rate (MoE B.8, 增长率), percent: (current - previous) / previous * 100, i.e.
 * (current / previous - 1) * 100 computed without cancellation, so exact halves stay
 * halves (100000 -> 100115 is 0.115, printed "0.12").
 * @return EDUIND_OK; ENULL; ENONFINITE; EZERODIV (previous == 0); EDOMAIN
 *         (previous < 0); ENEGATIVE (current < 0); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_growth_rate(double previous, double current, double *out_pct);
/**
 * Growth of spending per pupil (MoE B.8, 生均经费增长), percent: the growth rate of
 * spend_cur / pupils_cur over spend_prev / pupils_prev.
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE; EZERODIV (no pupils in either year,
 *         or no spending in the first); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_per_pupil_growth(double spend_prev, double pupils_prev,
                                                     double spend_cur, double pupils_cur,
                                                     double *out_pct);
/**
 * Compound annual growth rate, percent: ((end / start)^(1 / years) - 1) * 100, computed
 * as expm1(log1p((end - start) / start) / years) * 100 (no cancellation near 0); over
 * exactly one year the result is eduind_growth_rate()'s, bit for bit. end == 0 gives -100. Altay enrolment 111811 -> 129558 over 5
 * years: 2.99.
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE (start or end < 0); EZERODIV
 *         (start == 0); EDOMAIN (years <= 0); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_cagr(double start, double end, double years, double *out_pct);
/**
 * Annual growth (percent, compound) still needed to go from current to target in
 * years: eduind_cagr(current, target, years). Negative when the target is lower.
 * @return as eduind_cagr().
 */
EDUIND_EXTERN(eduind_status) eduind_required_growth(double current, double target, double years,
                                                    double *out_pct);
/**
 * Years (fractional) until a value growing at rate_pct per year (compound) equals
 * target: ln(target / current) / ln(1 + rate_pct / 100). Works both ways: a rising
 * value towards a higher target, a falling one towards a lower target. 0 when
 * current == target; whether a value already beyond the target "meets" it is the
 * caller's judgement.
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE (current or target < 0); EZERODIV
 *         (current == 0 != target); EDOMAIN (the trend never gets there: flat, moving
 *         away, rate <= -100, or target 0); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_years_to_target(double current, double target, double rate_pct,
                                                    double *out_years);

/* ---- Dispersion and balance (MoE C.3) --------------------------------------------- */

/**
 * Weighted mean sum(w * v) / sum(w); weights NULL means all 1. Values may have any sign;
 * weights must be >= 0.
 * @return EDUIND_OK; ENULL (values, out); EEMPTY (n == 0); ENONFINITE; ENEGATIVE (a
 *         weight < 0); EZERODIV (weights sum to 0); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_weighted_mean(const double *values, const double *weights, size_t n,
                                                  double *out);
/**
 * Coefficient of variation, population form (no n - 1): sqrt(sum(w (v - m)^2) / sum(w))
 * / m with m the weighted mean; weights NULL means unweighted. With the schools' per-pupil
 * values and their enrolments as weights this equals eduind_balance_cv().
 * @return as eduind_weighted_mean(); EZERODIV (m == 0); EDOMAIN (m < 0).
 */
EDUIND_EXTERN(eduind_status) eduind_cv(const double *values, const double *weights, size_t n,
                                       double *out);
/**
 * MoE 差异系数 of county balanced development (C.3): schools' resource totals x_i (books,
 * m2, yuan, teachers, rooms) and enrolments P_i of one level. School values
 * X_i = per * x_i / P_i, county value X = per * sum(x) / sum(P) (ratio of totals, the
 * enrolment-weighted mean), CV = sqrt(sum(P_i / P * (X_i - X)^2)) / X: enrolment-weighted,
 * population form. per is 1 for per-pupil indicators and 100 for per-100-pupil ones (the
 * CV does not depend on it). Schools with P_i == 0 are left out with their resources;
 * one school gives 0. The official 5-school example (D.1) gives 0.515257 -> 0.52; the
 * unweighted forms (0.4888, 0.5465) do not reproduce it.
 * @return EDUIND_OK; ENULL; EEMPTY (n == 0, or no school with pupils); ENONFINITE;
 *         EDOMAIN (per <= 0); ENEGATIVE; EZERODIV (X == 0); ERANGE.
 */
EDUIND_EXTERN(eduind_status) eduind_balance_cv(const double *resource, const double *students, size_t n,
                                               double per, double *out);
/**
 * Share (percent) of sizes >= threshold over all n (B.9): classes of 56 or more are
 * 大班额 (including 超大班额, 66 or more); the denominator is the number of classes.
 * @return EDUIND_OK; ENULL; EEMPTY (n == 0); ENONFINITE; ENEGATIVE (a size < 0).
 */
EDUIND_EXTERN(eduind_status) eduind_share_at_least(const double *sizes, size_t n, double threshold,
                                                   double *out_pct);
/**
 * Mean years of schooling (MoE B.10, 平均受教育年限), years: sum(population[i] * years[i])
 * / sum(population), with years per level from the census convention (none 0, primary 6,
 * junior 9, senior 12, tertiary 16) unless the caller uses another table.
 * @return EDUIND_OK; ENULL; EEMPTY (n == 0); ENONFINITE; ENEGATIVE; EZERODIV (no
 *         population).
 */
EDUIND_EXTERN(eduind_status) eduind_mean_years_schooling(const double *population, const double *years,
                                                         size_t n, double *out);

/* ---- Parity (UIS A.10) ------------------------------------------------------------ */

/**
 * Gender parity index (UIS A.10, SDG 4.5.1) of an indicator's female and male values
 * (rates, not counts): female / male. With adjusted != 0, the UIS adjusted index:
 * 2 - male / female when female / male > 1 (symmetric around 1, within [0, 2]); NOT the
 * "reflection" 2 - female / male. F = 110, M = 100: 1.1 unadjusted, 1.090909 adjusted.
 * @return EDUIND_OK; ENULL; ENONFINITE; ENEGATIVE; EZERODIV (male == 0, including 0/0).
 */
EDUIND_EXTERN(eduind_status) eduind_gpi(double female, double male, int adjusted, double *out);

/* ---- Rounding --------------------------------------------------------------------- */

/**
 * Rounds half away from zero on the decimal value, as publications do (四舍五入, E):
 * 16.975 -> 16.98, 1.005 -> 1.01, 0.285 -> 0.29, -2.5 -> -3. The value is first read as
 * its 15-significant-digit decimal (what the user typed), so binary representation error
 * does not turn 1.005 into 1.00 (floor(x * 100 + 0.5) / 100 does). The result is the
 * double nearest to the rounded decimal, so eduind_format_decimal() of the value or of
 * its rounding print the same text; digits beyond the 15th significant one read as 0.
 * A zero result is +0 (-0.004 -> 0). Locale-independent. decimals in [0, 15].
 * @return EDUIND_OK; ENULL; ENONFINITE; EINVAL (decimals out of range).
 */
EDUIND_EXTERN(eduind_status) eduind_round(double value, int decimals, double *out);

/* ---- Bulk (column) forms ---------------------------------------------------------- */

/**
 * Element-wise forms over arrays for the two-argument calculations. Each input has
 * length n_out or 1 (broadcast). Each element goes through the scalar function, so the
 * results are identical to scalar calls. An element whose calculation fails gets NaN
 * in out and, if status_out is not NULL, its status in status_out[i]; the call still
 * returns EDUIND_OK. It fails only on an unknown kind or a shape mismatch
 * (EDUIND_EINVAL) or a NULL array when n_out > 0 (EDUIND_ENULL). out may be one of the
 * inputs (in place). n_out == 0 does nothing.
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
/** eduind_ratio(num[i], den[i], scale) over arrays with broadcasting; same rules as
 *  eduind_calc2_many(). */
EDUIND_EXTERN(eduind_status) eduind_ratio_many(const double *num, size_t n_num,
                                               const double *den, size_t n_den, double scale,
                                               double *out, size_t n_out, int *status_out);
/** eduind_round over an array (n values in, n out; in-place allowed). Elements that
 *  cannot be rounded (NaN, Inf) give NaN: missing stays missing.
 *  @return EDUIND_OK; ENULL (n > 0 and a NULL array); EINVAL (decimals). */
EDUIND_EXTERN(eduind_status) eduind_round_many(const double *values, size_t n, int decimals,
                                               double *out);

EDUIND_END_DECL

#endif /* EDUIND_CALC_H */
