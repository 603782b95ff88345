#ifndef OVHMAIL_TLS_H
#define OVHMAIL_TLS_H

#include <stdbool.h>

#include <openssl/ssl.h>

#include "net.h"
#include "problem.h"

/* What a TLS handshake showed about the server. */
struct tls_info {
	char	version[16];		/* "TLSv1.3" */
	char	cipher[64];
	char	subject[256];
	char	issuer[256];
	char	expires[16];		/* "2027-01-31" */
	char	not_after[24];		/* "2027-01-31T12:00:00Z", UTC */
	long	days_left;		/* whole days until then: < 0 after */
	bool	has_certificate;	/* the server sent one */
	bool	expired;
	bool	name_matches;		/* the host is one the cert names */
	bool	verified;		/* chain, dates and name all good */
	char	verify_error[128];	/* why not, when not */
};

enum tls_result {
	TLS_OK,
	TLS_TIMEOUT,
	TLS_NOT_TLS,		/* the peer answered, but not in TLS */
	TLS_CLOSED,		/* the peer hung up during the handshake */
	TLS_FAILED		/* an alert or other error: see reason */
};

/*
 * Has OpenSSL wipe every buffer it frees, so that the password it copied
 * into its records is not left in freed memory.  Works only before
 * OpenSSL's first allocation: false after.
 */
bool		 tls_wipe_freed_memory(void);

/* A client context trusting the system's CAs, or only those of cafile. */
SSL_CTX		*tls_context(const char *cafile, struct problem *);

/*
 * Starts TLS on the connection and fills in info.  The handshake goes on
 * whatever the certificate, so that a bad one can be described; info
 * says whether it verified.  Whatever came before in plain text and was
 * not read is dropped, so that nothing from before TLS passes for what
 * came inside it.
 */
enum tls_result	 tls_start(struct conn *, SSL_CTX *, const char *host,
		    struct tls_info *, char *reason, size_t size);

#endif
