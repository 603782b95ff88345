#ifndef OVHMAIL_DNS_TALLY_H
#define OVHMAIL_DNS_TALLY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "dns_verify.h"
#include "problem.h"

/*
 * What verify says of each domain, and of all of them: its state, the
 * checks it could not make, how bad it is for a monitoring system, the
 * counts a list ends with, and the exit status (ovhmail(1), EXIT STATUS
 * and MONITORING).
 */

enum domain_state {
	STATE_RIGHT,
	STATE_WRONG,		/* records to add, change or remove */
	STATE_NOT_OVHCLOUD,	/* and no --offer said it should be */
	STATE_DNS_FAILURE,
	STATE_COUNT
};

/* Monitoring plugins' statuses, which are their exit statuses too. */
enum plugin_level {
	PLUGIN_OK,
	PLUGIN_WARNING,
	PLUGIN_CRITICAL,
	PLUGIN_UNKNOWN
};

struct domain_verdict {
	enum domain_state	 state;
	unsigned		 unchecked;	/* 1 << CHECK_... */
	unsigned		 critical;	/* MX and SPF not right */
	unsigned		 warning;	/* the other checks not right */
	enum plugin_level	 level;
};

/* The checks the verdicts leave unchecked or not right, and the level. */
void	domain_verdict_judge(struct domain_verdict *,
	    const struct verification *);
const char	*domain_state_name(enum domain_state);

struct domain_tally {
	size_t			 counts[STATE_COUNT];
	size_t			 domains;
	enum plugin_level	 worst;
	char			**details;	/* a line a domain not OK */
	size_t			 ndetails;
	char			 last[1100];	/* the last domain added */
	size_t			 last_to_fix;	/* its records to change */
};

int	domain_tally_start(struct domain_tally *, size_t domains,
	    struct problem *);
void	domain_tally_free(struct domain_tally *);
/*
 * DOMAIN as DNS has it, else TEXT as given; TO_FIX records to change;
 * WHY its DNS could not be read, if so.
 */
void	domain_tally_add(struct domain_tally *,
	    const struct domain_verdict *, const char *text,
	    const char *domain, size_t to_fix, const char *why);

/* "300 domains: 251 right, 41 to change, ..." */
void	domain_tally_text(FILE *, const struct domain_tally *, bool verifying);
/* 0, 1 (records to change) or 75 (DNS could not be read), with why. */
int	domain_tally_status(const struct domain_tally *, bool verifying,
	    struct problem *);
/*
 * verify --format nagios: "OVHMAIL_VERIFY LEVEL - text | perfdata", then
 * a line a domain not OK; the level is the status, with no message.
 */
int	verify_plugin(FILE *, const struct domain_tally *, struct problem *);

#endif
