#ifndef OVHMAIL_AUDIT_H
#define OVHMAIL_AUDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "data.h"
#include "format.h"
#include "lookup.h"
#include "problem.h"

/*
 * ovhmail audit: reads the mail clients' configurations people already
 * have (one small reader a format, audit_*.c), and compares each account
 * on an OVHcloud server with the table.  The readers only describe what a
 * file says; audit.c judges it and audit_report.c prints the findings.
 */

/* Bounds every reader keeps, whatever the file holds. */
#define AUDIT_MAX_BYTES		(1024UL * 1024)
#define AUDIT_MAX_LINES		20000
#define AUDIT_MAX_LINE		4096	/* bytes in one line */
#define AUDIT_MAX_ACCOUNTS	64
#define AUDIT_MAX_SERVERS	8	/* in one account */
#define AUDIT_MAX_SECRETS	8	/* passwords noted in one account */
#define AUDIT_TEXT		256

/* Exit status when a file differs from the table or stores a password. */
#define AUDIT_FINDINGS		1

enum audit_auth {
	AUDIT_AUTH_UNSAID,	/* the file leaves it to the client */
	AUDIT_AUTH_PASSWORD,	/* the normal (cleartext) password */
	AUDIT_AUTH_ENCRYPTED,	/* CRAM-MD5 and the like, SPA */
	AUDIT_AUTH_NONE,
	AUDIT_AUTH_OTHER	/* OAuth2, Kerberos, ... */
};

/* A value as the file has it, made safe to print, and its line. */
struct audit_text {
	char	text[AUDIT_TEXT];
	int	line;		/* 0: not in the file */
};

struct audit_server {
	enum protocol		 protocol;
	int			 line;	/* where the server is described */
	struct audit_text	 host;
	int			 port;	/* 0: not said, no default known */
	int			 port_line;
	enum security		 security;
	bool			 security_known;
	int			 security_line;
	const char		*security_note;	/* why it is not what it
						   seems, or NULL */
	enum audit_auth		 auth;
	int			 auth_line;
	struct audit_text	 username;	/* "" when not said */
};

struct audit_secret {
	const char	*key;	/* the setting's name, never its value */
	int		 line;
};

struct audit_account {
	struct audit_text	 name;
	struct audit_text	 address;	/* "" when the file has none */
	struct audit_server	 servers[AUDIT_MAX_SERVERS];
	size_t			 nservers;
	struct audit_secret	 secrets[AUDIT_MAX_SECRETS];
	size_t			 nsecrets;
	const char		*password_advice;	/* the format's
						   password command setting */
};

/* What a reader makes of a file. */
struct audit_file {
	const char		*path;
	const char		*format;	/* "msmtp", ... */
	struct audit_account	*accounts;
	size_t			 count;
};

/* A reader: fills in the file's accounts, or says why it cannot. */
typedef int	audit_reader(const char *text, size_t length,
		    struct audit_file *, struct problem *);

audit_reader	audit_read_msmtp;
audit_reader	audit_read_mbsync;
audit_reader	audit_read_mutt;
audit_reader	audit_read_aerc;
audit_reader	audit_read_prefs;
audit_reader	audit_read_autoconfig;
audit_reader	audit_read_autodiscover;
audit_reader	audit_read_mobileconfig;

/*
 * Which reader takes this text, by what the file holds; NULL and a
 * problem when none does.
 */
audit_reader	*audit_detect(const char *text, size_t length,
		    const char **format, struct problem *);

/* Reads one file in memory (a NUL at text[length]) with its reader. */
int	audit_parse(const char *path, const char *text, size_t length,
	    struct audit_file *, struct problem *);
void	audit_file_free(struct audit_file *);

#endif
