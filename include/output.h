#ifndef OVHMAIL_OUTPUT_H
#define OVHMAIL_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "problem.h"

/*
 * Writes the text to stdout when path is NULL or "-".  Otherwise, when
 * path names a regular file, a new one, or a symbolic link to a regular
 * file, writes a temporary file (.ovhmail.XXXXXX) in that file's
 * directory and renames it over the file once it is complete and on disk,
 * so that the file never holds half a text and a link stays a link;
 * SIGINT, SIGTERM and SIGHUP remove the temporary file.  A private file
 * gets mode 0600; any other the usual 0666 less the umask.  Anything else
 * that exists (a device such as /dev/null, a FIFO, /dev/stdout) is written
 * straight through; a directory or a dangling link is refused.
 */
int	output_write(const char *path, const char *text, size_t length,
	    bool private_file, struct problem *);

/* Writes all LENGTH bytes to the descriptor; -1 with errno if it cannot. */
int	output_write_all(int fd, const char *text, size_t length);

/*
 * After a write to PATH failed with errno: when the reader of a pipe has
 * gone (EPIPE), ends the program as SIGPIPE does by default, quietly,
 * even where SIGPIPE is ignored; else sets the problem (EX_IOERR).
 */
int	output_error(const char *path, struct problem *);

#endif
