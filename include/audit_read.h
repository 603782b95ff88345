#ifndef OVHMAIL_AUDIT_READ_H
#define OVHMAIL_AUDIT_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "audit.h"

/*
 * What the audit readers share: bounded lines, values copied safe to
 * print (control characters and broken UTF-8 become '?'), accounts and
 * servers added within the bounds of audit.h, and mail URLs.
 */

/* The lines of a text, each without its end and its trailing '\r'. */
struct audit_lines {
	const char	*next;
	const char	*end;
	int		 number;
};

void	audit_lines_start(struct audit_lines *, const char *text,
	    size_t length);
bool	audit_line(struct audit_lines *, const char **line, size_t *length);

/*
 * The next line that is neither blank nor a '#' comment, as its first
 * word (KEY, N bytes) and the rest up to END.
 */
bool	audit_keyword_line(struct audit_lines *, const char **key, size_t *n,
	    const char **rest, const char **end);

/* Copies N bytes of S, made safe to print, with its line. */
void	audit_set(struct audit_text *, const char *s, size_t n, int line);
/* The same for a string. */
void	audit_set_string(struct audit_text *, const char *s, int line);

struct audit_account	*audit_account_add(struct audit_file *,
			    const char *name, size_t n, int line,
			    struct problem *);
struct audit_server	*audit_server_add(struct audit_account *,
			    enum protocol, int line, struct problem *);
void			 audit_secret_add(struct audit_account *,
			    const char *key, int line);

/* S moved past blanks (spaces and tabs), up to END. */
const char	*audit_skip_space(const char *s, const char *end);
/* "imap", "pop3" or "smtp" in any case; false for anything else. */
bool	audit_protocol(const char *name, enum protocol *);

/* A whole number from 1 to 65535, or 0. */
int	audit_port(const char *s, size_t n);
/* yes, on, true or 1 (any case). */
bool	audit_true(const char *s, size_t n);
/* Case-insensitive equality of N bytes of S with WORD. */
bool	audit_is(const char *s, size_t n, const char *word);

/* scheme://[user[:password]@]host[:port][/...], as the clients write it. */
struct audit_url {
	char	scheme[32];
	char	user[AUDIT_TEXT];	/* %-decoded */
	bool	has_password;
	char	host[AUDIT_TEXT];
	int	port;			/* 0 when not given */
};

bool	audit_url(const char *s, size_t n, struct audit_url *);

/* The default port of a protocol with a security. */
int	audit_default_port(enum protocol, enum security);

#endif
