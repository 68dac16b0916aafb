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

/** JSON name of a unit ("percent"); "number" for unknown values. Static storage. */
EDUIND_EXTERN(const char *) eduind_unit_name(eduind_unit unit);
/** Parses a JSON unit name. @return EDUIND_OK or EDUIND_EINVAL for an unknown name. */
EDUIND_EXTERN(eduind_status) eduind_unit_from_name(const char *name, eduind_unit *out);

/**
 * Writes value rounded half-up to `decimals` places with '.' as decimal mark
 * ("16.98", "-3", "0.50"). decimals in [0, 15].
 * @return EDUIND_OK; EDUIND_EBUFSIZE if buf is too small (buf then holds "" );
 *         EDUIND_ENONFINITE for NaN/Inf; EDUIND_EINVAL for decimals out of range.
 */
EDUIND_EXTERN(eduind_status) eduind_format_decimal(double value, int decimals, char *buf, size_t size);

/**
 * Writes value as publications print it for the unit: percent "95.5%", ratio
 * "16.98:1", pp "2.9个百分点" is NOT used: pp prints "2.9 pp"; others print the
 * number alone (units are shown by the renderer's column header). BOOLEAN prints
 * "yes"/"no". Same statuses as eduind_format_decimal().
 */
EDUIND_EXTERN(eduind_status) eduind_format(double value, int decimals, eduind_unit unit,
                                           char *buf, size_t size);

EDUIND_END_DECL

#endif /* EDUIND_FORMAT_H */
