#ifndef OVHMAIL_BOUNCE_H
#define OVHMAIL_BOUNCE_H

#include <stdbool.h>
#include <stddef.h>

#include "mailtime.h"

/*
 * Finds the failures in what a user pastes or pipes to "explain": a
 * bounce (an RFC 3464 delivery-status notification, MIME multiparts with
 * quoted-printable and base64 parts, or the plain text qmail and Exchange
 * send), mail log lines, a client's dialog, or the words of an error.
 * The input is untrusted: every loop, copy and nesting has a bound.
 */

#define BOUNCE_MAX_LINE		1000	/* bytes of a line looked at */
#define BOUNCE_MAX_ADDRESS	254	/* RFC 5321 path limit, less <> */
#define BOUNCE_MAX_DEPTH	8	/* MIME entities inside entities */
#define BOUNCE_MAX_PARTS	256	/* MIME entities in all */
#define BOUNCE_MAX_HOST		255	/* a host name, and its [address] */
#define BOUNCE_MAX_QUEUE_ID	31
#define BOUNCE_MAX_NAMED	32	/* recipients a bounce names, kept */

/* Whether a failure is final, as the input says it or from its class. */
enum severity {
	SEVERITY_UNKNOWN,
	SEVERITY_PERMANENT,
	SEVERITY_TEMPORARY
};

/* One line or delivery-status report that may tell of a failure. */
struct reply {
	char		 code[4];	/* "550", or "" */
	char		 status[16];	/* "5.1.1", or "" */
	char		 recipient[BOUNCE_MAX_ADDRESS + 1];	/* or "" */
	const char	*text;		/* the line, or the Diagnostic-Code */
	size_t		 length;	/* at most BOUNCE_MAX_LINE, but named */
	bool		 dsn;		/* from a delivery-status report */
	bool		 beside;	/* a line of the text beside reports: it
					 * only refines what they say */
	bool		 named;		/* no reply: a recipient a bounce names,
					 * TEXT its words (up to 16 KiB) */
	bool		 failure;	/* the input says it failed: a log's
					 * status=bounced, a DSN's Action */
	enum severity	 severity;	/* as the input says it, or unknown */
	struct mailtime	 time;		/* when, where the input says */
	char		 remote_host[BOUNCE_MAX_HOST + 1];	/* or "" */
	char		 queue_id[BOUNCE_MAX_QUEUE_ID + 1];	/* or "" */
};

/* Called for each reply found, in the order of the input. */
typedef void	bounce_found(const struct reply *, void *context);

/* The bounds that kept the reader from parts of the input. */
#define BOUNCE_STOPPED_DEPTH	0x1	/* nested deeper than BOUNCE_MAX_DEPTH */
#define BOUNCE_STOPPED_BOUNDARY	0x2	/* over BOUNCE_MAX_BOUNDARY bytes */
#define BOUNCE_STOPPED_PARTS	0x4	/* more than BOUNCE_MAX_PARTS parts */
/*
 * RFC 2046 5.1.1 allows 70 bytes, but real mailers write longer ones
 * (76 and more): those are still read, up to this bound.
 */
#define BOUNCE_MAX_BOUNDARY	200

/*
 * Reads LENGTH bytes, which may hold anything, NULs included.  When the
 * input holds delivery-status reports, only they are given: the text
 * parts beside them tell the same failures for people.  Returns the
 * BOUNCE_STOPPED_* bounds that left parts unread, or 0.
 */
unsigned	bounce_read(const char *input, size_t length,
		    bounce_found *found, void *context);

/*
 * One line read alone, as a line of text in a bounce is: its reply code,
 * status and recipient (not a sender's "MAIL FROM:<...>").  False when
 * the line holds neither a code nor a status.
 */
bool	bounce_line(const char *line, size_t length, struct reply *);

/* The address in the first <...> of TEXT that is not a sender's. */
bool	bounce_address(const char *text, size_t length,
	    char out[BOUNCE_MAX_ADDRESS + 1]);

/* TEXT as an address, local@domain without controls; false if not one. */
bool	bounce_plain_address(const char *text, size_t length,
	    char out[BOUNCE_MAX_ADDRESS + 1]);

/*
 * Whether TEXT starts with an enhanced status code (RFC 3463), class 2, 4
 * or 5; if so it is copied to STATUS (16 bytes) and its length returned.
 */
size_t	bounce_status(const char *text, size_t length, char status[16]);

#endif
