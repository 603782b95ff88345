#ifndef OVHMAIL_AUDIT_JUDGE_H
#define OVHMAIL_AUDIT_JUDGE_H

#include "audit.h"

/*
 * An account of a file held against the table: which offer it is on (or
 * why it was skipped), and what differs.
 */
enum audit_field {
	AUDIT_FIELD_HOST,
	AUDIT_FIELD_PORT,
	AUDIT_FIELD_SECURITY,
	AUDIT_FIELD_AUTH,
	AUDIT_FIELD_USERNAME,
	AUDIT_FIELD_PASSWORD	/* one is stored in the file */
};

#define AUDIT_MAX_FINDINGS	(AUDIT_MAX_SERVERS * 5 + AUDIT_MAX_SECRETS)

struct audit_finding {
	int			 line;
	bool			 has_protocol;
	enum protocol		 protocol;
	enum audit_field	 field;
	char			 found[AUDIT_TEXT];	/* "" for a password */
	char			 expected[AUDIT_TEXT];
	const char		*note;	/* more for people, or NULL */
	const struct source	*source;	/* NULL for a password */
};

struct audit_verdict {
	const struct audit_account	*account;
	const struct offer		*offer;	/* NULL: skipped */
	const struct region		*region;
	int				 number;	/* {N}, 0: none */
	bool				 number_given;	/* by --server or
							 * --discover */
	char				 skipped[AUDIT_TEXT];	/* why */
	const char			*skipped_host;	/* the first, or NULL */
	struct audit_finding		 findings[AUDIT_MAX_FINDINGS];
	size_t				 count;
};

/* Judges one account; the query gives --offer, --region and --server. */
void	audit_judge(const struct dataset *, const struct query *,
	    const struct audit_account *, struct audit_verdict *);

const char	*audit_field_name(enum audit_field);	/* "port", ... */

#endif
