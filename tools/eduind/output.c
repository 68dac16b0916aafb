/* Writes a finished report: to stdout, or to --output FILE through a temporary file in
 * the same directory renamed over the target, so readers never see half a file and a
 * failure leaves the old file (or none) in place. Large reports may be written in
 * pieces (output_open / output_put / output_commit); the rename still happens only
 * once everything is written. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

struct output {
	const cli_ctx *ctx;
	int fd;            /* STDOUT_FILENO or the temporary file */
	char *tmp;         /* temporary path, NULL for stdout */
	int failed;
	int saved_errno;
};

static int write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

int output_open(const cli_ctx *ctx, output **out)
{
	*out = NULL;
	output *o = calloc(1, sizeof *o);
	if (!o) {
		cli_error(ctx, "out of memory");
		return CLI_INTERNAL;
	}
	o->ctx = ctx;
	o->fd = STDOUT_FILENO;
	if (ctx->output) {
		size_t n = strlen(ctx->output);
		o->tmp = malloc(n + sizeof ".XXXXXX");
		if (!o->tmp) {
			free(o);
			cli_error(ctx, "out of memory");
			return CLI_INTERNAL;
		}
		memcpy(o->tmp, ctx->output, n);
		memcpy(o->tmp + n, ".XXXXXX", sizeof ".XXXXXX");
		o->fd = mkstemp(o->tmp);
		if (o->fd < 0) {
			cli_error(ctx, "cannot write '%s': %s", ctx->output, strerror(errno));
			free(o->tmp);
			free(o);
			return CLI_INPUT;
		}
		/* mkstemp makes the file private; a report is an ordinary file (umask applies). */
		mode_t mask = umask(0);
		umask(mask);
		(void)fchmod(o->fd, 0666 & ~mask);
	} else {
		/* Anything printed through stdio so far goes first. */
		fflush(stdout);
	}
	*out = o;
	return CLI_OK;
}

void output_put(output *o, const char *data, size_t len)
{
	if (o->failed || len == 0)
		return;
	if (write_all(o->fd, data, len) != 0) {
		o->failed = 1;
		o->saved_errno = errno;
	}
}

void output_abort(output *o)
{
	if (!o)
		return;
	if (o->tmp) {
		close(o->fd);
		unlink(o->tmp);
		free(o->tmp);
	}
	free(o);
}

int output_commit(output *o)
{
	const cli_ctx *ctx = o->ctx;
	if (!o->tmp) {
		int failed = o->failed;
		int e = o->saved_errno;
		free(o);
		if (failed) {
			cli_error(ctx, "cannot write to standard output: %s", strerror(e));
			return CLI_INTERNAL;
		}
		return CLI_OK;
	}
	if (!o->failed && fsync(o->fd) != 0) {
		o->failed = 1;
		o->saved_errno = errno;
	}
	if (close(o->fd) != 0 && !o->failed) {
		o->failed = 1;
		o->saved_errno = errno;
	}
	if (!o->failed && rename(o->tmp, ctx->output) != 0) {
		o->failed = 1;
		o->saved_errno = errno;
	}
	int rc = CLI_OK;
	if (o->failed) {
		unlink(o->tmp);
		cli_error(ctx, "cannot write '%s': %s", ctx->output, strerror(o->saved_errno));
		rc = CLI_INPUT;
	}
	free(o->tmp);
	free(o);
	return rc;
}

int output_write(const cli_ctx *ctx, const textbuf *b)
{
	if (b->failed) {
		cli_error(ctx, "out of memory while rendering");
		return CLI_INTERNAL;
	}
	output *o;
	int rc = output_open(ctx, &o);
	if (rc != CLI_OK)
		return rc;
	output_put(o, b->data ? b->data : "", b->len);
	return output_commit(o);
}
