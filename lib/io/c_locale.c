#define _POSIX_C_SOURCE 200809L
#include <locale.h>
#include "io/c_locale.h"

void c_locale_enter(c_locale_scope *s)
{
	locale_t c, old;
	s->active = 0;
	s->c_loc = s->old_loc = NULL;
	c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	if (c == (locale_t)0)
		return;
	old = uselocale(c);
	if (old == (locale_t)0) {
		freelocale(c);
		return;
	}
	s->c_loc = (void *)c;
	s->old_loc = (void *)old;
	s->active = 1;
}

void c_locale_leave(c_locale_scope *s)
{
	if (!s->active)
		return;
	uselocale((locale_t)s->old_loc);
	freelocale((locale_t)s->c_loc);
	s->active = 0;
}
