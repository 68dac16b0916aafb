/* Private: shared shapes of count-based rates (lib/calc/ratio.c). */
#ifndef EDUIND_CALC_RATE_H
#define EDUIND_CALC_RATE_H
#include "eduind/status.h"
/* num / den * 100 for non-negative counts; no upper bound. */
eduind_status calc_count_rate(double num, double den, double *out_pct);
#endif
