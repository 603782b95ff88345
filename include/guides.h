#ifndef OVHMAIL_GUIDES_H
#define OVHMAIL_GUIDES_H

#include <stdbool.h>
#include <stddef.h>

#include "data.h"
#include "problem.h"

/*
 * The set-up steps of each mail client, read from guides.json beside the
 * server table (see ovhmail-data(5)).  Strings point into the parsed
 * document, which the guides own: one guides_free() releases it all.
 */

#define GUIDES_SCHEMA	1

/* The languages every step is written in; the first is the machine one. */
enum language {
	LANGUAGE_EN,
	LANGUAGE_NL,
	LANGUAGE_FR,
	LANGUAGE_COUNT
};

struct step_words {
	const char	*text;
	const char	*field;	/* NULL: the English field name */
	const char	*value;	/* NULL: the English value */
};

struct step {
	const char		**offers;	/* only for these; none: all */
	size_t			  noffers;
	const char		**regions;	/* only for these; none: all */
	size_t			  nregions;
	const char		 *trap;		/* a trap's id, or NULL */
	const char		 *field;	/* as the English client has it */
	const char		 *value;	/* may hold {imap.host} etc. */
	struct step_words	  words[LANGUAGE_COUNT];
	const struct source	 *source;
};

struct client {
	const char	*id;
	const char	*name;
	const char	*names[LANGUAGE_COUNT];	/* the name in each
					   language; English: name */
	const char	**aliases;	/* other words for the client,
					   such as "iphone" for ios */
	size_t		 naliases;
	const char	*security[3];	/* the client's words for ssl,
					   starttls and none */
	struct step	*steps;
	size_t		 nsteps;
};

struct guides {
	char		*path;
	struct json_doc	*document;
	struct source	*sources;
	size_t		 nsources;
	struct client	*clients;
	size_t		 nclients;
};

/* Reads guides.json from the directory of the table at TABLE_PATH. */
int	guides_load(const char *table_path, struct guides **,
	    struct problem *);
/* The same for text in memory, which must have a NUL at text[length]. */
int	guides_parse(const char *name, const char *text, size_t length,
	    struct guides **, struct problem *);
void	guides_free(struct guides *);

/* The client with that id or alias, or NULL. */
const struct client	*guides_client(const struct guides *, const char *id);
/* "thunderbird, outlook, ...", for usage messages. */
void			 guides_client_names(const struct guides *, char *list,
			    size_t size);

/* What a value or a text may name in braces, as "{imap.host}". */
enum placeholder {
	PLACEHOLDER_OFFER,
	PLACEHOLDER_EMAIL,
	PLACEHOLDER_IMAP_HOST,
	PLACEHOLDER_IMAP_PORT,
	PLACEHOLDER_IMAP_SECURITY,
	PLACEHOLDER_SMTP_HOST,
	PLACEHOLDER_SMTP_PORT,
	PLACEHOLDER_SMTP_SECURITY,
	PLACEHOLDER_ADDRESS,	/* the address, or ADDRESS in a command */
	PLACEHOLDER_COUNT
};

const char	*placeholder_name(enum placeholder);
/* The placeholder at TEXT ("{...}"), its length in *length; or -1. */
int		 placeholder_at(const char *text, size_t *length);

#endif
