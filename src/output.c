#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "output.h"

int
output_write_all(int fd, const char *text, size_t length)
{
	ssize_t n;

	while (length > 0) {
		if ((n = write(fd, text, length)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		text += n;
		length -= (size_t)n;
	}
	return 0;
}

static mode_t
public_mode(void)
{
	mode_t mask = umask(022);

	umask(mask);
	return 0666 & ~mask;
}

static int
write_file(const char *path, const char *text, size_t length,
    bool private_file, struct problem *problem)
{
	size_t size = strlen(path) + sizeof(".XXXXXX");
	char *temporary;
	int fd, status = EX_OK;

	if ((temporary = malloc(size)) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	snprintf(temporary, size, "%s.XXXXXX", path);
	if ((fd = mkstemp(temporary)) < 0) {
		status = problem_set(problem, EX_CANTCREAT, path, "%s",
		    strerror(errno));
		free(temporary);
		return status;
	}
	if ((!private_file && fchmod(fd, public_mode()) != 0) ||
	    output_write_all(fd, text, length) != 0 || fsync(fd) != 0)
		status = problem_set(problem, EX_IOERR, path, "%s",
		    strerror(errno));
	if (close(fd) != 0 && status == EX_OK)
		status = problem_set(problem, EX_IOERR, path, "%s",
		    strerror(errno));
	if (status == EX_OK && rename(temporary, path) != 0)
		status = problem_set(problem, EX_CANTCREAT, path, "%s",
		    strerror(errno));
	if (status != EX_OK)
		unlink(temporary);
	free(temporary);
	return status;
}

int
output_write(const char *path, const char *text, size_t length,
    bool private_file, struct problem *problem)
{
	if (path != NULL && strcmp(path, "-") != 0)
		return write_file(path, text, length, private_file, problem);
	if (fwrite(text, 1, length, stdout) != length)
		return problem_set(problem, EX_IOERR, "stdout", "%s",
		    strerror(errno));
	return EX_OK;
}
