/* Progress for long runs: one self-rewriting line on stderr, only when stderr is a
 * terminal, so pipes and log files never get it. EDUIND_NO_PROGRESS=1 turns it off. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli.h"

void progress_init(progress *p, int total)
{
	const char *off = getenv("EDUIND_NO_PROGRESS");
	p->enabled = isatty(STDERR_FILENO) && !(off && *off && *off != '0');
	p->total = total;
	p->step = 0;
}

void progress_step(progress *p, const char *what)
{
	p->step++;
	if (!p->enabled)
		return;
	fprintf(stderr, "\r\033[K[%d/%d] %s…", p->step, p->total, what);
	fflush(stderr);
}

void progress_done(progress *p)
{
	if (!p->enabled || p->step == 0)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->step = 0;
}
