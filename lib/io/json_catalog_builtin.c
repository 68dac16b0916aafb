/* The built-in catalogue: the JSON files of lib/catalog, embedded at build time
 * (lib/catalog/embed.cmake) and merged in file-name order, variables first. */
#include <string.h>
#include "model/catalog_priv.h"
#include "internal/error.h"

typedef struct cat_builtin_file {
	const char *name;
	const char *text;
	size_t len;
} cat_builtin_file;

/* Generated: lib/catalog -> <build>/lib/catalog/builtin_catalog.c */
extern const cat_builtin_file cat_builtin_files[];
extern const size_t cat_builtin_count;

eduind_status eduind_catalog_builtin(eduind_catalog **out, eduind_error *err)
{
	eduind_catalog *cat = NULL;
	eduind_status st;
	size_t i;
	if (out == NULL)
		return eduind__fail(err, EDUIND_ENULL, "no output pointer");
	*out = NULL;
	st = eduind_catalog_new(&cat);
	if (st != EDUIND_OK)
		return eduind__fail(err, st, "out of memory");
	for (i = 0; i < cat_builtin_count; i++) {
		st = eduind_catalog_merge_string(cat, cat_builtin_files[i].text, cat_builtin_files[i].len, err);
		if (st != EDUIND_OK) {
			if (err != NULL)
				eduind__copy_text(err->source, sizeof err->source, cat_builtin_files[i].name);
			eduind_catalog_free(cat);
			return st;
		}
	}
	*out = cat;
	return EDUIND_OK;
}
