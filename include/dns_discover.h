#ifndef OVHMAIL_DNS_DISCOVER_H
#define OVHMAIL_DNS_DISCOVER_H

#include <stdbool.h>
#include <stddef.h>

#include "data.h"
#include "dns_zone.h"

/*
 * Which OVHcloud offer, region and server a domain's records point at,
 * judged from the host names and DKIM selector prefixes of the data file
 * (ovhmail-data(5)), with each record used and what it says.
 */

#define DISCOVER_MAX_EVIDENCE	16

struct evidence {
	enum zone_item		 item;
	const struct dns_record	*record;
	const char		*says;		/* a message for gettext */
	const char		*offer;		/* what it names, or NULL */
	const char		*region;
	int			 number;	/* 0: none */
};

struct discovery {
	bool			 exists;	/* NXDOMAIN: false */
	bool			 ovhcloud;
	const struct offer	*offer;		/* NULL: not at OVHcloud */
	const struct region	*region;
	const struct region	*shared;	/* a region with the same servers */
	int			 server_number;	/* 0: unknown or none */
	bool			 certain;
	const char		*settle;	/* what would settle a "likely" */
	struct evidence		 evidence[DISCOVER_MAX_EVIDENCE];
	size_t			 nevidence;
};

/* Returns 0, or -1 when out of memory. */
int	discover(const struct dataset *, const struct zone *,
	    struct discovery *);

/*
 * The pair of a DKIM selector ("ovhmo123-selector1" and
 * "ovhmo123-selector2"), from the selector names of the data file;
 * empty when the name ends in none of them.
 */
void	discover_selector_pair(const struct dataset *, const char *selector,
	    char *pair, size_t size);

/* Whether HOST is PATTERN with a number where it has "{N}" (0 without). */
bool	host_matches(const char *pattern, const char *host, int *number);

/*
 * What the target of an _autodiscover._tcp record (or of an autodiscover
 * or autoconfig CNAME) is to OVHcloud's offers, the strongest first.
 * discover and verify both ask this, so that they agree.
 */
enum host_role {
	HOST_AUTODISCOVER,	/* the target a guide documents */
	HOST_LEGACY,		/* OVHcloud's old default zone's target */
	HOST_SERVICE,		/* a host of the offer's other services */
	HOST_FAMILY,		/* the offer's host, misnumbered or in
				   another region's domain: ex.mail.ovh.net */
	HOST_OVHCLOUD,		/* in OVHcloud's domains, no offer's */
	HOST_UNKNOWN
};

struct host_owner {
	enum host_role		 role;
	const struct offer	*offer;		/* NULL: HOST_OVHCLOUD, _UNKNOWN */
	const struct region	*region;	/* of the record matched */
	const struct srv	*srv;		/* the record matched, if any */
	int			 number;	/* 0: none */
};

/* Among the N OFFERS (a data file's, or one offer alone). */
void	autodiscover_owner(const struct offer *offers, size_t n,
	    const char *host, struct host_owner *);

/*
 * The region whose MX records hold HOST, from the first profile of the
 * N OFFERS that has it, with its index there; NULL when none has it.
 */
const struct region	*mx_region(const struct offer *offers, size_t n,
			    const char *host, const struct dns_profile **,
			    size_t *index);

/*
 * What an MX of REGION says in a zone of another region: a message for
 * gettext, which cannot hold the region's name from the data file.
 */
const char	*foreign_mx_says(const struct region *);

#endif
