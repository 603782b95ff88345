#ifndef OVHMAIL_DNS_PARSE_H
#define OVHMAIL_DNS_PARSE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A DNS answer as the program uses it: the response code and the records
 * of the answer section, each with its data decoded.  The message comes
 * from the network, so the reader is bounded: at most DNS_MAX_RECORDS
 * records are kept (the others counted, so that the cut is said), names are at most NS_MAXDNAME bytes and a TXT record's
 * strings are joined into at most its own rdata length.
 */

#define DNS_MAX_RECORDS	64

struct dns_record {
	int		 type;		/* ns_t_mx, ns_t_txt, ... */
	unsigned long	 ttl;
	int		 priority;	/* MX preference, SRV priority */
	int		 weight;	/* SRV */
	int		 port;		/* SRV */
	char		*data;		/* a name (MX, SRV, CNAME) or the text */
	size_t		 length;	/* of data; TXT may hold a NUL */
};

struct dns_answer {
	int			 rcode;		/* ns_r_noerror, ... */
	bool			 truncated;	/* TC: ask again over TCP */
	unsigned		 id;
	struct dns_record	*records;
	size_t			 count;
	size_t			 left_out;	/* past DNS_MAX_RECORDS */
};

/*
 * Reads a response to a question for NAME and TYPE; the answer is the
 * caller's to free, also on failure.  Returns 0, or -1 when the message
 * is not a well-formed response to that question.
 */
int	dns_parse(const unsigned char *message, size_t length,
	    const char *name, int type, struct dns_answer *);
void	dns_answer_free(struct dns_answer *);

/* "Example.COM." and "example.com" name the same domain. */
bool	dns_same_name(const char *, const char *);

/* How many records of TYPE the answer holds. */
size_t	dns_answer_count(const struct dns_answer *, int type);

#endif
