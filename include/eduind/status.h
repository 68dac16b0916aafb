/**
 * @file eduind/status.h
 * @brief Status codes and the error record every fallible call can fill.
 *
 * Every fallible function returns an ::eduind_status: EDUIND_OK (0) on success and a
 * negative code otherwise. Functions that parse or load also take an optional
 * ::eduind_error pointer (may be NULL) that receives a human-readable message and,
 * where known, the file, line/column or JSON path of the problem. There is no global
 * "last error": the record belongs to the caller, so the library stays thread-safe.
 * New codes may be added in later minor versions; treat unknown negative values as
 * generic failures.
 */
#ifndef EDUIND_STATUS_H
#define EDUIND_STATUS_H

#include <stddef.h>
#include "eduind/export.h"

EDUIND_BEGIN_DECL

/** Result of a library call. 0 is success; every error is negative. */
typedef enum eduind_status {
	EDUIND_OK = 0,
	EDUIND_ENULL = -1,          /**< a required pointer argument is NULL */
	EDUIND_ENEGATIVE = -2,      /**< a count or amount that must be >= 0 is negative */
	EDUIND_EZERODIV = -3,       /**< the denominator is zero: the result is undefined */
	EDUIND_ENONFINITE = -4,     /**< an input is NaN or infinite */
	EDUIND_ERANGE = -5,         /**< the result would not be a finite number */
	EDUIND_EEMPTY = -6,         /**< an array input has no (usable) elements */
	EDUIND_EINCONSISTENT = -7,  /**< inputs contradict each other (part > whole, ...) */
	EDUIND_EDOMAIN = -8,        /**< input outside the formula's domain (years <= 0, base <= 0) */
	EDUIND_EINVAL = -9,         /**< an option or argument is invalid (decimals, kind, ...) */
	EDUIND_ENOMEM = -10,        /**< memory allocation failed */
	EDUIND_EIO = -11,           /**< a file could not be read or written */
	EDUIND_EPARSE = -12,        /**< malformed JSON, CSV or formula (line/column in the error) */
	EDUIND_ESCHEMA = -13,       /**< well-formed input with wrong content (JSON path in the error) */
	EDUIND_ENOTFOUND = -14,     /**< a named indicator, entity, variable or period does not exist */
	EDUIND_EDUPLICATE = -15,    /**< the same code or key is defined twice */
	EDUIND_ECYCLE = -16,        /**< indicators refer to each other in a cycle */
	EDUIND_EMISSING = -17,      /**< a required input value is missing */
	EDUIND_ELIMIT = -18,        /**< input exceeds a size or depth limit */
	EDUIND_EBUFSIZE = -19,      /**< the caller's output buffer is too small */
	EDUIND_EVERSION = -20,      /**< unsupported format version */
	EDUIND_ENOTAPPLICABLE = -21 /**< the indicator does not apply to this entity or period */
} eduind_status;

/** Lowest status code in use (for iteration in tests and bindings). */
#define EDUIND_STATUS_MIN EDUIND_ENOTAPPLICABLE

/** Sizes of the fixed buffers in ::eduind_error. Text is truncated to fit, on a UTF-8 boundary. */
#define EDUIND_ERROR_MESSAGE_SIZE 512
#define EDUIND_ERROR_SOURCE_SIZE 256
#define EDUIND_ERROR_PATH_SIZE 256

/**
 * Details of a failure. Owned by the caller (usually on the stack); the library only
 * writes into it. Zero-initialise it or call eduind_error_clear() before use.
 */
typedef struct eduind_error {
	eduind_status status;                    /**< the code also returned by the call */
	char message[EDUIND_ERROR_MESSAGE_SIZE]; /**< human-readable, UTF-8, no trailing newline */
	char source[EDUIND_ERROR_SOURCE_SIZE];   /**< file name, "<string>" or "" */
	char path[EDUIND_ERROR_PATH_SIZE];       /**< JSON path ("$.indicators[3].formula"), CSV column or "" */
	long line;                               /**< 1-based line, 0 if unknown */
	long column;                             /**< 1-based column (bytes), 0 if unknown */
} eduind_error;

/** Static English description of a status, e.g. "zero denominator". Never NULL. */
EDUIND_EXTERN(const char *) eduind_status_str(eduind_status status);

/** Symbolic name of a status, e.g. "EDUIND_EZERODIV"; "EDUIND_UNKNOWN" for unknown codes. */
EDUIND_EXTERN(const char *) eduind_status_name(eduind_status status);

/** Resets an error record to "no error". NULL is a no-op. */
EDUIND_EXTERN(void) eduind_error_clear(eduind_error *err);

/**
 * Writes "source:line:column: path: message" (parts that are unknown are left out)
 * into buf, always NUL-terminated when size > 0.
 * @return the length the full text needs, like snprintf.
 */
EDUIND_EXTERN(size_t) eduind_error_format(const eduind_error *err, char *buf, size_t size);

/** Frees memory the library returned to the caller (strings from *_to_json etc.). NULL is a no-op. */
EDUIND_EXTERN(void) eduind_free(void *ptr);

EDUIND_END_DECL

#endif /* EDUIND_STATUS_H */
