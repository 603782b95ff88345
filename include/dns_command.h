#ifndef OVHMAIL_DNS_COMMAND_H
#define OVHMAIL_DNS_COMMAND_H

#include <stdbool.h>

#include "cli.h"
#include "data.h"
#include "problem.h"

/*
 * The commands that ask DNS: discover, verify, and --discover, which
 * fills the query's offer, region and server number from the domain's
 * records before a lookup or an export.  Each reports a DNS failure with
 * EX_TEMPFAIL; verify reports a wrong zone with EX_DATAERR, --discover a
 * domain that is not at OVHcloud (or does not exist) with EX_NOHOST.
 */
int	discover_command(const struct options *, const struct dataset *,
	    struct problem *);
int	verify_command(const struct options *, const struct dataset *,
	    struct problem *);
int	discover_query(const struct options *, const struct dataset *,
	    struct query *, struct problem *);

#endif
