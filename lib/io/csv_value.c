#include <string.h>
#include "io/csv_value.h"
#include "io/numtext.h"

char *csv_trim(char *s)
{
	size_t n;
	char *start = s;
	while (*start == ' ' || *start == '\t')
		start++;
	n = strlen(start);
	while (n > 0 && (start[n - 1] == ' ' || start[n - 1] == '\t'))
		n--;
	memmove(s, start, n);
	s[n] = '\0';
	return s;
}

static int same_ascii_nocase(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char x = (*a >= 'A' && *a <= 'Z') ? (char)(*a - 'A' + 'a') : *a;
		char y = (*b >= 'A' && *b <= 'Z') ? (char)(*b - 'A' + 'a') : *b;
		if (x != y)
			return 0;
	}
	return *a == *b;
}

int csv_value_parse(char *text, double *value, eduind_state *state)
{
	size_t n;
	double v;
	char num[512];
	csv_trim(text);
	if (text[0] == '\0' || same_ascii_nocase(text, "NA") || strcmp(text, "-") == 0 ||
	    strcmp(text, "\xE2\x80\x94") == 0 /* em dash, as printed in Chinese tables */ ||
	    same_ascii_nocase(text, "missing")) {
		*state = EDUIND_STATE_MISSING;
		return 1;
	}
	if (same_ascii_nocase(text, "n/a")) {
		*state = EDUIND_STATE_NOT_APPLICABLE;
		return 1;
	}
	/* Work on a copy so that the caller can still quote the cell as written. */
	n = strlen(text);
	if (n >= sizeof num)
		return 0;
	memcpy(num, text, n + 1);
	if (n > 1 && num[n - 1] == '%') {
		num[n - 1] = '\0';
		csv_trim(num);
	}
	if (!nt_parse(num, &v))
		return 0;
	*value = v;
	*state = EDUIND_STATE_PRESENT;
	return 1;
}
