#ifndef OVHMAIL_COMMANDS_H
#define OVHMAIL_COMMANDS_H

#include <stdbool.h>

#include "cli.h"
#include "data.h"
#include "problem.h"

typedef int	command_fn(const struct options *, const struct dataset *,
		    struct problem *);

/* One row of the command table (src/commands.c): what a command accepts. */
struct command_row {
	const char	*word;		/* "imap", "export", ... */
	enum command	 command;
	enum protocol	 protocol;	/* the lookups' word says which */
	bool		 alias;		/* pop3, submission: said as another */
	bool		 reads_data;	/* needs the table */
	int		 min_words;	/* after the command word */
	int		 max_words;	/* -1: no bound */
	const char	*words_why;	/* a wrong count, with an example;
					 * NULL: "unexpected argument" */
	unsigned	 options;	/* the option_bits it takes */
	unsigned	 formats;	/* 1 << FORMAT_... it prints; 0: none */
	const char	*formats_why;	/* why another is refused */
	command_fn	*run;
	const char	*synopsis;	/* after "ovhmail [options] ", or NULL */
};

/* Whether the command given needs the table read first. */
bool	command_reads_data(const struct options *);

/* Row I, or NULL past the last; the row of WORD, or NULL. */
const struct command_row	*command_row(size_t i);
const struct command_row	*command_find(const char *word);

/* https://no-color.org: colour on a terminal unless NO_COLOR is set. */
bool	command_colour(void);

/* Prints the answer on stdout, or leaves stdout alone and reports. */
int	command_run(const struct options *, const struct dataset *,
	    struct problem *);

/*
 * audit: reads, judges and prints every file given (the options' words),
 * with --offer, --region, --server, --discover (src/audit.c).
 */
int	audit_run(const struct options *, const struct dataset *,
	    struct problem *);

/*
 * explain: the words, the --file paths or standard input, streamed; each
 * finding or the --summary (src/explain_command.c).
 */
int	explain_command(const struct options *, const struct dataset *,
	    struct problem *);

/*
 * The check command: ovhmail-check runs it, ovhmail hands over to
 * ovhmail-check (src/check_command.c and src/check_exec.c).
 */
int	check_command(const struct options *, const struct dataset *,
	    struct problem *);

/*
 * doctor ADDRESS [FILE...]: discover, verify, check, audit and explain,
 * run side by side and joined in one report (src/doctor_command.c).
 */
int	doctor_command(const struct options *, const struct dataset *,
	    struct problem *);

/*
 * export mobileconfig --sign, the same way: ovhmail-check signs with
 * OpenSSL (src/sign.c), ovhmail hands over to it (src/check_exec.c).
 */
int	export_signed(const struct options *, const struct export_format *,
	    const struct dataset *, struct export_request *,
	    struct problem *);

#endif
