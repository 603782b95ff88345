#ifndef OVHMAIL_DNS_QUERY_H
#define OVHMAIL_DNS_QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include "dns_parse.h"
#include "problem.h"

/*
 * Questions to a DNS resolver: the system's (resolv.conf, read with
 * res_ninit(3)) or one the user names.  The query is made with
 * res_nmkquery(3) and sent here over UDP, then TCP when the answer is
 * truncated, so that one deadline bounds every question of a command and
 * each failure keeps its own name.
 */

enum dns_status {
	DNS_OK,		/* records of the type asked */
	DNS_NXDOMAIN,	/* the name does not exist */
	DNS_NODATA,	/* it exists, without records of that type */
	DNS_SERVFAIL,
	DNS_REFUSED,
	DNS_TIMEOUT,	/* no answer before the deadline */
	DNS_BROKEN	/* a malformed answer, or the network failed */
};

struct dns_resolver;

/*
 * The resolver at ADDRESS ("IP", "IP:PORT", "[IPv6]:PORT"), or the
 * system's when ADDRESS is NULL; every question must be answered within
 * SECONDS from now.  The resolver is the caller's to free.
 */
int	dns_resolver_open(const char *address, int seconds,
	    struct dns_resolver **, struct problem *);
void	dns_resolver_free(struct dns_resolver *);

/* Whether ADDRESS is what --resolver takes. */
bool	dns_resolver_address_ok(const char *address);

/*
 * Asks for NAME's records of TYPE (ns_t_mx, ...).  The answer is the
 * caller's to free whatever the status.
 */
enum dns_status	dns_query(const struct dns_resolver *, const char *name,
		    int type, struct dns_answer *);

/* A question, and where its answer and status go. */
struct dns_question {
	const char		*name;
	struct dns_answer	*answer;	/* the caller's to free */
	int			 type;
	enum dns_status		 status;
};

/*
 * Asks all N questions at once, each answered or failed within the
 * resolver's deadline, as dns_query() does one.
 */
void	dns_query_many(const struct dns_resolver *, struct dns_question *,
	    size_t n);

/* "does not exist", "timed out", ...: the status for people. */
const char	*dns_status_words(enum dns_status);
/* Whether the status is an answer (OK, NXDOMAIN, NODATA), not a failure. */
bool		 dns_status_answered(enum dns_status);

/* "MX", "TXT", ... */
const char	*dns_type_name(int type);

#endif
