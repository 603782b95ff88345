#ifndef OVHMAIL_COMMANDS_H
#define OVHMAIL_COMMANDS_H

#include <stdbool.h>

#include "cli.h"
#include "data.h"
#include "problem.h"

bool	command_reads_data(enum command);

/* Prints the answer on stdout, or leaves stdout alone and reports. */
int	command_run(const struct options *, const struct dataset *,
	    struct problem *);

/*
 * audit: reads, judges and prints every file given (the options' words),
 * with --offer, --region, --server, --discover (src/audit.c).
 */
int	audit_run(const struct dataset *, const struct options *,
	    struct problem *);

/*
 * The check command: ovhmail-check runs it, ovhmail hands over to
 * ovhmail-check (src/check_command.c and src/check_exec.c).
 */
int	check_command(const struct options *, const struct dataset *,
	    bool colour, struct problem *);

/*
 * export mobileconfig --sign, the same way: ovhmail-check signs with
 * OpenSSL (src/sign.c), ovhmail hands over to it (src/check_exec.c).
 */
int	export_signed(const struct options *, const struct export_format *,
	    const struct dataset *, struct export_request *,
	    struct problem *);

#endif
