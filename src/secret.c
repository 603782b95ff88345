/*
 * The password for check --login: read once, kept where no core dump or
 * debugger of the same user finds it, and wiped.
 */
/* MADV_DONTDUMP and MAP_ANONYMOUS are not POSIX. */
#define _DEFAULT_SOURCE	/* NOLINT(bugprone-reserved-identifier) */
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <poll.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "cleanup.h"
#include "i18n.h"
#include "monotonic.h"
#include "password_command.h"
#include "secret.h"

/* memset through a volatile pointer: a store the optimiser must keep. */
static void *(*const volatile wipe)(void *, int, size_t) = memset;

void
secret_wipe(void *buffer, size_t size)
{
	wipe(buffer, 0, size);
}

int
secret_fd_open(int fd, struct problem *problem)
{
	if (fd >= 0 && fcntl(fd, F_GETFD) < 0)
		return problem_set(problem, EX_IOERR, "--password-fd", "%d: %s",
		    fd, strerror(errno));
	return EX_OK;
}

/*
 * A process that is not dumpable writes no core file and cannot be
 * attached to by another process of the same user; RLIMIT_CORE 0 says
 * the same to whatever core handler the system has.
 */
int
secret_guard_process(struct problem *problem)
{
	struct rlimit none = { 0, 0 };

	if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0 ||
	    setrlimit(RLIMIT_CORE, &none) != 0)
		return problem_set(problem, EX_OSERR, "--login", "cannot keep "
		    "the password out of a core dump: %s", strerror(errno));
	return EX_OK;
}

/*
 * Pages of their own, left out of core dumps and kept out of swap where
 * the limit on locked memory allows.
 */
void *
secret_alloc(size_t size)
{
	void *area = mmap(NULL, size, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (area == MAP_FAILED)
		return NULL;
	(void)madvise(area, size, MADV_DONTDUMP);
	(void)mlock(area, size);
	return area;
}

void
secret_free(void *area, size_t size)
{
	if (area == NULL)
		return;
	secret_wipe(area, size);
	(void)munlock(area, size);
	(void)munmap(area, size);
}

/* Waits until FD can be read or the deadline (ms, or -1: none) passes. */
static bool
readable(int fd, long deadline)
{
	struct pollfd pfd = { fd, POLLIN, 0 };
	long left;
	int n;

	if (deadline < 0)
		return true;
	do {
		if ((left = deadline - monotonic_ms()) <= 0)
			return false;
		n = poll(&pfd, 1, (int)left);
	} while (n < 0 && errno == EINTR);
	return n != 0;
}

/*
 * The first line from the descriptor, without its line end.  Reads a
 * byte at a time so as to take no more than the line, and never more
 * than SECRET_MAX - 1 bytes; a NUL would cut the password short
 * without a word, so it is refused.  DEADLINE (ms on the monotonic
 * clock, -1: none) bounds the wait for a command's line.
 */
static int
read_line(int fd, char *password, const char *subject, long deadline,
    struct problem *problem)
{
	size_t used = 0;
	ssize_t n;
	char c;

	for (;;) {
		if (!readable(fd, deadline))
			return problem_set(problem, EX_TEMPFAIL, subject, "%s",
			    strerror(ETIMEDOUT));
		if ((n = read(fd, &c, 1)) < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return problem_set(problem, EX_IOERR, subject, "%s",
			    strerror(errno));
		if (n == 0 || c == '\n')
			break;
		if (c == '\0')
			return problem_set(problem, EX_DATAERR, subject,
			    "the password holds a NUL byte");
		if (used == SECRET_MAX - 1)
			return problem_set(problem, EX_DATAERR, subject,
			    "the password is longer than %d bytes",
			    SECRET_MAX - 1);
		password[used++] = c;
	}
	if (used > 0 && password[used - 1] == '\r')
		used--;
	password[used] = '\0';
	if (used == 0)
		return problem_set(problem, EX_DATAERR, subject,
		    "no password came");
	return EX_OK;
}

/*
 * Waits for the command until the deadline; then ends its whole process
 * group, which holds whatever it started, and reaps it.  False when it
 * had to be ended.
 */
static bool
reap_command(pid_t pid, long deadline, int *status)
{
	struct timespec pause = { 0, 10L * 1000 * 1000 };
	pid_t done;

	for (;;) {
		done = waitpid(pid, status, WNOHANG);
		if (done == pid || (done < 0 && errno != EINTR))
			break;
		if (monotonic_ms() >= deadline) {
			kill(-pid, SIGKILL);
			while (waitpid(pid, status, 0) < 0 && errno == EINTR)
				;
			return false;
		}
		nanosleep(&pause, NULL);
	}
	if (done < 0)
		*status = 0xff00;	/* as if it had exited with 255 */
	return true;
}

/*
 * What the command prints after its first line is read and dropped, so
 * that it does not die of SIGPIPE for printing more; false when it still
 * holds the pipe open at the deadline.
 */
static bool
drain(int fd, long deadline)
{
	char rest[512];
	ssize_t n;

	for (;;) {
		if (!readable(fd, deadline))
			return false;
		if ((n = read(fd, rest, sizeof(rest))) < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
	}
	secret_wipe(rest, sizeof(rest));
	return true;
}

/*
 * The terminal, when this process has it in the foreground: the command
 * is given it for its run, so that a command that asks for a passphrase
 * on /dev/tty (openssl, age) is not stopped by SIGTTIN in a process group
 * of its own.  -1 when there is none.
 */
static int
foreground_tty(void)
{
	int tty = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);

	if (tty >= 0 && tcgetpgrp(tty) != getpgrp()) {
		close(tty);
		tty = -1;
	}
	return tty;
}

/* Hands TTY to the process group PGRP; SIGTTOU would stop a background one. */
static void
give_tty(int tty, pid_t pgrp)
{
	sigset_t ttou, saved;

	if (tty < 0)
		return;
	sigemptyset(&ttou);
	sigaddset(&ttou, SIGTTOU);
	sigprocmask(SIG_BLOCK, &ttou, &saved);
	(void)tcsetpgrp(tty, pgrp);
	sigprocmask(SIG_SETMASK, &saved, NULL);
}

/*
 * The password command's process group and the terminal it was given,
 * for a signal that ends this program while the command runs (see
 * cleanup.h): without this, a doctor ended at its deadline left the
 * command running, in the foreground of the user's terminal.  Set only
 * while the signals are blocked.
 */
static volatile sig_atomic_t command_group;
static volatile sig_atomic_t command_tty = -1;

/* Only async-signal-safe calls: kill(2), sigprocmask(2), tcsetpgrp(3). */
static void
end_command(int sig)
{
	sigset_t ttou;

	if (command_group > 0)
		kill(-command_group, SIGKILL);
	if (command_tty >= 0) {
		sigemptyset(&ttou);
		sigaddset(&ttou, SIGTTOU);
		sigprocmask(SIG_BLOCK, &ttou, NULL);
		(void)tcsetpgrp(command_tty, getpgrp());
	}
	cleanup_reraise(sig);
}

/*
 * Notes the command PID and TTY for end_command(), caught from now on; or
 * (PID 0) forgets them and puts back what the signals did before.  The
 * signals are blocked when it is called, from before the fork on.
 */
static void
guard_command(pid_t pid, int tty, struct cleanup *cleanup)
{
	command_group = pid;
	command_tty = pid > 0 ? tty : -1;
	cleanup_catch(cleanup, pid > 0 ? end_command : NULL);
}

/* In the child: a group of its own, the terminal, the pipe as stdout. */
static void
run_command(const char *command, int fds[2], int tty,
    struct cleanup *cleanup)
{
	cleanup_block(cleanup, false);
	(void)setpgid(0, 0);
	give_tty(tty, getpgrp());
	close(fds[0]);
	if (dup2(fds[1], STDOUT_FILENO) < 0)
		_exit(127);
	close(fds[1]);
	execl("/bin/sh", "sh", "-c", command, (char *)NULL);
	_exit(127);
}

static int
from_command(const char *command, int seconds, char *password,
    struct problem *problem)
{
	struct problem reading = { EX_OK, "" };
	long deadline = monotonic_ms() + seconds * 1000L;
	struct cleanup cleanup;
	int fds[2], status = 0, tty;
	bool late;
	pid_t pid;

	if (pipe(fds) != 0)
		return problem_set(problem, EX_OSERR, "--password-command",
		    "%s", strerror(errno));
	tty = foreground_tty();
	cleanup_block(&cleanup, true);
	if ((pid = fork()) < 0) {
		cleanup_block(&cleanup, false);
		close(fds[0]);
		close(fds[1]);
		if (tty >= 0)
			close(tty);
		return problem_set(problem, EX_OSERR, "--password-command",
		    "%s", strerror(errno));
	}
	if (pid == 0)
		run_command(command, fds, tty, &cleanup);
	(void)setpgid(pid, pid);
	guard_command(pid, tty, &cleanup);
	cleanup_block(&cleanup, false);
	close(fds[1]);
	read_line(fds[0], password, "--password-command", deadline, &reading);
	/* No end by the deadline: the group goes, and what it started. */
	late = reading.status == EX_TEMPFAIL || !drain(fds[0], deadline);
	if (late)
		kill(-pid, SIGKILL);
	close(fds[0]);
	late |= !reap_command(pid, deadline, &status);
	cleanup_block(&cleanup, true);
	guard_command(0, -1, &cleanup);
	cleanup_block(&cleanup, false);
	give_tty(tty, getpgrp());
	if (tty >= 0)
		close(tty);
	if (late)
		problem_set(problem, EX_TEMPFAIL, "--password-command",
		    "the password command did not finish within %d s",
		    seconds);
	/* A command that failed says more than the empty line it left. */
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		problem_set(problem, EX_UNAVAILABLE, "--password-command",
		    "the command failed (status %d)", WIFEXITED(status) ?
		    WEXITSTATUS(status) : 128 + WTERMSIG(status));
	else if (reading.status != EX_OK)
		*problem = reading;
	if (problem->status != EX_OK)
		secret_wipe(password, SECRET_MAX);
	return problem->status;
}

/*
 * The terminal whose echo is off, and how to put it back, for a signal
 * that ends the program at the prompt (see cleanup.h): without this,
 * Ctrl-C there left the user's shell without echo.  A signal handler
 * reaches nothing but globals: they are set only while the signals are
 * blocked.
 */
static struct termios echo_saved;
static volatile sig_atomic_t echo_tty = -1;

/* Only async-signal-safe calls: tcsetattr(3), write(2), cleanup_reraise(). */
static void
restore_echo(int sig)
{
	ssize_t written;

	if (echo_tty >= 0) {
		tcsetattr(echo_tty, TCSAFLUSH, &echo_saved);
		/* Ends the prompt's line; nothing to do if it cannot. */
		written = write(echo_tty, "\n", 1);
		(void)written;
	}
	cleanup_reraise(sig);
}

/*
 * Turns the echo of TTY off (QUIET), with a handler that turns it back on
 * for a signal; or (QUIET NULL) turns it back on and puts back what the
 * signals did before.
 */
static int
set_echo(int tty, const struct termios *quiet, struct cleanup *cleanup)
{
	int result;

	cleanup_block(cleanup, true);
	if (quiet == NULL) {
		result = tcsetattr(tty, TCSAFLUSH, &echo_saved);
		cleanup_catch(cleanup, NULL);
		echo_tty = -1;
	} else if ((result = tcsetattr(tty, TCSAFLUSH, quiet)) == 0) {
		cleanup_catch(cleanup, restore_echo);
		echo_tty = tty;
	}
	cleanup_block(cleanup, false);
	return result;
}

/* The prompt and the answer go through /dev/tty, with echo off. */
static int
from_terminal(const char *email, char *password, struct problem *problem)
{
	struct cleanup cleanup;
	struct termios quiet;
	int tty;

	if ((tty = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)) < 0 ||
	    tcgetattr(tty, &echo_saved) != 0) {
		if (tty >= 0)
			close(tty);
		return problem_set(problem, EX_USAGE, "--login",
		    "no terminal to ask for the password: give "
		    "--password-fd N or --password-command CMD");
	}
	quiet = echo_saved;
	quiet.c_lflag &= ~(tcflag_t)(ECHO | ECHONL);
	quiet.c_lflag |= ICANON;
	dprintf(tty, _("Password for %s: "), email);
	if (set_echo(tty, &quiet, &cleanup) != 0)
		problem_set(problem, EX_IOERR, "/dev/tty", "cannot turn the "
		    "echo off: %s", strerror(errno));
	else {
		read_line(tty, password, "/dev/tty", -1, problem);
		set_echo(tty, NULL, &cleanup);
	}
	dprintf(tty, "\n");
	close(tty);
	if (problem->status != EX_OK)
		secret_wipe(password, SECRET_MAX);
	return problem->status;
}

int
secret_read(const struct secret_source *source, char *password,
    struct problem *problem)
{
	password[0] = '\0';
	if (source->fd >= 0) {
		if (read_line(source->fd, password, "--password-fd",
		    monotonic_ms() + source->seconds * 1000L, problem) != EX_OK)
			secret_wipe(password, SECRET_MAX);
		return problem->status;
	}
	if (source->command != NULL) {
		/* {email} in it stands for the address, as for the exports. */
		char *command = password_command_expand(source->command,
		    source->email);

		if (command == NULL)
			return problem_set(problem, EX_OSERR, NULL,
			    "out of memory");
		from_command(command, source->seconds, password, problem);
		free(command);
		return problem->status;
	}
	return from_terminal(source->email, password, problem);
}
