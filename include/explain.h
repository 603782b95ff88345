#ifndef OVHMAIL_EXPLAIN_H
#define OVHMAIL_EXPLAIN_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "bounce.h"
#include "errors.h"
#include "mailtime.h"

/*
 * What explain finds: each failure once, with the recipient it concerns,
 * its severity and reason, and the documented OVHcloud error that best
 * explains it (the others that may, inside it), or none when only the
 * standards' generic meanings apply.  Findings are given one at a time,
 * as the input is read, so that nothing is held but one message's.
 */

#define EXPLAIN_MAX_ALSO	4	/* other possible OVHcloud meanings */
/* A message's findings merged; past this, given as they come. */
#define EXPLAIN_MAX_MERGED	1024

struct finding {
	char				 code[4];	/* or "" */
	char				 status[16];	/* or "" */
	char				 recipient[BOUNCE_MAX_ADDRESS + 1];
	const struct known_error	*error;		/* NULL: generic */
	const struct known_error	*also[EXPLAIN_MAX_ALSO];
	size_t				 nalso;
	const struct reason		*reason;	/* NULL: other */
	enum severity			 severity;	/* never unknown */
	bool				 inferred;	/* the status is the
							 * reason's, from words */
	struct mailtime			 time;
	char				 remote_host[BOUNCE_MAX_HOST + 1];
	char				 queue_id[BOUNCE_MAX_QUEUE_ID + 1];
	char				 reply[BOUNCE_MAX_LINE + 1];	/* the
						 * server's words, or "" */
	const char			*file;		/* where, or NULL */
};

typedef void	explain_given(const struct finding *, void *context);

struct explainer {
	const struct error_book	*book;
	explain_given		*given;
	void			*context;
	time_t			 now;		/* gives syslog stamps a year */
	bool			 asked;		/* words: every reply counts */
	bool			*named;		/* errors a reply's text names */
	struct finding		*merged;	/* this message's */
	size_t			 nmerged;
	bool			 one_line;	/* the message in hand */
	const char		*file;		/* read now: --file's, or NULL */
	size_t			 messages;	/* messages read */
	size_t			 lines;		/* log lines read */
	size_t			 failures;	/* findings given */
	unsigned		 stopped;	/* bounce_read()'s bounds */
};

/*
 * ASKED: the text is the user's words, where a success code is explained
 * too.  False when out of memory.
 */
bool	explain_start(struct explainer *x, const struct error_book *book,
	    bool asked, explain_given *given, void *context);
void	explain_end(struct explainer *);

/* A message (a bounce, or a text read whole), and a line of a log. */
void	explain_message(struct explainer *, const char *text, size_t length);
void	explain_line(struct explainer *, const char *line, size_t length);

/* The OVHcloud error that best explains TEXT, as words typed, or NULL. */
const struct known_error *explain_best(const struct error_book *,
	    const char *text, size_t length);

/*
 * The standards' meaning of the finding's reply code and status, in the
 * file's English, or translated for people: each piece goes through
 * gettext(3) when TRANSLATE is true.
 */
void	explain_generic(const struct error_book *, const struct finding *,
	    bool translate, char *buffer, size_t size);

/* The sources of the generic meanings used, "; " between them. */
void	explain_generic_sources(const struct error_book *,
	    const struct finding *, char *buffer, size_t size);

/* "permanent" or "temporary". */
const char	*explain_severity(enum severity);

#endif
