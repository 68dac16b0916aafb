/* What every subcommand shares: option handling, error lines, language choice. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

void cli_error(const cli_ctx *ctx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (ctx && ctx->command)
		fprintf(stderr, "eduind: %s: ", ctx->command);
	else
		fputs("eduind: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

int cli_lib_error(const cli_ctx *ctx, eduind_status st, const eduind_error *err, const char *file)
{
	char text[1400];
	text[0] = '\0';
	if (err && err->status != EDUIND_OK)
		eduind_error_format(err, text, sizeof text);
	if (!text[0])
		snprintf(text, sizeof text, "%s", eduind_status_str(st));
	/* The library names the file when it read it; otherwise name it here. */
	if (file && (!err || !err->source[0] || strstr(text, file) != text))
		cli_error(ctx, "%s: %s", file, text);
	else
		cli_error(ctx, "%s", text);
	return st == EDUIND_ENOMEM ? CLI_INTERNAL : CLI_INPUT;
}

const char *cli_text(const cli_ctx *ctx, const char *zh, const char *en)
{
	return ctx->lang == CLI_LANG_ZH ? zh : en;
}

const char *cli_indicator_name(const cli_ctx *ctx, const eduind_indicator *ind)
{
	const char *zh = eduind_indicator_name_zh(ind);
	const char *en = eduind_indicator_name_en(ind);
	if (ctx->lang == CLI_LANG_ZH)
		return zh && *zh ? zh : en;
	return en && *en ? en : zh;
}

void cli_resolve_lang(cli_ctx *ctx)
{
	if (ctx->lang != CLI_LANG_BOTH)
		return;
	const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v) {
			ctx->lang = strncmp(v, "zh", 2) == 0 ? CLI_LANG_ZH : CLI_LANG_EN;
			return;
		}
	}
	ctx->lang = CLI_LANG_EN;
}

static const char *const format_names[] = { "table", "csv", "json", "md", "html" };

int cli_parse(cli_ctx *ctx, int argc, char **argv, cli_opt *opts, size_t n_opts,
              const char **pos, size_t max_pos, size_t *n_pos, unsigned formats,
              const char *usage, int *done)
{
	char err[512];
	*done = 0;
	if (args_parse(argc, argv, opts, n_opts, pos, max_pos, n_pos, err, sizeof err) != 0) {
		cli_error(ctx, "%s", err);
		fprintf(stderr, "Try 'eduind %s --help'.\n", ctx->command);
		return CLI_USAGE;
	}
	if (args_flag(opts, n_opts, "help")) {
		fputs(usage, stdout);
		*done = 1;
		return CLI_OK;
	}
	const char *lang = args_value(opts, n_opts, "lang");
	if (lang) {
		if (strcmp(lang, "zh") == 0)
			ctx->lang = CLI_LANG_ZH;
		else if (strcmp(lang, "en") == 0)
			ctx->lang = CLI_LANG_EN;
		else {
			cli_error(ctx, "--lang must be zh or en, not '%s'", lang);
			return CLI_USAGE;
		}
		ctx->lang_given = 1;
	}
	const char *fmt = args_value(opts, n_opts, "format");
	if (fmt) {
		size_t i;
		for (i = 0; i < sizeof format_names / sizeof format_names[0]; i++) {
			if (strcmp(fmt, format_names[i]) == 0)
				break;
		}
		if (i == sizeof format_names / sizeof format_names[0] || !(formats & CLI_FMT_BIT(i))) {
			char list[128] = "";
			for (size_t k = 0; k < sizeof format_names / sizeof format_names[0]; k++) {
				if (formats & CLI_FMT_BIT(k)) {
					if (list[0])
						strcat(list, "|");
					strcat(list, format_names[k]);
				}
			}
			cli_error(ctx, "unknown --format '%s' (use %s)", fmt, list);
			return CLI_USAGE;
		}
		ctx->format = (cli_format)i;
	}
	ctx->output = args_value(opts, n_opts, "output");
	if (ctx->output && !*ctx->output) {
		cli_error(ctx, "--output needs a file name");
		return CLI_USAGE;
	}
	ctx->catalog_path = args_value(opts, n_opts, "catalog");
	ctx->defs_path = args_value(opts, n_opts, "defs");
	const char *color = args_value(opts, n_opts, "color");
	const char *no_color = getenv("NO_COLOR");
	int automatic = !ctx->output && isatty(STDOUT_FILENO) && !(no_color && *no_color);
	if (!color || strcmp(color, "auto") == 0)
		ctx->color = automatic;
	else if (strcmp(color, "always") == 0)
		ctx->color = 1;
	else if (strcmp(color, "never") == 0)
		ctx->color = 0;
	else {
		cli_error(ctx, "--color must be auto, always or never, not '%s'", color);
		return CLI_USAGE;
	}
	return CLI_OK;
}
