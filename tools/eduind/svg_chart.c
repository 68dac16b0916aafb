/* Inline SVG charts: an indicator's values over the school years (a line, or bars when
 * there is a single year), its target as a dashed line and the target year marked.
 * Plain SVG with presentation attributes: no scripts, fonts or other files. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

enum { W = 560, H = 270, ML = 64, MR = 24, MT = 36, MB = 40 };

static const char *series_colour(int verdict)
{
	if (verdict == EDUIND_VERDICT_MET)
		return "#1a7f37";
	if (verdict == EDUIND_VERDICT_NOT_MET)
		return "#cf222e";
	return "#0969da";
}

/* 1, 2 or 5 times a power of ten, near range / 4. */
static double nice_step(double range)
{
	double raw = range / 4;
	double mag = pow(10, floor(log10(raw)));
	double f = raw / mag;
	double step = f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10;
	return step * mag;
}

typedef struct scale {
	double x0, x1;   /* years */
	double y0, y1;   /* values */
	int bars;
} scale;

static double sx(const scale *s, double year)
{
	double inner = 28;
	return ML + inner + (year - s->x0) / (s->x1 - s->x0) * (W - ML - MR - 2 * inner);
}

static double sy(const scale *s, double v)
{
	return MT + (s->y1 - v) / (s->y1 - s->y0) * (H - MT - MB);
}

static void tick_label(char *buf, size_t size, double v, double step)
{
	int decimals = step >= 1 ? 0 : (int)ceil(-log10(step) - 1e-9);
	if (decimals > 6)
		decimals = 6;
	if (fabs(v) < step * 1e-9)
		v = 0;
	if (eduind_format_decimal(v, decimals, buf, size) != EDUIND_OK)
		snprintf(buf, size, "%g", v);
}

void svg_chart(textbuf *out, const chart_spec *spec)
{
	scale s;
	int have = 0;
	double lo = INFINITY, hi = -INFINITY;
	s.x0 = INFINITY;
	s.x1 = -INFINITY;
	for (size_t i = 0; i < spec->n_points; i++) {
		if (!isfinite(spec->points[i].value))
			continue;
		have++;
		lo = fmin(lo, spec->points[i].value);
		hi = fmax(hi, spec->points[i].value);
		s.x0 = fmin(s.x0, spec->points[i].year);
		s.x1 = fmax(s.x1, spec->points[i].year);
	}
	if (spec->has_target) {
		s.x0 = fmin(s.x0, spec->target_year);
		s.x1 = fmax(s.x1, spec->target_year);
		if (isfinite(spec->target)) {
			lo = fmin(lo, spec->target);
			hi = fmax(hi, spec->target);
		}
		if (isfinite(spec->target_high))
			hi = fmax(hi, spec->target_high);
	}
	if (!isfinite(s.x0)) {
		s.x0 = 0;
		s.x1 = 1;
	}
	if (s.x1 - s.x0 < 1) {
		s.x0 -= 1;
		s.x1 += 1;
	}
	if (!isfinite(lo)) {
		lo = 0;
		hi = 1;
	}
	s.bars = have == 1;
	if (s.bars || lo >= 0) {
		/* Bars start at zero; so do lines whose values are all near the same scale as 0. */
		if (s.bars || lo < (hi - lo) * 0.8)
			lo = fmin(lo, 0);
	}
	if (hi - lo <= 0) {
		double pad = fabs(hi) > 0 ? fabs(hi) * 0.1 : 1;
		lo -= pad;
		hi += pad;
	}
	double pad = (hi - lo) * 0.12;
	if (lo != 0)
		lo -= pad;
	hi += pad;
	double step = nice_step(hi - lo);
	s.y0 = floor(lo / step) * step;
	s.y1 = ceil(hi / step) * step;
	if (lo >= 0 && s.y0 < 0)
		s.y0 = 0;
	if (spec->percent && hi - pad <= 100 && s.y1 > 100) {
		s.y1 = 100;
		step = nice_step(s.y1 - s.y0);
	}

	const char *colour = series_colour(spec->verdict);
	tb_printf(out, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" "
	          "aria-label=\"", W, H, W, H);
	tb_html(out, spec->title);
	tb_add(out, "\" font-family=\"sans-serif\" font-size=\"12\">\n<title>");
	tb_html(out, spec->title);
	tb_add(out, "</title>\n");
	tb_printf(out, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", W, H);

	/* Horizontal grid and value ticks. */
	for (double v = s.y0; v <= s.y1 + step * 1e-6; v += step) {
		char label[48];
		tick_label(label, sizeof label, v, step);
		double y = sy(&s, v);
		tb_printf(out, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d0d7de\" "
		          "stroke-width=\"1\"/>\n", ML, y, W - MR, y);
		tb_printf(out, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#57606a\">%s</text>\n",
		          ML - 6, y + 4, label);
	}
	/* Year axis. */
	int y0 = (int)s.x0, y1 = (int)s.x1;
	int every = (y1 - y0) > 12 ? (y1 - y0 + 11) / 12 : 1;
	tb_printf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#57606a\"/>\n", ML, H - MB,
	          W - MR, H - MB);
	for (int year = y0; year <= y1; year += every) {
		tb_printf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#57606a\">%d</text>\n",
		          sx(&s, year), H - MB + 16, year);
	}

	if (spec->has_target) {
		double tx = sx(&s, spec->target_year);
		/* The target year: a dotted vertical line. */
		tb_printf(out, "<line class=\"target-year\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
		          "stroke=\"#8250df\" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>\n",
		          tx, MT - 8, tx, H - MB);
		if (isfinite(spec->target) && isfinite(spec->target_high)) {
			double ya = sy(&s, spec->target_high), yb = sy(&s, spec->target);
			tb_printf(out, "<rect class=\"target-band\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" "
			          "fill=\"#8250df\" fill-opacity=\"0.10\"/>\n", ML, ya, W - MR - ML, yb - ya);
		}
		if (isfinite(spec->target)) {
			double ty = sy(&s, spec->target);
			tb_printf(out, "<line class=\"target\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
			          "stroke=\"#8250df\" stroke-width=\"2\" stroke-dasharray=\"7 5\"/>\n",
			          ML, ty, W - MR, ty);
			tb_printf(out, "<path class=\"target-mark\" d=\"M%.1f %.1f l6 6 l-6 6 l-6 -6 z\" "
			          "fill=\"#ffffff\" stroke=\"#8250df\" stroke-width=\"2\"/>\n", tx, ty - 6);
		}
		/* The label sits at the top, on the side of the target year with room for it. */
		int right = tx > W / 2;
		tb_printf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\" fill=\"#8250df\" font-weight=\"bold\">",
		          right ? tx - 6 : tx + 6, 16, right ? "end" : "start");
		tb_html(out, spec->target_label ? spec->target_label : "");
		tb_add(out, "</text>\n");
	}

	if (s.bars) {
		for (size_t i = 0; i < spec->n_points; i++) {
			const chart_point *p = &spec->points[i];
			if (!isfinite(p->value))
				continue;
			double x = sx(&s, p->year), y = sy(&s, p->value), base = sy(&s, fmax(s.y0, 0));
			double top = fmin(y, base), h = fabs(base - y);
			tb_printf(out, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"36\" height=\"%.1f\" "
			          "fill=\"%s\"/>\n", x - 18, top, h, colour);
			tb_printf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#24292f\">", x, top - 5);
			tb_html(out, p->label);
			tb_add(out, "</text>\n");
		}
	} else if (have > 0) {
		tb_printf(out, "<polyline class=\"series\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" "
		          "points=\"", colour);
		for (size_t i = 0; i < spec->n_points; i++) {
			const chart_point *p = &spec->points[i];
			if (isfinite(p->value))
				tb_printf(out, "%.1f,%.1f ", sx(&s, p->year), sy(&s, p->value));
		}
		tb_add(out, "\"/>\n");
		for (size_t i = 0; i < spec->n_points; i++) {
			const chart_point *p = &spec->points[i];
			if (!isfinite(p->value))
				continue;
			double x = sx(&s, p->year), y = sy(&s, p->value);
			/* The label goes above the point unless the target line runs there. */
			double ly = y - 9;
			if (spec->has_target && isfinite(spec->target) && fabs(sy(&s, spec->target) - (y - 13)) < 9 &&
			    y + 20 < H - MB)
				ly = y + 18;
			tb_printf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n", x, y, colour);
			tb_printf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#24292f\">", x, ly);
			tb_html(out, p->label);
			tb_add(out, "</text>\n");
		}
	}
	if (have == 0) {
		tb_printf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#57606a\">no data</text>\n",
		          (ML + W - MR) / 2, (MT + H - MB) / 2);
	}
	tb_add(out, "</svg>\n");
}
