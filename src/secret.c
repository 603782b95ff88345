#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <termios.h>
#include <unistd.h>

#include "cleanup.h"
#include "i18n.h"
#include "password_command.h"
#include "secret.h"

/* memset through a volatile pointer: a store the optimiser must keep. */
static void *(*const volatile wipe)(void *, int, size_t) = memset;

void
secret_wipe(void *buffer, size_t size)
{
	wipe(buffer, 0, size);
}

/*
 * The first line from the descriptor, without its line end.  Reads a
 * byte at a time so as to take no more than the line, and never more
 * than SECRET_MAX - 1 bytes.
 */
static int
read_line(int fd, char *password, const char *subject,
    struct problem *problem)
{
	size_t used = 0;
	ssize_t n;
	char c;

	for (;;) {
		if ((n = read(fd, &c, 1)) < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return problem_set(problem, EX_IOERR, subject, "%s",
			    strerror(errno));
		if (n == 0 || c == '\n')
			break;
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

static int
from_command(const char *command, char *password, struct problem *problem)
{
	struct problem reading = { EX_OK, "" };
	int fds[2], status = 0;
	pid_t pid, done;

	if (pipe(fds) != 0)
		return problem_set(problem, EX_OSERR, "--password-command",
		    "%s", strerror(errno));
	if ((pid = fork()) < 0) {
		close(fds[0]);
		close(fds[1]);
		return problem_set(problem, EX_OSERR, "--password-command",
		    "%s", strerror(errno));
	}
	if (pid == 0) {
		close(fds[0]);
		if (dup2(fds[1], STDOUT_FILENO) < 0)
			_exit(127);
		close(fds[1]);
		execl("/bin/sh", "sh", "-c", command, (char *)NULL);
		_exit(127);
	}
	close(fds[1]);
	read_line(fds[0], password, "--password-command", &reading);
	close(fds[0]);
	do
		done = waitpid(pid, &status, 0);
	while (done < 0 && errno == EINTR);
	if (done < 0)
		status = 0xff00;	/* as if it had exited with 255 */
	/* A command that failed says more than the empty line it left. */
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
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
		read_line(tty, password, "/dev/tty", problem);
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
		    problem) != EX_OK)
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
		from_command(command, password, problem);
		free(command);
		return problem->status;
	}
	return from_terminal(source->email, password, problem);
}
