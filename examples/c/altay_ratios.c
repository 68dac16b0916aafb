/* Altay Prefecture, 2015 and 2020 (阿勒泰地区教育事业发展基本情况, seed-indicators.md §2.1):
 * pupil:teacher ratios by school type, enrolment growth, and compound growth of the
 * total, all through the public calculation API. */
#include <stdio.h>
#include <eduind/eduind.h>

struct school_type {
	const char *zh;
	const char *en;
	double students[2]; /* 2015, 2020 */
	double teachers[2];
};

static const struct school_type types[] = {
	{ "幼儿园", "kindergarten", { 21130, 28906 }, { 965, 2296 } },
	{ "小学", "primary", { 49844, 54005 }, { 4736, 5307 } },
	{ "中学", "secondary", { 32999, 35594 }, { 3381, 3217 } },
	{ "  初中", "  junior secondary", { 20204, 23143 }, { 2114, 2113 } },
	{ "  高中", "  senior secondary", { 12795, 12451 }, { 1267, 1104 } },
	{ "中等职业学校", "secondary vocational", { 3070, 4751 }, { 376, 439 } },
	{ "  技工学校", "  of which technical", { 1345, 1819 }, { 136, 129 } },
	{ "高等学校", "higher education", { 4718, 6108 }, { 37, 143 } },
	{ "特殊教育学校", "special education", { 50, 194 }, { 25, 35 } },
	{ "合计", "total", { 111811, 129558 }, { 9520, 11437 } },
};

/* Prints a value as publications do, or the reason it has none. */
static void cell(eduind_status st, double v, int decimals, eduind_unit unit, int width)
{
	char text[48];
	if (st == EDUIND_OK)
		st = eduind_format(v, decimals, unit, text, sizeof text);
	printf(" %*s", width, st == EDUIND_OK ? text : eduind_status_name(st));
}

int main(void)
{
	size_t i;
	double cagr;
	eduind_status st;

	printf("阿勒泰地区 Altay Prefecture: pupil:teacher ratio (生师比) and enrolment growth\n");
	printf("libeduind %s\n\n", eduind_version());
	printf("%-24s %10s %10s %14s\n", "school type", "PTR 2015", "PTR 2020", "pupils 15->20");
	for (i = 0; i < sizeof types / sizeof types[0]; i++) {
		const struct school_type *t = &types[i];
		double v;
		printf("%-24s", t->en);
		st = eduind_pupil_teacher_ratio(t->students[0], t->teachers[0], &v);
		cell(st, v, 2, EDUIND_UNIT_RATIO, 10);
		st = eduind_pupil_teacher_ratio(t->students[1], t->teachers[1], &v);
		cell(st, v, 2, EDUIND_UNIT_RATIO, 10);
		st = eduind_growth_rate(t->students[0], t->students[1], &v);
		cell(st, v, 2, EDUIND_UNIT_PERCENT, 14);
		printf("  %s\n", t->zh);
	}
	st = eduind_cagr(types[9].students[0], types[9].students[1], 5, &cagr);
	printf("\nTotal enrolment grew");
	cell(st, cagr, 2, EDUIND_UNIT_PERCENT, 0);
	printf(" a year (compound, 2015-2020).\n");
	return st == EDUIND_OK ? 0 : 1;
}
