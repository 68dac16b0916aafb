/* The findings set: adding, ordering, reading and writing consistency problems. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "eval/evnum.h"
#include "eval/findings.h"
#include "internal/strbuf.h"
#include "io/c_locale.h"
#include "io/numtext.h"

static const char *const kind_names[] = { "sum", "subset", "same", "bound", "trend", "reported" };

const char *eduind_check_kind_name(eduind_check_kind k)
{
	if ((int)k < 0 || (size_t)k >= sizeof kind_names / sizeof kind_names[0])
		return "unknown";
	return kind_names[k];
}

static char *dup_text(const char *s)
{
	size_t n = strlen(s != NULL ? s : "") + 1;
	char *d = malloc(n);
	if (d != NULL)
		memcpy(d, s != NULL ? s : "", n);
	return d;
}

eduind_findings *fd_new(void)
{
	return calloc(1, sizeof(eduind_findings));
}

void fd_add(eduind_findings *f, eduind_check_kind kind, const char *rule, const char *entity,
            int period, double expected, double actual, char *message)
{
	finding_row *row;
	if (f->failed || message == NULL) {
		f->failed = 1;
		free(message);
		return;
	}
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 16;
		finding_row *rows = realloc(f->rows, cap * sizeof *rows);
		if (rows == NULL) {
			f->failed = 1;
			free(message);
			return;
		}
		f->rows = rows;
		f->cap = cap;
	}
	row = &f->rows[f->n];
	row->rule = dup_text(rule);
	row->entity = dup_text(entity);
	row->message = message;
	if (row->rule == NULL || row->entity == NULL) {
		free(row->rule);
		free(row->entity);
		free(message);
		f->failed = 1;
		return;
	}
	row->pub.kind = kind;
	row->pub.rule = row->rule;
	row->pub.entity = row->entity;
	row->pub.period = period;
	row->pub.expected = expected;
	row->pub.actual = actual;
	row->pub.difference = ev_tidy(actual - expected);
	row->pub.message = row->message;
	f->n++;
}

int fd_natural_cmp(const char *a, const char *b)
{
	while (*a != '\0' && *b != '\0') {
		if (*a >= '0' && *a <= '9' && *b >= '0' && *b <= '9') {
			const char *ea = a, *eb = b;
			size_t la, lb;
			while (*a == '0')
				a++;
			while (*b == '0')
				b++;
			for (ea = a; *ea >= '0' && *ea <= '9'; ea++)
				;
			for (eb = b; *eb >= '0' && *eb <= '9'; eb++)
				;
			la = (size_t)(ea - a);
			lb = (size_t)(eb - b);
			if (la != lb)
				return la < lb ? -1 : 1;
			for (; a < ea; a++, b++)
				if (*a != *b)
					return *a < *b ? -1 : 1;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	return (*a != '\0') - (*b != '\0');
}

static int row_cmp(const void *pa, const void *pb)
{
	const eduind_finding *a = &((const finding_row *)pa)->pub, *b = &((const finding_row *)pb)->pub;
	int c = fd_natural_cmp(a->rule, b->rule);
	if (c == 0)
		c = strcmp(a->rule, b->rule);
	if (c == 0)
		c = fd_natural_cmp(a->entity, b->entity);
	if (c == 0)
		c = strcmp(a->entity, b->entity);
	if (c == 0)
		c = (a->period > b->period) - (a->period < b->period);
	if (c == 0)
		c = ((int)a->kind > (int)b->kind) - ((int)a->kind < (int)b->kind);
	if (c == 0)
		c = strcmp(a->message, b->message);
	return c;
}

void fd_sort(eduind_findings *f)
{
	if (f->n > 1)
		qsort(f->rows, f->n, sizeof *f->rows, row_cmp);
}

void eduind_findings_free(eduind_findings *f)
{
	size_t i;
	if (f == NULL)
		return;
	for (i = 0; i < f->n; i++) {
		free(f->rows[i].rule);
		free(f->rows[i].entity);
		free(f->rows[i].message);
	}
	free(f->rows);
	free(f);
}

size_t eduind_findings_count(const eduind_findings *f)
{
	return f != NULL ? f->n : 0;
}

eduind_status eduind_findings_get(const eduind_findings *f, size_t i, eduind_finding *out)
{
	if (f == NULL || out == NULL)
		return EDUIND_ENULL;
	if (i >= f->n)
		return EDUIND_ENOTFOUND;
	*out = f->rows[i].pub;
	return EDUIND_OK;
}

eduind_status eduind_findings_to_json(const eduind_findings *f, char **out)
{
	strbuf sb = STRBUF_INIT;
	c_locale_scope loc;
	size_t i;
	if (out == NULL)
		return EDUIND_ENULL;
	*out = NULL;
	if (f == NULL)
		return EDUIND_ENULL;
	c_locale_enter(&loc);
	sb_append(&sb, "{\"format\":\"eduind-findings\",\"version\":1,\"findings\":[");
	for (i = 0; i < f->n; i++) {
		const eduind_finding *r = &f->rows[i].pub;
		sb_append(&sb, i > 0 ? ",\n{\"kind\":" : "\n{\"kind\":");
		sb_append_json_string(&sb, eduind_check_kind_name(r->kind));
		sb_append(&sb, ",\"rule\":");
		sb_append_json_string(&sb, r->rule);
		sb_append(&sb, ",\"entity\":");
		sb_append_json_string(&sb, r->entity);
		sb_printf(&sb, ",\"period\":%d,\"expected\":", r->period);
		nt_append_json(&sb, r->expected);
		sb_append(&sb, ",\"actual\":");
		nt_append_json(&sb, r->actual);
		sb_append(&sb, ",\"difference\":");
		nt_append_json(&sb, r->difference);
		sb_append(&sb, ",\"message\":");
		sb_append_json_string(&sb, r->message);
		sb_append_char(&sb, '}');
	}
	sb_append(&sb, "]}\n");
	c_locale_leave(&loc);
	return sb_finish(&sb, out);
}
