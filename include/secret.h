#ifndef OVHMAIL_SECRET_H
#define OVHMAIL_SECRET_H

#include <stddef.h>

#include "problem.h"

/*
 * The password for "check --login", read once: from a file descriptor
 * (--password-fd N), from the first line a command prints
 * (--password-command CMD, run by /bin/sh, "{email}" in it replaced by
 * the shell-quoted address), or from the terminal without echo.  It is never taken from the arguments or the environment, and
 * the caller wipes it with secret_wipe() as soon as it is used.
 */
#define SECRET_MAX	1024

struct secret_source {
	int		 fd;		/* -1: none given */
	const char	*command;	/* NULL: none given */
	const char	*email;		/* for the prompt */
};

/*
 * Fills PASSWORD (SECRET_MAX bytes).  Without a descriptor or a command
 * and without a terminal it is a usage error, at once: never a hang.
 */
int	secret_read(const struct secret_source *, char *password,
	    struct problem *);

/* Zeroes SIZE bytes in a way the compiler may not leave out. */
void	secret_wipe(void *, size_t size);

#endif
