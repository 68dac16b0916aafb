/* eduind_format, eduind_format_decimal and the unit names. */
#include <locale.h>
#include <string.h>
#include "calc_testing.h"

static void expect_text(double value, int decimals, eduind_unit unit, const char *expected)
{
	char buf[64];
	CU_ASSERT_EQUAL(eduind_format(value, decimals, unit, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, expected);
}

static void test_units(void)
{
	expect_text(95.45, 1, EDUIND_UNIT_PERCENT, "95.5%");
	expect_text(16.975, 2, EDUIND_UNIT_RATIO, "16.98:1");
	expect_text(54005.0 / 5307.0, 2, EDUIND_UNIT_RATIO, "10.18:1");
	expect_text(2.94, 1, EDUIND_UNIT_PP, "2.9 pp");
	expect_text(-0.27, 2, EDUIND_UNIT_PP, "-0.27 pp");
	expect_text(1, 0, EDUIND_UNIT_BOOLEAN, "yes");
	expect_text(0, 2, EDUIND_UNIT_BOOLEAN, "no");
	expect_text(6380.5, 1, EDUIND_UNIT_COUNT, "6380.5");
	expect_text(2496.674864, 2, EDUIND_UNIT_YUAN, "2496.67");
	expect_text(0.515257, 2, EDUIND_UNIT_COEFFICIENT, "0.52");
	expect_text(9.905, 2, EDUIND_UNIT_YEARS, "9.91");
	expect_text(4.5, 1, EDUIND_UNIT_AREA, "4.5");
	expect_text(2.3, 1, EDUIND_UNIT_PER_100, "2.3");
	expect_text(87.78, 2, EDUIND_UNIT_NUMBER, "87.78");
}

static void test_decimal_text(void)
{
	char buf[400];
	CU_ASSERT_EQUAL(eduind_format_decimal(16.975, 2, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "16.98");
	CU_ASSERT_EQUAL(eduind_format_decimal(-2.5, 0, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "-3");
	CU_ASSERT_EQUAL(eduind_format_decimal(0.5, 2, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "0.50");
	CU_ASSERT_EQUAL(eduind_format_decimal(-0.004, 2, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "0.00");                /* no "-0.00" */
	CU_ASSERT_EQUAL(eduind_format_decimal(-0.005, 2, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "-0.01");
	CU_ASSERT_EQUAL(eduind_format_decimal(9.995, 2, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "10.00");
	CU_ASSERT_EQUAL(eduind_format_decimal(0.0001234, 6, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "0.000123");
	CU_ASSERT_EQUAL(eduind_format_decimal(129558, 0, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "129558");
	CU_ASSERT_EQUAL(eduind_format_decimal(0.1 + 0.2, 15, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "0.300000000000000");
	CU_ASSERT_EQUAL(eduind_format_decimal(1e-300, 3, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "0.000");
	/* Beyond 15 significant digits the text shows zeros. */
	CU_ASSERT_EQUAL(eduind_format_decimal(1e20, 1, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "100000000000000000000.0");
	CU_ASSERT_EQUAL(eduind_format_decimal(1e300, 2, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_EQUAL(strlen(buf), 301 + 3);
	CU_ASSERT_EQUAL(strncmp(buf, "10000", 5), 0);
	CU_ASSERT_STRING_EQUAL(buf + 301, ".00");
}

static void test_errors(void)
{
	char buf[8];
	char big[32];
	CU_ASSERT_EQUAL(eduind_format_decimal(NAN, 2, big, sizeof big), EDUIND_ENONFINITE);
	CU_ASSERT_STRING_EQUAL(big, "");
	CU_ASSERT_EQUAL(eduind_format(INFINITY, 2, EDUIND_UNIT_PERCENT, big, sizeof big), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_format_decimal(1.0, 16, big, sizeof big), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_format_decimal(1.0, -1, big, sizeof big), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_format(1.0, 2, (eduind_unit)99, big, sizeof big), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_format(0.5, 0, EDUIND_UNIT_BOOLEAN, big, sizeof big), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(big, "yes");                 /* any non-zero is yes */
	CU_ASSERT_EQUAL(eduind_format(INFINITY, 0, EDUIND_UNIT_BOOLEAN, big, sizeof big), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_format(NAN, 0, EDUIND_UNIT_BOOLEAN, big, sizeof big), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_format_decimal(1.0, 2, NULL, 10), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_format_decimal(1.0, 2, buf, 0), EDUIND_EBUFSIZE);
	/* "16.98:1" needs 8 bytes with its NUL; 7 is too small and leaves "". */
	CU_ASSERT_EQUAL(eduind_format(16.975, 2, EDUIND_UNIT_RATIO, buf, 7), EDUIND_EBUFSIZE);
	CU_ASSERT_STRING_EQUAL(buf, "");
	CU_ASSERT_EQUAL(eduind_format(16.975, 2, EDUIND_UNIT_RATIO, buf, 8), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "16.98:1");
	CU_ASSERT_EQUAL(eduind_format(1, 0, EDUIND_UNIT_BOOLEAN, buf, 3), EDUIND_EBUFSIZE);
	CU_ASSERT_STRING_EQUAL(buf, "");
	CU_ASSERT_EQUAL(eduind_format_decimal(-1.5, 1, buf, 4), EDUIND_EBUFSIZE);
	CU_ASSERT_EQUAL(eduind_format_decimal(-1.5, 1, buf, 5), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "-1.5");
}

static void test_unit_names(void)
{
	static const char *names[] = { "number", "percent", "ratio", "per100", "yuan", "years",
	                               "coefficient", "count", "pp", "m2", "boolean" };
	size_t i;
	eduind_unit u = EDUIND_UNIT_NUMBER;
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		CU_ASSERT_STRING_EQUAL(eduind_unit_name((eduind_unit)i), names[i]);
		CU_ASSERT_EQUAL(eduind_unit_from_name(names[i], &u), EDUIND_OK);
		CU_ASSERT_EQUAL(u, (eduind_unit)i);
	}
	CU_ASSERT_EQUAL(EDUIND_UNIT_BOOLEAN, 10);
	CU_ASSERT_STRING_EQUAL(eduind_unit_name((eduind_unit)42), "number");
	CU_ASSERT_STRING_EQUAL(eduind_unit_name((eduind_unit)-1), "number");
	u = EDUIND_UNIT_RATIO;
	CU_ASSERT_EQUAL(eduind_unit_from_name("Percent", &u), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_unit_from_name("", &u), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(u, EDUIND_UNIT_RATIO);
	CU_ASSERT_EQUAL(eduind_unit_from_name(NULL, &u), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_unit_from_name("pp", NULL), EDUIND_ENULL);
}

/* A host program that switched to a comma-decimal locale must still get '.', and the
 * rounding (which reads printf's digits) must not change. Skipped when no such locale
 * is installed (Debian's default container has only C and C.UTF-8). */
static void test_comma_locale(void)
{
	static const char *candidates[] = { "de_DE.UTF-8", "de_DE.utf8", "de_DE", "fr_FR.UTF-8",
	                                    "fr_FR.utf8", "ru_RU.UTF-8", "ru_RU.utf8", NULL };
	const char *got = NULL;
	char buf[64];
	double r = NAN;
	int i;

	for (i = 0; candidates[i] != NULL && got == NULL; i++) {
		if (setlocale(LC_NUMERIC, candidates[i]) != NULL &&
		    strcmp(localeconv()->decimal_point, ".") != 0)
			got = candidates[i];
	}
	if (got == NULL) {
		setlocale(LC_NUMERIC, "C");
		CU_PASS("no comma-decimal locale installed: locale check skipped");
		return;
	}
	snprintf(buf, sizeof buf, "%.1f", 1.5);
	CU_ASSERT_STRING_NOT_EQUAL(buf, "1.5");          /* the locale really is active */
	CU_ASSERT_EQUAL(eduind_format(16.975, 2, EDUIND_UNIT_RATIO, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "16.98:1");
	CU_ASSERT_EQUAL(eduind_format(95.45, 1, EDUIND_UNIT_PERCENT, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "95.5%");
	CU_ASSERT_EQUAL(eduind_format_decimal(-1234567.125, 2, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "-1234567.13");
	CU_ASSERT_EQUAL(eduind_round(1.005, 2, &r), EDUIND_OK);
	CU_ASSERT_EQUAL(r, 1.01);
	CU_ASSERT_EQUAL(eduind_round(1e-300, 15, &r), EDUIND_OK);
	CU_ASSERT_EQUAL(r, 0.0);
	CU_ASSERT_EQUAL(eduind_round(1.23456789e250, 0, &r), EDUIND_OK);
	CU_ASSERT_EQUAL(r, 1.23456789e250);
	setlocale(LC_NUMERIC, "C");
}

int register_calc_format_edges_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_format_edges", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "units", test_units) ||
	    !CU_add_test(s, "decimal_text", test_decimal_text) ||
	    !CU_add_test(s, "errors", test_errors) ||
	    !CU_add_test(s, "unit_names", test_unit_names) ||
	    !CU_add_test(s, "comma_locale", test_comma_locale))
		return -1;
	return 0;
}
