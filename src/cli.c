/*
 * The command line: getopt_long, the commands and options, their
 * combinations, --help.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "address.h"
#include "cli.h"
#include "commands.h"
#include "dns_query.h"
#include "i18n.h"
#include "password_command.h"
#include "utf8.h"

#ifndef VERSION
#define VERSION "unknown"
#endif

#define MAX_SERVER_NUMBER	999
#define MAX_TIMEOUT		300
#define MAX_FD			1023
#define MAX_JOBS		64
#define MAX_DAYS		3650

enum {
	OPT_ALLOW_PLAINTEXT = 256,
	OPT_ACCOUNT,
	OPT_CAFILE,
	OPT_CHAIN,
	OPT_DATA,
	OPT_DISCOVER,
	OPT_DKIM_SELECTOR,
	OPT_CRITICAL_DAYS,
	OPT_DOMAIN,
	OPT_DOMAINS,
	OPT_FIELD,
	OPT_FILE,
	OPT_JOBS,
	OPT_KEY,
	OPT_LEGACY,
	OPT_LOGIN,
	OPT_NAME,
	OPT_NO_SSL,
	OPT_OFFER,
	OPT_OFFLINE,
	OPT_PASSWORD_COMMAND,
	OPT_PASSWORD_FD,
	OPT_REGION,
	OPT_RESOLVER,
	OPT_SECURITY,
	OPT_SERVER,
	OPT_SIGN,
	OPT_SSL,
	OPT_SUMMARY,
	OPT_ERROR,
	OPT_TIMEOUT,
	OPT_WARNING_DAYS
};

static const struct option long_options[] = {
	{ "account",	required_argument,	NULL,	OPT_ACCOUNT },
	{ "allow-plaintext", no_argument,	NULL,	OPT_ALLOW_PLAINTEXT },
	{ "cafile",	required_argument,	NULL,	OPT_CAFILE },
	{ "chain",	required_argument,	NULL,	OPT_CHAIN },
	{ "data",	required_argument,	NULL,	OPT_DATA },
	{ "discover",	no_argument,		NULL,	OPT_DISCOVER },
	{ "dkim-selector", required_argument,	NULL,	OPT_DKIM_SELECTOR },
	{ "critical-days", required_argument,	NULL,	OPT_CRITICAL_DAYS },
	{ "domain",	required_argument,	NULL,	OPT_DOMAIN },
	{ "domains",	required_argument,	NULL,	OPT_DOMAINS },
	{ "email",	required_argument,	NULL,	'e' },
	{ "error",	required_argument,	NULL,	OPT_ERROR },
	{ "field",	required_argument,	NULL,	OPT_FIELD },
	{ "file",	required_argument,	NULL,	OPT_FILE },
	{ "format",	required_argument,	NULL,	'f' },
	{ "help",	no_argument,		NULL,	'h' },
	{ "jobs",	required_argument,	NULL,	OPT_JOBS },
	{ "key",	required_argument,	NULL,	OPT_KEY },
	{ "legacy",	no_argument,		NULL,	OPT_LEGACY },
	{ "login",	no_argument,		NULL,	OPT_LOGIN },
	{ "name",	required_argument,	NULL,	OPT_NAME },
	{ "no-ssl",	no_argument,		NULL,	OPT_NO_SSL },
	{ "offer",	required_argument,	NULL,	OPT_OFFER },
	{ "offline",	no_argument,		NULL,	OPT_OFFLINE },
	{ "output",	required_argument,	NULL,	'o' },
	{ "password-command", required_argument, NULL,	OPT_PASSWORD_COMMAND },
	{ "password-fd", required_argument,	NULL,	OPT_PASSWORD_FD },
	{ "region",	required_argument,	NULL,	OPT_REGION },
	{ "resolver",	required_argument,	NULL,	OPT_RESOLVER },
	{ "security",	required_argument,	NULL,	OPT_SECURITY },
	{ "server",	required_argument,	NULL,	OPT_SERVER },
	{ "sign",	required_argument,	NULL,	OPT_SIGN },
	{ "summary",	no_argument,		NULL,	OPT_SUMMARY },
	{ "warning-days", required_argument,	NULL,	OPT_WARNING_DAYS },
	{ "ssl",	no_argument,		NULL,	OPT_SSL },
	{ "timeout",	required_argument,	NULL,	OPT_TIMEOUT },
	{ "version",	no_argument,		NULL,	'V' },
	{ NULL,		0,			NULL,	0 }
};

void
cli_help(FILE *out)
{
	const char *usage = _("usage:");
	const struct command_row *row;
	size_t i;
	bool first = true;

	/* The synopsis, a line or more a command, from the command table. */
	for (i = 0; (row = command_row(i)) != NULL; i++) {
		if (row->synopsis == NULL)
			continue;
		if (first)
			fprintf(out, "%s ", usage);
		else
			utf8_pad(out, "", utf8_columns(usage) + 1);
		fprintf(out, "%s\n", gettext(row->synopsis));
		first = false;
	}
	/* One message per paragraph, so that a translator sees each whole. */
	fputs(_("\n"
"Tells which OVHcloud mail server, port, security and username a mail\n"
"client needs.\n"), out);
	fputs(_("\n"
"Commands:\n"
"  doctor ADDRESS [FILE...]\n"
"                       when mail does not work: the offer, the domain's\n"
"                       DNS, the servers, the clients' files and the error\n"
"                       (--error TEXT, or a bounce on standard input), in\n"
"                       one report, the likeliest cause first\n"
"  imap, pop, smtp      one server (pop3 and submission are aliases)\n"
"  list                 every server of the offer (the default)\n"
"  webmail              the webmail address\n"
"  limits               the offer's sending limits and mailbox quota\n"
"  explain [TEXT]       what a server's error means and how to fix it; with\n"
"                       no TEXT, every failure in a bounce, a log or a\n"
"                       client's dialog on standard input\n"
"  export FORMAT        a client's configuration or DNS records: autoconfig,\n"
"                       autodiscover, mobileconfig, msmtp, mbsync, neomutt,\n"
"                       aerc or dns\n"
"  check [PROTOCOL]     connect to the servers from here and diagnose\n"
"  guide CLIENT         the steps to set up a mail client: thunderbird,\n"
"                       outlook, new-outlook, outlook-mac, apple-mail (or\n"
"                       mac), ios (or iphone, ipad) or android\n"
"  audit FILE...        compare mail clients' settings with the table\n"
"  values NAME          the offers, regions, fields, export formats, clients\n"
"                       or command words, one a line, as shell completion\n"
"                       lists them\n"),
	    out);
	fputs(_("\n"
"Options:\n"
"      --ssl            SSL/TLS on: 993, 995, 465 for MX Plan (the default)\n"
"      --no-ssl         SSL off: 587 with STARTTLS; legacy 143 and 110\n"
"      --security NAME  ssl, starttls or none: the entries so protected,\n"
"                       on every offer (not with --ssl or --no-ssl)\n"
"      --offer NAME     mxplan (the default), zimbra, emailpro or exchange\n"
"      --server N       the N of pro<N>.mail.ovh.net or ex<N>.mail.ovh.net\n"
"      --region NAME    eu (the default), ca or apac, where the offer is sold\n"
"  -e, --email ADDRESS  fill in the username\n"
"      --domain DOMAIN  the mail domain, for export (else the address's)\n"
"      --account NAME   export: the account's name in the client files\n"
"                       (default ovhcloud), for more than one mailbox\n"
"      --name \"REAL NAME\"\n"
"                       export: the sender's name where the format has one\n"
"      --offline        export neomutt: read the Maildir export mbsync\n"
"                       fills, send with msmtp -a ACCOUNT\n"
"      --legacy         export dns: add the legacy MX Plan SRV records\n"
"  -o, --output FILE    export into FILE, replaced only once complete\n"
"      --sign CERT      export mobileconfig: sign the profile with the PEM\n"
"                       certificate CERT (binary CMS: give -o FILE)\n"
"      --key KEY        the certificate's private key, PEM, not encrypted\n"
"      --chain FILE     the intermediate certificates to include, PEM\n"
"      --password-command CMD\n"
"                       the command a client runs for the password; {email}\n"
"                       stands for the address (default: secret-tool lookup\n"
"                       ovhmail {email})\n"
"      --allow-plaintext\n"
"                       let export list servers without encryption\n"
"      --timeout SECS   how long check may take in all (default 10);\n"
"                       doctor, the whole of it (default 30)\n"
"      --error TEXT     doctor: the error the client or a bounce showed\n"
"      --cafile FILE    check trusts the CAs in FILE, not the system's\n"
"      --login          check logs in with --email (doctor with ADDRESS)\n"
"                       and a password: from the terminal, or the first\n"
"                       line --password-command prints, or:\n"
"      --password-fd N  the password from the descriptor N\n"
"      --warning-days N, --critical-days N\n"
"                       check --format nagios: a certificate's days left\n"
"                       that warn (default 30) and are critical (7)\n"
"      --file PATH      explain: read PATH (a log, a .gz, an mbox, a\n"
"                       message, a Maildir or a folder); repeatable\n"
"      --summary        explain: failures grouped and counted\n"
"  -f, --format NAME    text (the default), json or env; check and verify:\n"
"                       nagios, as a monitoring plugin\n"
"      --field NAME     print only this field's value; repeatable\n"
"      --data FILE      read the server table from FILE\n"
"  -h, --help           print this help and exit\n"
"  -V, --version        print the version and exit\n"), out);
	fputs(_("\n"
"The DNS of a domain:\n"
"  discover ADDRESS...  which offer, region and server the domain's DNS\n"
"                       points at, how sure that is, and the settings\n"
"  verify DOMAIN...     whether the domain's DNS is what its offer needs\n"
"      --discover       a lookup, export or guide takes the offer, region\n"
"                       and server from the DNS of --email (or --domain);\n"
"                       audit, of each account's address\n"
"      --dkim-selector NAME  check this DKIM selector and its pair too\n"
"      --resolver IP[:PORT]  ask this DNS server, not the system's\n"
"      --timeout SECS   how long the DNS questions of a domain may take\n"
"                       (default 10)\n"
"      --domains FILE   verify or discover each domain of FILE, one a line\n"
"                       (- for standard input)\n"
"      --jobs N         domains at a time (default 16)\n"), out);
	fputs(_("\n"
"Fields: offer, region, protocol, ssl, host, aliases, port, security, status,\n"
"auth_required, auth_method, username, source.  See ovhmail(1) for more.\n"), out);
}

void
cli_version(FILE *out)
{
	fprintf(out, "ovhmail %s\n", VERSION);
}

const char *
cli_plugin_service(int argc, char *argv[])
{
	int i;

	for (i = 1; i < argc; i++)
		if (strcmp(argv[i], "check") == 0)
			return "OVHMAIL_CHECK";
		else if (strcmp(argv[i], "verify") == 0)
			return "OVHMAIL_VERIFY";
	return "OVHMAIL";
}

bool
cli_wants_nagios(int argc, char *argv[])
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--format=nagios") == 0 ||
		    strcmp(argv[i], "-fnagios") == 0)
			return true;
		if ((strcmp(argv[i], "--format") == 0 ||
		    strcmp(argv[i], "-f") == 0) && i + 1 < argc &&
		    strcmp(argv[i + 1], "nagios") == 0)
			return true;
	}
	return false;
}

/* Whole numbers from min to max, as strtonum(3) takes them. */
static int
parse_number(const char *option, const char *text, int min, int max,
    int *number, struct problem *problem)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(text, &end, 10);
	if (text[0] < '0' || text[0] > '9' || *end != '\0' || errno != 0 ||
	    n < min || n > max)
		return problem_set(problem, EX_USAGE, option,
		    "'%s' is not a number from %d to %d", problem_echo(text), min, max);
	*number = (int)n;
	return EX_OK;
}

static int
parse_format(const char *text, enum format *format, struct problem *problem)
{
	if (strcmp(text, "text") == 0)
		*format = FORMAT_TEXT;
	else if (strcmp(text, "json") == 0)
		*format = FORMAT_JSON;
	else if (strcmp(text, "env") == 0)
		*format = FORMAT_ENV;
	else if (strcmp(text, "nagios") == 0)
		*format = FORMAT_NAGIOS;
	else
		return problem_set(problem, EX_USAGE, "--format",
		    "unknown format '%s' (choose text, json, env or nagios)",
		    problem_echo(text));
	return EX_OK;
}

static int
parse_email(const char *text, const char **email, struct problem *problem)
{
	const char *why = address_problem(text);

	if (why != NULL)
		return problem_set(problem, EX_USAGE, "--email",
		    "'%s' is not an e-mail address: %s", problem_echo(text),
		    why);
	*email = text;
	return EX_OK;
}

static int
parse_domain(const char *text, const char **domain, struct problem *problem)
{
	const char *why = domain_problem(text);

	if (why != NULL)
		return problem_set(problem, EX_USAGE, "--domain",
		    "'%s' is not a domain name: %s", problem_echo(text), why);
	*domain = text;
	return EX_OK;
}

/* A DKIM selector is one DNS label: letters, digits and '-'. */
static int
parse_selector(const char *text, const char **selector,
    struct problem *problem)
{
	if (!selector_ok(text))
		return problem_set(problem, EX_USAGE, "--dkim-selector",
		    "'%s' is not a selector name, e.g. ovhmo1234567-selector1",
		    problem_echo(text));
	*selector = text;
	return EX_OK;
}

static int
parse_password_command(const char *text, const char **command,
    struct problem *problem)
{
	const char *why = password_command_problem(text);

	if (why != NULL)
		return problem_set(problem, EX_USAGE, "--password-command",
		    "%s", why);
	*command = text;
	return EX_OK;
}

static int
add_field(struct options *options, const char *name, struct problem *problem)
{
	if (options->nfields == MAX_FIELDS)
		return problem_set(problem, EX_USAGE, "--field",
		    "at most %d fields", MAX_FIELDS);
	options->fields[options->nfields++] = name;
	return EX_OK;
}

/* The long option that WORD ("--name=value") names, or NULL. */
static const struct option *
long_option(const char *word)
{
	size_t n = strcspn(word + 2, "=");
	const struct option *o;

	for (o = long_options; o->name != NULL; o++)
		if (strlen(o->name) == n && strncmp(o->name, word + 2, n) == 0)
			return o;
	return NULL;
}

static int
unknown_option(int c, const char *word, struct problem *problem)
{
	const struct option *o;

	if (c == ':')
		return problem_set(problem, EX_USAGE, NULL,
		    "option '%s' needs an argument", problem_echo(word));
	if (strncmp(word, "--", 2) == 0 && strchr(word, '=') != NULL &&
	    (o = long_option(word)) != NULL && o->has_arg == no_argument)
		return problem_set(problem, EX_USAGE, NULL,
		    "option '--%s' takes no argument", o->name);
	if (optopt != 0 && strncmp(word, "--", 2) != 0)
		return problem_set(problem, EX_USAGE, NULL,
		    "unknown option '-%c'", optopt);
	return problem_set(problem, EX_USAGE, NULL, "unknown option '%s'",
	    problem_echo(word));
}

/* A file name, which must not be empty: "" names no file. */
static int
parse_path(const char *option, const char *text, const char **path,
    struct problem *problem)
{
	if (text[0] == '\0')
		return problem_set(problem, EX_USAGE, option,
		    "the file name is empty");
	*path = text;
	return EX_OK;
}

/*
 * --security picks entries by what protects them, the same on every
 * offer; --ssl and --no-ssl keep their meaning, and cannot go with it.
 */
static int
parse_security(struct options *options, const char *text,
    struct problem *problem)
{
	static const char *const names[] = { "ssl", "starttls", "none" };
	int i;

	for (i = 0; i < 3 && strcmp(names[i], text) != 0; i++)
		;
	if (i == 3)
		return problem_set(problem, EX_USAGE, "--security",
		    "'%s' is not ssl, starttls or none", problem_echo(text));
	if (options->ssl_given)
		return problem_set(problem, EX_USAGE, "--security", "give it "
		    "or --ssl and --no-ssl, not both");
	options->query.security = i;
	return EX_OK;
}

/*
 * An account name goes into every client file: letters, digits, '-',
 * '_' and '.', so that it needs no quoting in any of them.
 */
static int
parse_account(const char *text, const char **account,
    struct problem *problem)
{
	size_t i, n = strlen(text);

	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)text[i]) && text[i] != '-' &&
		    text[i] != '_' && text[i] != '.')
			break;
	if (n == 0 || n > 64 || i < n || text[0] == '.' || text[0] == '-')
		return problem_set(problem, EX_USAGE, "--account", "'%s': "
		    "give 1 to 64 letters, digits, '-', '_' or '.', not "
		    "starting with '-' or '.'", problem_echo(text));
	*account = text;
	return EX_OK;
}

/* The sender's name: text for people, that shows as it is written. */
static int
parse_real_name(const char *text, const char **name, struct problem *problem)
{
	const char *why = real_name_problem(text);

	if (why != NULL)
		return problem_set(problem, EX_USAGE, "--name", "%s",
		    gettext(why));
	*name = text;
	return EX_OK;
}

/* explain's --file, repeatable: a directory holds any number of files. */
static int
add_file(struct options *options, const char *path, struct problem *problem)
{
	if (options->nfiles == MAX_FILES)
		return problem_set(problem, EX_USAGE, "--file", "at most %d "
		    "files: name the directory that holds them", MAX_FILES);
	if (parse_path("--file", path, &options->files[options->nfiles],
	    problem) != EX_OK)
		return problem->status;
	options->nfiles++;
	return EX_OK;
}

/* --ssl and --no-ssl contradict each other: the last must not win silently. */
static int
set_ssl(struct options *options, bool ssl, struct problem *problem)
{
	if (options->ssl_given && options->query.ssl != ssl)
		return problem_set(problem, EX_USAGE, ssl ? "--ssl" :
		    "--no-ssl", "give it or %s, not both", ssl ? "--no-ssl" :
		    "--ssl");
	if (options->query.security >= 0)
		return problem_set(problem, EX_USAGE, ssl ? "--ssl" :
		    "--no-ssl", "give it or --security, not both");
	options->query.ssl = ssl;
	options->ssl_given = true;
	return EX_OK;
}

static int
parse_option(int c, char *argv[], struct options *options,
    struct problem *problem)
{
	switch (c) {
	case OPT_ALLOW_PLAINTEXT:
		options->allow_plaintext = true;
		break;
	case OPT_DATA:
		return parse_path("--data", optarg, &options->data_path,
		    problem);
	case OPT_DISCOVER:
		options->discover = true;
		break;
	case OPT_DKIM_SELECTOR:
		return parse_selector(optarg, &options->dkim_selector, problem);
	case OPT_DOMAIN:
		return parse_domain(optarg, &options->domain, problem);
	case 'e':
		return parse_email(optarg, &options->query.email, problem);
	case OPT_FIELD:
		return add_field(options, optarg, problem);
	case OPT_FILE:
		return add_file(options, optarg, problem);
	case OPT_SECURITY:
		return parse_security(options, optarg, problem);
	case OPT_ACCOUNT:
		return parse_account(optarg, &options->account, problem);
	case OPT_NAME:
		return parse_real_name(optarg, &options->real_name, problem);
	case OPT_OFFLINE:
		options->offline = true;
		break;
	case OPT_DOMAINS:
		return parse_path("--domains", optarg, &options->domains,
		    problem);
	case OPT_JOBS:
		return parse_number("--jobs", optarg, 1, MAX_JOBS,
		    &options->jobs, problem);
	case OPT_WARNING_DAYS:
		return parse_number("--warning-days", optarg, 0, MAX_DAYS,
		    &options->warning_days, problem);
	case OPT_CRITICAL_DAYS:
		return parse_number("--critical-days", optarg, 0, MAX_DAYS,
		    &options->critical_days, problem);
	case OPT_SUMMARY:
		options->summary = true;
		break;
	case OPT_ERROR:
		if (optarg[0] == '\0')
			return problem_set(problem, EX_USAGE, "--error",
			    "give the error's words");
		options->error_text = optarg;
		break;
	case 'f':
		options->format_given = true;
		return parse_format(optarg, &options->format, problem);
	case 'h':
		options->command = COMMAND_HELP;
		break;
	case OPT_LEGACY:
		options->query.legacy = true;
		break;
	case OPT_NO_SSL:
		return set_ssl(options, false, problem);
	case OPT_OFFER:
		options->query.offer = optarg;
		break;
	case 'o':
		return parse_path("--output", optarg, &options->output,
		    problem);
	case OPT_PASSWORD_COMMAND:
		return parse_password_command(optarg,
		    &options->password_command, problem);
	case OPT_REGION:
		options->query.region = optarg;
		break;
	case OPT_RESOLVER:
		if (!dns_resolver_address_ok(optarg))
			return problem_set(problem, EX_USAGE, "--resolver",
			    "'%s' is not IP, IP:PORT or [IPv6]:PORT", optarg);
		options->resolver = optarg;
		break;
	case OPT_SERVER:
		return parse_number("--server", optarg, 1, MAX_SERVER_NUMBER,
		    &options->query.server_number, problem);
	case OPT_TIMEOUT:
		return parse_number("--timeout", optarg, 1, MAX_TIMEOUT,
		    &options->timeout, problem);
	case OPT_CAFILE:
		return parse_path("--cafile", optarg, &options->cafile,
		    problem);
	case OPT_SIGN:
		return parse_path("--sign", optarg, &options->sign.cert,
		    problem);
	case OPT_KEY:
		return parse_path("--key", optarg, &options->sign.key,
		    problem);
	case OPT_CHAIN:
		return parse_path("--chain", optarg, &options->sign.chain,
		    problem);
	case OPT_LOGIN:
		options->login = true;
		break;
	case OPT_PASSWORD_FD:
		return parse_number("--password-fd", optarg, 0, MAX_FD,
		    &options->password_fd, problem);
	case OPT_SSL:
		return set_ssl(options, true, problem);
	case 'V':
		options->command = COMMAND_VERSION;
		break;
	default:
		return unknown_option(c, argv[optind - 1], problem);
	}
	return EX_OK;
}

static bool
parse_protocol(const char *word, enum protocol *protocol)
{
	if (strcmp(word, "imap") == 0)
		*protocol = PROTOCOL_IMAP;
	else if (strcmp(word, "pop") == 0 || strcmp(word, "pop3") == 0)
		*protocol = PROTOCOL_POP3;
	else if (strcmp(word, "smtp") == 0 || strcmp(word, "submission") == 0)
		*protocol = PROTOCOL_SMTP;
	else
		return false;
	return true;
}

/* The words after the command: as many as its row says. */
static int
check_words(const struct options *options, const struct command_row *row,
    struct problem *problem)
{
	if (options->nwords < row->min_words || (row->max_words >= 0 &&
	    options->nwords > row->max_words && row->words_why != NULL))
		return problem_set(problem, EX_USAGE, row->word, "%s",
		    gettext(row->words_why));
	if (row->max_words >= 0 && options->nwords > row->max_words)
		return problem_set(problem, EX_USAGE, row->word,
		    "unexpected argument '%s'",
		    problem_echo(options->words[row->max_words]));
	return EX_OK;
}

/* The command word, looked up in the command table; list without one. */
static int
parse_command(struct options *options, struct problem *problem)
{
	const char *word = options->nwords > 0 ? options->words[0] : "list";
	const struct command_row *row = command_find(word);

	if (row == NULL)
		return problem_set(problem, EX_USAGE, NULL,
		    "unknown command or protocol '%s'", problem_echo(word));
	if (options->nwords > 0) {
		options->words++;
		options->nwords--;
	}
	options->row = row;
	options->command = row->command;
	if (row->command == COMMAND_LOOKUP)
		options->query.protocol = row->protocol;
	/* check's one word is a protocol. */
	if (row->command == COMMAND_CHECK && options->nwords > 0) {
		if (!parse_protocol(options->words[0],
		    &options->query.protocol))
			return problem_set(problem, EX_USAGE, "check",
			    "unknown protocol '%s' (choose imap, pop or smtp)",
			    problem_echo(options->words[0]));
	}
	return check_words(options, row, problem);
}

/* The options only some commands take: their bits and their names. */
/*
 * Where an option goes with less than a whole command (one export
 * format, another option), TARGET says so, the same as the short checks
 * beside the commands; else the commands are read from the table.
 */
static const struct {
	int		 code;		/* getopt_long()'s */
	unsigned	 bit;
	const char	*name;
	const char	*target;
} restricted[] = {
	{ OPT_DOMAIN, OPTION_DOMAIN, "--domain", NULL },
	{ 'o', OPTION_OUTPUT, "--output", NULL },
	{ OPT_ALLOW_PLAINTEXT, OPTION_ALLOW_PLAINTEXT, "--allow-plaintext",
	    NULL },
	{ OPT_PASSWORD_COMMAND, OPTION_PASSWORD_COMMAND, "--password-command",
	    N_("export or check --login") },
	{ OPT_LEGACY, OPTION_LEGACY, "--legacy", N_("export dns or check") },
	{ OPT_CAFILE, OPTION_CAFILE, "--cafile", NULL },
	{ OPT_LOGIN, OPTION_LOGIN, "--login", NULL },
	{ OPT_PASSWORD_FD, OPTION_PASSWORD_FD, "--password-fd",
	    "check --login" },
	{ OPT_SIGN, OPTION_SIGN, "--sign", "export mobileconfig" },
	{ OPT_KEY, OPTION_KEY, "--key", "--sign" },
	{ OPT_CHAIN, OPTION_CHAIN, "--chain", "--sign" },
	{ OPT_DISCOVER, OPTION_DISCOVER, "--discover", NULL },
	{ OPT_DKIM_SELECTOR, OPTION_DKIM_SELECTOR, "--dkim-selector", NULL },
	{ OPT_RESOLVER, OPTION_RESOLVER, "--resolver", NULL },
	{ OPT_FILE, OPTION_FILE, "--file", NULL },
	{ OPT_SUMMARY, OPTION_SUMMARY, "--summary", NULL },
	{ OPT_ERROR, OPTION_ERROR, "--error", NULL },
	{ OPT_DOMAINS, OPTION_DOMAINS, "--domains", NULL },
	{ OPT_SECURITY, OPTION_SECURITY, "--security", NULL },
	{ OPT_ACCOUNT, OPTION_ACCOUNT, "--account", NULL },
	{ OPT_NAME, OPTION_NAME, "--name", NULL },
	{ OPT_OFFLINE, OPTION_OFFLINE, "--offline", "export neomutt" },
	{ OPT_JOBS, OPTION_JOBS, "--jobs", NULL },
	{ OPT_WARNING_DAYS, OPTION_WARNING_DAYS, "--warning-days", NULL },
	{ OPT_CRITICAL_DAYS, OPTION_CRITICAL_DAYS, "--critical-days", NULL },
	{ OPT_TIMEOUT, OPTION_TIMEOUT, "--timeout", NULL },
};

/* The bit of the option getopt_long() returned as C, or 0. */
static unsigned
option_bit(int c)
{
	size_t i;

	for (i = 0; i < sizeof(restricted) / sizeof(restricted[0]); i++)
		if (restricted[i].code == c)
			return restricted[i].bit;
	return 0;
}

/* --discover asks DNS too: it brings --resolver and --timeout along. */
#define WITH_DISCOVER	(OPTION_RESOLVER | OPTION_TIMEOUT)

/* "--X: goes with A, B or C", the commands read from the table. */
static int
refuse_option(const char *name, unsigned bit, struct problem *problem)
{
	const struct command_row *row;
	const char *words[32];
	char list[256];
	size_t i, n = 0, used = 0;

	for (i = 0; (row = command_row(i)) != NULL && n < 32; i++)
		if ((row->options & bit) && !row->alias)
			words[n++] = row->word;
	if (bit & WITH_DISCOVER)
		words[n++] = "--discover";
	list[0] = '\0';
	for (i = 0; i < n && used < sizeof(list); i++)
		used += (size_t)snprintf(list + used, sizeof(list) - used,
		    "%s%s", i == 0 ? "" : i + 1 == n ? _(" or ") : ", ",
		    words[i]);
	return problem_set(problem, EX_USAGE, name, "goes with %s", list);
}

/* The options the command's row does not take, each refused. */
static int
check_options_taken(const struct options *options,
    const struct command_row *row, struct problem *problem)
{
	unsigned taken = row->options | (options->discover ? WITH_DISCOVER :
	    0);
	size_t i;

	for (i = 0; i < sizeof(restricted) / sizeof(restricted[0]); i++)
		if ((options->given & restricted[i].bit) &&
		    !(taken & restricted[i].bit))
			return restricted[i].target != NULL ?
			    problem_set(problem, EX_USAGE, restricted[i].name,
			    "goes with %s", gettext(restricted[i].target)) :
			    refuse_option(restricted[i].name,
			    restricted[i].bit, problem);
	return EX_OK;
}

/* --format and --field, as the command's row prints. */
static int
check_format(const struct options *options, const struct command_row *row,
    struct problem *problem)
{
	const char *given = options->nfields > 0 ? "--field" : "--format";

	if (options->nfields > 0 && options->format_given)
		return problem_set(problem, EX_USAGE, "--field",
		    "prints bare values: leave out --format");
	/* Where --field is what is refused, the message says to leave it out. */
	if ((row->formats == 0 && options->format_given) ||
	    (options->nfields > 0 && !(row->formats & 1u << FORMAT_FIELDS)))
		return problem_set(problem, EX_USAGE, row->word,
		    "%s: leave out %s", gettext(row->formats_why), given);
	if (row->formats != 0 && !(row->formats & 1u << options->format))
		return problem_set(problem, EX_USAGE, row->word, "%s",
		    gettext(row->formats_why));
	return EX_OK;
}

/*
 * The constraints between options, beside the command that has them:
 * the password's one way in, for a login with an address.
 */
static int
check_login(const struct options *options, struct problem *problem)
{
	bool fd = options->password_fd >= 0;
	bool command = options->password_command != NULL;

	if (fd && command)
		return problem_set(problem, EX_USAGE, "--password-fd",
		    "give it or --password-command, not both");
	if ((options->command == COMMAND_CHECK ||
	    options->command == COMMAND_DOCTOR) && !options->login &&
	    (fd || command))
		return problem_set(problem, EX_USAGE, fd ? "--password-fd" :
		    "--password-command", "goes with %s",
		    options->command == COMMAND_CHECK ? "check --login" :
		    "doctor --login");
	if (options->command == COMMAND_DOCTOR && options->query.email != NULL)
		return problem_set(problem, EX_USAGE, "--email",
		    "doctor takes the address as its word");
	if (options->login && options->query.email == NULL &&
	    options->command != COMMAND_DOCTOR)
		return problem_set(problem, EX_USAGE, "--login",
		    "give the address to log in with: --email ADDRESS");
	return EX_OK;
}

/* export: --legacy for dns, --sign (with --key) for mobileconfig. */
static int
check_export(const struct options *options, struct problem *problem)
{
	const struct export_signer *sign = &options->sign;
	const char *format = options->command == COMMAND_EXPORT ?
	    options->words[0] : "";

	if (options->query.legacy && options->command == COMMAND_EXPORT &&
	    strcmp(format, "dns") != 0)
		return problem_set(problem, EX_USAGE, "--legacy",
		    "goes with %s", _("export dns or check"));
	if (sign->cert == NULL && (sign->key != NULL || sign->chain != NULL))
		return problem_set(problem, EX_USAGE, sign->key != NULL ?
		    "--key" : "--chain", "goes with %s", "--sign");
	if (sign->cert == NULL)
		return EX_OK;
	if (strcmp(format, "mobileconfig") != 0)
		return problem_set(problem, EX_USAGE, "--sign",
		    "goes with %s", "export mobileconfig");
	if (sign->key == NULL)
		return problem_set(problem, EX_USAGE, "--sign",
		    "needs --key KEY, the certificate's private key");
	if ((options->output == NULL || strcmp(options->output, "-") == 0) &&
	    isatty(STDOUT_FILENO))
		return problem_set(problem, EX_USAGE, "--sign",
		    "writes binary DER, not for a terminal: give -o FILE or "
		    "redirect the output");
	return EX_OK;
}

/* --discover needs a domain; verify takes the domain, not an address. */
static int
check_dns(const struct options *options, struct problem *problem)
{
	bool named = options->query.email != NULL || options->domain != NULL;

	if (options->discover && !named && options->command == COMMAND_EXPORT)
		return problem_set(problem, EX_USAGE, "--discover",
		    "needs the domain: give --email or --domain");
	if (options->discover && !named &&
	    options->command != COMMAND_AUDIT)
		return problem_set(problem, EX_USAGE, "--discover",
		    "needs the domain: give --email");
	if (options->command == COMMAND_VERIFY && options->query.email != NULL)
		return problem_set(problem, EX_USAGE, "--email",
		    "verify takes the domain only");
	return EX_OK;
}

/* Combinations are checked after all options are read, as order is free. */
static int
check_combinations(const struct options *options, struct problem *problem)
{
	if (check_format(options, options->row, problem) != EX_OK ||
	    check_options_taken(options, options->row, problem) != EX_OK ||
	    check_login(options, problem) != EX_OK ||
	    check_export(options, problem) != EX_OK)
		return problem->status;
	return check_dns(options, problem);
}

static void
reverse(char **first, char **last)
{
	char *swap;

	while (first < --last) {
		swap = *first;
		*first++ = *last;
		*last = swap;
	}
}

/*
 * Options may follow the command word (ovhmail imap --ssl) whatever
 * POSIXLY_CORRECT says: getopt_long() is told to stop at each word ("+"),
 * and the words are moved to the end of argv one by one, as glibc's own
 * permutation does, so that argv stays a permutation of what was given
 * for ovhmail-check to parse again.  Returns the index of the first word.
 */
static int
parse_options(int argc, char *argv[], struct options *options,
    struct problem *problem)
{
	int c, end = argc, before;

	opterr = 0;
	optind = 0;	/* glibc: start afresh, should the parse run again */
	for (;;) {
		before = optind;
		c = getopt_long(end, argv, "+:e:f:ho:V", long_options, NULL);
		if (c != -1) {
			if (parse_option(c, argv, options, problem) != EX_OK)
				return -1;
			options->given |= option_bit(c);
			continue;
		}
		/* "--" was read, or nothing is left: the rest are words. */
		if (optind >= end || optind != (before == 0 ? 1 : before))
			break;
		/* A word: to the end, before the words moved already. */
		reverse(argv + optind, argv + end);
		reverse(argv + optind, argv + end - 1);
		end--;
	}
	/*
	 * Those after "--", then the moved words last found first: the
	 * whole reversed puts the moved ones first and in order.
	 */
	reverse(argv + optind, argv + argc);
	reverse(argv + optind + (argc - end), argv + argc);
	return optind;
}

int
cli_parse(int argc, char *argv[], struct options *options,
    struct problem *problem)
{
	int first;

	memset(options, 0, sizeof(*options));
	options->argv = argv;
	options->command = COMMAND_LIST;
	options->query.protocol = PROTOCOL_ANY;
	options->query.ssl = true;
	options->format = FORMAT_TEXT;
	options->password_fd = -1;
	options->query.security = -1;
	options->warning_days = WARNING_DAYS;
	options->critical_days = CRITICAL_DAYS;
	if ((first = parse_options(argc, argv, options, problem)) < 0)
		return problem->status;
	if (options->command == COMMAND_HELP ||
	    options->command == COMMAND_VERSION)
		return EX_OK;
	if (options->nfields > 0 && !options->format_given)
		options->format = FORMAT_FIELDS;
	options->words = argv + first;
	options->nwords = argc - first;
	if (parse_command(options, problem) != EX_OK)
		return problem->status;
	return check_combinations(options, problem);
}
