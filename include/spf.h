#ifndef OVHMAIL_SPF_H
#define OVHMAIL_SPF_H

#include <stdbool.h>
#include <stddef.h>

/*
 * SPF records (RFC 7208): their syntax, and how many DNS lookups a check
 * of them costs, counted through nested includes and redirects.  The
 * records come from DNS, so the reader is bounded: at most SPF_MAX_TERMS
 * terms, and the count stops once it passes SPF_MAX_LOOKUPS.
 */

#define SPF_MAX_TERMS	64
#define SPF_MAX_LOOKUPS	10	/* RFC 7208 4.6.4 */

struct spf_term {
	char		 qualifier;	/* '+', '-', '~' or '?' */
	bool		 modifier;	/* name=value */
	const char	*name;		/* "include", "ip4", "redirect", ... */
	const char	*value;		/* after ':' or '='; NULL without */
};

struct spf_record {
	char		*text;		/* a copy, cut into the terms */
	struct spf_term	 terms[SPF_MAX_TERMS];
	size_t		 count;
};

/* Whether TEXT is an SPF record at all: "v=spf1", alone or before a space. */
bool	spf_is_record(const char *text, size_t length);

/*
 * Reads the record; returns 0, or -1 with WHY saying what is wrong (a
 * message for gettext) and TERM the offending term, if any.  The spf is
 * the caller's to free either way.
 */
int	spf_parse(const char *text, size_t length, struct spf_record *,
	    const char **why, char *term, size_t term_size);
void	spf_free(struct spf_record *);

/* Whether term I makes the checker ask DNS (RFC 7208 4.6.4). */
bool	spf_costs_lookup(const struct spf_record *, size_t i);

/* The term's domain when it is "include:DOMAIN" or "redirect=DOMAIN". */
const char	*spf_nested_domain(const struct spf_term *);

/*
 * Looks up DOMAIN's SPF record for the count: returns 0 and the record
 * (the caller frees it), 1 when the domain has none, -1 when DNS failed.
 */
typedef int	(*spf_fetch)(void *context, const char *domain,
		    char **record);

struct spf_count {
	int	 lookups;		/* up to SPF_MAX_LOOKUPS + 1 */
	int	 total;			/* spf_count_total's: up to SPF_COUNT_MAX */
	bool	 over;			/* more than SPF_MAX_LOOKUPS */
	bool	 failed;		/* a nested record could not be read */
	char	 failed_domain[256];	/* which, when failed */
	int	 failed_why;		/* fetch's 1 or -1, or 2: bad syntax */
};

void	spf_count_lookups(const struct spf_record *, spf_fetch,
	    void *context, struct spf_count *);

/*
 * The same, counting on past the limit to say how far over a record is,
 * up to SPF_COUNT_MAX lookups, which bounds the questions asked.
 */
#define SPF_COUNT_MAX	50
void	spf_count_total(const struct spf_record *, spf_fetch,
	    void *context, struct spf_count *);

/*
 * One record holding every term of the N records, in order and each
 * once, for a domain that publishes more than one (RFC 7208 3.2): the
 * first "all" met ends it, a redirect= becomes an include: (beside an
 * "all", a redirect= would be ignored, RFC 7208 6.1), the first exp=
 * stays.  PREFIX, if not NULL, goes first ("include:mx.ovh.com").
 * Returns the text, the caller's to free, or NULL with WHY (a message
 * for gettext): a record that is not valid SPF, or no memory.
 */
char	*spf_merge(const char *const texts[], const size_t lengths[],
	    size_t n, const char *prefix, const char **why);

#endif
