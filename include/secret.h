#ifndef OVHMAIL_SECRET_H
#define OVHMAIL_SECRET_H

#include <stddef.h>

#include "problem.h"

/*
 * The password for "check --login", read once: from a file descriptor
 * (--password-fd N), from the first line a command prints
 * (--password-command CMD, run by /bin/sh, "{email}" in it replaced by
 * the shell-quoted address, ended with its process group when it has not
 * finished within the check's timeout), or from the terminal without
 * echo.  It is never taken from the arguments or the environment; the
 * caller keeps it in secret_alloc() memory and frees it as soon as it is
 * used.
 */
#define SECRET_MAX	1024

struct secret_source {
	int		 fd;		/* -1: none given */
	const char	*command;	/* NULL: none given */
	const char	*email;		/* for the prompt */
	int		 seconds;	/* the command's time to finish */
};

/*
 * Before a password is read: the process is made not dumpable (no core
 * file, no ptrace by the same user) and its core size limit 0.
 */
int	secret_guard_process(struct problem *);

/*
 * Whether --password-fd's FD is open, looked at before anything opens a
 * descriptor of its own: a closed one would be the number that took it,
 * and the password would be read from that.
 */
int	secret_fd_open(int fd, struct problem *);

/*
 * SIZE bytes of zeroes on pages of their own, left out of core dumps and
 * locked in memory where allowed, or NULL; secret_free() wipes them and
 * gives them back (NULL is fine).
 */
void	*secret_alloc(size_t size);
void	 secret_free(void *, size_t size);

/*
 * Fills PASSWORD (SECRET_MAX bytes); a NUL byte in it is refused.  Without a descriptor or a command
 * and without a terminal it is a usage error, at once: never a hang.
 */
int	secret_read(const struct secret_source *, char *password,
	    struct problem *);

/* Zeroes SIZE bytes in a way the compiler may not leave out. */
void	secret_wipe(void *, size_t size);

#endif
