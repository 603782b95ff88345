/* realpath(3) is XSI. */
#define _XOPEN_SOURCE 700	/* NOLINT(bugprone-reserved-identifier) */

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "cleanup.h"
#include "output.h"

/*
 * The temporary file that a signal ending the program must remove (see
 * cleanup.h).  A signal handler reaches nothing but globals: they are
 * set only while the signals are blocked.
 */
static char temporary[PATH_MAX];
static volatile sig_atomic_t have_temporary;

/* Only async-signal-safe calls: unlink(2), and cleanup_reraise(). */
static void
remove_temporary(int sig)
{
	if (have_temporary)
		unlink(temporary);
	cleanup_reraise(sig);
}

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

/*
 * A short name in TARGET's directory, so that a TARGET name of NAME_MAX
 * bytes still leaves room for it.  Signals are blocked by the caller.
 */
static int
make_temporary(const char *target)
{
	const char *slash = strrchr(target, '/');
	int dir = slash == NULL ? 0 : (int)(slash - target) + 1;
	int n;

	n = snprintf(temporary, sizeof(temporary), "%.*s.ovhmail.XXXXXX",
	    dir, target);
	if (n < 0 || (size_t)n >= sizeof(temporary)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	return mkstemp(temporary);
}

/* Writes the temporary file and renames it over TARGET. */
static int
replace_file(const char *path, const char *target, const char *text,
    size_t length, bool private_file, struct problem *problem)
{
	struct cleanup cleanup;
	int fd, error, status = EX_OK;

	cleanup_block(&cleanup, true);
	cleanup_catch(&cleanup, remove_temporary);
	fd = make_temporary(target);
	error = errno;
	have_temporary = fd >= 0;
	cleanup_block(&cleanup, false);
	if (fd < 0)
		return problem_set(problem, EX_CANTCREAT, path, "%s",
		    strerror(error));
	if ((!private_file && fchmod(fd, public_mode()) != 0) ||
	    output_write_all(fd, text, length) != 0 || fsync(fd) != 0)
		status = problem_set(problem, EX_IOERR, path, "%s",
		    strerror(errno));
	if (close(fd) != 0 && status == EX_OK)
		status = problem_set(problem, EX_IOERR, path, "%s",
		    strerror(errno));
	if (status == EX_OK && rename(temporary, target) != 0)
		status = problem_set(problem, EX_CANTCREAT, path, "%s",
		    strerror(errno));
	cleanup_block(&cleanup, true);
	if (status != EX_OK)
		unlink(temporary);
	have_temporary = 0;
	cleanup_catch(&cleanup, NULL);
	cleanup_block(&cleanup, false);
	return status;
}

/* A device, a FIFO or /dev/stdout: written as cat(1) would. */
static int
write_through(const char *path, const char *text, size_t length,
    struct problem *problem)
{
	int fd, status = EX_OK;

	if ((fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)) < 0)
		return problem_set(problem, EX_CANTCREAT, path, "%s",
		    strerror(errno));
	if (output_write_all(fd, text, length) != 0)
		status = output_error(path, problem);
	if (close(fd) != 0 && status == EX_OK)
		status = output_error(path, problem);
	return status;
}

/*
 * A regular file, or a new one, is replaced whole through a temporary
 * file; a symbolic link's target the same way, so that the link stays a
 * link; anything else that exists is written straight through.
 */
static int
write_file(const char *path, const char *text, size_t length,
    bool private_file, struct problem *problem)
{
	struct stat st;
	char *target;
	int status;

	if (stat(path, &st) != 0) {
		if (errno != ENOENT)
			return problem_set(problem, EX_CANTCREAT, path, "%s",
			    strerror(errno));
		if (lstat(path, &st) == 0)
			return problem_set(problem, EX_CANTCREAT, path,
			    "a symbolic link to a file that does not exist");
		return replace_file(path, path, text, length, private_file,
		    problem);
	}
	if (S_ISDIR(st.st_mode))
		return problem_set(problem, EX_CANTCREAT, path, "%s",
		    strerror(EISDIR));
	if (!S_ISREG(st.st_mode))
		return write_through(path, text, length, problem);
	if ((target = realpath(path, NULL)) == NULL)
		return problem_set(problem, EX_CANTCREAT, path, "%s",
		    strerror(errno));
	status = replace_file(path, target, text, length, private_file,
	    problem);
	free(target);
	return status;
}

int
output_error(const char *path, struct problem *problem)
{
	if (errno == EPIPE) {
		signal(SIGPIPE, SIG_DFL);
		raise(SIGPIPE);
	}
	return problem_set(problem, EX_IOERR, path, "%s",
	    errno != 0 ? strerror(errno) : "write error");
}

int
output_write(const char *path, const char *text, size_t length,
    bool private_file, struct problem *problem)
{
	if (path != NULL && strcmp(path, "-") != 0)
		return write_file(path, text, length, private_file, problem);
	errno = 0;
	if (fwrite(text, 1, length, stdout) != length)
		return output_error("stdout", problem);
	return EX_OK;
}
