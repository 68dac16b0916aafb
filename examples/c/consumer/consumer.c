/* Built against an installed libeduind, once with find_package and once with
 * pkg-config (see .ci/run). Prints the Altay primary pupil:teacher ratio, 2020. */
#include <stdio.h>
#include <eduind/eduind.h>

int main(void)
{
	double ptr;
	char text[32];
	eduind_status st;

	if (eduind_version_number() != EDUIND_VERSION_NUMBER) {
		fprintf(stderr, "header %s but library %s\n", EDUIND_VERSION_STRING, eduind_version());
		return 1;
	}
	st = eduind_pupil_teacher_ratio(54005, 5307, &ptr);
	if (st == EDUIND_OK)
		st = eduind_format(ptr, 2, EDUIND_UNIT_RATIO, text, sizeof text);
	if (st != EDUIND_OK) {
		fprintf(stderr, "eduind: %s\n", eduind_status_str(st));
		return 1;
	}
	printf("libeduind %s: Altay primary pupil:teacher ratio 2020 = %s\n", eduind_version(), text);
	return 0;
}
