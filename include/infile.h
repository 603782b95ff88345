#ifndef OVHMAIL_INFILE_H
#define OVHMAIL_INFILE_H

#include <stddef.h>

#include "problem.h"

/*
 * Files named from outside (--data, $OVHMAIL_DATA, --cafile), opened
 * without trusting what they are: a FIFO must not block, a device must
 * not be read for ever, a sparse file must not be read at all when its
 * size is over the limit.
 */

/*
 * Reads a regular file, or a pipe or FIFO (/dev/stdin, <(command)), of at
 * most LIMIT bytes into TEXT, which gets a NUL at TEXT[LENGTH] and is the
 * caller's to free.  A regular file over the limit is refused from its
 * size, a pipe after LIMIT + 1 bytes; a FIFO that no program writes to
 * reads as empty; a directory, a device or a socket is refused.
 */
int	infile_read(const char *path, size_t limit, char **text,
	    size_t *length, struct problem *);

/* The same for what is open on FD, standard input say, named NAME. */
int	infile_read_fd(int fd, const char *name, size_t limit, char **text,
	    size_t *length, struct problem *);

/* EX_OK when PATH is a regular file (after symbolic links). */
int	infile_check_regular(const char *path, struct problem *);

#endif
