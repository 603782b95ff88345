#ifndef OVHMAIL_DATA_H
#define OVHMAIL_DATA_H

#include <stdbool.h>
#include <stddef.h>

#include "problem.h"

/*
 * The server table read from servers.json (see ovhmail-data(5)).  Every
 * string points into the parsed document, which the dataset owns: one
 * data_free() releases it all.
 */

enum protocol {
	PROTOCOL_IMAP,
	PROTOCOL_POP3,
	PROTOCOL_SMTP,
	PROTOCOL_COUNT
};

enum security {
	SECURITY_SSL,		/* implicit TLS */
	SECURITY_STARTTLS,
	SECURITY_NONE
};

enum auth_method {
	AUTH_PASSWORD_CLEARTEXT,
	AUTH_PASSWORD_ENCRYPTED
};

enum username_rule {
	USERNAME_EMAIL		/* the full e-mail address */
};

struct source {
	const char	*id;
	const char	*title;
	const char	*date;
};

struct region {
	const char	*id;
	const char	*name;
};

struct server {
	enum protocol		 protocol;
	bool			 ssl;	/* the client's "SSL" switch */
	const struct region	*region;	/* NULL for offers without */
	const char		*host;	/* "{N}" stands for --server */
	int			 port;
	enum security		 security;
	bool			 auth_required;
	enum auth_method	 auth_method;
	enum username_rule	 username;
	const struct source	*source;
};

/* Where Outlook's Autodiscover is served, for the _autodiscover record. */
struct autodiscover {
	const char		*host;	/* "{N}" stands for --server */
	int			 port;
	const struct source	*source;
};

struct offer {
	const char		*id;
	const char		*name;
	const char		*description;
	bool			 is_default;
	const char		*webmail;
	const struct source	*webmail_source;
	const char		*server_number;	/* NULL: hosts unnumbered */
	struct autodiscover	 autodiscover;	/* host NULL: none known */
	struct region		*regions;	/* the first is the default */
	size_t			 nregions;
	struct server		*servers;
	size_t			 nservers;
};

struct known_error {
	const char		*id;
	enum protocol		 protocol;
	const char		*code;
	const char		*reply;
	const char		**match;	/* any one, case-insensitive */
	size_t			 nmatch;
	const char		*meaning;
	const char		*fix;
	const struct source	*source;
};

struct mx {
	int		 priority;
	const char	*host;
};

/* The records of a domain whose mail OVHcloud hosts. */
struct dns {
	long			 ttl;
	struct mx		*mx;
	size_t			 nmx;
	const struct source	*mx_source;
	const char		*spf;
	const struct source	*spf_source;
};

struct dataset {
	char			*path;
	char			*text;		/* the file as read, NUL-ended */
	size_t			 length;
	struct cJSON		*document;
	struct source		*sources;
	size_t			 nsources;
	struct offer		*offers;
	size_t			 noffers;
	struct dns		 dns;
	struct known_error	*errors;
	size_t			 nerrors;
};

#define DATA_SCHEMA	1

/*
 * Chooses the data file: the --data argument, $OVHMAIL_DATA,
 * $XDG_DATA_HOME/ovhmail/servers.json if it exists, else the installed
 * file.  The path is the caller's to free.
 */
int	data_locate(const char *given, char **path, struct problem *);

/* Reads and validates the file; the dataset is the caller's to free. */
int	data_load(const char *path, struct dataset **, struct problem *);
/* The same for text in memory, which must have a NUL at text[length]. */
int	data_parse(const char *name, const char *text, size_t length,
	    struct dataset **, struct problem *);
void	data_free(struct dataset *);

const char	*protocol_name(enum protocol);	/* "imap", as in the file */
const char	*protocol_label(enum protocol);	/* "IMAP", for people */
const char	*security_name(enum security);	/* "ssl", as in the file */
const char	*security_label(enum security);	/* "SSL/TLS", for people */
const char	*auth_method_name(enum auth_method);

#endif
