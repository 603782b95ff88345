#ifndef OVHMAIL_DOCTOR_H
#define OVHMAIL_DOCTOR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "data.h"
#include "errors.h"
#include "json_doc.h"

/*
 * ovhmail doctor: the five steps of a diagnosis, each made by one of
 * ovhmail's own commands (discover, verify, check, audit, explain) run
 * beside the others, their JSON read back and joined in one report: the
 * problems, the likeliest cause of the user's trouble first, then what
 * was fine.
 */
enum doctor_step {
	DOCTOR_DISCOVER,	/* which offer, region and server */
	DOCTOR_VERIFY,		/* the domain's DNS */
	DOCTOR_CHECK,		/* the servers from here */
	DOCTOR_AUDIT,		/* the mail clients' own files */
	DOCTOR_EXPLAIN,		/* the error the user saw */
	DOCTOR_STEPS
};

/*
 * Where an explained error points (errors.json's "look_at"): the
 * problems found there are ranked first.
 */
enum doctor_focus {
	FOCUS_LOGIN		= 1 << 0,	/* the login, the account */
	FOCUS_CLIENT_AUTH	= 1 << 1,	/* SMTP authentication in
						   the client's files */
	FOCUS_SENDING_DNS	= 1 << 2,	/* SPF, DKIM and DMARC */
	FOCUS_CONNECTION	= 1 << 3	/* the connections, the ports
						   the client uses */
};

#define DOCTOR_WAIT		30	/* seconds for it all, without --timeout */
#define DOCTOR_MAX_PROBLEMS	256
#define DOCTOR_MAX_FILES	64

struct doctor_problem {
	enum doctor_step	 step;
	const char		*kind;		/* a stable word for scripts */
	char			*what;		/* owned */
	char			*fix;		/* owned, or NULL */
	char			*record;	/* a zone line to publish, owned */
	const char		*file;		/* in a step's JSON, or NULL */
	long			 line;		/* 0: none */
	int			 rank;		/* the higher, the likelier */
	unsigned		 focus;		/* enum doctor_focus bits */
	size_t			 order;		/* as found, among equals */
};

struct doctor_step_result {
	bool			 made;		/* it ran to its end */
	bool			 skipped;	/* nothing to do: not run */
	int			 status;	/* its exit status */
	struct json_doc		*doc;		/* its JSON, or NULL */
	char			 why[512];	/* not made: why */
	char			*said;		/* its standard error, owned */
};

struct doctor {
	const char		*address;
	const char		*domain;	/* in ADDRESS */
	const struct offer	*offer;
	const struct region	*region;
	int			 server;	/* 0: not known */
	bool			 assumed;	/* not found in DNS */
	bool			 translate;	/* text: through gettext(3) */
	bool			 login;		/* --login was given */
	bool			 offer_given;	/* --offer */
	const char		*error_text;	/* --error, or NULL */
	const struct reason	*words_reason;	/* what unknown words say */
	unsigned		 focus;		/* enum doctor_focus bits */
	struct doctor_step_result steps[DOCTOR_STEPS];
	char			*files[DOCTOR_MAX_FILES];	/* audited */
	bool			 unread[DOCTOR_MAX_FILES];	/* not read */
	size_t			 nfiles;
	size_t			 files_left_out;	/* found, not read */
	const struct dataset	*data;
	struct doctor_problem	 problems[DOCTOR_MAX_PROBLEMS];
	size_t			 nproblems;
	size_t			 left_out;	/* past DOCTOR_MAX_PROBLEMS */
	char			*fine[DOCTOR_STEPS];	/* a line, or NULL */
};

/* "discover", "verify", "check", "audit", "explain". */
const char	*doctor_step_name(enum doctor_step);

/*
 * The usual places of the clients' files under HOME that exist, each
 * path the caller's to free: at most MAX of them, and at most 32 profiles
 * of each Thunderbird place; how many more there were, in LEFT_OUT.
 */
size_t	doctor_files_find(const char *home, char **paths, size_t max,
	    size_t *left_out);

/*
 * The problems and the fine lines, from the steps' JSON; BOOK gives what
 * the explained errors point at.  Ranked, the likeliest first.
 */
void	doctor_judge(struct doctor *, const struct error_book *book);
void	doctor_free(struct doctor *);

/* The report: text for people, or one JSON object. */
void	doctor_report_text(FILE *, const struct doctor *);
void	doctor_report_json(FILE *, const struct doctor *);

#endif
