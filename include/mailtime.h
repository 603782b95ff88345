#ifndef OVHMAIL_MAILTIME_H
#define OVHMAIL_MAILTIME_H

#include <stddef.h>
#include <time.h>

/*
 * The times mail carries, read into one form: ISO 8601 to the second
 * ("2026-12-07T03:01:02+01:00", or without an offset where the input has
 * none) and seconds since the epoch, for ordering.
 */

#define MAILTIME_SIZE	32

struct mailtime {
	char		text[MAILTIME_SIZE];	/* "" when unknown */
	long long	seconds;		/* UTC; -1 when unknown */
};

/* An RFC 5322 date, "Mon, 7 Dec 2026 03:01:02 +0100"; false if none. */
int	mailtime_rfc5322(const char *value, size_t length, struct mailtime *);

/*
 * The stamp a log line starts with, and its length (0: none): RFC 3339
 * as rsyslog writes it ("2026-12-07T03:01:02.123456+00:00"), Exim's
 * "2026-12-07 03:01:02", or syslog's "Dec  7 03:01:02", which has no
 * year: the year of NOW, or the year before when that would put the line
 * more than a day after NOW.
 */
size_t	mailtime_log(const char *line, size_t length, time_t now,
	    struct mailtime *);
/* The length of such a stamp, read no further; 0: none. */
size_t	mailtime_log_length(const char *line, size_t length);

#endif
