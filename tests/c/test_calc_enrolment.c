/* Enrolment rates, including the MoE table of 小学学龄儿童净入学率 (methodology D.5): the
 * rows that reproduce must reproduce at one decimal, the known-bad rows must not. */
#include <math.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

struct ner_row {
	int year;
	double children, enrolled, published;
	int reproduces;
};

static const struct ner_row d5[] = {
	{ 1965, 11603.2, 9829.1, 84.7, 1 }, { 1980, 12219.6, 11478.2, 93.0, 0 },
	{ 1985, 10362.3, 9942.8, 95.9, 0 }, { 1990, 9740.7, 9529.7, 97.8, 1 },
	{ 1995, 12375.4, 12192.5, 98.5, 1 }, { 1996, 12876.5, 12723.3, 98.8, 1 },
	{ 1997, 13346.7, 13202.5, 98.9, 1 }, { 1999, 12991.4, 12872.8, 99.1, 1 },
	{ 2000, 12445.3, 12333.9, 99.1, 1 }, { 2001, 11766.4, 11561.2, 99.1, 0 },
	{ 2002, 11310.4, 11150.0, 98.6, 1 }, { 2003, 10908.3, 10761.6, 98.7, 1 },
	{ 2004, 10548.1, 10437.1, 98.9, 1 }, { 2005, 10207.0, 10120.3, 99.2, 1 },
	{ 2006, 10075.5, 10001.5, 99.3, 1 }, { 2007, 9947.9, 9896.8, 99.5, 1 },
	{ 2008, 9772.0, 9727.1, 99.5, 1 }, { 2009, 9606.6, 9548.6, 99.4, 1 },
	{ 2010, 9501.5, 9473.3, 99.7, 1 }, { 2011, 9522.4, 9502.5, 99.8, 1 },
};

static void test_moe_ner_table(void)
{
	size_t i, ok = 0;
	for (i = 0; i < sizeof d5 / sizeof d5[0]; i++) {
		double ner, r;
		CU_ASSERT_EQUAL_FATAL(eduind_net_enrolment_rate(d5[i].enrolled, d5[i].children, &ner), EDUIND_OK);
		CU_ASSERT_EQUAL_FATAL(eduind_round(ner, 1, &r), EDUIND_OK);
		if (d5[i].reproduces) {
			CU_ASSERT_EQUAL(r, d5[i].published);
			ok += r == d5[i].published;
		} else {
			CU_ASSERT_NOT_EQUAL(r, d5[i].published);
		}
	}
	CU_ASSERT_EQUAL(ok, 17);
}

static void test_ger_and_friends(void)
{
	double out = 0, capped[3];
	CU_ASSERT_EQUAL(eduind_gross_enrolment_ratio(28906, 30000, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 96.353333333, 1e-8);
	CU_ASSERT_EQUAL(eduind_gross_enrolment_ratio(120, 100, &out), EDUIND_OK); /* may exceed 100 */
	CU_ASSERT_DOUBLE_EQUAL(out, 120, 1e-12);
	CU_ASSERT_EQUAL(eduind_gross_enrolment_ratio(10, 0, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_gross_enrolment_ratio(0, 0, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_gross_enrolment_ratio(-10, 100, &out), EDUIND_ENEGATIVE);
	CU_ASSERT_EQUAL(eduind_gross_enrolment_ratio(NAN, 100, &out), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_gross_enrolment_ratio(1, 100, NULL), EDUIND_ENULL);
	CU_ASSERT_EQUAL(eduind_adjusted_ner(900, 50, 1000, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 95, 1e-12);
	CU_ASSERT_EQUAL(eduind_gross_intake_ratio(1050, 1000, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 105, 1e-12);
	CU_ASSERT_EQUAL(eduind_out_of_school_rate(1000, 950, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 5, 1e-12);
	CU_ASSERT_EQUAL(eduind_out_of_school_rate(1000, 1001, &out), EDUIND_EINCONSISTENT);
	/* UIS capping (A.2): m 103, f 99 -> 100, 96.117; GPI kept. */
	CU_ASSERT_EQUAL(eduind_ner_cap(103, 99, 101, 105, capped), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(capped[0], 100, 1e-12);
	CU_ASSERT_DOUBLE_EQUAL(capped[1], 96.116505, 1e-6);
	CU_ASSERT_DOUBLE_EQUAL(capped[1] / capped[0], 99.0 / 103.0, 1e-12);
	CU_ASSERT_EQUAL(eduind_ner_cap(98, 99, 98.5, 105, capped), EDUIND_OK);
	CU_ASSERT_EQUAL(capped[1], 99);
	CU_ASSERT_EQUAL(eduind_ner_cap(106, 99, 101, 105, capped), EDUIND_ERANGE);
	CU_ASSERT_EQUAL(eduind_ner_cap(96, 99, 101, 99, capped), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_ner_cap(96, 99, 101, 105, NULL), EDUIND_ENULL);
}

static void test_ratio_and_proportion(void)
{
	double out = 3;
	CU_ASSERT_EQUAL(eduind_ratio(1, 3, 100, &out), EDUIND_OK);
	CU_ASSERT_DOUBLE_EQUAL(out, 33.3333333333, 1e-9);
	CU_ASSERT_EQUAL(eduind_ratio(-5, 2, 1, &out), EDUIND_OK); /* a generic ratio may be negative */
	CU_ASSERT_EQUAL(out, -2.5);
	CU_ASSERT_EQUAL(eduind_ratio(1e308, 1e-308, 1, &out), EDUIND_ERANGE);
	CU_ASSERT_EQUAL(eduind_ratio(1, 2, INFINITY, &out), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_proportion(4218.20, 4805.21, 100, &out), EDUIND_OK); /* 87.78 % */
	CU_ASSERT_EQUAL(eduind_round(out, 2, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(out, 87.78);
	CU_ASSERT_EQUAL(eduind_proportion(11, 10, 100, &out), EDUIND_EINCONSISTENT);
	CU_ASSERT_EQUAL(eduind_proportion(0, 0, 100, &out), EDUIND_EZERODIV);
	CU_ASSERT_EQUAL(eduind_proportion(-1, 10, 100, &out), EDUIND_ENEGATIVE);
	CU_ASSERT_EQUAL(eduind_proportion(0, 10, 100, &out), EDUIND_OK);
	CU_ASSERT_EQUAL(out, 0);
}

int register_calc_enrolment_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_enrolment", NULL, NULL);
	if (s == NULL || !CU_add_test(s, "moe_ner_table", test_moe_ner_table) ||
	    !CU_add_test(s, "ger_and_friends", test_ger_and_friends) ||
	    !CU_add_test(s, "ratio_and_proportion", test_ratio_and_proportion))
		return -1;
	return 0;
}
