#ifndef OVHMAIL_PROBE_H
#define OVHMAIL_PROBE_H

#include <stdbool.h>
#include <stddef.h>

#include "data.h"
#include "net.h"

/*
 * The little of IMAP, POP3 and SMTP that "ovhmail check" speaks: the
 * greeting, the capabilities, STARTTLS, and goodbye.  Nothing here ever
 * sends a username or a password: src/login.c alone does.
 */

enum greeting {
	GREETING_OK,
	GREETING_REFUSED,	/* "* BYE", "-ERR", "554" */
	GREETING_FOREIGN	/* not this protocol */
};

struct capabilities {
	bool	known;		/* the server listed them */
	bool	starttls;	/* STARTTLS, or STLS for POP3 */
	bool	login_disabled;	/* IMAP LOGINDISABLED */
	bool	user_pass;	/* POP3 USER */
	char	auth[128];	/* "PLAIN LOGIN" */
};

/* The greeting in text; on anything but IO_OK, what came of it. */
enum io		probe_greeting(struct conn *, enum protocol, char *text,
		    size_t size, enum greeting *);
enum io		probe_capabilities(struct conn *, enum protocol,
		    struct capabilities *);
/* Asks for STARTTLS; *accepted tells the server's answer. */
enum io		probe_starttls(struct conn *, enum protocol, bool *accepted,
		    char *reply, size_t size);
void		probe_goodbye(struct conn *, enum protocol);

#endif
