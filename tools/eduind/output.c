/* Writes a finished report: to stdout, or to --output FILE through a temporary file in
 * the same directory renamed over the target, so readers never see half a file and a
 * failure leaves the old file (or none) in place. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

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

int output_write(const cli_ctx *ctx, const textbuf *b)
{
	if (b->failed) {
		cli_error(ctx, "out of memory while rendering");
		return CLI_INTERNAL;
	}
	if (!ctx->output) {
		if (b->len && fwrite(b->data, 1, b->len, stdout) != b->len) {
			cli_error(ctx, "cannot write to standard output: %s", strerror(errno));
			return CLI_INTERNAL;
		}
		return CLI_OK;
	}
	const char *path = ctx->output;
	size_t n = strlen(path);
	char *tmp = malloc(n + sizeof ".XXXXXX");
	if (!tmp) {
		cli_error(ctx, "out of memory");
		return CLI_INTERNAL;
	}
	memcpy(tmp, path, n);
	memcpy(tmp + n, ".XXXXXX", sizeof ".XXXXXX");
	int fd = mkstemp(tmp);
	if (fd < 0) {
		cli_error(ctx, "cannot write '%s': %s", path, strerror(errno));
		free(tmp);
		return CLI_INPUT;
	}
	/* mkstemp makes the file private; a report is an ordinary file (umask applies). */
	mode_t mask = umask(0);
	umask(mask);
	(void)fchmod(fd, 0666 & ~mask);
	int failed = write_all(fd, b->data ? b->data : "", b->len) != 0 || fsync(fd) != 0;
	int saved = errno;
	if (close(fd) != 0 && !failed) {
		failed = 1;
		saved = errno;
	}
	if (!failed && rename(tmp, path) != 0) {
		failed = 1;
		saved = errno;
	}
	if (failed) {
		unlink(tmp);
		cli_error(ctx, "cannot write '%s': %s", path, strerror(saved));
		free(tmp);
		return CLI_INPUT;
	}
	free(tmp);
	return CLI_OK;
}
