#ifndef OVHMAIL_CHECK_H
#define OVHMAIL_CHECK_H

#include <stdbool.h>
#include <stdio.h>

#include "data.h"
#include "errors.h"
#include "lookup.h"
#include "problem.h"

/*
 * "ovhmail check": can this machine reach the servers, and how do they
 * answer.  It sends credentials only with --login, and then only through
 * src/login.c.
 */

struct check_options {
	bool		 ssl_given;	/* check only --ssl or --no-ssl */
	int		 timeout;	/* seconds the whole check may take */
	const char	*cafile;	/* NULL: the system's CAs */
	bool		 json;
	bool		 colour;
	const char	*password;	/* NULL: no login test */
	const struct error_book *errors;	/* explains a rejected login */
};

enum step_status {
	STEP_OK,
	STEP_NOTE,		/* works, with something worth knowing */
	STEP_FAIL
};

#define CHECK_MAX_STEPS	12

struct step {
	const char		*name;
	enum step_status	 status;
	char			 detail[512];
};

struct check_result {
	const struct record	*record;
	struct step		 steps[CHECK_MAX_STEPS];
	size_t			 nsteps;
	bool			 works;
	int			 local;		/* errno: this machine failed */
	char			 verdict[256];
	char			 hint[1024];	/* errors.json's meaning and fix fit */
};

/* Checks the chosen entries; EX_UNAVAILABLE when any does not work. */
int	check_run(const struct dataset *, const struct query *,
	    const struct check_options *, struct problem *);

/* The report, one module. */
void	check_report_text(FILE *, const struct check_result *, bool colour);
void	check_report_summary(FILE *, const struct check_result *, size_t);
void	check_report_json(FILE *, const struct check_result *, size_t);

#endif
