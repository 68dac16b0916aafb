/* Private: run a stretch of code in the "C" numeric locale on this thread only.
 * strtod, printf("%g") and cJSON's number parser follow the thread's LC_NUMERIC; a host
 * program that called setlocale(LC_ALL, "de_DE") would otherwise read "1.5" as 1 and
 * write "1,5". uselocale() is per thread, so this is safe alongside other threads. */
#ifndef EDUIND_IO_C_LOCALE_H
#define EDUIND_IO_C_LOCALE_H

typedef struct c_locale_scope {
	void *c_loc;   /* locale_t, kept opaque so users need no POSIX feature macros */
	void *old_loc;
	int active;
} c_locale_scope;

/* Best effort: if the locale object cannot be made, the scope does nothing and the
 * current locale stays (which is "C" unless the host program changed it). */
void c_locale_enter(c_locale_scope *s);
void c_locale_leave(c_locale_scope *s);

#endif
