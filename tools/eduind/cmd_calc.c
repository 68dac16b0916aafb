/* eduind calc KIND --arg value ...: one official calculation, printed as publications
 * print it (eduind_format). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define MAX_ARGS 6

typedef struct calc_kind {
	const char *name;
	const char *summary;
	const char *required[MAX_ARGS];   /* numeric options that must be given */
	const char *optional[MAX_ARGS];   /* numeric options (or flags, see below) that may be */
	const char *aliases[MAX_ARGS][2]; /* { option, alias } */
	eduind_unit unit;
	int decimals;
} calc_kind;

static const calc_kind kinds[] = {
	{ "ratio", "num / den * scale", { "num", "den" }, { "scale" }, { { NULL, NULL } },
	  EDUIND_UNIT_NUMBER, 2 },
	{ "ger", "gross enrolment ratio (毛入学率) = enrolled / population of official age * 100",
	  { "enrolled", "population" }, { NULL }, { { NULL, NULL } }, EDUIND_UNIT_PERCENT, 2 },
	{ "ner", "net enrolment rate (净入学率) = enrolled of official age / population of that age * 100",
	  { "enrolled", "population" }, { NULL }, { { NULL, NULL } }, EDUIND_UNIT_PERCENT, 2 },
	{ "ptr", "pupil:teacher ratio (生师比) = pupils / teachers, printed x:1",
	  { "pupils", "teachers" }, { NULL }, { { NULL, NULL } }, EDUIND_UNIT_RATIO, 2 },
	{ "consolidation", "consolidation rate (巩固率) = graduates / grade-1 cohort * 100; "
	  "with transfers/deaths the county-practice adjusted form",
	  { "graduates", "cohort" }, { "transfers-in", "transfers-out", "deaths" }, { { NULL, NULL } },
	  EDUIND_UNIT_PERCENT, 2 },
	{ "transition", "transition rate (升学率) = entrants to the next level / graduates * 100",
	  { "entrants", "graduates" }, { NULL }, { { NULL, NULL } }, EDUIND_UNIT_PERCENT, 2 },
	{ "dual", "\"双师型\" teacher share = dual-qualified / specialised-course teachers * 100",
	  { "dual", "specialised" }, { NULL }, { { "specialised", "specialized" } }, EDUIND_UNIT_PERCENT, 2 },
	{ "growth", "growth rate = (current / previous - 1) * 100", { "previous", "current" }, { NULL },
	  { { NULL, NULL } }, EDUIND_UNIT_PERCENT, 2 },
	{ "per-pupil-growth", "growth of spending per pupil (生均经费增长)",
	  { "spend-prev", "pupils-prev", "spend-cur", "pupils-cur" }, { NULL }, { { NULL, NULL } },
	  EDUIND_UNIT_PERCENT, 2 },
	{ "cagr", "compound annual growth = ((end / start)^(1/years) - 1) * 100",
	  { "start", "end", "years" }, { NULL }, { { NULL, NULL } }, EDUIND_UNIT_PERCENT, 2 },
	{ "required-growth", "annual growth still needed from current to target in years",
	  { "current", "target", "years" }, { NULL }, { { NULL, NULL } }, EDUIND_UNIT_PERCENT, 2 },
	{ "gpi", "gender parity index = female / male (--adjusted: UIS adjusted GPI)",
	  { "female", "male" }, { "adjusted" }, { { NULL, NULL } }, EDUIND_UNIT_COEFFICIENT, 2 },
	{ "round", "rounds half away from zero on the decimal value (16.975 -> 16.98)",
	  { "value", "decimals" }, { NULL }, { { NULL, NULL } }, EDUIND_UNIT_NUMBER, -1 },
	{ "cv", "coefficient of variation (population form); --weights for the weighted form",
	  { "values" }, { "weights" }, { { NULL, NULL } }, EDUIND_UNIT_COEFFICIENT, 2 },
	{ "balance-cv", "MoE 差异系数: schools' resources and enrolments, weighted by enrolment",
	  { "resource", "students" }, { "per" }, { { "resource", "values" }, { "students", "weights" } },
	  EDUIND_UNIT_COEFFICIENT, 2 },
	{ "share-at-least", "share (%) of sizes >= threshold, e.g. classes of 56 or more (大班额)",
	  { "sizes", "threshold" }, { NULL }, { { "sizes", "values" } }, EDUIND_UNIT_PERCENT, 2 },
};

#define N_KINDS (sizeof kinds / sizeof kinds[0])

static int is_list_option(const char *name)
{
	return strcmp(name, "values") == 0 || strcmp(name, "weights") == 0 ||
	       strcmp(name, "resource") == 0 || strcmp(name, "students") == 0 ||
	       strcmp(name, "sizes") == 0;
}

static void print_usage(const calc_kind *k)
{
	if (!k) {
		printf("Usage: eduind calc KIND --ARG VALUE ... [--decimals N] [--format table|json]\n"
		       "\nOne calculation, printed as publications print it.\n"
		       "Example: eduind calc ptr --pupils 54005 --teachers 5307   ->  10.18:1\n\nKinds:\n");
		for (size_t i = 0; i < N_KINDS; i++) {
			printf("  %-17s", kinds[i].name);
			for (size_t a = 0; a < MAX_ARGS && kinds[i].required[a]; a++)
				printf(" --%s N", kinds[i].required[a]);
			for (size_t a = 0; a < MAX_ARGS && kinds[i].optional[a]; a++)
				printf(strcmp(kinds[i].optional[a], "adjusted") == 0 ? " [--%s]" : " [--%s N]",
				       kinds[i].optional[a]);
			printf("\n");
		}
		printf("\nLists are comma-separated (--values 1,2,3). 'eduind calc KIND --help' explains a kind.\n"
		       "Options: --decimals N (0-15) overrides the published rounding; --format json prints\n"
		       "{\"kind\",\"value\",\"display\",\"unit\",\"decimals\"}.\n"
		       "Exit status: 0 ok, 2 usage error, 3 the calculation is undefined for these inputs.\n");
		return;
	}
	printf("Usage: eduind calc %s", k->name);
	for (size_t a = 0; a < MAX_ARGS && k->required[a]; a++)
		printf(" --%s %s", k->required[a], is_list_option(k->required[a]) ? "N,N,..." : "N");
	for (size_t a = 0; a < MAX_ARGS && k->optional[a]; a++) {
		if (strcmp(k->optional[a], "adjusted") == 0)
			printf(" [--adjusted]");
		else
			printf(" [--%s %s]", k->optional[a], is_list_option(k->optional[a]) ? "N,N,..." : "N");
	}
	printf(" [--decimals N] [--format table|json]\n\n%s\n", k->summary);
	for (size_t a = 0; a < MAX_ARGS && k->aliases[a][0]; a++)
		printf("--%s may also be spelled --%s.\n", k->aliases[a][0], k->aliases[a][1]);
	printf("Printed with unit '%s'", eduind_unit_name(k->unit));
	if (k->decimals >= 0)
		printf(" and %d decimals", k->decimals);
	printf(".\n");
}

static const char *alias_of(const calc_kind *k, const char *name)
{
	for (size_t a = 0; a < MAX_ARGS && k->aliases[a][0]; a++) {
		if (strcmp(k->aliases[a][0], name) == 0)
			return k->aliases[a][1];
	}
	return NULL;
}

typedef struct calc_inputs {
	cli_opt *opts;
	size_t n;
} calc_inputs;

static double num(const calc_inputs *in, const char *name, double fallback)
{
	const char *v = args_value(in->opts, in->n, name);
	double d;
	if (!v || args_number(v, &d) != 0)
		return fallback;
	return d;
}

/* Runs the calculation. Lists are parsed beforehand into lists[]. */
static eduind_status compute(const calc_kind *k, const calc_inputs *in, double *const *lists,
                             const size_t *list_n, double *out)
{
	const char *n = k->name;
	if (strcmp(n, "ratio") == 0)
		return eduind_ratio(num(in, "num", NAN), num(in, "den", NAN), num(in, "scale", 1), out);
	if (strcmp(n, "ger") == 0)
		return eduind_gross_enrolment_ratio(num(in, "enrolled", NAN), num(in, "population", NAN), out);
	if (strcmp(n, "ner") == 0)
		return eduind_net_enrolment_rate(num(in, "enrolled", NAN), num(in, "population", NAN), out);
	if (strcmp(n, "ptr") == 0)
		return eduind_pupil_teacher_ratio(num(in, "pupils", NAN), num(in, "teachers", NAN), out);
	if (strcmp(n, "consolidation") == 0) {
		int adjusted = args_flag(in->opts, in->n, "transfers-in") ||
		               args_flag(in->opts, in->n, "transfers-out") || args_flag(in->opts, in->n, "deaths");
		if (adjusted)
			return eduind_consolidation_rate_adjusted(num(in, "graduates", NAN), num(in, "cohort", NAN),
			                                          num(in, "transfers-in", 0),
			                                          num(in, "transfers-out", 0), num(in, "deaths", 0), out);
		return eduind_consolidation_rate(num(in, "graduates", NAN), num(in, "cohort", NAN), out);
	}
	if (strcmp(n, "transition") == 0)
		return eduind_transition_rate(num(in, "entrants", NAN), num(in, "graduates", NAN), out);
	if (strcmp(n, "dual") == 0)
		return eduind_dual_qualified_share(num(in, "dual", NAN), num(in, "specialised", NAN), out);
	if (strcmp(n, "growth") == 0)
		return eduind_growth_rate(num(in, "previous", NAN), num(in, "current", NAN), out);
	if (strcmp(n, "per-pupil-growth") == 0)
		return eduind_per_pupil_growth(num(in, "spend-prev", NAN), num(in, "pupils-prev", NAN),
		                               num(in, "spend-cur", NAN), num(in, "pupils-cur", NAN), out);
	if (strcmp(n, "cagr") == 0)
		return eduind_cagr(num(in, "start", NAN), num(in, "end", NAN), num(in, "years", NAN), out);
	if (strcmp(n, "required-growth") == 0)
		return eduind_required_growth(num(in, "current", NAN), num(in, "target", NAN),
		                              num(in, "years", NAN), out);
	if (strcmp(n, "gpi") == 0)
		return eduind_gpi(num(in, "female", NAN), num(in, "male", NAN),
		                  args_flag(in->opts, in->n, "adjusted"), out);
	if (strcmp(n, "round") == 0)
		return eduind_round(num(in, "value", NAN), (int)num(in, "decimals", 0), out);
	if (strcmp(n, "cv") == 0) {
		if (lists[1] && list_n[1] != list_n[0])
			return EDUIND_EINVAL;
		return eduind_cv(lists[0], lists[1], list_n[0], out);
	}
	if (strcmp(n, "balance-cv") == 0) {
		if (list_n[1] != list_n[0])
			return EDUIND_EINVAL;
		return eduind_balance_cv(lists[0], lists[1], list_n[0], num(in, "per", 1), out);
	}
	if (strcmp(n, "share-at-least") == 0)
		return eduind_share_at_least(lists[0], list_n[0], num(in, "threshold", NAN), out);
	return EDUIND_EINVAL;
}

int cmd_calc(cli_ctx *ctx, int argc, char **argv)
{
	/* The kind is the first word that is not an option. */
	const calc_kind *k = NULL;
	int kind_at = -1;
	for (int i = 0; i < argc; i++) {
		if (argv[i][0] != '-') {
			kind_at = i;
			break;
		}
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			print_usage(NULL);
			return CLI_OK;
		}
	}
	if (kind_at < 0) {
		cli_error(ctx, "which calculation? e.g. 'eduind calc ptr --pupils 54005 --teachers 5307'");
		fputs("Try 'eduind calc --help'.\n", stderr);
		return CLI_USAGE;
	}
	for (size_t i = 0; i < N_KINDS; i++) {
		if (strcmp(kinds[i].name, argv[kind_at]) == 0)
			k = &kinds[i];
	}
	if (!k) {
		cli_error(ctx, "unknown calculation '%s'", argv[kind_at]);
		fputs("Try 'eduind calc --help' for the list.\n", stderr);
		return CLI_USAGE;
	}

	/* The option table: common options, then this kind's arguments. */
	cli_opt opts[CLI_N_COMMON + 1 + 2 * MAX_ARGS] = { CLI_COMMON_OPTS, CLI_OPT("decimals", NULL, 1) };
	size_t n = CLI_N_COMMON + 1;
	for (size_t a = 0; a < MAX_ARGS && k->required[a]; a++) {
		if (strcmp(k->required[a], "decimals") == 0)
			continue;
		opts[n++] = (cli_opt)CLI_OPT(k->required[a], alias_of(k, k->required[a]), 1);
	}
	for (size_t a = 0; a < MAX_ARGS && k->optional[a]; a++) {
		int flag = strcmp(k->optional[a], "adjusted") == 0;
		opts[n++] = (cli_opt)CLI_OPT(k->optional[a], alias_of(k, k->optional[a]), !flag);
	}
	/* Arguments without the kind word. */
	char **rest = malloc((size_t)argc * sizeof *rest);
	if (!rest) {
		cli_error(ctx, "out of memory");
		return CLI_INTERNAL;
	}
	int n_rest = 0;
	for (int i = 0; i < argc; i++) {
		if (i != kind_at)
			rest[n_rest++] = argv[i];
	}
	char usage_name[64];
	snprintf(usage_name, sizeof usage_name, "calc %s", k->name);
	cli_ctx sub = *ctx;
	sub.command = usage_name;
	size_t n_pos;
	const char *pos[1];
	int done;
	/* --help is handled here so it can print the kind's own usage. */
	int rc = cli_parse(&sub, n_rest, rest, opts, n, pos, 0, &n_pos,
	                   CLI_FMT_BIT(CLI_FMT_TABLE) | CLI_FMT_BIT(CLI_FMT_JSON), "", &done);
	free(rest);
	if (rc != CLI_OK)
		return rc;
	if (done) {
		print_usage(k);
		return CLI_OK;
	}
	calc_inputs in = { opts, n };

	/* Every required argument present, every number a number. */
	for (size_t a = 0; a < MAX_ARGS && k->required[a]; a++) {
		if (!args_value(opts, n, k->required[a])) {
			cli_error(&sub, "missing --%s (see 'eduind calc %s --help')", k->required[a], k->name);
			return CLI_USAGE;
		}
	}
	double *lists[2] = { NULL, NULL };
	size_t list_n[2] = { 0, 0 };
	for (size_t i = CLI_N_COMMON; i < n; i++) {
		if (!opts[i].seen || !opts[i].has_value)
			continue;
		if (is_list_option(opts[i].name)) {
			char err[200];
			/* The kind's first list is lists[0] (values), the other lists[1] (weights). */
			int slot = strcmp(opts[i].name, k->required[0]) == 0 ? 0 : 1;
			if (args_number_list(opts[i].value, &lists[slot], &list_n[slot], err, sizeof err) != 0) {
				cli_error(&sub, "--%s: %s", opts[i].name, err);
				free(lists[0]);
				free(lists[1]);
				return CLI_USAGE;
			}
			continue;
		}
		double d;
		if (args_number(opts[i].value, &d) != 0) {
			cli_error(&sub, "--%s: '%s' is not a number", opts[i].name, opts[i].value);
			free(lists[0]);
			free(lists[1]);
			return CLI_USAGE;
		}
	}
	int decimals = k->decimals;
	const char *dec_text = args_value(opts, n, "decimals");
	if (dec_text) {
		long d;
		if (args_int(dec_text, 0, 15, &d) != 0) {
			cli_error(&sub, "--decimals must be a whole number from 0 to 15, not '%s'", dec_text);
			free(lists[0]);
			free(lists[1]);
			return CLI_USAGE;
		}
		decimals = (int)d;
	}
	if (decimals < 0)
		decimals = 15;

	double value = NAN;
	eduind_status st = compute(k, &in, lists, list_n, &value);
	int mismatch = st == EDUIND_EINVAL && lists[0] && lists[1] && list_n[0] != list_n[1];
	size_t n0 = list_n[0], n1 = list_n[1];
	free(lists[0]);
	free(lists[1]);
	if (st != EDUIND_OK) {
		if (mismatch)
			cli_error(&sub, "the two lists have different lengths (%zu and %zu)", n0, n1);
		else
			cli_error(&sub, "cannot calculate: %s", eduind_status_str(st));
		return CLI_INPUT;
	}
	char text[128];
	st = eduind_format(value, decimals, k->unit, text, sizeof text);
	if (st != EDUIND_OK) {
		cli_error(&sub, "cannot format the result: %s", eduind_status_str(st));
		return CLI_INPUT;
	}
	textbuf b;
	tb_init(&b);
	if (sub.format == CLI_FMT_JSON) {
		tb_add(&b, "{\"kind\": ");
		tb_json(&b, k->name);
		tb_add(&b, ", \"value\": ");
		tb_json_number(&b, value);
		tb_add(&b, ", \"display\": ");
		tb_json(&b, text);
		tb_add(&b, ", \"unit\": ");
		tb_json(&b, eduind_unit_name(k->unit));
		tb_printf(&b, ", \"decimals\": %d}\n", decimals);
	} else {
		tb_add(&b, text);
		tb_addc(&b, '\n');
	}
	rc = output_write(&sub, &b);
	tb_free(&b);
	return rc;
}
