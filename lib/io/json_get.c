/* Content validation of parsed JSON: paths, typed getters, member and header checks. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "io/json_util.h"

void ju_init(ju_ctx *c, eduind_error *err, const char *source)
{
	c->err = err;
	c->source = source ? source : "<string>";
	c->path[0] = '$';
	c->path[1] = '\0';
	c->len = 1;
}

static void append(ju_ctx *c, const char *text)
{
	/* Too deep to show in full: keep what fits. A byte loop rather than memcpy, as
	 * gcc -O3 cannot see that the clamped length never exceeds the source. */
	while (*text != '\0' && c->len + 1 < sizeof c->path)
		c->path[c->len++] = *text++;
	c->path[c->len] = '\0';
}

static int plain_key(const char *key)
{
	const char *p;
	if (key[0] == '\0' || (key[0] >= '0' && key[0] <= '9'))
		return 0;
	for (p = key; *p; p++) {
		char ch = *p;
		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
		      ch == '_'))
			return 0;
	}
	return 1;
}

size_t ju_push_key(ju_ctx *c, const char *key)
{
	size_t mark = c->len;
	if (key == NULL)
		key = "";
	if (plain_key(key)) {
		append(c, ".");
		append(c, key);
	} else {
		/* Keys such as "enrol.primary" or "2020" would be ambiguous after a dot. */
		const char *p;
		char one[2] = { 0, 0 };
		append(c, "[\"");
		for (p = key; *p; p++) {
			if (*p == '"' || *p == '\\')
				append(c, "\\");
			one[0] = *p;
			append(c, one);
		}
		append(c, "\"]");
	}
	return mark;
}

size_t ju_push_index(ju_ctx *c, size_t i)
{
	char tmp[32];
	size_t mark = c->len;
	snprintf(tmp, sizeof tmp, "[%zu]", i);
	append(c, tmp);
	return mark;
}

void ju_pop(ju_ctx *c, size_t mark)
{
	if (mark < c->len) {
		c->len = mark;
		c->path[mark] = '\0';
	}
}

const char *ju_path(const ju_ctx *c)
{
	return c->path;
}

static eduind_status vfail(ju_ctx *c, eduind_status status, const char *fmt, va_list ap)
	EDUIND_PRINTF(3, 0);

static eduind_status vfail(ju_ctx *c, eduind_status status, const char *fmt, va_list ap)
{
	char msg[EDUIND_ERROR_MESSAGE_SIZE];
	vsnprintf(msg, sizeof msg, fmt, ap);
	return eduind__fail_at(c->err, status, c->source, 0, 0, c->path, "%s", msg);
}

eduind_status ju_fail(ju_ctx *c, eduind_status status, const char *fmt, ...)
{
	va_list ap;
	eduind_status st;
	va_start(ap, fmt);
	st = vfail(c, status, fmt, ap);
	va_end(ap);
	return st;
}

eduind_status ju_fail_member(ju_ctx *c, const char *key, eduind_status status, const char *fmt, ...)
{
	va_list ap;
	eduind_status st;
	size_t mark = ju_push_key(c, key);
	va_start(ap, fmt);
	st = vfail(c, status, fmt, ap);
	va_end(ap);
	ju_pop(c, mark);
	return st;
}

static const char *type_name(const cJSON *item)
{
	if (item == NULL)
		return "nothing";
	if (cJSON_IsNull(item))
		return "null";
	if (cJSON_IsBool(item))
		return "a boolean";
	if (cJSON_IsNumber(item))
		return "a number";
	if (cJSON_IsString(item))
		return "a string";
	if (cJSON_IsArray(item))
		return "an array";
	if (cJSON_IsObject(item))
		return "an object";
	return "an invalid value";
}

eduind_status ju_as_string(ju_ctx *c, const cJSON *item, const char **out)
{
	if (!cJSON_IsString(item) || item->valuestring == NULL)
		return ju_fail(c, EDUIND_ESCHEMA, "expected a string, found %s", type_name(item));
	*out = item->valuestring;
	return EDUIND_OK;
}

eduind_status ju_as_number(ju_ctx *c, const cJSON *item, double *out)
{
	if (!cJSON_IsNumber(item))
		return ju_fail(c, EDUIND_ESCHEMA, "expected a number, found %s", type_name(item));
	/* JSON has no NaN or Infinity, but 1e999 overflows to infinity when read. */
	if (!isfinite(item->valuedouble))
		return ju_fail(c, EDUIND_ESCHEMA, "number is out of range");
	*out = item->valuedouble;
	return EDUIND_OK;
}

eduind_status ju_as_int(ju_ctx *c, const cJSON *item, long lo, long hi, long *out)
{
	double v;
	if (!cJSON_IsNumber(item))
		return ju_fail(c, EDUIND_ESCHEMA, "expected an integer, found %s", type_name(item));
	v = item->valuedouble;
	if (!isfinite(v) || v != floor(v))
		return ju_fail(c, EDUIND_ESCHEMA, "expected an integer, found %.17g", v);
	if (v < (double)lo || v > (double)hi)
		return ju_fail(c, EDUIND_ESCHEMA, "expected an integer from %ld to %ld, found %.17g", lo,
		               hi, v);
	*out = (long)v;
	return EDUIND_OK;
}

eduind_status ju_as_object(ju_ctx *c, const cJSON *item)
{
	if (!cJSON_IsObject(item))
		return ju_fail(c, EDUIND_ESCHEMA, "expected an object, found %s", type_name(item));
	return EDUIND_OK;
}

eduind_status ju_as_array(ju_ctx *c, const cJSON *item)
{
	if (!cJSON_IsArray(item))
		return ju_fail(c, EDUIND_ESCHEMA, "expected an array, found %s", type_name(item));
	return EDUIND_OK;
}

/* Finds member key of obj; fails (if required) when absent. *item NULL means absent. */
static eduind_status member(ju_ctx *c, const cJSON *obj, const char *key, int required,
                            const cJSON **item)
{
	*item = cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
	if (*item == NULL && required)
		return ju_fail(c, EDUIND_ESCHEMA, "missing required member \"%s\"", key);
	return EDUIND_OK;
}

static eduind_status get_string(ju_ctx *c, const cJSON *obj, const char *key, int required,
                                const char **out)
{
	const cJSON *item;
	const char *s = NULL;
	size_t mark;
	eduind_status st = member(c, obj, key, required, &item);
	if (st != EDUIND_OK || item == NULL)
		return st;
	mark = ju_push_key(c, key);
	st = ju_as_string(c, item, &s);
	if (st == EDUIND_OK && required && s[0] == '\0')
		st = ju_fail(c, EDUIND_ESCHEMA, "must not be empty");
	if (st == EDUIND_OK)
		*out = s;
	ju_pop(c, mark);
	return st;
}

eduind_status ju_req_string(ju_ctx *c, const cJSON *obj, const char *key, const char **out)
{
	return get_string(c, obj, key, 1, out);
}

eduind_status ju_opt_string(ju_ctx *c, const cJSON *obj, const char *key, const char **out)
{
	return get_string(c, obj, key, 0, out);
}

static eduind_status get_number(ju_ctx *c, const cJSON *obj, const char *key, int required,
                                double *out)
{
	const cJSON *item;
	size_t mark;
	eduind_status st = member(c, obj, key, required, &item);
	if (st != EDUIND_OK || item == NULL)
		return st;
	mark = ju_push_key(c, key);
	st = ju_as_number(c, item, out);
	ju_pop(c, mark);
	return st;
}

eduind_status ju_req_number(ju_ctx *c, const cJSON *obj, const char *key, double *out)
{
	return get_number(c, obj, key, 1, out);
}

eduind_status ju_opt_number(ju_ctx *c, const cJSON *obj, const char *key, double *out)
{
	return get_number(c, obj, key, 0, out);
}

static eduind_status get_int(ju_ctx *c, const cJSON *obj, const char *key, int required, long lo,
                             long hi, long *out)
{
	const cJSON *item;
	size_t mark;
	eduind_status st = member(c, obj, key, required, &item);
	if (st != EDUIND_OK || item == NULL)
		return st;
	mark = ju_push_key(c, key);
	st = ju_as_int(c, item, lo, hi, out);
	ju_pop(c, mark);
	return st;
}

eduind_status ju_req_int(ju_ctx *c, const cJSON *obj, const char *key, long lo, long hi, long *out)
{
	return get_int(c, obj, key, 1, lo, hi, out);
}

eduind_status ju_opt_int(ju_ctx *c, const cJSON *obj, const char *key, long lo, long hi, long *out)
{
	return get_int(c, obj, key, 0, lo, hi, out);
}

static eduind_status get_container(ju_ctx *c, const cJSON *obj, const char *key, int required,
                                   int want_array, const cJSON **out)
{
	const cJSON *item;
	size_t mark;
	eduind_status st = member(c, obj, key, required, &item);
	*out = NULL;
	if (st != EDUIND_OK || item == NULL)
		return st;
	mark = ju_push_key(c, key);
	st = want_array ? ju_as_array(c, item) : ju_as_object(c, item);
	ju_pop(c, mark);
	if (st == EDUIND_OK)
		*out = item;
	return st;
}

eduind_status ju_req_object(ju_ctx *c, const cJSON *obj, const char *key, const cJSON **out)
{
	return get_container(c, obj, key, 1, 0, out);
}

eduind_status ju_opt_object(ju_ctx *c, const cJSON *obj, const char *key, const cJSON **out)
{
	return get_container(c, obj, key, 0, 0, out);
}

eduind_status ju_req_array(ju_ctx *c, const cJSON *obj, const char *key, const cJSON **out)
{
	return get_container(c, obj, key, 1, 1, out);
}

eduind_status ju_opt_array(ju_ctx *c, const cJSON *obj, const char *key, const cJSON **out)
{
	return get_container(c, obj, key, 0, 1, out);
}

static int is_known(const char *name, const char *const *known)
{
	if (strncmp(name, "x_", 2) == 0 || name[0] == '_')
		return 1;
	for (; known != NULL && *known != NULL; known++)
		if (strcmp(name, *known) == 0)
			return 1;
	return 0;
}

eduind_status ju_check_members(ju_ctx *c, const cJSON *obj, const char *const *known)
{
	const cJSON *m, *n;
	eduind_status st = ju_as_object(c, obj);
	if (st != EDUIND_OK)
		return st;
	for (m = obj->child; m != NULL; m = m->next) {
		const char *name = m->string ? m->string : "";
		if (!is_known(name, known))
			return ju_fail_member(c, name, EDUIND_ESCHEMA, "unknown member \"%s\"", name);
		/* Schema objects are small, so the quadratic scan costs nothing. */
		for (n = obj->child; n != m; n = n->next)
			if (n->string != NULL && strcmp(n->string, name) == 0)
				return ju_fail_member(c, name, EDUIND_EDUPLICATE, "member \"%s\" appears twice",
				                      name);
	}
	return EDUIND_OK;
}

eduind_status ju_check_header(ju_ctx *c, const cJSON *root, const char *format, int max_version,
                              int *version)
{
	const char *fmt = NULL;
	const cJSON *item;
	long v;
	size_t mark;
	eduind_status st = ju_as_object(c, root);
	if (st != EDUIND_OK)
		return st;
	st = ju_req_string(c, root, "format", &fmt);
	if (st != EDUIND_OK)
		return st;
	if (strcmp(fmt, format) != 0)
		return ju_fail_member(c, "format", EDUIND_ESCHEMA, "expected format \"%s\", found \"%s\"",
		                      format, fmt);
	st = member(c, root, "version", 1, &item);
	if (st != EDUIND_OK)
		return st;
	mark = ju_push_key(c, "version");
	st = ju_as_int(c, item, -1000000000L, 1000000000L, &v);
	if (st == EDUIND_OK && (v < 1 || v > max_version))
		st = ju_fail(c, EDUIND_EVERSION, "unsupported %s version %ld (this library reads 1 to %d)",
		             format, v, max_version);
	ju_pop(c, mark);
	if (st == EDUIND_OK && version != NULL)
		*version = (int)v;
	return st;
}
