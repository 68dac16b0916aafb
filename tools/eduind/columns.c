/* CSV header maps for --columns: a small JSON file that says which heading is which
 * variable or role, e.g. {"columns": {"学校代码": "entity", "在校生数": "enrol.school"}}. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "cli.h"

static char *read_file(const char *path, size_t *len, int *err_no)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		*err_no = errno;
		return NULL;
	}
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	while (buf) {
		size_t got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
		if (got == 0)
			break;
		if (n + 1 == cap) {
			if (cap > (size_t)16 << 20) {   /* a header map is small */
				free(buf);
				buf = NULL;
				*err_no = EFBIG;
				break;
			}
			char *more = realloc(buf, cap * 2);
			if (!more) {
				free(buf);
				buf = NULL;
				*err_no = ENOMEM;
				break;
			}
			buf = more;
			cap *= 2;
		}
	}
	if (buf && ferror(f)) {
		*err_no = EIO;
		free(buf);
		buf = NULL;
	}
	fclose(f);
	if (buf) {
		buf[n] = '\0';
		*len = n;
	}
	return buf;
}

/* 1-based line and column of byte offset pos. */
static void line_col(const char *text, size_t pos, long *line, long *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < pos && text[i]; i++) {
		if (text[i] == '\n') {
			(*line)++;
			*col = 1;
		} else {
			(*col)++;
		}
	}
}

void column_map_free(column_map *m)
{
	free(m->items);
	free(m->storage);
	m->items = NULL;
	m->storage = NULL;
	m->n = 0;
}

int column_map_load(const cli_ctx *ctx, const char *path, column_map *out)
{
	memset(out, 0, sizeof *out);
	size_t len = 0;
	int err_no = 0;
	char *text = read_file(path, &len, &err_no);
	if (!text) {
		cli_error(ctx, "%s: cannot open the column map: %s", path, strerror(err_no));
		return err_no == ENOMEM ? CLI_INTERNAL : CLI_INPUT;
	}
	const char *body = text;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		body += 3;
	const char *end = NULL;
	cJSON *doc = cJSON_ParseWithOpts(body, &end, 1);
	if (!doc) {
		long line, col;
		size_t at = end ? (size_t)(end - text) : 0;
		line_col(text, at, &line, &col);
		cli_error(ctx, "%s:%ld:%ld: malformed JSON", path, line, col);
		free(text);
		return CLI_INPUT;
	}
	const cJSON *cols = cJSON_GetObjectItemCaseSensitive(doc, "columns");
	int rc = CLI_OK;
	if (!cJSON_IsObject(doc) || !cJSON_IsObject(cols)) {
		cli_error(ctx, "%s: $.columns: expected an object mapping CSV headings to codes", path);
		rc = CLI_INPUT;
	}
	size_t n = 0, bytes = 0;
	const cJSON *item;
	if (rc == CLI_OK) {
		cJSON_ArrayForEach(item, cols) {
			if (!cJSON_IsString(item) || !item->string) {
				cli_error(ctx, "%s: $.columns[\"%s\"]: expected a string", path,
				          item->string ? item->string : "");
				rc = CLI_INPUT;
				break;
			}
			n++;
			bytes += strlen(item->string) + strlen(item->valuestring) + 2;
		}
	}
	if (rc == CLI_OK) {
		out->items = calloc(n + 1, sizeof *out->items);
		out->storage = malloc(bytes + 1);
		if (!out->items || !out->storage) {
			cli_error(ctx, "out of memory");
			rc = CLI_INTERNAL;
		}
	}
	if (rc == CLI_OK) {
		char *p = out->storage;
		cJSON_ArrayForEach(item, cols) {
			size_t a = strlen(item->string) + 1, b = strlen(item->valuestring) + 1;
			memcpy(p, item->string, a);
			out->items[out->n].header = p;
			p += a;
			memcpy(p, item->valuestring, b);
			out->items[out->n].target = p;
			p += b;
			out->n++;
		}
	} else {
		column_map_free(out);
	}
	cJSON_Delete(doc);
	free(text);
	return rc;
}
