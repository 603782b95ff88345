/*
 * "check" and "export mobileconfig --sign" in ovhmail, which does not
 * link OpenSSL so that every other command starts as fast as a process
 * can: it runs ovhmail-check, the build that does, with the same
 * arguments and the data it read already (src/handoff.c).  The helper is looked for
 * beside the running program (a build tree), then where make install
 * puts it.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "errors.h"
#include "handoff.h"
#include "secret.h"
#include "spawn.h"

#ifndef LIBEXECDIR
#define LIBEXECDIR "/usr/local/libexec/ovhmail"
#endif

#define HELPER	"ovhmail-check"

static bool
beside_self(char *path, size_t size)
{
	char self[PATH_MAX];
	char *slash;

	if (!spawn_self(self, sizeof(self)) ||
	    (slash = strrchr(self, '/')) == NULL)
		return false;
	*slash = '\0';
	snprintf(path, size, "%s/%s", self, HELPER);
	return access(path, X_OK) == 0;
}

static int
run_helper(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	char path[PATH_MAX + sizeof(HELPER) + 1];

	if (!beside_self(path, sizeof(path)))
		snprintf(path, sizeof(path), "%s/%s", LIBEXECDIR, HELPER);
	if (secret_fd_open(options->password_fd, problem) != EX_OK ||
	    (options->login && handoff_errors(data, problem) != EX_OK) ||
	    handoff_give(data, problem) != EX_OK)
		return problem->status;
	fflush(stdout);
	execv(path, options->argv);
	return problem_set(problem, EX_OSFILE, path, "%s (ovhmail check and "
	    "export --sign need it: run make install)", strerror(errno));
}

int
check_command(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	return run_helper(options, data, problem);
}

int
export_signed(const struct options *options,
    const struct export_format *format, const struct dataset *data,
    struct export_request *request, struct problem *problem)
{
	(void)format;
	(void)request;
	return run_helper(options, data, problem);
}
