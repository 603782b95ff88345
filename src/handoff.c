/* memfd_create(2) and its seals are Linux's. */
#define _GNU_SOURCE	/* NOLINT(bugprone-reserved-identifier) */
#include <sys/mman.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "errors.h"
#include "handoff.h"
#include "output.h"

/*
 * A closed standard output would otherwise be where the memfd lands, and
 * the helper would write its report into the sealed table.
 */
static int
above_stdio(int fd)
{
	int high = fcntl(fd, F_DUPFD, STDERR_FILENO + 1);

	close(fd);
	return high;
}

int
handoff_give(const struct dataset *data, struct problem *problem)
{
	char number[16];
	int fd;

	if (data == NULL || data->text == NULL)
		return EX_OK;
	/* No MFD_CLOEXEC: the helper is to inherit it. */
	if ((fd = memfd_create("ovhmail-data", MFD_ALLOW_SEALING)) >= 0 &&
	    fd <= STDERR_FILENO)
		fd = above_stdio(fd);
	if (fd < 0 ||
	    output_write_all(fd, data->text, data->length) != 0 ||
	    fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW |
	    F_SEAL_WRITE | F_SEAL_SEAL) != 0) {
		problem_set(problem, EX_OSERR, "ovhmail-check", "cannot hand "
		    "the data over: %s", strerror(errno));
		if (fd >= 0)
			close(fd);
		return problem->status;
	}
	snprintf(number, sizeof(number), "%d", fd);
	if (setenv(HANDOFF_ENV, number, 1) != 0) {
		close(fd);
		return problem_set(problem, EX_OSERR, "ovhmail-check", "%s",
		    strerror(errno));
	}
	return EX_OK;
}

const char *
handoff_take(const char *given, char *buffer, size_t size)
{
	const char *value = getenv(HANDOFF_ENV);
	char *end;
	long fd;

	if (value == NULL)
		return given;
	fd = strtol(value, &end, 10);
	if (end == value || *end != '\0' || fd < 0 || fd > 1024 ||
	    fcntl((int)fd, F_GETFD) < 0)
		fd = -1;
	unsetenv(HANDOFF_ENV);
	if (fd < 0)
		return given;
	/* The helper's reads get their own offset, and nothing else has it. */
	(void)fcntl((int)fd, F_SETFD, FD_CLOEXEC);
	snprintf(buffer, size, "/dev/fd/%ld", fd);
	return buffer;
}

int
handoff_errors(const struct dataset *data, struct problem *problem)
{
	char *path = NULL;

	if (errors_locate(data->path, &path, problem) != EX_OK)
		return problem->status;
	if (setenv("OVHMAIL_ERRORS", path, 1) != 0)
		problem_set(problem, EX_OSERR, "OVHMAIL_ERRORS", "%s",
		    strerror(errno));
	free(path);
	return problem->status;
}
