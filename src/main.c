/*
 * ovhmail: which OVHcloud mail server, port, security and username a mail
 * client needs, from the table in servers.json.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sysexits.h>
#include <unistd.h>

#include "cli.h"
#include "commands.h"
#include "data.h"
#include "handoff.h"
#include "i18n.h"
#include "output.h"
#include "problem.h"
#include "quote.h"

/*
 * A full disk or a closed standard output must not pass for success, nor
 * hide behind another failure: the answer was lost, which is said first,
 * and its status wins.  A reader that has gone ends the program as
 * SIGPIPE does (see output_error()).
 */
/*
 * A monitoring plugin's answer to anything that kept it from checking, a
 * usage error too: UNKNOWN, on the first line of standard output, where
 * Nagios, Icinga and the like read it (Monitoring Plugins Development
 * Guidelines).
 */
#define PLUGIN_UNKNOWN	3

static int
plugin_unknown(const struct problem *problem, const char *service)
{
	printf("%s UNKNOWN - ", service);
	quote_terminal(stdout, problem->message);
	putchar('\n');
	fflush(stdout);
	return PLUGIN_UNKNOWN;
}

static int
finish(struct problem *problem, const char *plugin)
{
	struct problem lost = { EX_OK, "" };

	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		output_error("stdout", &lost);
		if (problem->status != EX_OK && problem->status != EX_USAGE &&
		    problem->message[0] != '\0')
			problem_report(problem);
		*problem = lost;
	}
	if (problem->status == EX_OK)
		return EX_OK;
	/*
	 * What was wrong was said where it happened, or a plugin's own
	 * WARNING or CRITICAL was its answer: only the status.
	 */
	if (problem->message[0] == '\0')
		return problem->status;
	if (plugin) {
		problem_report(problem);
		return plugin_unknown(problem, plugin);
	}
	problem_report(problem);
	if (problem->status == EX_USAGE)
		fputs(_("Try 'ovhmail --help' for more information.\n"),
		    stderr);
	return problem->status;
}

/*
 * A standard descriptor left closed would be the next file or pipe the
 * program opens, and the answer or a child's output would go into it.
 * /dev/null holds each such slot, opened the other way round, so that
 * reading or writing it still fails as on a closed descriptor.
 */
static void
hold_closed_standard_fds(void)
{
	static const int modes[] = { O_WRONLY, O_RDONLY, O_RDONLY };

	for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF &&
		    open("/dev/null", modes[fd]) != fd)
			_exit(EX_OSERR);
}

int
main(int argc, char *argv[])
{
	struct problem problem = { EX_OK, "" };
	struct options options;
	struct dataset *data = NULL;
	char *path = NULL, handed[32];

	hold_closed_standard_fds();
	i18n_start();
	if (cli_parse(argc, argv, &options, &problem) == EX_OK &&
	    command_reads_data(&options) &&
	    data_locate(handoff_take(options.data_path, handed,
	    sizeof(handed)), &path, &problem) == EX_OK)
		data_load(path, &data, &problem);
	if (problem.status == EX_OK)
		command_run(&options, data, &problem);
	data_free(data);
	free(path);
	return finish(&problem, cli_wants_nagios(argc, argv) ?
	    cli_plugin_service(argc, argv) : NULL);
}
