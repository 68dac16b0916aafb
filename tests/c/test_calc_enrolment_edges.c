/* Edge cases of enrolment and intake: GER, NER, adjusted NER, NER capping, GIR,
 * out-of-school rate (the MoE D.5 table is in calc_enrolment). */
#include "calc_testing.h"

static void test_ger(void)
{
	double out;
	/* GER is not capped: over-age pupils can push it past 100 (A.1). */
	CHECK_VALUE(110.0, 1e-12, eduind_gross_enrolment_ratio(1100, 1000, &out));
	/* D.8: 2907 / 12438 = 23.37% (published 23.3 came from other inputs). */
	CHECK_VALUE(23.3719, 1e-4, eduind_gross_enrolment_ratio(2907, 12438, &out));
	CU_ASSERT_EQUAL(calc_rounded(out, 1), 23.4);
	CHECK_FAILS(EDUIND_EZERODIV, eduind_gross_enrolment_ratio(10, 0, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_gross_enrolment_ratio(-10, 100, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_gross_enrolment_ratio(NAN, 100, &out));
	CU_ASSERT_EQUAL(eduind_gross_enrolment_ratio(1, 2, NULL), EDUIND_ENULL);
}

static void test_ner_and_adjusted(void)
{
	double out;
	CHECK_VALUE(95.0, 1e-12, eduind_net_enrolment_rate(950, 1000, &out));
	CHECK_VALUE(101.0, 1e-12, eduind_net_enrolment_rate(1010, 1000, &out)); /* see ner_cap */
	CHECK_FAILS(EDUIND_EZERODIV, eduind_net_enrolment_rate(0, 0, &out));
	CHECK_VALUE(97.0, 1e-12, eduind_adjusted_ner(950, 20, 1000, &out));
	CHECK_VALUE(0.0, 0, eduind_adjusted_ner(0, 0, 1000, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_adjusted_ner(950, -20, 1000, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_adjusted_ner(950, NAN, 1000, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_adjusted_ner(950, 20, 0, &out));
	CU_ASSERT_EQUAL(eduind_adjusted_ner(1, 1, 1, NULL), EDUIND_ENULL);
}

static void test_ner_cap(void)
{
	double out[3] = { -1, -1, -1 };
	double gpi_before, gpi_after;
	/* A.2 example: m = 103, f = 99 -> 100, 96.117; the GPI is unchanged. */
	CU_ASSERT_EQUAL_FATAL(eduind_ner_cap(103, 99, 101, 105, out), EDUIND_OK);
	CU_ASSERT_EQUAL(out[0], 100.0);
	CU_ASSERT_EQUAL(calc_rounded(out[1], 3), 96.117);
	CU_ASSERT_DOUBLE_EQUAL(out[2], 101.0 * 100.0 / 103.0, 1e-12);
	gpi_before = 99.0 / 103.0;
	gpi_after = out[1] / out[0];
	CU_ASSERT_DOUBLE_EQUAL(gpi_after, gpi_before, 1e-15);
	CU_ASSERT_EQUAL(calc_rounded(gpi_after, 5), 0.96117);
	/* Female higher. */
	CU_ASSERT_EQUAL(eduind_ner_cap(98, 104, 101, 105, out), EDUIND_OK);
	CU_ASSERT_EQUAL(out[1], 100.0);
	CU_ASSERT_DOUBLE_EQUAL(out[0], 98.0 * 100.0 / 104.0, 1e-12);
	/* Nothing to do at or below 100. */
	CU_ASSERT_EQUAL(eduind_ner_cap(100, 97.5, 98.8, 105, out), EDUIND_OK);
	CU_ASSERT_EQUAL(out[0], 100.0);
	CU_ASSERT_EQUAL(out[1], 97.5);
	CU_ASSERT_EQUAL(out[2], 98.8);
	/* Exactly at the limit is still published; above it is not. */
	CU_ASSERT_EQUAL(eduind_ner_cap(105, 99, 102, 105, out), EDUIND_OK);
	CU_ASSERT_EQUAL(out[0], 100.0);
	out[0] = out[1] = out[2] = -1;
	CU_ASSERT_EQUAL(eduind_ner_cap(105.1, 99, 102, 105, out), EDUIND_ERANGE);
	CU_ASSERT_EQUAL(out[0], -1);
	CU_ASSERT_EQUAL(out[2], -1);
	/* A looser limit is the caller's choice. */
	CU_ASSERT_EQUAL(eduind_ner_cap(105.1, 99, 102, 110, out), EDUIND_OK);
	CU_ASSERT_EQUAL(eduind_ner_cap(101, 99, 100, 99.9, out), EDUIND_EINVAL);
	CU_ASSERT_EQUAL(eduind_ner_cap(101, -99, 100, 105, out), EDUIND_ENEGATIVE);
	CU_ASSERT_EQUAL(eduind_ner_cap(101, 99, NAN, 105, out), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_ner_cap(101, 99, 100, INFINITY, out), EDUIND_ENONFINITE);
	CU_ASSERT_EQUAL(eduind_ner_cap(101, 99, 100, 105, NULL), EDUIND_ENULL);
}

static void test_gir(void)
{
	double out;
	CHECK_VALUE(104.0, 1e-12, eduind_gross_intake_ratio(1040, 1000, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_gross_intake_ratio(1040, 0, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_gross_intake_ratio(1040, -1, &out));
}

static void test_out_of_school(void)
{
	double out;
	CHECK_VALUE(4.0, 1e-12, eduind_out_of_school_rate(1000, 960, &out));
	CHECK_VALUE(0.0, 0, eduind_out_of_school_rate(1000, 1000, &out));
	CHECK_VALUE(100.0, 0, eduind_out_of_school_rate(1000, 0, &out));
	CHECK_FAILS(EDUIND_EINCONSISTENT, eduind_out_of_school_rate(1000, 1001, &out));
	CHECK_FAILS(EDUIND_EZERODIV, eduind_out_of_school_rate(0, 0, &out));
	CHECK_FAILS(EDUIND_ENEGATIVE, eduind_out_of_school_rate(1000, -1, &out));
	CHECK_FAILS(EDUIND_ENONFINITE, eduind_out_of_school_rate(INFINITY, 1, &out));
	CU_ASSERT_EQUAL(eduind_out_of_school_rate(1, 1, NULL), EDUIND_ENULL);
}

int register_calc_enrolment_edges_suite(void)
{
	CU_pSuite s = CU_add_suite("calc_enrolment_edges", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "ger", test_ger) ||
	    !CU_add_test(s, "ner_and_adjusted", test_ner_and_adjusted) ||
	    !CU_add_test(s, "ner_cap", test_ner_cap) ||
	    !CU_add_test(s, "gir", test_gir) ||
	    !CU_add_test(s, "out_of_school", test_out_of_school))
		return -1;
	return 0;
}
