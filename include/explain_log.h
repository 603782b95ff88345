#ifndef OVHMAIL_EXPLAIN_LOG_H
#define OVHMAIL_EXPLAIN_LOG_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "bounce.h"

/*
 * One line of a mail log: Postfix's and Sendmail's to=<...> and reject
 * lines, Exim's main log (** failed, == deferred, rejected), and for any
 * other program a reply code in the line.  A delivery that worked
 * (status=sent) is no failure.  The line is untrusted; REPLY's text
 * points into it.  NOW gives a syslog stamp its year (mailtime_log()).
 */
bool	explain_log_line(const char *line, size_t length, time_t now,
	    struct reply *reply);

#endif
