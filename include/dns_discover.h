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

#endif
