/* eduind: education indicators from the terminal. Dispatches to one subcommand;
 * options given before the subcommand apply to it as if given after it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"Usage: eduind [--catalog FILE] [--defs FILE] [--lang zh|en] COMMAND [OPTIONS]\n"
	"\n"
	"Education indicators computed as the official definitions state.\n"
	"\n"
	"Commands:\n"
	"  list                 the indicator catalogue (Chinese and English names)\n"
	"  show CODE            one indicator: formula, unit, decimals, source\n"
	"  eval --data FILE     evaluate a dataset; with --plan, judge the targets\n"
	"  check --data FILE    consistency problems in a dataset, with the numbers\n"
	"  calc KIND ...        one calculation (e.g. calc ptr --pupils 54005 --teachers 5307)\n"
	"\n"
	"Global options (also accepted after the command):\n"
	"  --catalog FILE       use this catalogue instead of the built-in one\n"
	"  --defs FILE          add your own indicator definitions to the catalogue\n"
	"  --lang zh|en         language of names and labels\n"
	"  --color auto|always|never   colours on a terminal (NO_COLOR disables them)\n"
	"  -h, --help           help; 'eduind COMMAND --help' for a command\n"
	"  --version            library and command version\n"
	"\n"
	"Exit status: 0 fine, 1 targets missed (eval) or problems found (check),\n"
	"2 usage error, 3 bad input, 4 internal error. See eduind(1).\n";

typedef int (*command_fn)(cli_ctx *, int, char **);

static const struct {
	const char *name;
	command_fn run;
} commands[] = {
	{ "list", cmd_list },
	{ "show", cmd_show },
	{ "eval", cmd_eval },
	{ "check", cmd_check },
	{ "calc", cmd_calc },
};

/* Global options that take a value, passed through to the subcommand. */
static int is_global_with_value(const char *a)
{
	static const char *const names[] = { "--catalog", "--defs", "--lang", "--color" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		size_t n = strlen(names[i]);
		if (strcmp(a, names[i]) == 0)
			return 2;
		if (strncmp(a, names[i], n) == 0 && a[n] == '=')
			return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	cli_ctx ctx;
	memset(&ctx, 0, sizeof ctx);
	int i = 1;
	while (i < argc && argv[i][0] == '-') {
		const char *a = argv[i];
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			fputs(usage, stdout);
			return CLI_OK;
		}
		if (strcmp(a, "--version") == 0) {
			printf("eduind %s (libeduind %s)\n", EDUIND_VERSION_STRING, eduind_version());
			return CLI_OK;
		}
		int kind = is_global_with_value(a);
		if (kind == 0) {
			cli_error(NULL, "unknown option '%s' before the command", a);
			fputs("Try 'eduind --help'.\n", stderr);
			return CLI_USAGE;
		}
		if (kind == 2 && i + 1 >= argc) {
			cli_error(NULL, "option %s needs a value", a);
			return CLI_USAGE;
		}
		i += kind;
	}
	if (i >= argc) {
		fputs(usage, stderr);
		return CLI_USAGE;
	}
	const char *name = argv[i];
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++) {
		if (strcmp(name, commands[k].name) != 0)
			continue;
		/* Global options first, then the command's own: the last spelling wins. */
		int n_global = i - 1;
		int n_rest = argc - i - 1;
		char **sub = malloc(((size_t)n_global + (size_t)n_rest + 1) * sizeof *sub);
		if (!sub) {
			cli_error(NULL, "out of memory");
			return CLI_INTERNAL;
		}
		for (int g = 0; g < n_global; g++)
			sub[g] = argv[1 + g];
		for (int r = 0; r < n_rest; r++)
			sub[n_global + r] = argv[i + 1 + r];
		sub[n_global + n_rest] = NULL;
		ctx.command = commands[k].name;
		int rc = commands[k].run(&ctx, n_global + n_rest, sub);
		free(sub);
		if (fflush(stdout) != 0 || ferror(stdout)) {
			cli_error(&ctx, "cannot write to standard output");
			return rc == CLI_OK || rc == CLI_FAILED ? CLI_INTERNAL : rc;
		}
		return rc;
	}
	cli_error(NULL, "unknown command '%s'", name);
	fputs("Try 'eduind --help'.\n", stderr);
	return CLI_USAGE;
}
