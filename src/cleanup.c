/*
 * Signals that must undo something before the program ends (a temporary
 * file, the echo).
 */
#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "cleanup.h"

static const int cleanup_signals[CLEANUP_NSIGNALS] = {
	SIGHUP, SIGINT, SIGQUIT, SIGTERM
};

void
cleanup_block(struct cleanup *c, bool block)
{
	sigset_t set;
	size_t i;

	if (!block) {
		sigprocmask(SIG_SETMASK, &c->saved_mask, NULL);
		return;
	}
	sigemptyset(&set);
	for (i = 0; i < CLEANUP_NSIGNALS; i++)
		sigaddset(&set, cleanup_signals[i]);
	sigprocmask(SIG_BLOCK, &set, &c->saved_mask);
}

void
cleanup_catch(struct cleanup *c, void (*handler)(int))
{
	struct sigaction action;
	size_t i;

	memset(&action, 0, sizeof(action));
	action.sa_handler = handler;
	sigemptyset(&action.sa_mask);
	for (i = 0; i < CLEANUP_NSIGNALS; i++) {
		if (handler == NULL)
			sigaction(cleanup_signals[i], &c->old[i], NULL);
		else if (sigaction(cleanup_signals[i], NULL, &c->old[i]) == 0 &&
		    c->old[i].sa_handler != SIG_IGN)
			sigaction(cleanup_signals[i], &action, NULL);
	}
}

/* Only async-signal-safe calls: sigaction(2), raise(3). */
void
cleanup_reraise(int sig)
{
	struct sigaction action;

	memset(&action, 0, sizeof(action));
	action.sa_handler = SIG_DFL;
	sigaction(sig, &action, NULL);
	raise(sig);
}
