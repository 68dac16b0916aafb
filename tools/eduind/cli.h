/*
 * Shared declarations of the eduind command. The command is a client of the public
 * libeduind API only: nothing here includes a private library header.
 */
#ifndef EDUIND_CLI_H
#define EDUIND_CLI_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <eduind/eduind.h>

/* Exit codes (documented in docs/cli.md and docs/eduind.1). */
enum {
	CLI_OK = 0,        /* everything fine */
	CLI_FAILED = 1,    /* eval: a binding or expected target is not met; check: problems found */
	CLI_USAGE = 2,     /* bad command line */
	CLI_INPUT = 3,     /* bad input: file, parse, schema, formula, unknown code, calculation */
	CLI_INTERNAL = 4   /* out of memory or an internal error */
};

#if defined(__GNUC__)
#define CLI_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define CLI_PRINTF(f, a)
#endif

/* ---- text buffer (buf.c): everything is rendered in memory, then written at once ---- */

typedef struct textbuf {
	char *data;
	size_t len;
	size_t cap;
	int failed;        /* an allocation failed; the content is incomplete */
} textbuf;

void tb_init(textbuf *b);
void tb_free(textbuf *b);
void tb_addn(textbuf *b, const char *s, size_t n);
void tb_add(textbuf *b, const char *s);
void tb_addc(textbuf *b, char c);
void tb_printf(textbuf *b, const char *fmt, ...) CLI_PRINTF(2, 3);
void tb_html(textbuf *b, const char *s);   /* escapes & < > " ' */
void tb_json(textbuf *b, const char *s);   /* a quoted JSON string; NULL -> null */
void tb_csv(textbuf *b, const char *s);    /* a CSV field, quoted when needed */
void tb_md(textbuf *b, const char *s);     /* a Markdown table cell (| and newlines escaped) */
void tb_json_number(textbuf *b, double v); /* 17 significant digits; NaN/Inf -> null */
void tb_repeat(textbuf *b, const char *s, size_t times);

/* ---- command-line options (args.c) ------------------------------------------------ */

#define CLI_MAX_REPEAT 16

typedef struct cli_opt {
	const char *name;     /* long name without dashes */
	const char *alias;    /* another accepted name, or NULL */
	int has_value;        /* 1: --name VALUE / --name=VALUE; 0: a flag */
	const char *value;    /* parsed value (the last one wins); "1" for a given flag */
	int seen;
	const char *all[CLI_MAX_REPEAT]; /* every value given, in order (for repeatable options) */
	size_t n_all;
} cli_opt;

/*
 * Parses argv[0..argc-1] (no program or subcommand name). Positional arguments go to
 * pos (at most max_pos). On error writes one line to err and returns -1.
 */
int args_parse(int argc, char **argv, cli_opt *opts, size_t n_opts, const char **pos,
               size_t max_pos, size_t *n_pos, char *err, size_t err_size);
cli_opt *args_find(cli_opt *opts, size_t n_opts, const char *name);
const char *args_value(cli_opt *opts, size_t n_opts, const char *name);
int args_flag(cli_opt *opts, size_t n_opts, const char *name);
/* Strict number parsing: whole text, finite. Returns 0 or -1. */
int args_number(const char *text, double *out);
int args_int(const char *text, long min, long max, long *out);
/* A comma-separated list of numbers. *out is malloc'ed. Returns 0 or -1 (err filled). */
int args_number_list(const char *text, double **out, size_t *n, char *err, size_t err_size);

/* ---- context shared by the subcommands (main.c) --------------------------------------- */

typedef enum cli_lang { CLI_LANG_BOTH = 0, CLI_LANG_ZH, CLI_LANG_EN } cli_lang;
typedef enum cli_format { CLI_FMT_TABLE = 0, CLI_FMT_CSV, CLI_FMT_JSON, CLI_FMT_MD, CLI_FMT_HTML } cli_format;

#define CLI_FMT_BIT(f) (1u << (f))

typedef struct cli_ctx {
	const char *command;       /* "eval", ... for messages */
	cli_lang lang;
	int lang_given;            /* --lang was on the command line */
	cli_format format;
	const char *output;        /* --output FILE or NULL for stdout */
	const char *catalog_path;  /* --catalog FILE or NULL for the built-in catalogue */
	const char *defs_path;     /* --defs FILE or NULL */
	int color;                 /* ANSI colours on stdout */
} cli_ctx;

/* An option table entry; the parser fills the rest. */
#define CLI_OPT(n, a, v) { .name = (n), .alias = (a), .has_value = (v) }

/* Options every subcommand accepts, placed first in each option table. */
#define CLI_COMMON_OPTS \
	CLI_OPT("help", "h", 0), \
	CLI_OPT("catalog", NULL, 1), \
	CLI_OPT("defs", NULL, 1), \
	CLI_OPT("lang", NULL, 1), \
	CLI_OPT("format", NULL, 1), \
	CLI_OPT("output", "o", 1), \
	CLI_OPT("color", NULL, 1)
#define CLI_N_COMMON 7

/*
 * Parses a subcommand's arguments, handles --help (prints usage, returns CLI_OK via
 * *done = 1) and fills ctx from the common options. formats is a CLI_FMT_BIT mask of the
 * formats the command supports. Returns CLI_OK or an exit code.
 */
int cli_parse(cli_ctx *ctx, int argc, char **argv, cli_opt *opts, size_t n_opts,
              const char **pos, size_t max_pos, size_t *n_pos, unsigned formats,
              const char *usage, int *done);

/* Prints "eduind: COMMAND: message" on stderr. */
void cli_error(const cli_ctx *ctx, const char *fmt, ...) CLI_PRINTF(2, 3);
/* Reports a library failure in one line; returns the exit code for it. */
int cli_lib_error(const cli_ctx *ctx, eduind_status st, const eduind_error *err, const char *file);
/* zh or en text as an expression, so printf formats stay literals for the compiler's checks. */
#define TR(ctx, zh, en) ((ctx)->lang == CLI_LANG_ZH ? (zh) : (en))
/* Picks zh or en text for the context's language (BOTH gives "zh en"-style callers zh). */
const char *cli_text(const cli_ctx *ctx, const char *zh, const char *en);
/* Indicator name in the context's language (falls back to the other one). */
const char *cli_indicator_name(const cli_ctx *ctx, const eduind_indicator *ind);
/* Resolves CLI_LANG_BOTH from the environment when the command needs one language. */
void cli_resolve_lang(cli_ctx *ctx);

/* ---- loading inputs with clear errors (load.c) ---------------------------------------- */

int load_catalog(const cli_ctx *ctx, eduind_catalog **out);
int load_dataset(const cli_ctx *ctx, const char *path, eduind_dataset **out);
/* Loads paths[0] and merges the others into it; columns (may be NULL) maps CSV headers. */
int load_datasets(const cli_ctx *ctx, const char *const *paths, size_t n, const char *columns,
                  eduind_dataset **out);

/* ---- CSV header maps (columns.c) ------------------------------------------------------ */

typedef struct column_map {
	eduind_csv_column_map *items;
	size_t n;
	char *storage;        /* the parsed JSON's strings */
} column_map;

/* Reads {"columns": {"header": "target", ...}} (members starting x_ or _ are notes). */
int column_map_load(const cli_ctx *ctx, const char *path, column_map *out);
void column_map_free(column_map *m);
int load_plan(const cli_ctx *ctx, const char *path, eduind_plan **out);
/* An unknown indicator code: one line with a suggestion; returns CLI_INPUT. */
int unknown_code(const cli_ctx *ctx, const eduind_catalog *cat, const char *code);

/* ---- output (output.c) ---------------------------------------------------------------- */

/* Writes the buffer to ctx->output atomically (temp file + rename) or to stdout. */
int output_write(const cli_ctx *ctx, const textbuf *b);

/* ---- progress on a terminal (progress.c) --------------------------------------------- */

typedef struct progress {
	int enabled;
	int total;
	int step;
} progress;

void progress_init(progress *p, int total);
void progress_step(progress *p, const char *what);
void progress_done(progress *p);

/* ---- terminal tables (render_table.c) ------------------------------------------------- */

typedef enum cell_style { STYLE_NONE = 0, STYLE_GOOD, STYLE_BAD, STYLE_WARN, STYLE_DIM, STYLE_BOLD } cell_style;

typedef struct table table;

table *table_new(size_t n_cols, const char *const *headers);
void table_free(table *t);
/* Right-aligns a column (numbers). */
void table_align_right(table *t, size_t col);
/* Limits a column's display width (longer text is cut with "…"). */
void table_max_width(table *t, size_t col, size_t width);
/* Adds a row of n_cols cells (copied; NULL is empty). Returns 0 or -1 (no memory). */
int table_add_row(table *t, const char *const *cells);
void table_style_cell(table *t, size_t col, cell_style style); /* on the last added row */
size_t table_rows(const table *t);
void table_render(const table *t, textbuf *out, int color);
/* Display width of UTF-8 text (East Asian wide characters count 2). */
size_t text_width(const char *s);

/* ---- the evaluated report (report.c) -------------------------------------------------- */

typedef struct report_row {
	const eduind_indicator *ind;
	const char *indicator;
	const char *entity;
	size_t *cells;        /* result index per period column, or (size_t)-1 */
	int any_value;        /* at least one period has a value */
} report_row;

typedef struct report {
	const cli_ctx *ctx;
	const eduind_catalog *cat;
	const eduind_dataset *ds;
	const eduind_plan *plan;          /* NULL without --plan */
	const eduind_results *res;
	const eduind_judgements *judg;    /* NULL without --plan */
	const eduind_findings *findings;  /* may be NULL */
	const char *data_path;
	const char *plan_path;
	int show_all;                     /* also rows without any value */
	int *periods;
	size_t n_periods;
	report_row *rows;
	size_t n_rows;
	size_t n_rows_empty;              /* rows without any value */
	size_t n_met, n_not_met, n_pending, n_no_data, n_gate_failed;
} report;

int report_build(report *r);
void report_free(report *r);
/* Display text of a result (value as printed, or "-"/"—" for none). */
const char *report_display(const report *r, size_t result_index, const char *none);
/* Entity display name in the context's language, falling back to the id. */
const char *report_entity_name(const report *r, const char *entity);
/* "≥ 98.2%"-style text of a judged target; ascii selects ">=" spellings. */
void report_target_text(const report *r, const eduind_judgement *j, char *buf, size_t size, int ascii);
/* "met", "NOT MET" ... in the context's language. */
const char *report_verdict_text(const report *r, eduind_verdict v);
const char *report_binding_text(const report *r, eduind_binding b);
const char *report_progress_text(const report *r, eduind_progress p);
/* Formats a number with the indicator's unit and decimals ("-" when not finite). */
void report_format(const eduind_indicator *ind, double v, char *buf, size_t size);
/* Whether judgement j counts towards exit code 1. */
int report_gates(const eduind_judgement *j);

/* ---- renderers ----------------------------------------------------------------------- */

int render_table(const report *r, textbuf *out);
int render_csv(const report *r, textbuf *out);
int render_json(const report *r, textbuf *out);
int render_md(const report *r, textbuf *out);
int render_html(const report *r, textbuf *out);

/* Inline SVG chart of one indicator over the years against its target (svg_chart.c). */
typedef struct chart_point {
	int year;
	double value;
	const char *label;        /* printed value */
} chart_point;

typedef struct chart_spec {
	const char *title;
	const chart_point *points;
	size_t n_points;
	int has_target;           /* draws the target line and marks the target year */
	int target_year;
	double target;            /* NaN: no level (increase / not_decrease) */
	double target_high;       /* NaN unless between */
	const char *target_label; /* "target 2025: ≥ 98.2%" */
	int verdict;              /* eduind_verdict or -1 */
	int percent;              /* values are percentages: the axis stops at 100 when they do */
} chart_spec;

void svg_chart(textbuf *out, const chart_spec *spec);

/* ---- subcommands ---------------------------------------------------------------------- */

int cmd_list(cli_ctx *ctx, int argc, char **argv);
int cmd_show(cli_ctx *ctx, int argc, char **argv);
int cmd_eval(cli_ctx *ctx, int argc, char **argv);
int cmd_check(cli_ctx *ctx, int argc, char **argv);
int cmd_calc(cli_ctx *ctx, int argc, char **argv);

#endif /* EDUIND_CLI_H */
