#ifndef OVHMAIL_DNS_REPORT_H
#define OVHMAIL_DNS_REPORT_H

#include <stdio.h>

#include "data.h"
#include "dns_discover.h"
#include "dns_tally.h"
#include "dns_verify.h"
#include "dns_zone.h"
#include "json_write.h"

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
/* A domain's object in the json; ERROR set: its DNS could not be read. */
void	discover_object(struct json_writer *, const char *domain,
	    const struct zone *, const struct discovery *, const char *error);

void	verify_report_text(FILE *, const char *domain, const struct zone *,
	    const struct discovery *, const struct verify_target *,
	    const struct verification *, const struct domain_verdict *);
void	verify_object(struct json_writer *, const char *domain,
	    const struct zone *, const struct discovery *,
	    const struct verify_target *, const struct verification *,
	    const struct domain_verdict *, const char *error);

#endif
