/* Private: numbers for the messages and notes of lib/eval, without locale or noise. */
#ifndef EDUIND_EVAL_EVNUM_H
#define EDUIND_EVAL_EVNUM_H

#define EV_NUM_BUF 48

/* Number of decimals that shows v with 12 significant digits (0..15). */
int ev_sig_decimals(double v);

/* v rounded to 12 significant digits (eduind_round), which removes binary noise such as
 * 28399.999999999996 for 2.84 x 10000. NaN and infinities pass through. */
double ev_tidy(double v);

/* v as short text: 12 significant digits, trailing zeros dropped ("28400", "98.15",
 * "-0.5"); "NaN" for non-finite values. Always '.' as the decimal mark. */
const char *ev_num(double v, char buf[EV_NUM_BUF]);

#endif
