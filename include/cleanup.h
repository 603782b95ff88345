#ifndef OVHMAIL_CLEANUP_H
#define OVHMAIL_CLEANUP_H

#include <signal.h>
#include <stdbool.h>

/*
 * Undoing something (a temporary file, a terminal without echo) when a
 * signal ends the program: SIGHUP, SIGINT, SIGQUIT and SIGTERM, each
 * caught unless it was ignored.  What the handler undoes lives in the
 * caller's globals, set only while the signals are blocked.
 */
#define CLEANUP_NSIGNALS	4

struct cleanup {
	sigset_t		saved_mask;
	struct sigaction	old[CLEANUP_NSIGNALS];
};

/* Blocks the signals (BLOCK), or puts back the mask saved then. */
void	cleanup_block(struct cleanup *, bool block);
/* Installs HANDLER, keeping what was there; or (NULL) puts that back. */
void	cleanup_catch(struct cleanup *, void (*handler)(int));
/* For the end of a handler: the signal's default action, now. */
void	cleanup_reraise(int sig);

#endif
