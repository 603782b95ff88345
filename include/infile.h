#ifndef OVHMAIL_INFILE_H
#define OVHMAIL_INFILE_H

#include <sys/stat.h>

#include <stddef.h>

#include "problem.h"

/*
 * Every file named from outside (--data, $OVHMAIL_DATA, errors.json,
 * guides.json, --cafile, --sign, --key, --chain, audit's files) is opened
 * here, without trusting what it is: a FIFO must not block, a device must
 * not be read for ever, a sparse file must not be read at all when its
 * size is over the limit.  Each problem is worded once, here.
 */

/* What a command documents that it reads. */
enum infile_kind {
	INFILE_FILE,		/* a regular file only */
	INFILE_FILE_OR_PIPE	/* or a pipe or FIFO: /dev/stdin, <(command) */
};

/*
 * Opens PATH for reading without waiting for a FIFO's writer, and
 * refuses what is not of KIND: a descriptor that blocks as usual, with ST
 * filled in, or -1 with the problem set.
 */
int	infile_open(const char *path, enum infile_kind, struct stat *st,
	    struct problem *);

/*
 * Reads a file of KIND of at most LIMIT bytes into TEXT, which gets a NUL
 * at TEXT[LENGTH] and is the caller's to free.  A regular file over the
 * limit is refused from its size, a pipe after LIMIT + 1 bytes; a FIFO
 * that no program writes to is refused as one.
 */
int	infile_read(const char *path, enum infile_kind, size_t limit,
	    char **text, size_t *length, struct problem *);

/* The same for what is open on FD, standard input say, named NAME. */
int	infile_read_fd(int fd, const char *name, size_t limit, char **text,
	    size_t *length, struct problem *);

#endif
