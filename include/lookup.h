#ifndef OVHMAIL_LOOKUP_H
#define OVHMAIL_LOOKUP_H

#include <stdbool.h>
#include <stddef.h>

#include "data.h"
#include "problem.h"

#define PROTOCOL_ANY	PROTOCOL_COUNT

/* What the user asked for; NULL and 0 mean "the default". */
struct query {
	const char	*offer;
	const char	*region;
	int		 server_number;
	enum protocol	 protocol;	/* PROTOCOL_ANY: the whole table */
	bool		 ssl;		/* ignored for the whole table */
	const char	*email;
	bool		 legacy;	/* export dns: legacy records too */
	int		 security;	/* --security: an enum security, or
					 * -1 when not given */
};

/* One server entry, resolved for the user: the host carries its number. */
struct record {
	const struct offer	*offer;
	const struct region	*region;
	const struct server	*server;
	char			 host[256];
	const char		*username;	/* NULL without --email */
};

struct answer {
	const struct offer	*offer;
	const struct region	*region;
	struct record		*records;
	size_t			 count;
	int			 security;	/* the query's --security: the
						 * records all have it; or -1 */
};

/* The offer and region asked for, or a usage error naming the choices. */
int	lookup_offer(const struct dataset *, const struct query *,
	    const struct offer **, const struct region **, struct problem *);
int	lookup(const struct dataset *, const struct query *, struct answer *,
	    struct problem *);
void	answer_free(struct answer *);
/*
 * The answer's entry for PROTOCOL with that SSL setting, or NULL; with
 * --security, its entry for PROTOCOL whatever its SSL setting.
 */
const struct record	*answer_find(const struct answer *, enum protocol,
			    bool ssl);
/*
 * Says that the answer has no entry for PROTOCOL: without --security as
 * lookup_no_entry() does; with it, naming the securities there are.
 */
int	answer_no_entry(const struct answer *, enum protocol, bool ssl,
	    struct problem *);

/* The host name with the server number where the pattern has "{N}". */
int	lookup_host(const char *pattern, int number, char *host, size_t size,
	    struct problem *);

/* Says that WHERE (an offer, and its region) has no such entry. */
int	lookup_no_entry(const char *protocol, const char *where, bool ssl,
	    struct problem *);

#endif
