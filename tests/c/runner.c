/* CUnit runner: registers every suite listed in the generated suites.h, then runs
 * all of them or the one named with -s NAME. Exit status is the failure count (capped). */
#include <stdio.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include <CUnit/Basic.h>
#include "suites.h"

int main(int argc, char **argv)
{
	unsigned int fails;
	size_t i;

	if (CU_initialize_registry() != CUE_SUCCESS)
		return 2;
	for (i = 0; eduind_test_suites[i] != NULL; i++) {
		if (eduind_test_suites[i]() != 0) {
			fprintf(stderr, "suite registration %zu failed: %s\n", i, CU_get_error_msg());
			CU_cleanup_registry();
			return 2;
		}
	}
	CU_basic_set_mode(CU_BRM_VERBOSE);
	if (argc == 3 && strcmp(argv[1], "-s") == 0) {
		CU_pSuite s = CU_get_suite(argv[2]);
		if (s == NULL) {
			fprintf(stderr, "no suite named %s\n", argv[2]);
			CU_cleanup_registry();
			return 2; /* an unknown suite must not pass */
		}
		CU_basic_run_suite(s);
	} else {
		CU_basic_run_tests();
	}
	fails = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
	CU_cleanup_registry();
	return fails > 0 ? 1 : 0;
}
