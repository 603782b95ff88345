#ifndef OVHMAIL_LOGIN_H
#define OVHMAIL_LOGIN_H

#include <stdbool.h>
#include <stddef.h>

#include "data.h"
#include "net.h"
#include "probe.h"

/*
 * The login test of "check --login": the only code in ovhmail that sends
 * a username and a password.  Everything it sends goes through one gate,
 * login_may_send(), which lets the password out only inside TLS whose
 * certificate verified.
 */

enum login_result {
	LOGIN_ACCEPTED,
	LOGIN_REJECTED,		/* the server said no: see the reply */
	LOGIN_NOT_SENT,		/* nothing was sent: see the reason */
	LOGIN_BROKEN,		/* the exchange broke off */
	LOGIN_TOO_LONG		/* more lines than any real answer has */
};

/*
 * Whether the password may cross this connection: TLS is up, its
 * handshake finished, and the server's certificate verified (chain,
 * dates and host name).  When not, *why says so.
 */
bool	login_may_send(const struct conn *, const char **why);

/*
 * Logs in with AUTH PLAIN where the server offers it, else AUTH LOGIN
 * (SMTP), USER and PASS (POP3) or LOGIN (IMAP).  REPLY gets the server's
 * answer, or the reason nothing was sent.
 */
enum login_result	login_try(struct conn *, enum protocol,
			    const struct capabilities *, const char *user,
			    const char *password, char *reply, size_t size);

#endif
