#include <locale.h>
#include <math.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

static const char *fmt(double v, int d, eduind_unit u)
{
	static char buf[64];
	CU_ASSERT_EQUAL(eduind_format(v, d, u, buf, sizeof buf), EDUIND_OK);
	return buf;
}

static void test_units(void)
{
	CU_ASSERT_STRING_EQUAL(fmt(54005.0 / 5307.0, 2, EDUIND_UNIT_RATIO), "10.18:1");
	CU_ASSERT_STRING_EQUAL(fmt(95.5, 1, EDUIND_UNIT_PERCENT), "95.5%");
	CU_ASSERT_STRING_EQUAL(fmt(98, 1, EDUIND_UNIT_PERCENT), "98.0%");
	CU_ASSERT_STRING_EQUAL(fmt(0.515257, 2, EDUIND_UNIT_COEFFICIENT), "0.52");
	CU_ASSERT_STRING_EQUAL(fmt(0.297929, 3, EDUIND_UNIT_COEFFICIENT), "0.298");
	CU_ASSERT_STRING_EQUAL(fmt(2.9, 1, EDUIND_UNIT_PP), "2.9 pp");
	CU_ASSERT_STRING_EQUAL(fmt(1, 0, EDUIND_UNIT_BOOLEAN), "yes");
	CU_ASSERT_STRING_EQUAL(fmt(0, 0, EDUIND_UNIT_BOOLEAN), "no");
	CU_ASSERT_STRING_EQUAL(fmt(129558, 0, EDUIND_UNIT_COUNT), "129558");
	CU_ASSERT_STRING_EQUAL(fmt(-0.004, 2, EDUIND_UNIT_NUMBER), "0.00");
	CU_ASSERT_STRING_EQUAL(fmt(-1.005, 2, EDUIND_UNIT_NUMBER), "-1.01");
	CU_ASSERT_STRING_EQUAL(fmt(0.000123, 5, EDUIND_UNIT_NUMBER), "0.00012");
	CU_ASSERT_STRING_EQUAL(fmt(1e20, 1, EDUIND_UNIT_NUMBER), "100000000000000000000.0");
	CU_ASSERT_STRING_EQUAL(fmt(999.999, 2, EDUIND_UNIT_YUAN), "1000.00");
}

static void test_format_decimal_and_errors(void)
{
	char buf[8];
	CU_ASSERT_EQUAL(eduind_format_decimal(16.975, 2, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "16.98");
	CU_ASSERT_EQUAL(eduind_format_decimal(123456.789, 2, buf, sizeof buf), EDUIND_EBUFSIZE);
	CU_ASSERT_STRING_EQUAL(buf, "");
	CU_ASSERT_EQUAL(eduind_format(95.5, 1, EDUIND_UNIT_PERCENT, buf, 5), EDUIND_EBUFSIZE);
	CU_ASSERT_STRING_EQUAL(buf, "");
	CU_ASSERT_EQUAL(eduind_format(NAN, 1, EDUIND_UNIT_PERCENT, buf, sizeof buf), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_format(1, 16, EDUIND_UNIT_PERCENT, buf, sizeof buf), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_format(1, 1, EDUIND_UNIT_PERCENT, NULL, 8), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_format_decimal(1, 1, NULL, 8), EDUIND_ENULL);
}

static void test_unit_names(void)
{
	int u;
	eduind_unit back;
	for (u = EDUIND_UNIT_NUMBER; u <= EDUIND_UNIT_BOOLEAN; u++) {
		CU_ASSERT_EQUAL(eduind_unit_from_name(eduind_unit_name((eduind_unit)u), &back), EDUIND_OK);
		CU_ASSERT_EQUAL((int)back, u);
	}
	CU_ASSERT_STRING_EQUAL(eduind_unit_name(EDUIND_UNIT_RATIO), "ratio");
	CU_ASSERT_STRING_EQUAL(eduind_unit_name((eduind_unit)99), "number");
	CU_ASSERT_EQUAL(eduind_unit_from_name("percentage", &back), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_unit_from_name(NULL, &back), EDUIND_ENULL);
}

static void test_locale_independent(void)
{
	const char *candidates[] = { "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8" };
	size_t i;
	char buf[32];
	double out;
	for (i = 0; i < sizeof candidates / sizeof candidates[0]; i++)
		if (setlocale(LC_NUMERIC, candidates[i]) != NULL)
			break;
	/* Whether or not a comma locale exists here, the output must use '.'. */
	CU_ASSERT_EQUAL(eduind_format(16.975, 2, EDUIND_UNIT_RATIO, buf, sizeof buf), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(buf, "16.98:1");
	CU_ASSERT_EQUAL(eduind_round(1.005, 2, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(out, 1.01);
	setlocale(LC_NUMERIC, "C");
}

int register_calc_format_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_format", NULL, NULL);
	if (s == NULL || !CU_add_test(s, "units", test_units) ||
	    !CU_add_test(s, "format_decimal_and_errors", test_format_decimal_and_errors) ||
	    !CU_add_test(s, "unit_names", test_unit_names) ||
	    !CU_add_test(s, "locale_independent", test_locale_independent))
		return -1;
	return 0;
}
