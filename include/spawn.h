#ifndef OVHMAIL_SPAWN_H
#define OVHMAIL_SPAWN_H

#include <sys/types.h>
#include <stdbool.h>
#include <stddef.h>

#include "problem.h"

/*
 * Programs run side by side, each one's standard output and standard
 * error kept in memory within a bound, until each has ended or a
 * deadline has passed: doctor runs ovhmail's own commands so.
 */
#define SPAWN_MAX	8		/* programs waited for together */
#define SPAWN_MAX_OUT	(16UL << 20)	/* bytes of standard output */
#define SPAWN_MAX_ERR	(64UL << 10)	/* bytes of standard error */

/* Zeroed, one stands for a program not started. */
struct spawned {
	pid_t	 pid;		/* 0: not started, and nothing else holds */
	int	 out, err;	/* the pipes' read ends, -1 once closed */
	char	*stdout_text;	/* NUL-terminated; the caller's to free */
	size_t	 stdout_length;
	char	*stderr_text;
	size_t	 stderr_length;
	bool	 cut;		/* more than a bound was written */
	bool	 late;		/* ended at the deadline */
	bool	 ended;
	int	 status;	/* its exit status; -1: ended by a signal */
};

struct cleanup;

/*
 * While ON, SIGHUP, SIGINT, SIGQUIT and SIGTERM are noted instead of
 * ending this program: spawn_wait() then ends the programs as at the
 * deadline, and the caller, once it has let go of what it holds, ends
 * with spawn_stopped()'s signal (cleanup_reraise()).
 */
void	spawn_guard(struct cleanup *, bool on);
/* The signal noted, or 0. */
int	spawn_stopped(void);

/*
 * The path of the running program, as exec(2) can use it again, in PATH;
 * false when it cannot be found.
 */
bool	spawn_self(char *path, size_t size);

/*
 * Starts ARGV[0] with ARGV, standard input from IN (-1: /dev/null), and
 * KEEP (-1: none) left open for it, every other descriptor of ours
 * closed on exec as they are.
 */
int	spawn_start(struct spawned *, char *const argv[], int in, int keep,
	    struct problem *);

/*
 * Reads the output of the N programs until UNTIL (an index; N: all of
 * them) has ended, or until DEADLINE (monotonic_ms()) or a signal noted,
 * when each still running is ended with SIGTERM, and SIGKILL a second
 * later.
 */
void	spawn_wait(struct spawned *, size_t n, size_t until, long deadline);

void	spawn_free(struct spawned *);

#endif
