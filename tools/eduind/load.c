/* Opening the command's inputs: each failure becomes one line naming the file and the
 * place (line:column or JSON path) and the exit code for bad input. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* A readable regular file, or one clear line saying why not. */
static int check_readable(const cli_ctx *ctx, const char *path, const char *what)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		cli_error(ctx, "%s: cannot open %s: %s", path, what, strerror(errno));
		return CLI_INPUT;
	}
	if (S_ISDIR(st.st_mode)) {
		cli_error(ctx, "%s: cannot open %s: it is a directory", path, what);
		return CLI_INPUT;
	}
	FILE *f = fopen(path, "rb");
	if (!f) {
		cli_error(ctx, "%s: cannot open %s: %s", path, what, strerror(errno));
		return CLI_INPUT;
	}
	fclose(f);
	return CLI_OK;
}

int load_catalog(const cli_ctx *ctx, eduind_catalog **out)
{
	eduind_error err;
	eduind_error_clear(&err);
	eduind_status st;
	*out = NULL;
	if (ctx->catalog_path) {
		int rc = check_readable(ctx, ctx->catalog_path, "the catalogue");
		if (rc != CLI_OK)
			return rc;
		st = eduind_catalog_load_file(out, ctx->catalog_path, &err);
		if (st != EDUIND_OK)
			return cli_lib_error(ctx, st, &err, ctx->catalog_path);
	} else {
		st = eduind_catalog_builtin(out, &err);
		if (st != EDUIND_OK)
			return cli_lib_error(ctx, st, &err, "built-in catalogue");
	}
	if (ctx->defs_path) {
		int rc = check_readable(ctx, ctx->defs_path, "the definitions");
		if (rc == CLI_OK) {
			eduind_error_clear(&err);
			st = eduind_catalog_merge_file(*out, ctx->defs_path, &err);
			if (st != EDUIND_OK)
				rc = cli_lib_error(ctx, st, &err, ctx->defs_path);
		}
		if (rc != CLI_OK) {
			eduind_catalog_free(*out);
			*out = NULL;
			return rc;
		}
	}
	return CLI_OK;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	if (n < m)
		return 0;
	for (size_t i = 0; i < m; i++) {
		char a = s[n - m + i];
		if (a >= 'A' && a <= 'Z')
			a = (char)(a - 'A' + 'a');
		if (a != suffix[i])
			return 0;
	}
	return 1;
}

static int load_one(const cli_ctx *ctx, const char *path, const column_map *map, eduind_dataset **out)
{
	*out = NULL;
	int rc = check_readable(ctx, path, "the data");
	if (rc != CLI_OK)
		return rc;
	eduind_error err;
	eduind_error_clear(&err);
	eduind_status st;
	if (ends_with(path, ".csv") || ends_with(path, ".tsv")) {
		eduind_csv_options opts = EDUIND_CSV_OPTIONS_INIT;
		if (ends_with(path, ".tsv"))
			opts.delimiter = '\t';
		if (map && map->n) {
			opts.columns = map->items;
			opts.n_columns = map->n;
		}
		st = eduind_dataset_load_csv_file(out, path, &opts, &err);
	} else {
		st = eduind_dataset_load_json_file(out, path, &err);
	}
	if (st != EDUIND_OK)
		return cli_lib_error(ctx, st, &err, path);
	return CLI_OK;
}

int load_plan(const cli_ctx *ctx, const char *path, eduind_plan **out)
{
	*out = NULL;
	int rc = check_readable(ctx, path, "the plan");
	if (rc != CLI_OK)
		return rc;
	eduind_error err;
	eduind_error_clear(&err);
	eduind_status st = eduind_plan_load_file(out, path, &err);
	if (st != EDUIND_OK)
		return cli_lib_error(ctx, st, &err, path);
	return CLI_OK;
}

int load_dataset(const cli_ctx *ctx, const char *path, eduind_dataset **out)
{
	return load_one(ctx, path, NULL, out);
}

int load_datasets(const cli_ctx *ctx, const char *const *paths, size_t n, const char *columns,
                  eduind_dataset **out)
{
	*out = NULL;
	column_map map;
	memset(&map, 0, sizeof map);
	if (columns) {
		int rc = column_map_load(ctx, columns, &map);
		if (rc != CLI_OK)
			return rc;
	}
	int rc = load_one(ctx, paths[0], &map, out);
	for (size_t i = 1; i < n && rc == CLI_OK; i++) {
		eduind_dataset *more = NULL;
		rc = load_one(ctx, paths[i], &map, &more);
		if (rc != CLI_OK)
			break;
		eduind_error err;
		eduind_error_clear(&err);
		eduind_status st = eduind_dataset_merge(*out, more, &err);
		eduind_dataset_free(more);
		if (st != EDUIND_OK)
			rc = cli_lib_error(ctx, st, &err, paths[i]);
	}
	column_map_free(&map);
	if (rc != CLI_OK) {
		eduind_dataset_free(*out);
		*out = NULL;
	}
	return rc;
}

/* Edit distance, to suggest the code the user probably meant. */
static size_t distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	if (n > 64 || m > 64)
		return (size_t)-1;
	size_t row[65];
	for (size_t j = 0; j <= m; j++)
		row[j] = j;
	for (size_t i = 1; i <= n; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[m];
}

int unknown_code(const cli_ctx *ctx, const eduind_catalog *cat, const char *code)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	for (size_t i = 0; i < eduind_catalog_count(cat); i++) {
		const char *c = eduind_indicator_code(eduind_catalog_at(cat, i));
		size_t d = distance(code, c);
		if (d < best_d) {
			best_d = d;
			best = c;
		}
	}
	if (best && best_d <= 3)
		cli_error(ctx, "unknown indicator code '%s' (did you mean '%s'? 'eduind list' shows all codes)",
		          code, best);
	else
		cli_error(ctx, "unknown indicator code '%s' ('eduind list' shows all codes)", code);
	return CLI_INPUT;
}
