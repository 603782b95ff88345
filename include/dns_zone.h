#ifndef OVHMAIL_DNS_ZONE_H
#define OVHMAIL_DNS_ZONE_H

#include <stdbool.h>
#include <stddef.h>

#include "dns_parse.h"
#include "dns_query.h"

/*
 * What a domain publishes for mail, as far as DNS tells it: a zone
 * cannot be listed, so these are the names that discover and verify ask
 * for.  The _tcp SRV names are RFC 6186's and RFC 8314's.
 */
enum zone_item {
	ZONE_MX,
	ZONE_TXT,			/* SPF lives here */
	ZONE_DMARC,			/* _dmarc TXT */
	ZONE_AUTODISCOVER_SRV,		/* _autodiscover._tcp */
	ZONE_SRV_IMAPS,
	ZONE_SRV_IMAP,
	ZONE_SRV_POP3S,
	ZONE_SRV_POP3,
	ZONE_SRV_SUBMISSIONS,
	ZONE_SRV_SUBMISSION,
	ZONE_AUTODISCOVER_CNAME,	/* autodiscover.DOMAIN */
	ZONE_AUTOCONFIG_CNAME,		/* autoconfig.DOMAIN */
	ZONE_DKIM1,			/* SELECTOR._domainkey CNAME */
	ZONE_DKIM2,			/* its pair */
	ZONE_DKIM1_TXT,			/* asked when the CNAME is not there */
	ZONE_DKIM2_TXT,
	ZONE_COUNT
};

#define ZONE_NAME_MAX	1025	/* NS_MAXDNAME */

struct zone_lookup {
	char			 name[ZONE_NAME_MAX];
	int			 type;
	bool			 asked;
	enum dns_status		 status;
	struct dns_answer	 answer;
};

struct zone {
	char			 domain[ZONE_NAME_MAX];	/* ASCII, no final dot */
	struct zone_lookup	 items[ZONE_COUNT];
	/* The first question that got no answer; DNS_OK when all did. */
	enum dns_status		 failure;
	enum zone_item		 failed_item;
	bool			 exists;	/* not NXDOMAIN */
};

/*
 * Asks for the domain's records, the DKIM ones only for the selectors
 * given (NULL: none).  Stops at the first failure or at NXDOMAIN.
 */
void	zone_read(struct zone *, const struct dns_resolver *,
	    const char *domain, const char *selector1, const char *selector2);
void	zone_free(struct zone *);

/* The records of TYPE that the item's answer holds, one by one. */
const struct dns_record	*zone_record(const struct zone *, enum zone_item,
			    int type, size_t n);
size_t			 zone_count(const struct zone *, enum zone_item,
			    int type);

/* The record as a zone file writes its data: "1 mx0.mail.ovh.net.". */
char	*zone_record_text(const struct dns_record *);

#endif
