/* Private: numbers as text, independent of the host's locale. Both functions expect to
 * run inside a c_locale scope (io/c_locale.h), which the loaders and writers open once. */
#ifndef EDUIND_IO_NUMTEXT_H
#define EDUIND_IO_NUMTEXT_H

#include "internal/strbuf.h"

#define NT_BUF 40

/* Strict decimal number: [+-]digits[.digits][(e|E)[+-]digits], at least one digit before
 * or after the point, nothing else (no spaces, no thousands separators, no "inf"/"nan",
 * no hex). Returns 1 and sets *out for a finite number, 0 otherwise. */
int nt_parse(const char *s, double *out);

/* Strict integer: [+-]digits, within [lo, hi]. Returns 1 on success. */
int nt_parse_long(const char *s, long lo, long hi, long *out);

/* Shortest text that reads back as exactly v ("54005", "0.1", "10.176182"); at most
 * 17 significant digits. v must be finite. */
void nt_format(double v, char buf[NT_BUF]);

/* Appends v in shortest form, or JSON null when v does not exist (NaN or infinite). */
void nt_append_json(strbuf *sb, double v);

/* Appends v in shortest form, or nothing (an empty CSV cell) when it does not exist. */
void nt_append_csv(strbuf *sb, double v);

#endif
