/*
 * Programs run side by side with their output kept within bounds, and
 * ended when a deadline passes or a signal asks this program to end.
 */
#define _GNU_SOURCE	/* NOLINT(bugprone-reserved-identifier): ppoll(2) */
#include <sys/types.h>
#include <sys/wait.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "cleanup.h"
#include "monotonic.h"
#include "spawn.h"

#define GRACE_MS	1000	/* after SIGTERM, before SIGKILL */

/*
 * The signal that asked this program to end while its programs ran (see
 * spawn_guard()), or 0.  Written only by the handler and spawn_guard().
 */
static volatile sig_atomic_t stop_signal;

static void
note_stop(int sig)
{
	stop_signal = sig;
}

void
spawn_guard(struct cleanup *cleanup, bool on)
{
	if (on)
		stop_signal = 0;
	cleanup_catch(cleanup, on ? note_stop : NULL);
}

int
spawn_stopped(void)
{
	return stop_signal;
}

bool
spawn_self(char *path, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", path, size - 1);

	if (n <= 0 || (size_t)n >= size - 1)
		return false;
	path[n] = '\0';
	return true;
}

static int
cloexec_pipe(int fds[2])
{
	if (pipe(fds) != 0)
		return -1;
	(void)fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	(void)fcntl(fds[1], F_SETFD, FD_CLOEXEC);
	return 0;
}

/* In the child: its descriptors put in place, then the program. */
static void
run_child(char *const argv[], int in, int keep, const int out[2],
    const int err[2])
{
	int null = in < 0 ? open("/dev/null", O_RDONLY) : in;

	(void)signal(SIGPIPE, SIG_DFL);
	if (null < 0 || dup2(null, STDIN_FILENO) < 0 ||
	    dup2(out[1], STDOUT_FILENO) < 0 ||
	    dup2(err[1], STDERR_FILENO) < 0)
		_exit(EX_OSERR);
	if (keep >= 0)
		(void)fcntl(keep, F_SETFD, 0);
	execv(argv[0], argv);
	dprintf(STDERR_FILENO, "ovhmail: %s: %s\n", argv[0], strerror(errno));
	_exit(EX_OSFILE);
}

int
spawn_start(struct spawned *s, char *const argv[], int in, int keep,
    struct problem *problem)
{
	int out[2] = { -1, -1 }, err[2] = { -1, -1 };

	memset(s, 0, sizeof(*s));
	s->out = s->err = -1;
	if (cloexec_pipe(out) != 0 || cloexec_pipe(err) != 0 ||
	    (s->pid = fork()) < 0) {
		problem_set(problem, EX_OSERR, argv[0], "%s", strerror(errno));
		for (int i = 0; i < 2; i++) {
			if (out[i] >= 0)
				close(out[i]);
			if (err[i] >= 0)
				close(err[i]);
		}
		s->pid = 0;
		return problem->status;
	}
	if (s->pid == 0)
		run_child(argv, in, keep, out, err);
	close(out[1]);
	close(err[1]);
	s->out = out[0];
	s->err = err[0];
	return EX_OK;
}

static void
close_pipe(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/* Adds what FD has to TEXT, within LIMIT; the pipe is closed at its end. */
static void
take(struct spawned *s, int *fd, char **text, size_t *length, size_t limit)
{
	char buffer[65536], *grown;
	ssize_t n = read(*fd, buffer, sizeof(buffer));

	if (n < 0 && (errno == EINTR || errno == EAGAIN))
		return;
	if (n <= 0) {
		close_pipe(fd);
		return;
	}
	if (*length + (size_t)n > limit) {
		/* The rest is read and dropped, so that the writer ends. */
		s->cut = true;
		return;
	}
	if ((grown = realloc(*text, *length + (size_t)n + 1)) == NULL) {
		s->cut = true;
		return;
	}
	memcpy(grown + *length, buffer, (size_t)n);
	*length += (size_t)n;
	grown[*length] = '\0';
	*text = grown;
}

static void
reap(struct spawned *s, int options)
{
	int status;
	pid_t got;

	if (s->pid == 0 || s->ended)
		return;
	while ((got = waitpid(s->pid, &status, options)) < 0 &&
	    errno == EINTR)
		;
	if (got != s->pid)
		return;
	s->ended = true;
	s->status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static bool
finished(const struct spawned *s)
{
	return s->pid == 0 || (s->out < 0 && s->err < 0);
}

static bool
all_finished(const struct spawned *all, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!finished(&all[i]))
			return false;
	return true;
}

/* The descriptors still open, for poll(2); their program's index in WHO. */
static nfds_t
gather(const struct spawned *all, size_t n, struct pollfd *fds,
    size_t *who)
{
	nfds_t count = 0;

	for (size_t i = 0; i < n; i++) {
		/* Zeroed and never started: its descriptors are not ours. */
		if (all[i].pid == 0)
			continue;
		if (all[i].out >= 0) {
			fds[count] = (struct pollfd){ all[i].out, POLLIN, 0 };
			who[count++] = i;
		}
		if (all[i].err >= 0) {
			fds[count] = (struct pollfd){ all[i].err, POLLIN, 0 };
			who[count++] = i;
		}
	}
	return count;
}

static void
read_ready(struct spawned *all, const struct pollfd *fds, nfds_t count,
    const size_t *who)
{
	for (nfds_t k = 0; k < count; k++) {
		struct spawned *s = &all[who[k]];

		if (fds[k].revents == 0)
			continue;
		if (fds[k].fd == s->out)
			take(s, &s->out, &s->stdout_text, &s->stdout_length,
			    SPAWN_MAX_OUT);
		else
			take(s, &s->err, &s->stderr_text, &s->stderr_length,
			    SPAWN_MAX_ERR);
	}
}

/* SIGTERM, then SIGKILL if it is still there after the grace. */
static void
end_late(struct spawned *all, size_t n)
{
	long give_up = monotonic_ms() + GRACE_MS;

	for (size_t i = 0; i < n; i++)
		if (all[i].pid != 0 && !all[i].ended) {
			reap(&all[i], WNOHANG);
			if (!all[i].ended) {
				all[i].late = true;
				kill(all[i].pid, SIGTERM);
			}
		}
	for (size_t i = 0; i < n; i++) {
		while (!all[i].ended && all[i].pid != 0 &&
		    monotonic_ms() < give_up) {
			reap(&all[i], WNOHANG);
			if (!all[i].ended)
				poll(NULL, 0, 20);
		}
		if (!all[i].ended && all[i].pid != 0) {
			kill(all[i].pid, SIGKILL);
			reap(&all[i], 0);
		}
		if (all[i].pid != 0) {
			close_pipe(&all[i].out);
			close_pipe(&all[i].err);
		}
	}
}

/*
 * The signals are blocked but in ppoll(2), so that one that comes between
 * the look at stop_signal and the wait ends the wait at once.
 */
void
spawn_wait(struct spawned *all, size_t n, size_t until, long deadline)
{
	struct pollfd fds[2 * SPAWN_MAX];
	size_t who[2 * SPAWN_MAX];
	struct cleanup blocked;
	struct timespec wait;
	nfds_t count;
	long left;

	cleanup_block(&blocked, true);
	for (;;) {
		if (until < n ? finished(&all[until]) : all_finished(all, n))
			break;
		if ((left = deadline - monotonic_ms()) <= 0 ||
		    stop_signal != 0) {
			end_late(all, n);
			break;
		}
		count = gather(all, n < SPAWN_MAX ? n : SPAWN_MAX, fds, who);
		wait.tv_sec = left / 1000;
		wait.tv_nsec = left % 1000 * 1000000L;
		if (ppoll(fds, count, &wait, &blocked.saved_mask) > 0)
			read_ready(all, fds, count, who);
	}
	cleanup_block(&blocked, false);
	for (size_t i = 0; i < n; i++)
		if (finished(&all[i]))
			reap(&all[i], 0);
}

void
spawn_free(struct spawned *s)
{
	if (s->pid != 0) {
		close_pipe(&s->out);
		close_pipe(&s->err);
	}
	free(s->stdout_text);
	free(s->stderr_text);
	memset(s, 0, sizeof(*s));
	s->out = s->err = -1;
}
