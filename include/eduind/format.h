/**
 * @file eduind/format.h
 * @brief Units and display text as the publications print them ("16.98:1", "95.5%").
 *
 * Formatting is locale-independent (always '.' as the decimal mark) and rounds with
 * eduind_round() semantics (half away from zero on the decimal value).
 */
#ifndef EDUIND_FORMAT_H
#define EDUIND_FORMAT_H

#include <stddef.h>
#include "eduind/export.h"
#include "eduind/status.h"

EDUIND_BEGIN_DECL

/** Display unit of a value. The names in brackets are the JSON spellings. */
typedef enum eduind_unit {
	EDUIND_UNIT_NUMBER = 0,   /**< plain number ["number"] */
	EDUIND_UNIT_PERCENT,      /**< "95.5%" ["percent"] */
	EDUIND_UNIT_RATIO,        /**< "16.98:1" ["ratio"] (X pupils per 1 teacher) */
	EDUIND_UNIT_PER_100,      /**< per 100 pupils ["per100"] */
	EDUIND_UNIT_YUAN,         /**< money in yuan ["yuan"] */
	EDUIND_UNIT_YEARS,        /**< years ["years"] */
	EDUIND_UNIT_COEFFICIENT,  /**< dispersion or parity coefficient ["coefficient"] */
	EDUIND_UNIT_COUNT,        /**< headcount or number of things ["count"] */
	EDUIND_UNIT_PP,           /**< percentage points ["pp"] */
	EDUIND_UNIT_AREA,         /**< square metres ["m2"] */
	EDUIND_UNIT_BOOLEAN       /**< 1 = yes, 0 = no ["boolean"] */
} eduind_unit;

/** JSON name of a unit ("percent"), as listed in brackets above; "number" for values
 *  that are not an ::eduind_unit. Static storage, never NULL. */
EDUIND_EXTERN(const char *) eduind_unit_name(eduind_unit unit);
/** Parses a JSON unit name (exact, case-sensitive: "percent", not "Percent").
 *  @return EDUIND_OK; EDUIND_ENULL (name or out); EDUIND_EINVAL for an unknown name
 *  (out untouched). */
EDUIND_EXTERN(eduind_status) eduind_unit_from_name(const char *name, eduind_unit *out);

/**
 * Writes value rounded half away from zero to `decimals` places, exactly as
 * eduind_round() rounds it (same decimal core), with '.' as the decimal mark whatever
 * LC_NUMERIC says, no grouping, and exactly `decimals` fraction digits ("16.98", "-3",
 * "0.50"). A result that rounds to zero has no sign ("0.00" for -0.004). At most 15
 * significant digits are shown; further integer digits print as 0 (1e20 ->
 * "100000000000000000000"). decimals in [0, 15]. 350 bytes hold any value.
 * @return EDUIND_OK; EDUIND_ENULL (buf); EDUIND_EBUFSIZE if buf is too small (buf then
 *         holds "" when size > 0); EDUIND_ENONFINITE for NaN/Inf; EDUIND_EINVAL for
 *         decimals out of range.
 */
EDUIND_EXTERN(eduind_status) eduind_format_decimal(double value, int decimals, char *buf, size_t size);

/**
 * Writes value as publications print it for the unit (methodology E): PERCENT "95.5%",
 * RATIO "16.98:1" (pupils per one teacher), PP "2.9 pp" (not "2.9个百分点": the text
 * stays ASCII); every other unit prints the number alone (renderers show the unit in
 * the column header). BOOLEAN prints "no" for 0 and "yes" for any other finite value
 * (decimals is not used). The number is eduind_format_decimal()'s text.
 * @return the statuses of eduind_format_decimal(), and EDUIND_EINVAL for a value that is
 *         not an ::eduind_unit.
 */
EDUIND_EXTERN(eduind_status) eduind_format(double value, int decimals, eduind_unit unit,
                                           char *buf, size_t size);

EDUIND_END_DECL

#endif /* EDUIND_FORMAT_H */
