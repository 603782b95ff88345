/*
 * The one way a file named from outside is opened: without blocking on a
 * FIFO, with its kind checked before a byte is read, and read within a
 * bound.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "i18n.h"
#include "infile.h"

#define CHUNK	65536

static int
too_large(const char *path, size_t limit, struct problem *problem)
{
	return problem_set(problem, EX_DATAERR, path,
	    "larger than the limit of %lu MiB",
	    (unsigned long)(limit / 1024 / 1024));
}

/* One wording for every file: what it is, when it is not what is read. */
static int
kind_problem(const char *path, const struct stat *st, enum infile_kind kind,
    struct problem *problem)
{
	bool pipes = kind == INFILE_FILE_OR_PIPE;

	if (S_ISDIR(st->st_mode))
		return problem_set(problem, EX_NOINPUT, path, "%s",
		    strerror(EISDIR));
	if (S_ISREG(st->st_mode) || (pipes && S_ISFIFO(st->st_mode)))
		return EX_OK;
	if (pipes)
		return problem_set(problem, EX_NOINPUT, path,
		    "is not a regular file or a pipe");
	return problem_set(problem, EX_NOINPUT, path, "is not a regular file");
}

/*
 * O_NONBLOCK, so that opening a FIFO does not wait for a writer; reads
 * block again afterwards.  The kind is checked on what was opened, so
 * that nothing can be put in its place between a stat and the open.
 */
int
infile_open(const char *path, enum infile_kind kind, struct stat *st,
    struct problem *problem)
{
	int fd;

	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)) <
	    0) {
		/* A socket cannot be opened: say what it is, as for the rest. */
		if (errno == ENXIO && stat(path, st) == 0 &&
		    kind_problem(path, st, kind, problem) != EX_OK)
			return -1;
		problem_set(problem, errno == EMFILE || errno == ENFILE ||
		    errno == ENOMEM ? EX_OSERR : EX_NOINPUT, path, "%s",
		    strerror(errno));
		return -1;
	}
	if (fstat(fd, st) != 0 ||
	    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) {
		problem_set(problem, EX_IOERR, path, "%s", strerror(errno));
		close(fd);
		return -1;
	}
	if (kind_problem(path, st, kind, problem) != EX_OK) {
		close(fd);
		return -1;
	}
	return fd;
}

/*
 * Reads to the end or to LIMIT + 1 bytes, growing the buffer as it goes.
 * EXPECTED, a regular file's size, is the first guess: one read and the
 * one that finds the end.
 */
static int
read_all(int fd, const char *path, size_t limit, size_t expected,
    char **text, size_t *length, struct problem *problem)
{
	char *buffer = NULL, *grown;
	size_t size = 0, used = 0;
	ssize_t n = 0;

	for (;;) {
		if (used == size) {
			size = size == 0 ? (expected > CHUNK ? expected + 1 :
			    CHUNK) : size * 2;
			if (size > limit + 1)
				size = limit + 1;
			if ((grown = realloc(buffer, size + 1)) == NULL) {
				free(buffer);
				return problem_set(problem, EX_OSERR, path,
				    "out of memory");
			}
			buffer = grown;
		}
		if ((n = read(fd, buffer + used, size - used)) < 0 &&
		    errno == EINTR)
			continue;
		if (n <= 0)
			break;
		used += (size_t)n;
		if (used > limit)
			break;
	}
	if (n < 0 || used > limit) {
		free(buffer);
		return n < 0 ? problem_set(problem, EX_IOERR, path, "%s",
		    strerror(errno)) : too_large(path, limit, problem);
	}
	buffer[used] = '\0';
	*text = buffer;
	*length = used;
	return EX_OK;
}

int
infile_read(const char *path, enum infile_kind kind, size_t limit,
    char **text, size_t *length, struct problem *problem)
{
	struct stat st;
	int fd, status;

	*text = NULL;
	*length = 0;
	if ((fd = infile_open(path, kind, &st, problem)) < 0)
		return problem->status;
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > limit)
		status = too_large(path, limit, problem);
	else
		status = read_all(fd, path, limit, S_ISREG(st.st_mode) ?
		    (size_t)st.st_size : 0, text, length, problem);
	close(fd);
	/* A FIFO that nobody writes to ends at once: it is not an empty file. */
	if (status == EX_OK && *length == 0 && S_ISFIFO(st.st_mode)) {
		free(*text);
		*text = NULL;
		status = problem_set(problem, EX_NOINPUT, path, "is a FIFO or "
		    "pipe, and nothing was written to it");
	}
	return status;
}

int
infile_read_fd(int fd, const char *name, size_t limit, char **text,
    size_t *length, struct problem *problem)
{
	*text = NULL;
	*length = 0;
	return read_all(fd, name, limit, 0, text, length, problem);
}
