#ifndef OVHMAIL_DNS_REPORT_H
#define OVHMAIL_DNS_REPORT_H

#include <stdio.h>

#include "data.h"
#include "dns_discover.h"
#include "dns_verify.h"
#include "dns_zone.h"

/*
 * What discover and verify print, text and json side by side: the
 * domain's verdict, the evidence or the verdicts record by record, and
 * the answers that held more records than were read.
 */

/* What verify compared the domain with; NULLs when it does not exist. */
struct verify_target {
	const struct offer	*offer;
	const struct region	*region;
	int			 server;	/* 0: not numbered, or unknown */
};

void	discover_report_text(FILE *, const char *domain, const struct zone *,
	    const struct discovery *);
void	discover_report_json(FILE *, const char *domain, const struct zone *,
	    const struct discovery *);

void	verify_report_text(FILE *, const char *domain, const struct zone *,
	    const struct discovery *, const struct verify_target *,
	    const struct verification *);
void	verify_report_json(FILE *, const char *domain, const struct zone *,
	    const struct verify_target *, const struct verification *);

#endif
