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

enum check_format {
	CHECK_TEXT,
	CHECK_JSON,
	CHECK_NAGIOS		/* a monitoring plugin's answer */
};

struct check_options {
	bool		 ssl_given;	/* check only --ssl or --no-ssl */
	bool		 legacy;	/* the legacy entries too */
	int		 timeout;	/* seconds the whole check may take */
	const char	*cafile;	/* NULL: the system's CAs */
	enum check_format format;
	bool		 colour;
	int		 warning_days;	/* a certificate's days left that warn */
	int		 critical_days;	/* and that are critical */
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

/* The certificate the server showed, for its expiry. */
struct check_certificate {
	bool	seen;
	char	subject[256];
	char	issuer[256];
	char	not_after[24];		/* "2027-03-01T12:00:00Z" */
	long	days_left;		/* whole days, < 0 once expired */
};

#define CHECK_NOT_MEASURED	(-1L)

struct check_result {
	const struct record	*record;
	struct step		 steps[CHECK_MAX_STEPS];
	size_t			 nsteps;
	bool			 works;
	int			 local;		/* errno: this machine failed */
	char			 verdict[256];
	char			 hint[1024];	/* errors.json's meaning and fix fit */
	/* Milliseconds, or CHECK_NOT_MEASURED when the step was not done. */
	long			 connect_ms;	/* the TCP connection */
	long			 tls_ms;	/* the TLS handshake */
	long			 elapsed_ms;	/* connection, TLS and protocol */
	struct check_certificate certificate;
};

/*
 * Checks the chosen entries: the current ones, and with --legacy the
 * legacy ones too.  EX_UNAVAILABLE when any does not work; as a plugin,
 * the plugin's status with an empty message (see check_report.h).
 */
int	check_run(const struct dataset *, const struct query *,
	    const struct check_options *, struct problem *);

/* The report, one module (check_report.h). */

#endif
