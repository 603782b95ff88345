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

/* Where OVHcloud sells an offer: eu, ca or apac. */
struct region {
	const char	*id;
	const char	*name;
};

/*
 * Whether OVHcloud's current guides still list a value.  A legacy value
 * comes from older guides only (the 2021 seeds, OVH's 2020 default
 * zones); the program still answers with it where asked, and says so.
 */
enum status {
	STATUS_CURRENT,
	STATUS_LEGACY
};

struct server {
	enum protocol		 protocol;
	bool			 ssl;	/* the client's "SSL" switch */
	const struct region	*region;
	const char		*host;	/* "{N}" stands for --server */
	const char		**aliases;	/* other names of the host */
	size_t			 naliases;
	int			 port;
	enum security		 security;
	bool			 auth_required;
	enum auth_method	 auth_method;
	enum username_rule	 username;
	enum status		 status;
	const char		*reason;	/* why legacy; NULL if current */
	const struct source	*source;
};

/* A service beside IMAP, POP3 and SMTP, such as Zimbra Pro's ActiveSync. */
struct service {
	const char		*name;	/* "ActiveSync", for people */
	const char		*plan;	/* the plan that has it, or NULL */
	const struct region	*region;
	const char		*host;
	int			 port;
	enum security		 security;
	const struct source	*source;
};

/* Messages an account or an IP address may send in an hour. */
enum limit_scope {
	LIMIT_ACCOUNT,
	LIMIT_IP
};

struct sending_limit {
	enum limit_scope	 scope;
	long			 per_hour;
	const struct source	*source;
};

/*
 * A mailbox size.  Two quotas for the same plan (plan NULL: the whole
 * offer) are a conflict between OVHcloud's guides: both are shown.
 */
struct quota {
	const char		*plan;
	const char		*size;	/* "15 GB", "2.5 MB to 5 GB" */
	const struct source	*source;
};

struct limits {
	struct sending_limit	*sending;
	size_t			 nsending;
	struct quota		*quotas;
	size_t			 nquotas;
};

/*
 * The DNS a domain needs for one offer in one region.  Names in it are
 * relative to the customer's domain; host names have no final dot.
 * "{N}" in a host stands for --server, as in the server entries; "<id>",
 * "<xx>", "<selector>" and "<code>" are values only the OVHcloud Control
 * Panel or API knows: never fill them in, check only their shape.
 */
struct mx {
	int		 priority;
	const char	*host;
};

/*
 * One SPF value.  A dns_profile with more than one is a conflict between
 * OVHcloud's guides: a zone may publish one SPF record only, so an export
 * writes the first and shows the others as comments, and a verifier
 * accepts any of them.
 */
struct spf {
	const char		*value;	/* "v=spf1 include:mx.ovh.com ~all" */
	const struct source	*source;
};

/*
 * DKIM: each selector is published as a CNAME at
 * "<prefix><N>-<selector>._domainkey.<domain>" (e.g.
 * ovhmo1234-selector1._domainkey.example.com) whose target has the shape
 * of TARGET, where "<selector>" is the full selector name and "<id>" and
 * "<xx>" come from the Control Panel.
 */
struct dkim {
	const char		*selector_prefix;	/* "ovhmo", "ovhex", ... */
	const char		**selectors;	/* "selector1", "selector2" */
	size_t			 nselectors;
	const char		*type;		/* "CNAME" */
	const char		*target;
	const struct source	*source;
};

/* The _dmarc TXT record OVHcloud's advice leads to, and that advice. */
struct dmarc {
	const char		*record;	/* "v=DMARC1; p=none" */
	const char		*advice;
	const struct source	*source;
};

/*
 * An SRV record "<service>._tcp.<domain>", such as _autodiscover.  The
 * legacy ones (MX Plan's old default zone) are written only on request.
 */
struct srv {
	const char		*service;	/* "_autodiscover" */
	int			 priority;
	int			 weight;
	int			 port;
	const char		*host;	/* may hold "{N}" */
	enum status		 status;
	const char		*reason;	/* why legacy; NULL if current */
	const struct source	*source;
};

/*
 * The record that proves the domain is the customer's when its zone is
 * not at OVHcloud: NAME ("<code>-check") TYPE ("CNAME") TARGET.
 */
struct validation {
	const char		*name;
	const char		*type;
	const char		*target;
	const struct source	*source;
};

/* The records a note goes with. */
enum dns_part {
	DNS_PART_MX,
	DNS_PART_SPF,
	DNS_PART_DKIM,
	DNS_PART_VALIDATION
};

/* A guide's advice on some of the records, written beside them. */
struct dns_note {
	enum dns_part		 about;
	const char		*text;
	const struct source	*source;
};

struct dns_profile {
	long			 ttl;
	struct mx		*mx;	/* in the file's order */
	size_t			 nmx;
	const struct source	*mx_source;
	struct spf		*spf;	/* at least one; more: a conflict */
	size_t			 nspf;
	struct dkim		 dkim;
	struct dmarc		 dmarc;
	struct srv		*srv;	/* may be none */
	size_t			 nsrv;
	struct validation	 validation;	/* name NULL: none */
	struct dns_note		*notes;	/* may be none */
	size_t			 nnotes;
};

struct offer {
	const char		*id;
	const char		*name;
	const char		*description;
	bool			 is_default;
	const char		*webmail;
	const struct source	*webmail_source;
	const char		*server_number;	/* NULL: hosts unnumbered */
	/*
	 * The regions where the offer is sold, the first the default, and
	 * for each the DNS a domain needs: dns[i] belongs to regions[i].
	 */
	const struct region	**regions;
	const struct dns_profile **dns;
	size_t			 nregions;
	const struct source	*regions_source;
	struct server		*servers;
	size_t			 nservers;
	struct service		*services;
	size_t			 nservices;
	struct limits		 limits;
	struct dns_profile	*profiles;	/* what dns[] points into */
	size_t			 nprofiles;
};

struct dataset {
	char			*path;
	char			*text;		/* the file as read, NUL-ended */
	size_t			 length;
	struct json_doc		*document;
	struct source		*sources;
	size_t			 nsources;
	struct region		*regions;	/* every region of the file */
	size_t			 nregions;
	struct offer		*offers;
	size_t			 noffers;
};

#define DATA_SCHEMA	2
#define DATA_MAX_SRV	8	/* SRV records in one dns_profile */
#define DATA_MAX_NOTES	16	/* notes in one dns_profile */
#define DATA_MAX_ALIASES 3	/* aliases of one server entry */

/*
 * Chooses the data file: the --data argument, $OVHMAIL_DATA,
 * $XDG_DATA_HOME/ovhmail/servers.json if it exists, else the installed
 * file.  The path is the caller's to free.
 */
int	data_locate(const char *given, char **path, struct problem *);

/*
 * The file NAME in the directory of the table at TABLE_PATH, where
 * guides.json and errors.json are found: the path is the caller's to
 * free.
 */
int	data_beside(const char *table_path, const char *name, char **path,
	    struct problem *);

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
const char	*status_name(enum status);	/* "current", "legacy" */
const char	*limit_scope_name(enum limit_scope);	/* "account", "ip" */

/*
 * The first of the offer's quotas for the same plan as quotas[n], and
 * whether another quota disagrees with it (a conflict between guides).
 */
size_t		 quota_first(const struct offer *, size_t n);
bool		 quota_disputed(const struct offer *, size_t n);

/* The offer with that id, or the default one for NULL; NULL if none. */
const struct offer	*data_offer(const struct dataset *, const char *id);
/* The region with that id, among all the file's; NULL if none. */
const struct region	*data_region(const struct dataset *, const char *id);
/* Whether the offer is sold in the region. */
bool			 offer_sold_in(const struct offer *,
			    const struct region *);
/*
 * The DNS a domain needs for OFFER in REGION, or NULL where the offer is
 * not sold.  A DNS verifier compares a live zone with this.
 */
const struct dns_profile *offer_dns(const struct offer *,
			    const struct region *);
/* Whether the offer's hosts in REGION hold "{N}" (need --server). */
bool			 offer_numbered_in(const struct offer *,
			    const struct region *);

#endif
