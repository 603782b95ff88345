#ifndef OVHMAIL_OUTPUT_H
#define OVHMAIL_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "problem.h"

/*
 * Writes the text to stdout when path is NULL or "-".  Otherwise writes a
 * temporary file beside path and renames it over path once it is complete
 * and on disk, so that path never holds half a file.  A private file gets
 * mode 0600; any other the usual 0666 less the umask.
 */
int	output_write(const char *path, const char *text, size_t length,
	    bool private_file, struct problem *);

/* Writes all LENGTH bytes to the descriptor; -1 with errno if it cannot. */
int	output_write_all(int fd, const char *text, size_t length);

#endif
