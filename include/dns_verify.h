#ifndef OVHMAIL_DNS_VERIFY_H
#define OVHMAIL_DNS_VERIFY_H

#include <stdbool.h>
#include <stddef.h>

#include "data.h"
#include "dns_query.h"
#include "dns_zone.h"
#include "problem.h"

/*
 * A live zone against the DNS an offer needs in a region (the data
 * file's dns profile): one verdict a record, each with the zone line to
 * add or change.
 */

enum verdict_status {
	VERDICT_OK,
	VERDICT_MISSING,
	VERDICT_WRONG,
	VERDICT_EXTRA,
	VERDICT_WARNING,	/* worth a look; the zone is still right */
	VERDICT_UNCHECKED	/* could not be checked: not ok */
};

/* What a verdict is about, for monitoring (the json's "check"). */
enum verdict_check {
	CHECK_MX,
	CHECK_SPF,
	CHECK_DKIM,
	CHECK_DMARC,
	CHECK_AUTODISCOVER,
	CHECK_SRV,
	CHECK_VALIDATION
};

struct verdict {
	char			*name;		/* the owner, with its final dot */
	int			 type;		/* ns_t_mx, ... */
	enum verdict_status	 status;
	enum verdict_check	 check;
	char			*found;		/* as published, or NULL */
	char			*expected;	/* the zone line, or NULL */
	const char		*why;		/* a message for gettext, or NULL */
	char			 detail[320];	/* what WHY's %s stands for, */
	const char		*detail_why;	/* and after it this message */
};

struct verification {
	struct verdict	*verdicts;
	size_t		 count;
	size_t		 size;
	bool		 ok;		/* no missing, wrong or extra */
};

/*
 * Judges the zone; SERVER is --server or the discovered number (0: not
 * known).  The resolver reads the SPF records that the domain's includes
 * name.  DATA, the table the offer is in, lets a record of another offer
 * or region be named as that, as discover names it.  The verification
 * is the caller's to free, also on failure.
 */
int	verify_data(const struct dataset *data, const struct offer *,
	    const struct region *, int server, const struct zone *,
	    const struct dns_resolver *, struct verification *,
	    struct problem *);
/* The same knowing only the offer's own hosts, in all its regions. */
int	verify(const struct offer *, const struct region *, int server,
	    const struct zone *, const struct dns_resolver *,
	    struct verification *, struct problem *);
void	verification_free(struct verification *);

const char	*verdict_status_name(enum verdict_status);
/* "mx", "spf", "dkim", "dmarc", "autodiscover", "srv", "validation". */
const char	*verdict_check_name(enum verdict_check);

#endif
