#ifndef OVHMAIL_PROBLEM_H
#define OVHMAIL_PROBLEM_H

#include <stddef.h>

#include "quote.h"

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

/*
 * A value from outside (an argument, a path, a string of the data file)
 * for a message: cut to at most PROBLEM_ECHO_SIZE - 1 bytes by
 * quote_cut(), so that the sentence around it always fits.  The copy
 * lives until the end of the enclosing block.  The subject is cut so
 * too, and problem_report() escapes the whole message for the terminal.
 */
#define PROBLEM_ECHO_SIZE	256
#define problem_echo(text) \
	quote_cut((char[PROBLEM_ECHO_SIZE]){ "" }, PROBLEM_ECHO_SIZE, (text))

/* Adds an item to "a, b, c", the choices a usage message lists. */
void	problem_list_append(char *list, size_t size, const char *item);

/*
 * Prints "ovhmail: MESSAGE" on stderr, escaped by quote_terminal(), and
 * returns the status.
 */
int	problem_report(const struct problem *);

#endif
