#ifndef OVHMAIL_AUDIT_REPORT_H
#define OVHMAIL_AUDIT_REPORT_H

#include <stdio.h>

#include "audit_judge.h"
#include "format.h"
#include "json_write.h"

/*
 * Prints what audit finds as it goes: text for people, or one JSON
 * object (ovhmail(1) lists its keys), and keeps the counts that decide
 * the exit status.
 */
struct audit_report {
	FILE		*out;
	enum format	 format;
	size_t		 files;
	size_t		 accounts_in_file;
	size_t		 right;
	size_t		 wrong;		/* accounts with findings */
	size_t		 skipped;
	size_t		 findings;
	size_t		 errors;	/* files not read */
	int		 error_status;
	bool		 file_open;	/* json: a file's object is open */
	struct json_writer json;
};

void	audit_report_start(struct audit_report *, FILE *, enum format);
void	audit_report_file(struct audit_report *, const struct audit_file *);
void	audit_report_verdict(struct audit_report *, const struct audit_file *,
	    const struct audit_verdict *);
/* PATH could not be read, for the reason PROBLEM says (reported already). */
void	audit_report_error(struct audit_report *, const char *path,
	    const struct problem *);
/* The summary, and the status: 0, AUDIT_FINDINGS, or an error's. */
int	audit_report_end(struct audit_report *, struct problem *);

#endif
