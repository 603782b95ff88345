/*
 * ovhmail: which OVHcloud mail server, port, security and username a mail
 * client needs, from the table in servers.json.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cli.h"
#include "commands.h"
#include "data.h"
#include "handoff.h"
#include "i18n.h"
#include "problem.h"

/* A full disk or a closed pipe must not pass for success. */
static int
finish(struct problem *problem)
{
	if ((fflush(stdout) != 0 || ferror(stdout)) &&
	    problem->status == EX_OK)
		problem_set(problem, EX_IOERR, "stdout", "%s",
		    errno != 0 ? strerror(errno) : "write error");
	if (problem->status == EX_OK)
		return EX_OK;
	problem_report(problem);
	if (problem->status == EX_USAGE)
		fputs(_("Try 'ovhmail --help' for more information.\n"),
		    stderr);
	return problem->status;
}

int
main(int argc, char *argv[])
{
	struct problem problem = { EX_OK, "" };
	struct options options;
	struct dataset *data = NULL;
	char *path = NULL, handed[32];

	i18n_start();
	if (cli_parse(argc, argv, &options, &problem) == EX_OK &&
	    command_reads_data(options.command) &&
	    data_locate(handoff_take(options.data_path, handed,
	    sizeof(handed)), &path, &problem) == EX_OK)
		data_load(path, &data, &problem);
	if (problem.status == EX_OK)
		command_run(&options, data, &problem);
	data_free(data);
	free(path);
	return finish(&problem);
}
