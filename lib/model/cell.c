/* Canonical cell names: "key=value" pairs sorted by key and joined with ';'. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "model/dataset_priv.h"

typedef struct pair {
	const char *key;
	const char *value;
} pair;

static int by_key(const void *a, const void *b)
{
	return strcmp(((const pair *)a)->key, ((const pair *)b)->key);
}

static eduind_status reject(char *why, size_t size, const char *what, const char *text)
{
	if (why != NULL && size > 0)
		snprintf(why, size, "%s \"%.60s\"", what, text);
	return EDUIND_EINVAL;
}

static int clean_part(const char *s)
{
	return s != NULL && s[0] != '\0' && strpbrk(s, "=;") == NULL;
}

eduind_status ds_cell_from_pairs(const char *const *keys, const char *const *values, size_t n,
                                 char **out, char *why, size_t why_size)
{
	pair *pairs;
	size_t i, total = 1;
	char *text, *p;
	eduind_status st = EDUIND_OK;

	*out = NULL;
	if (n > 4096)
		return reject(why, why_size, "too many cell keys in", keys[0]);
	pairs = malloc((n ? n : 1) * sizeof *pairs);
	if (pairs == NULL)
		return EDUIND_ENOMEM;
	for (i = 0; i < n && st == EDUIND_OK; i++) {
		pairs[i].key = keys[i];
		pairs[i].value = values[i];
		if (!clean_part(keys[i]))
			st = reject(why, why_size, "invalid cell key", keys[i] ? keys[i] : "");
		else if (!clean_part(values[i]))
			st = reject(why, why_size, "invalid cell value", values[i] ? values[i] : "");
		else
			total += strlen(keys[i]) + strlen(values[i]) + 2;
	}
	if (st != EDUIND_OK) {
		free(pairs);
		return st;
	}
	qsort(pairs, n, sizeof *pairs, by_key);
	for (i = 1; i < n; i++) {
		if (strcmp(pairs[i - 1].key, pairs[i].key) == 0) {
			st = reject(why, why_size, "cell key given twice:", pairs[i].key);
			free(pairs);
			return st;
		}
	}
	text = malloc(total);
	if (text == NULL) {
		free(pairs);
		return EDUIND_ENOMEM;
	}
	p = text;
	for (i = 0; i < n; i++) {
		size_t kl = strlen(pairs[i].key), vl = strlen(pairs[i].value);
		if (i > 0)
			*p++ = ';';
		memcpy(p, pairs[i].key, kl);
		p += kl;
		*p++ = '=';
		memcpy(p, pairs[i].value, vl);
		p += vl;
	}
	*p = '\0';
	free(pairs);
	*out = text;
	return EDUIND_OK;
}

eduind_status ds_cell_canonical(const char *cell, char **out, char *why, size_t why_size)
{
	char *copy, *p;
	const char *q;
	const char **keys;
	const char **values;
	size_t n = 0, cap = 1;
	eduind_status st;

	*out = NULL;
	if (cell == NULL || cell[0] == '\0') {
		*out = ds_strdup("");
		return *out != NULL ? EDUIND_OK : EDUIND_ENOMEM;
	}
	for (q = cell; *q; q++)
		if (*q == ';')
			cap++;
	copy = ds_strdup(cell);
	keys = malloc(cap * sizeof *keys);
	values = malloc(cap * sizeof *values);
	if (copy == NULL || keys == NULL || values == NULL) {
		free(copy);
		free(keys);
		free(values);
		return EDUIND_ENOMEM;
	}
	st = EDUIND_OK;
	for (p = copy; p != NULL && st == EDUIND_OK;) {
		char *next = strchr(p, ';'), *eq;
		if (next != NULL)
			*next++ = '\0';
		eq = strchr(p, '=');
		if (eq == NULL) {
			st = reject(why, why_size, "cell part without '=':", p);
		} else {
			*eq = '\0';
			keys[n] = p;
			values[n] = eq + 1;
			n++;
		}
		p = next;
	}
	if (st == EDUIND_OK)
		st = ds_cell_from_pairs(keys, values, n, out, why, why_size);
	free(copy);
	free(keys);
	free(values);
	return st;
}
