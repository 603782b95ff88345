#ifndef OVHMAIL_PROBLEM_H
#define OVHMAIL_PROBLEM_H

#include <stddef.h>

/*
 * What went wrong, kept until the caller decides to print it, so that the
 * modules stay silent and testable and the CLI prints one line:
 * "ovhmail: SUBJECT: what is wrong".
 */
struct problem {
	int	status;		/* a sysexits.h value; EX_OK when nothing is wrong */
	char	message[1024];
};

/*
 * Fills in the problem (the first one wins) and returns its status.  The
 * format is a message for gettext(3), translated here, as xgettext's
 * keyword list in po/Makefile says.
 */
int	problem_set(struct problem *, int status, const char *subject,
	    const char *fmt, ...)
	    __attribute__((format(printf, 4, 5)));

/* Adds an item to "a, b, c", the choices a usage message lists. */
void	problem_list_append(char *list, size_t size, const char *item);

/* Prints "ovhmail: MESSAGE" on stderr and returns the status. */
int	problem_report(const struct problem *);

#endif
