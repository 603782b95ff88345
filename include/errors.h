#ifndef OVHMAIL_ERRORS_H
#define OVHMAIL_ERRORS_H

#include <stddef.h>

#include "data.h"
#include "problem.h"

/*
 * What explain knows, read from errors.json beside the server table (see
 * ovhmail-data(5)): the errors OVHcloud documents, and the generic
 * meanings of reply codes and enhanced status codes from the standards.
 * Every string points into the parsed document, which the book owns.
 */

/*
 * A bounce reason, in the sense of sisimai's: a fixed list of ids, each
 * with the texts and statuses that name it, in order of precedence.
 */
struct reason {
	const char		 *id;		/* "user_unknown" */
	const char		 *meaning;
	const char		**status;	/* "5.1.1": this reason alone */
	size_t			  nstatus;
	const char		**match;	/* lower-case texts */
	size_t			  nmatch;
	const struct source	 *source;
	const char		**look_at;	/* doctor's: where to look */
	size_t			  nlook_at;
};

/* Another OVHcloud guide's advice that disagrees with an entry's fix. */
struct conflict {
	const char		*fix;
	const struct source	*source;
};

struct known_error {
	const char		 *id;
	const char		 *code;		/* "553", or NULL */
	const char		 *status;	/* "5.7.1", or NULL */
	const char		 *reply;	/* as the source quotes it */
	const char		**match;	/* texts that name it */
	size_t			  nmatch;
	const char		 *meaning;
	const char		 *fix;
	const char		**offers;	/* offer ids */
	size_t			  noffers;
	const struct source	 *source;
	const struct reason	 *reason;	/* or NULL */
	struct conflict		  conflict;	/* fix NULL: none */
	const char		**look_at;	/* doctor's: where to look */
	size_t			  nlook_at;
};

/*
 * A pattern and what the standards say it means: "5yz" (first digit),
 * "x5z" (second digit), "550"; "5.X.X" (class), "X.1.X" (subject),
 * "X.1.1" (detail).
 */
struct generic_meaning {
	const char		*code;
	const char		*meaning;
	const struct source	*source;
	const char		**look_at;	/* doctor's: where to look */
	size_t			  nlook_at;
};

struct error_book {
	char			*path;
	struct json_doc		*document;
	struct source		*sources;
	size_t			 nsources;
	struct known_error	*errors;
	size_t			 nerrors;
	struct generic_meaning	*generic;
	size_t			 ngeneric;
	struct reason		*reasons;	/* by precedence, "other" last */
	size_t			 nreasons;
	/* The errors' match texts (owner: the error's index) and the
	 * reasons' (owner: nerrors + the reason's index). */
	struct phrases		*phrases;
};

#define ERRORS_SCHEMA	1

/*
 * Where doctor looks first for the cause of an error ("look_at"): the
 * login, SMTP authentication in the client's files, the sending domain's
 * SPF, DKIM and DMARC, the connections.  NULL-terminated.
 */
extern const char *const errors_look_at_ids[];

/* The reason ids, an interface (ovhmail(1)), NULL-terminated. */
extern const char *const errors_reason_ids[];

/*
 * $OVHMAIL_ERRORS, else errors.json in the directory of the server table
 * at DATA_PATH.  The path is the caller's to free.
 */
int	errors_locate(const char *data_path, char **path, struct problem *);

/* Reads and validates the file; the book is the caller's to free. */
int	errors_load(const char *path, struct error_book **, struct problem *);
void	errors_free(struct error_book *);

/* The reason whose id is ID, or NULL. */
const struct reason	*errors_reason(const struct error_book *,
			    const char *id);

/* The meaning of a pattern, or NULL. */
const struct generic_meaning	*errors_generic(const struct error_book *,
				    const char *pattern);

#endif
