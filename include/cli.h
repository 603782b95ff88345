#ifndef OVHMAIL_CLI_H
#define OVHMAIL_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "export.h"
#include "format.h"
#include "lookup.h"
#include "problem.h"

enum command {
	COMMAND_LIST,		/* the default */
	COMMAND_LOOKUP,
	COMMAND_WEBMAIL,
	COMMAND_LIMITS,
	COMMAND_EXPLAIN,
	COMMAND_EXPORT,
	COMMAND_GUIDE,
	COMMAND_CHECK,
	COMMAND_AUDIT,
	COMMAND_VALUES,
	COMMAND_DISCOVER,
	COMMAND_VERIFY,
	COMMAND_DOCTOR,
	COMMAND_HELP,
	COMMAND_VERSION
};

/*
 * The options that only some commands take, a bit each: a command's row
 * in the command table (commands.h) says which.  The others (--ssl,
 * --offer, --region, --server, --email, --data) go with every command.
 */
enum option_bit {
	OPTION_DOMAIN		= 1 << 0,
	OPTION_OUTPUT		= 1 << 1,
	OPTION_ALLOW_PLAINTEXT	= 1 << 2,
	OPTION_PASSWORD_COMMAND	= 1 << 3,
	OPTION_LEGACY		= 1 << 4,
	OPTION_SIGN		= 1 << 5,
	OPTION_KEY		= 1 << 6,
	OPTION_CHAIN		= 1 << 7,
	OPTION_TIMEOUT		= 1 << 8,
	OPTION_CAFILE		= 1 << 9,
	OPTION_LOGIN		= 1 << 10,
	OPTION_PASSWORD_FD	= 1 << 11,
	OPTION_DISCOVER		= 1 << 12,
	OPTION_DKIM_SELECTOR	= 1 << 13,
	OPTION_RESOLVER		= 1 << 14,
	OPTION_FILE		= 1 << 15,
	OPTION_SUMMARY		= 1 << 16,
	OPTION_DOMAINS		= 1 << 17,
	OPTION_JOBS		= 1 << 18,
	OPTION_WARNING_DAYS	= 1 << 19,
	OPTION_CRITICAL_DAYS	= 1 << 20,
	OPTION_SECURITY		= 1 << 21,
	OPTION_ACCOUNT		= 1 << 22,
	OPTION_NAME		= 1 << 23,
	OPTION_OFFLINE		= 1 << 24,
	OPTION_ERROR		= 1 << 25,
	OPTION_COUNT		= 26
};

#define MAX_FIELDS	16
#define MAX_FILES	256	/* explain's --file */
#define DNS_JOBS	16	/* domains at a time, without --jobs */
#define WARNING_DAYS	30	/* check: a certificate's days left */
#define CRITICAL_DAYS	7
#define CHECK_TIMEOUT	10	/* seconds, without --timeout */
#define DNS_WAIT	10	/* seconds for all of DNS, without --timeout */

struct command_row;

struct options {
	enum command	  command;
	const struct command_row *row;	/* its row of the command table */
	struct query	  query;
	enum format	  format;
	int		  timeout;	/* --timeout, seconds; 0: not given */
	const char	 *fields[MAX_FIELDS];
	size_t		  nfields;
	const char	 *data_path;
	const char	 *domain;	/* export's --domain */
	const char	 *output;	/* export's -o */
	const char	 *password_command;	/* NULL: the default; check --login:
						 * the terminal */
	const char	 *cafile;	/* check's --cafile */
	struct export_signer sign;	/* export mobileconfig's --sign */
	const char	 *dkim_selector;	/* --dkim-selector */
	const char	 *resolver;	/* --resolver IP[:PORT] */
	const char	 *files[MAX_FILES];	/* explain's --file */
	size_t		  nfiles;
	const char	 *domains;	/* --domains FILE, "-": stdin */
	const char	 *account;	/* export's --account, or NULL */
	const char	 *real_name;	/* export's --name, or NULL */
	const char	 *error_text;	/* doctor's --error, or NULL */
	int		  jobs;		/* --jobs, 0: not given */
	int		  warning_days;	/* check's --warning-days */
	int		  critical_days;	/* check's --critical-days */
	int		  password_fd;	/* --password-fd, or -1 */
	unsigned	  given;	/* the option_bits given */
	int		  nwords;
	char		**argv;		/* as main() had it */
	char		**words;	/* the arguments after the command */
	bool		  format_given;
	bool		  allow_plaintext;	/* export's --allow-plaintext */
	bool		  ssl_given;	/* --ssl or --no-ssl was given */
	bool		  discover;	/* --discover */
	bool		  summary;	/* explain's --summary */
	bool		  offline;	/* export neomutt --offline */
	bool		  login;	/* check's --login */
};

int	cli_parse(int argc, char *argv[], struct options *, struct problem *);
/*
 * Whether ARGV asks for --format nagios, read before the options are:
 * a plugin's usage error, too, must be its UNKNOWN.
 */
bool	cli_wants_nagios(int argc, char *argv[]);
/* The plugin's service name: OVHMAIL_CHECK, OVHMAIL_VERIFY or OVHMAIL. */
const char	*cli_plugin_service(int argc, char *argv[]);
void	cli_help(FILE *);
void	cli_version(FILE *);

#endif
