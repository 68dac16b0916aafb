/* Large result columns: asking for transparent huge pages where the system offers
 * them cuts the page faults of a million-entity evaluation by a factor of 512. */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <sys/mman.h>
#include "eval/eval_ctx.h"

#define HUGE_PAGE ((size_t)2 << 20)

void *ev_alloc(size_t bytes)
{
#if defined(MADV_HUGEPAGE) && !defined(EDUIND_NO_HUGE_PAGES)
	if (bytes >= 2 * HUGE_PAGE) {
		void *p = NULL;
		if (posix_memalign(&p, HUGE_PAGE, bytes) != 0)
			return NULL;
		madvise(p, bytes & ~(HUGE_PAGE - 1), MADV_HUGEPAGE); /* advice only: failure is harmless */
		return p;
	}
#endif
	return malloc(bytes ? bytes : 1);
}
