#include <stdio.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"

static void test_header_matches_library(void)
{
	char expect[32];
	CU_ASSERT_EQUAL(eduind_version_number(), EDUIND_VERSION_NUMBER);
	CU_ASSERT_STRING_EQUAL(eduind_version(), EDUIND_VERSION_STRING);
	snprintf(expect, sizeof expect, "%d.%d.%d", EDUIND_VERSION_MAJOR, EDUIND_VERSION_MINOR,
	         EDUIND_VERSION_PATCH);
	CU_ASSERT_STRING_EQUAL(eduind_version(), expect);
	CU_ASSERT_TRUE(EDUIND_VERSION_CHECK(0, 1, 0));
	CU_ASSERT_FALSE(EDUIND_VERSION_CHECK(EDUIND_VERSION_MAJOR + 1, 0, 0));
}

int register_version_suite(void)
{
	CU_pSuite s = CU_add_suite("version", NULL, NULL);
	if (s == NULL || !CU_add_test(s, "header_matches_library", test_header_matches_library))
		return -1;
	return 0;
}
