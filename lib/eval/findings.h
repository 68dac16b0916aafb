/* Private: the findings set that lib/eval/consistency.c fills. */
#ifndef EDUIND_EVAL_FINDINGS_H
#define EDUIND_EVAL_FINDINGS_H

#include <stddef.h>
#include "eduind/eval.h"
#include "internal/error.h"

/* One finding; the public view's strings point at the owned copies. */
typedef struct finding_row {
	eduind_finding pub;
	char *rule;
	char *entity;
	char *message;
} finding_row;

struct eduind_findings {
	finding_row *rows;
	size_t n;
	size_t cap;
	int failed; /* out of memory on some add: sticky */
};

/* New empty set, NULL when out of memory. */
eduind_findings *fd_new(void);

/* Appends a finding; difference = actual - expected. message is taken over (freed by the
 * set, also on failure) and may be NULL only after an out-of-memory failure, which then
 * marks the set failed. */
void fd_add(eduind_findings *f, eduind_check_kind kind, const char *rule, const char *entity,
            int period, double expected, double actual, char *message);

/* Sorts by rule (natural order: "A-5" before "A-14"), entity, period, kind, message. */
void fd_sort(eduind_findings *f);

/* Natural-order comparison: runs of digits compare by their number. */
int fd_natural_cmp(const char *a, const char *b);

#endif
