/* Throughput of eduind_evaluate on a synthetic county system: N schools (children of
 * N/1000 counties), 8 variables over 2 school years, a catalogue of 40 formulas
 * (ratios, proportions, growth with [-1], if/coalesce, children aggregates).
 * Prints cells/s and peak RSS, and exports the data for bench_numpy.py.
 * Usage: bench_eval [schools] [export.bin or ""] [runs, default 3] */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include "eduind/eduind.h"

#define SCHOOLS_PER_COUNTY 1000
#define N_VARS 8
static const char *vars[N_VARS] = { "pupils", "teachers", "girls", "classes", "books", "area", "spend", "repeaters" };

/* name, kind, numerator or formula, denominator, unit, decimals */
static const char *defs[][6] = {
	{ "ptr", "ratio", "pupils", "teachers", "ratio", "2" },
	{ "girls.share", "proportion", "girls", "pupils", "percent", "1" },
	{ "class.size", "ratio", "pupils", "classes", "number", "1" },
	{ "books.pp", "ratio", "books", "pupils", "number", "2" },
	{ "area.pp", "ratio", "area", "pupils", "m2", "2" },
	{ "spend.pp", "ratio", "spend", "pupils", "yuan", "0" },
	{ "teachers.per100", "ratio", "teachers", "pupils", "per100", "2" },
	{ "repetition", "proportion", "repeaters", "pupils", "percent", "2" },
	{ "girls.per.class", "ratio", "girls", "classes", "number", "1" },
	{ "spend.per.teacher", "ratio", "spend", "teachers", "yuan", "0" },
	{ "growth.pupils", "value", "growth(pupils[-1], pupils)", "", "percent", "1" },
	{ "growth.teachers", "value", "growth(teachers[-1], teachers)", "", "percent", "1" },
	{ "growth.spend", "value", "growth(spend[-1], spend)", "", "percent", "1" },
	{ "growth.books", "value", "growth(books[-1], books)", "", "percent", "1" },
	{ "ptr.change", "value", "ptr - ptr[-1]", "", "number", "2" },
	{ "big.class", "value", "if(pupils / classes >= 56, 1, 0)", "", "boolean", "0" },
	{ "repetition.or0", "value", "coalesce(repeaters, 0) / pupils * 100", "", "percent", "2" },
	{ "ptr.excess", "value", "if(ptr > 20, ptr - 20, 0)", "", "number", "2" },
	{ "teacher.gap", "value", "max(pupils - teachers * 19, 0)", "", "count", "0" },
	{ "sum.parts", "value", "sum(girls, repeaters, classes)", "", "count", "0" },
	{ "pupils.change", "value", "abs(pupils - pupils[-1])", "", "count", "0" },
	{ "books.capped", "value", "min(books / pupils, 50)", "", "number", "2" },
	{ "spend.k", "value", "ratio(spend, pupils * 1000, 100)", "", "number", "3" },
	{ "gpi", "value", "gpi(girls, pupils - girls)", "", "coefficient", "3" },
	{ "gpi.adj", "value", "gpi_adj(girls, pupils - girls)", "", "coefficient", "3" },
	{ "cagr.pupils", "value", "cagr(pupils[-1], pupils, 1)", "", "percent", "2" },
	{ "resources", "value", "(books + area) / (pupils + teachers)", "", "number", "2" },
	{ "boys", "value", "pupils * 2 - girls - pupils", "", "count", "0" },
	{ "flags", "value", "not (teachers > 0) + (classes == 0)", "", "number", "0" },
	{ "ptr.sq", "value", "ptr * ptr", "", "number", "1" },
	{ "c.pupils", "value", "children_sum(pupils)", "", "count", "0" },
	{ "c.teachers", "value", "children_sum(teachers)", "", "count", "0" },
	{ "c.big", "value", "children_count(pupils / classes >= 56)", "", "count", "0" },
	{ "c.big.share", "value", "children_share(pupils / classes >= 56)", "", "percent", "1" },
	{ "c.mean", "value", "children_mean(pupils)", "", "number", "1" },
	{ "c.cv.books", "value", "children_cv(books / pupils, pupils)", "", "coefficient", "3" },
	{ "c.bcv.books", "value", "children_balance_cv(books, pupils, 1)", "", "coefficient", "3" },
	{ "c.bcv.area", "value", "children_balance_cv(area, pupils, 100)", "", "coefficient", "3" },
	{ "c.bcv.teachers", "value", "children_balance_cv(teachers, pupils, 100)", "", "coefficient", "3" },
	{ "c.spend.pp", "value", "children_sum(spend) / children_sum(pupils)", "", "yuan", "0" },
};
#define N_DEFS (sizeof defs / sizeof defs[0])

static unsigned long long rng = 88172645463325252ULL;
static double uniform(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (double)(rng >> 11) / 9007199254740992.0;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double cpu_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void user_sys(double *user, double *sys)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	*user = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6;
	*sys = (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec * 1e-6;
}

static long peak_rss_kb(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* Resident and peak resident memory from /proc (kB, -1 where not available). Writing 5
 * to /proc/self/clear_refs resets the peak, so the peak of the evaluation alone can be
 * told apart from that of building the data. */
static long proc_kb(const char *field)
{
	char line[256];
	long kb = -1;
	size_t len = strlen(field);
	FILE *f = fopen("/proc/self/status", "r");
	if (f == NULL)
		return -1;
	while (fgets(line, sizeof line, f) != NULL)
		if (strncmp(line, field, len) == 0 && line[len] == ':')
			kb = strtol(line + len + 1, NULL, 10);
	fclose(f);
	return kb;
}

static int reset_peak(void)
{
	FILE *f = fopen("/proc/self/clear_refs", "w");
	int ok = f != NULL && fputs("5", f) >= 0;
	if (f != NULL)
		ok &= fclose(f) == 0;
	return ok;
}

static char *catalogue_json(void)
{
	size_t cap = 65536, i;
	char *s = malloc(cap), *p = s;
	p += sprintf(p, "{\"format\":\"eduind-catalog\",\"version\":1,\"variables\":[");
	for (i = 0; i < N_VARS; i++)
		p += sprintf(p, "%s{\"code\":\"%s\",\"name\":{\"zh\":\"%s\",\"en\":\"%s\"},\"unit\":\"count\"}", i ? "," : "",
		             vars[i], vars[i], vars[i]);
	p += sprintf(p, "],\"indicators\":[");
	for (i = 0; i < N_DEFS; i++) {
		p += sprintf(p, "%s{\"code\":\"%s\",\"name\":{\"zh\":\"x\",\"en\":\"x\"},\"kind\":\"%s\",", i ? "," : "",
		             defs[i][0], defs[i][1]);
		if (strcmp(defs[i][1], "value") == 0)
			p += sprintf(p, "\"formula\":\"%s\",", defs[i][2]);
		else
			p += sprintf(p, "\"numerator\":\"%s\",\"denominator\":\"%s\",", defs[i][2], defs[i][3]);
		p += sprintf(p, "\"unit\":\"%s\",\"decimals\":%s,\"source\":{\"document\":\"bench\",\"section\":\"-\"}}",
		             defs[i][4], defs[i][5]);
	}
	sprintf(p, "]}");
	return s;
}

int main(int argc, char **argv)
{
	size_t n = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 1000000;
	const char *export_path = argc > 2 && argv[2][0] ? argv[2] : NULL;
	int runs = argc > 3 ? atoi(argv[3]) : 3;
	size_t counties = (n + SCHOOLS_PER_COUNTY - 1) / SCHOOLS_PER_COUNTY, i, v, y;
	double *data = malloc(sizeof(double) * N_VARS * 2 * n);
	eduind_catalog *cat = NULL;
	eduind_dataset *ds = NULL;
	eduind_results *res = NULL;
	eduind_eval_options o = EDUIND_EVAL_OPTIONS_INIT;
	eduind_error err;
	char id[64], parent[32], *json = catalogue_json();
	double t0, t1, c0, c1, d0, d1;
	long rss_data, rss_input, peak_eval;
	int peak_known;
	size_t values = 0, ok = 0;

	if (data == NULL)
		return 1;
	if (eduind_catalog_load_string(&cat, json, strlen(json), &err) != EDUIND_OK) {
		fprintf(stderr, "catalogue: %s %s\n", err.path, err.message);
		return 1;
	}
	free(json);
	/* data[(v * 2 + y) * n + i]; NaN = missing (0.5% of teachers and repeaters in 2020) */
	for (i = 0; i < n; i++) {
		for (y = 0; y < 2; y++) {
			double pupils = floor(100 + 1400 * uniform());
			double *d = data + i;
			d[(0 * 2 + y) * n] = pupils;
			d[(1 * 2 + y) * n] = floor(pupils / (12 + 10 * uniform())) + 1;
			d[(2 * 2 + y) * n] = floor(pupils * (0.4 + 0.2 * uniform()));
			d[(3 * 2 + y) * n] = floor(pupils / (30 + 30 * uniform())) + 1;
			d[(4 * 2 + y) * n] = floor(pupils * (10 + 30 * uniform()));
			d[(5 * 2 + y) * n] = floor(pupils * (3 + 5 * uniform()));
			d[(6 * 2 + y) * n] = floor(pupils * (8000 + 8000 * uniform()));
			d[(7 * 2 + y) * n] = floor(pupils * 0.02 * uniform());
			if (y == 1 && uniform() < 0.005)
				d[(1 * 2 + y) * n] = NAN;
			if (y == 1 && uniform() < 0.005)
				d[(7 * 2 + y) * n] = NAN;
		}
	}
	if (export_path != NULL) {
		FILE *f = fopen(export_path, "wb");
		if (f == NULL || fwrite(data, sizeof(double), N_VARS * 2 * n, f) != N_VARS * 2 * n)
			return 1;
		fclose(f);
	}
	t0 = now();
	eduind_dataset_new(&ds);
	for (i = 0; i < counties; i++) {
		snprintf(parent, sizeof parent, "c%zu", i);
		eduind_dataset_add_entity(ds, parent, NULL, NULL, NULL, "county");
	}
	for (i = 0; i < n; i++) {
		snprintf(parent, sizeof parent, "c%zu", i / SCHOOLS_PER_COUNTY);
		snprintf(id, sizeof id, "c%zu.s%zu", i / SCHOOLS_PER_COUNTY, i);
		eduind_dataset_add_entity(ds, id, parent, NULL, NULL, "primary");
		for (y = 0; y < 2; y++)
			for (v = 0; v < N_VARS; v++) {
				double x = data[(v * 2 + y) * n + i];
				eduind_dataset_set(ds, id, 2019 + (int)y, vars[v], NULL, isnan(x) ? 0 : x,
				                   isnan(x) ? EDUIND_STATE_MISSING : EDUIND_STATE_PRESENT);
				values++;
			}
	}
	t1 = now();
	rss_data = peak_rss_kb();
	printf("dataset: %zu schools, %zu counties, %zu values (%.1f MB as doubles), built in %.2f s, RSS %.1f MB\n", n,
	       counties, values, values * 8.0 / 1e6, t1 - t0, rss_data / 1024.0);
	free(data);
	rss_input = proc_kb("VmRSS");
	peak_known = reset_peak();

	o.period = 2020;
	o.record_inputs = 0;
	o.include_cells = 0;
	/* Several runs: the first shows the cost of fresh memory, the best and the median
	 * what repeated use costs on a host that may be busy. CPU time is split into user
	 * (the work) and system (mostly the kernel handing out zeroed pages). */
	{
		double cpu[64], wall[64], user[64], sys[64], order[64];
		int run, k, best = 0;
		if (runs < 1 || runs > 64)
			runs = 3;
		for (run = 0; run < runs; run++) {
			double u0, s0, u1, s1;
			eduind_results_free(res);
			res = NULL;
			t0 = now();
			c0 = cpu_now();
			user_sys(&u0, &s0);
			if (eduind_evaluate(&res, cat, ds, &o, &err) != EDUIND_OK) {
				fprintf(stderr, "evaluate: %s\n", err.message);
				return 1;
			}
			c1 = cpu_now();
			t1 = now();
			user_sys(&u1, &s1);
			cpu[run] = c1 - c0;
			wall[run] = t1 - t0;
			user[run] = u1 - u0;
			sys[run] = s1 - s0;
			if (cpu[run] < cpu[best])
				best = run;
		}
		for (run = 0; run < runs; run++) {
			/* insertion sort for the median */
			for (k = run; k > 0 && order[k - 1] > cpu[run]; k--)
				order[k] = order[k - 1];
			order[k] = cpu[run];
		}
		printf("runs:");
		for (run = 0; run < runs; run++)
			printf(" %.3f (user %.3f sys %.3f)", cpu[run], user[run], sys[run]);
		printf("\n");
		printf("LIBEDUIND_FIRST_SECONDS %.6f\n", cpu[0]);
		printf("LIBEDUIND_MEDIAN_SECONDS %.6f\n", order[runs / 2]);
		c0 = 0;
		c1 = cpu[best];
		t0 = 0;
		t1 = wall[best];
	}
	peak_eval = peak_known ? proc_kb("VmHWM") : -1;
	/* Reading every result back, with its display text (made on first read). */
	d0 = cpu_now();
	for (i = 0; i < eduind_results_count(res); i++) {
		eduind_result r;
		eduind_results_get(res, i, &r);
		ok += r.state == EDUIND_RESULT_OK;
	}
	d1 = cpu_now();
	printf("evaluate: %zu formulas, %zu results (%zu ok) in %.3f s CPU (%.3f s wall) = %.3g cells/s\n", N_DEFS,
	       eduind_results_count(res), ok, c1 - c0, t1 - t0, eduind_results_count(res) / (c1 - c0));
	printf("reading all results with display text: %.3f s CPU\n", d1 - d0);
	printf("peak RSS %.1f MB (dataset alone %.1f MB; raw input %.1f MB)\n", peak_rss_kb() / 1024.0,
	       rss_data / 1024.0, values * 8.0 / 1e6);
	if (rss_input > 0 && peak_eval > 0) {
		printf("memory: %.1f MB resident with the dataset loaded; peak while evaluating %.1f MB = %.2fx that\n",
		       rss_input / 1024.0, peak_eval / 1024.0, (double)peak_eval / (double)rss_input);
		printf("LIBEDUIND_INPUT_MB %.1f\nLIBEDUIND_EVAL_PEAK_MB %.1f\n", rss_input / 1024.0, peak_eval / 1024.0);
	}
	printf("LIBEDUIND_SECONDS %.6f\n", c1 - c0);
	eduind_results_free(res);
	eduind_dataset_free(ds);
	eduind_catalog_free(cat);
	return 0;
}
