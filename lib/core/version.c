#include "eduind/version.h"

const char *eduind_version(void)
{
	return EDUIND_VERSION_STRING;
}

int eduind_version_number(void)
{
	return EDUIND_VERSION_NUMBER;
}
