#ifndef OVHMAIL_EXPORT_H
#define OVHMAIL_EXPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "data.h"
#include "lookup.h"
#include "problem.h"

/* Everything a writer needs, checked and resolved before it starts. */
struct export {
	const struct dataset	*data;
	const struct answer	*answer;	/* the offer's servers, in
						   the file's order */
	const struct record	*imap;		/* for the chosen SSL setting;
						   NULL for SMTP-only files */
	const struct record	*smtp;
	const char		*email;		/* NULL when not given */
	const char		*domain;	/* --domain or the address's */
	char			 ascii_domain[256];	/* for zone files */
	const struct dns_profile *dns;	/* the offer's, in its region */
	char			 srv_hosts[DATA_MAX_SRV][256];	/* dns->srv's,
						   with the server number */
	bool			 legacy;	/* legacy DNS records too */
	char			*password_command;	/* shell; NULL
						   without an address */
	bool			 allow_plaintext;
	const char		*account;	/* --account, or "ovhcloud" */
	bool			 account_given;
	const char		*real_name;	/* --name, or NULL */
	bool			 offline;	/* neomutt: mbsync's Maildir,
						   msmtp -a ACCOUNT */
};

/* The account's name in the client files when --account is not given. */
#define EXPORT_ACCOUNT	"ovhcloud"

/*
 * The Maildir that export mbsync fills and export neomutt --offline
 * reads, for an account: "~/Mail/" ACCOUNT "/".
 */
#define EXPORT_MAILDIR	"~/Mail/"

/* --sign CERT --key KEY [--chain FILE]: PEM files; cert NULL: unsigned. */
struct export_signer {
	const char	*cert;
	const char	*key;
	const char	*chain;
};

/*
 * Turns the finished file into the bytes to write (a signature around
 * it), in *SEALED, which the caller frees.
 */
typedef int	export_sealer(const char *text, size_t length,
		    const struct export_signer *, char **sealed,
		    size_t *sealed_length, struct problem *);

/* What the user asked of export, besides the query. */
struct export_request {
	const char	*domain;	/* NULL: the address's */
	const char	*output;	/* NULL or "-": stdout */
	const char	*password_command;	/* NULL: the default */
	bool		 allow_plaintext;
	const char	*account;	/* --account, NULL: "ovhcloud" */
	const char	*real_name;	/* --name, NULL: none */
	bool		 offline;	/* --offline: export neomutt only */
	const struct export_signer *sign;	/* cert NULL: unsigned */
	export_sealer	*seal;		/* NULL: written as it is */
};

typedef void	export_writer(FILE *, const struct export *);

struct export_format {
	const char	*name;
	export_writer	*write;
	bool		 needs_domain;
	bool		 needs_email;
	bool		 one_account;	/* IMAP and SMTP of one setting */
	bool		 smtp_only;	/* of which it uses SMTP alone */
	bool		 ascii_domain;	/* a zone file wants xn-- labels */
	bool		 private_file;	/* -o writes it with mode 0600 */
	bool		 has_account;	/* names its account: --account */
	bool		 has_name;	/* has the sender's name: --name */
};

const struct export_format	*export_format(const char *name);
void				 export_format_names(char *list, size_t size);
/* The Nth format's name, or NULL after the last. */
const char			*export_format_name(size_t n);

/* Resolves the inputs, writes the whole file in memory, then outputs it. */
int	export_run(const struct export_format *, const struct dataset *,
	    const struct query *, const struct export_request *,
	    struct problem *);

/*
 * Whether the file lists this server: one without encryption only when
 * the user asked for it with --allow-plaintext.
 */
bool	export_lists(const struct export *, const struct record *);

/*
 * The warning a file carries where it sends a password without
 * encryption (--allow-plaintext): lines between OPEN and CLOSE, the
 * comment's delimiters.
 */
void	export_plaintext_warning(FILE *, const char *open, const char *close,
	    const struct record *);
/* The same for the IMAP and SMTP servers of a one-account file. */
void	export_plaintext_warnings(FILE *, const char *open, const char *close,
	    const struct export *);

/* The writers, one module each. */
export_writer	export_autoconfig;
export_writer	export_autodiscover;
export_writer	export_mobileconfig;
export_writer	export_msmtp;
export_writer	export_mbsync;
export_writer	export_neomutt;
export_writer	export_aerc;
export_writer	export_dns;

/*
 * The comment at the top of a client's file: what it is for, and, when
 * HOOK is not NULL, that no password is stored and where the command that
 * prints it goes.  Every line starts with COMMENT.
 */
void	export_header(FILE *, const char *comment, const char *client,
	    const struct export *, const char *hook);

/* What every exported file says about itself in a comment. */
#define EXPORT_MADE_BY	"Made by ovhmail " VERSION \
			" from OVHcloud's published settings."

#endif
