/* A tiny option parser: --name value, --name=value, flags, -h, and "--" to end options. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

cli_opt *args_find(cli_opt *opts, size_t n_opts, const char *name)
{
	for (size_t i = 0; i < n_opts; i++) {
		if (strcmp(opts[i].name, name) == 0)
			return &opts[i];
	}
	return NULL;
}

static cli_opt *find_spelling(cli_opt *opts, size_t n_opts, const char *name, size_t len)
{
	for (size_t i = 0; i < n_opts; i++) {
		if (strlen(opts[i].name) == len && strncmp(opts[i].name, name, len) == 0)
			return &opts[i];
		if (opts[i].alias && strlen(opts[i].alias) == len && strncmp(opts[i].alias, name, len) == 0)
			return &opts[i];
	}
	return NULL;
}

const char *args_value(cli_opt *opts, size_t n_opts, const char *name)
{
	cli_opt *o = args_find(opts, n_opts, name);
	return o && o->seen ? o->value : NULL;
}

int args_flag(cli_opt *opts, size_t n_opts, const char *name)
{
	cli_opt *o = args_find(opts, n_opts, name);
	return o && o->seen;
}

int args_parse(int argc, char **argv, cli_opt *opts, size_t n_opts, const char **pos,
               size_t max_pos, size_t *n_pos, char *err, size_t err_size)
{
	int options_done = 0;
	*n_pos = 0;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (!options_done && strcmp(a, "--") == 0) {
			options_done = 1;
			continue;
		}
		int is_option = !options_done && a[0] == '-' && a[1] != '\0';
		if (!is_option) {
			if (*n_pos >= max_pos) {
				snprintf(err, err_size, "unexpected argument '%s'", a);
				return -1;
			}
			pos[(*n_pos)++] = a;
			continue;
		}
		/* "-h" and "-o" are the only short spellings; everything else is --long. */
		const char *name = a[1] == '-' ? a + 2 : a + 1;
		if (a[1] != '-' && strlen(name) != 1) {
			snprintf(err, err_size, "unknown option '%s' (options are spelled --name)", a);
			return -1;
		}
		const char *eq = strchr(name, '=');
		size_t len = eq ? (size_t)(eq - name) : strlen(name);
		cli_opt *o = find_spelling(opts, n_opts, name, len);
		if (!o) {
			snprintf(err, err_size, "unknown option '%.*s%.*s'", a[1] == '-' ? 2 : 1, a,
			         (int)len, name);
			return -1;
		}
		if (!o->has_value) {
			if (eq) {
				snprintf(err, err_size, "option --%s takes no value", o->name);
				return -1;
			}
			o->value = "1";
			o->seen = 1;
			continue;
		}
		if (eq) {
			o->value = eq + 1;
		} else {
			if (i + 1 >= argc) {
				snprintf(err, err_size, "option --%s needs a value", o->name);
				return -1;
			}
			o->value = argv[++i];
		}
		if (o->n_all == CLI_MAX_REPEAT) {
			snprintf(err, err_size, "option --%s is given more than %d times", o->name, CLI_MAX_REPEAT);
			return -1;
		}
		o->all[o->n_all++] = o->value;
		o->seen = 1;
	}
	return 0;
}

int args_number(const char *text, double *out)
{
	if (!text || !*text)
		return -1;
	char *end = NULL;
	errno = 0;
	double v = strtod(text, &end);
	if (end == text || *end != '\0' || errno == ERANGE || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

int args_int(const char *text, long min, long max, long *out)
{
	if (!text || !*text)
		return -1;
	char *end = NULL;
	errno = 0;
	long v = strtol(text, &end, 10);
	if (end == text || *end != '\0' || errno == ERANGE || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int args_number_list(const char *text, double **out, size_t *n, char *err, size_t err_size)
{
	*out = NULL;
	*n = 0;
	size_t count = 1;
	for (const char *p = text; *p; p++)
		count += *p == ',';
	double *v = malloc(count * sizeof *v);
	char *copy = malloc(strlen(text) + 1);
	if (!v || !copy) {
		free(v);
		free(copy);
		snprintf(err, err_size, "out of memory");
		return -1;
	}
	strcpy(copy, text);
	size_t k = 0;
	char *item = copy;
	for (;;) {
		char *comma = strchr(item, ',');
		if (comma)
			*comma = '\0';
		/* Allow spaces after commas ("1, 2, 3"). */
		while (*item == ' ')
			item++;
		if (args_number(item, &v[k]) != 0) {
			snprintf(err, err_size, "item %zu '%s' is not a number", k + 1, item);
			free(v);
			free(copy);
			return -1;
		}
		k++;
		if (!comma)
			break;
		item = comma + 1;
	}
	free(copy);
	*out = v;
	*n = k;
	return 0;
}
