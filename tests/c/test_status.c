#include <math.h>
#include <string.h>
#include <CUnit/CUnit.h>
#include "eduind/eduind.h"
#include "internal/error.h"
#include "internal/strbuf.h"

static void test_every_code_has_text(void)
{
	int code;
	for (code = -64; code <= 64; code++) {
		const char *s = eduind_status_str((eduind_status)code);
		const char *n = eduind_status_name((eduind_status)code);
		CU_ASSERT_PTR_NOT_NULL_FATAL(s);
		CU_ASSERT_PTR_NOT_NULL_FATAL(n);
		if (code >= EDUIND_STATUS_MIN && code <= EDUIND_OK) {
			CU_ASSERT_STRING_NOT_EQUAL(s, "unknown error");
			CU_ASSERT_EQUAL(strncmp(n, "EDUIND_", 7), 0);
			CU_ASSERT_STRING_NOT_EQUAL(n, "EDUIND_UNKNOWN");
		} else {
			CU_ASSERT_STRING_EQUAL(s, "unknown error");
			CU_ASSERT_STRING_EQUAL(n, "EDUIND_UNKNOWN");
		}
	}
	CU_ASSERT_STRING_EQUAL(eduind_status_name(EDUIND_EZERODIV), "EDUIND_EZERODIV");
}

static void test_error_record(void)
{
	eduind_error err;
	char buf[600];
	eduind_error_clear(&err);
	CU_ASSERT_EQUAL(err.status, EDUIND_OK);
	CU_ASSERT_EQUAL(eduind__fail(&err, EDUIND_EPARSE, "expected %s", "')'"), EDUIND_EPARSE);
	CU_ASSERT_EQUAL(err.status, EDUIND_EPARSE);
	CU_ASSERT_STRING_EQUAL(err.message, "expected ')'");
	eduind__fail_at(&err, EDUIND_ESCHEMA, "defs.json", 3, 7, "$.indicators[0].unit", "unknown unit \"x\"");
	eduind_error_format(&err, buf, sizeof buf);
	CU_ASSERT_STRING_EQUAL(buf, "defs.json:3:7: $.indicators[0].unit: unknown unit \"x\"");
	/* NULL records are allowed everywhere. */
	CU_ASSERT_EQUAL(eduind__fail(NULL, EDUIND_EIO, "x"), EDUIND_EIO);
	eduind_error_clear(NULL);
	CU_ASSERT_EQUAL(eduind_error_format(NULL, buf, sizeof buf), 0);
}

static void test_truncation_keeps_utf8(void)
{
	char small[8];
	/* "毛入园率" is 12 bytes; 7 usable bytes must hold 2 whole characters, not 2.33. */
	eduind__copy_text(small, sizeof small, "毛入园率");
	CU_ASSERT_EQUAL(strlen(small), 6);
	CU_ASSERT_STRING_EQUAL(small, "毛入");
}

static void test_strbuf_escapes(void)
{
	strbuf sb = STRBUF_INIT;
	char *out = NULL;
	sb_append_json_string(&sb, "a\"b\\\n\x01");
	sb_append_char(&sb, ' ');
	sb_append_csv_field(&sb, "x,\"y\"");
	CU_ASSERT_EQUAL(sb_finish(&sb, &out), EDUIND_OK);
	CU_ASSERT_STRING_EQUAL(out, "\"a\\\"b\\\\\\n\\u0001\" \"x,\"\"y\"\"\"");
	eduind_free(out);
}

int register_status_suite(void)
{
	CU_pSuite s = CU_add_suite("status", NULL, NULL);
	if (s == NULL)
		return -1;
	if (!CU_add_test(s, "every_code_has_text", test_every_code_has_text) ||
	    !CU_add_test(s, "error_record", test_error_record) ||
	    !CU_add_test(s, "truncation_keeps_utf8", test_truncation_keeps_utf8) ||
	    !CU_add_test(s, "strbuf_escapes", test_strbuf_escapes))
		return -1;
	return 0;
}
