/*
 * The command line: getopt_long, the commands and options, their
 * combinations, --help.
 */
#include <errno.h>
#include <getopt.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "address.h"
#include "cli.h"
#include "dns_query.h"
#include "i18n.h"
#include "password_command.h"

#ifndef VERSION
#define VERSION "unknown"
#endif

#define MAX_SERVER_NUMBER	999
#define MAX_TIMEOUT		300
#define MAX_FD			1023

enum {
	OPT_ALLOW_PLAINTEXT = 256,
	OPT_CAFILE,
	OPT_CHAIN,
	OPT_DATA,
	OPT_DISCOVER,
	OPT_DKIM_SELECTOR,
	OPT_DOMAIN,
	OPT_FIELD,
	OPT_KEY,
	OPT_LEGACY,
	OPT_LOGIN,
	OPT_NO_SSL,
	OPT_OFFER,
	OPT_PASSWORD_COMMAND,
	OPT_PASSWORD_FD,
	OPT_REGION,
	OPT_RESOLVER,
	OPT_SERVER,
	OPT_SIGN,
	OPT_SSL,
	OPT_TIMEOUT
};

static const struct option long_options[] = {
	{ "allow-plaintext", no_argument,	NULL,	OPT_ALLOW_PLAINTEXT },
	{ "cafile",	required_argument,	NULL,	OPT_CAFILE },
	{ "chain",	required_argument,	NULL,	OPT_CHAIN },
	{ "data",	required_argument,	NULL,	OPT_DATA },
	{ "discover",	no_argument,		NULL,	OPT_DISCOVER },
	{ "dkim-selector", required_argument,	NULL,	OPT_DKIM_SELECTOR },
	{ "domain",	required_argument,	NULL,	OPT_DOMAIN },
	{ "email",	required_argument,	NULL,	'e' },
	{ "field",	required_argument,	NULL,	OPT_FIELD },
	{ "format",	required_argument,	NULL,	'f' },
	{ "help",	no_argument,		NULL,	'h' },
	{ "key",	required_argument,	NULL,	OPT_KEY },
	{ "legacy",	no_argument,		NULL,	OPT_LEGACY },
	{ "login",	no_argument,		NULL,	OPT_LOGIN },
	{ "no-ssl",	no_argument,		NULL,	OPT_NO_SSL },
	{ "offer",	required_argument,	NULL,	OPT_OFFER },
	{ "output",	required_argument,	NULL,	'o' },
	{ "password-command", required_argument, NULL,	OPT_PASSWORD_COMMAND },
	{ "password-fd", required_argument,	NULL,	OPT_PASSWORD_FD },
	{ "region",	required_argument,	NULL,	OPT_REGION },
	{ "resolver",	required_argument,	NULL,	OPT_RESOLVER },
	{ "server",	required_argument,	NULL,	OPT_SERVER },
	{ "sign",	required_argument,	NULL,	OPT_SIGN },
	{ "ssl",	no_argument,		NULL,	OPT_SSL },
	{ "timeout",	required_argument,	NULL,	OPT_TIMEOUT },
	{ "version",	no_argument,		NULL,	'V' },
	{ NULL,		0,			NULL,	0 }
};

void
cli_help(FILE *out)
{
	/* One message per paragraph, so that a translator sees each whole. */
	fputs(_(
"usage: ovhmail [options] [imap | pop | smtp]\n"
"       ovhmail [options] list\n"
"       ovhmail [options] webmail\n"
"       ovhmail [options] limits\n"
"       ovhmail [options] explain [TEXT...] [< BOUNCE]\n"
"       ovhmail [options] export FORMAT [--email ADDRESS] [--domain DOMAIN]\n"
"               [--password-command CMD] [--allow-plaintext] [--legacy]\n"
"               [-o FILE]\n"
"       ovhmail [options] export mobileconfig --sign CERT --key KEY\n"
"               [--chain FILE] [-o FILE]\n"
"       ovhmail [options] check [imap | pop | smtp] [--timeout SECONDS]\n"
"               [--cafile FILE] [--login --email ADDRESS\n"
"               [--password-fd N | --password-command CMD]]\n"
"       ovhmail [options] guide CLIENT [--email ADDRESS]\n"
"       ovhmail [options] audit [--discover] FILE...\n"
"       ovhmail [options] values offer | region | field | export | client\n"),
	    out);
	fputs(_(
"       ovhmail [options] discover ADDRESS | DOMAIN [--dkim-selector NAME]\n"
"       ovhmail [options] verify DOMAIN [--dkim-selector NAME]\n"), out);
	fputs(_("\n"
"Tells which OVHcloud mail server, port, security and username a mail\n"
"client needs.\n"), out);
	fputs(_("\n"
"Commands:\n"
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
"                       outlook, outlook-mac, apple-mail, ios or android\n"
"  audit FILE...        compare mail clients' settings with the table\n"
"  values NAME          the offers, regions, fields, export formats or\n"
"                       clients, one a line, as shell completion lists them\n"),
	    out);
	fputs(_("\n"
"Options:\n"
"      --ssl            SSL/TLS on: 993, 995, 465 for MX Plan (the default)\n"
"      --no-ssl         SSL off: 587 with STARTTLS; legacy 143 and 110\n"
"      --offer NAME     mxplan (the default), zimbra, emailpro or exchange\n"
"      --server N       the N of pro<N>.mail.ovh.net or ex<N>.mail.ovh.net\n"
"      --region NAME    eu (the default), ca or apac, where the offer is sold\n"
"  -e, --email ADDRESS  fill in the username\n"
"      --domain DOMAIN  the mail domain, for export (else the address's)\n"
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
"      --timeout SECS   how long check may take in all (default 10)\n"
"      --cafile FILE    check trusts the CAs in FILE, not the system's\n"
"      --login          check logs in with --email and a password: from\n"
"                       the terminal, or the first line --password-command\n"
"                       prints, or:\n"
"      --password-fd N  the password from the descriptor N\n"
"  -f, --format NAME    text (the default), json or env\n"
"      --field NAME     print only this field's value; repeatable\n"
"      --data FILE      read the server table from FILE\n"
"  -h, --help           print this help and exit\n"
"  -V, --version        print the version and exit\n"), out);
	fputs(_("\n"
"The DNS of a domain:\n"
"  discover ADDRESS     which offer, region and server the domain's DNS\n"
"                       points at, how sure that is, and the settings\n"
"  verify DOMAIN        whether the domain's DNS is what its offer needs\n"
"      --discover       a lookup, export or guide takes the offer, region\n"
"                       and server from the DNS of --email (or --domain);\n"
"                       audit, of each account's address\n"
"      --dkim-selector NAME  check this DKIM selector and its pair too\n"
"      --resolver IP[:PORT]  ask this DNS server, not the system's\n"
"      --timeout SECS   how long all of the DNS questions may take\n"
"                       (default 10)\n"), out);
	fputs(_("\n"
"Fields: offer, region, protocol, ssl, host, aliases, port, security, status,\n"
"auth_required, auth_method, username, source.  See ovhmail(1) for more.\n"), out);
}

void
cli_version(FILE *out)
{
	fprintf(out, "ovhmail %s\n", VERSION);
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
	else
		return problem_set(problem, EX_USAGE, "--format",
		    "unknown format '%s' (choose text, json or env)",
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
	size_t n = strspn(text, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

	if (n == 0 || text[n] != '\0' || n > 63)
		return problem_set(problem, EX_USAGE, "--dkim-selector",
		    "'%s' is not a selector name, e.g. ovhmo1234567-selector1",
		    text);
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

/* --ssl and --no-ssl contradict each other: the last must not win silently. */
static int
set_ssl(struct options *options, bool ssl, struct problem *problem)
{
	if (options->ssl_given && options->query.ssl != ssl)
		return problem_set(problem, EX_USAGE, ssl ? "--ssl" :
		    "--no-ssl", "give it or %s, not both", ssl ? "--no-ssl" :
		    "--ssl");
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

static int
parse_command(struct options *options, struct problem *problem)
{
	const char *word;

	if (options->nwords == 0)
		return EX_OK;
	word = options->words[0];
	options->words++;
	options->nwords--;
	if (parse_protocol(word, &options->query.protocol))
		options->command = COMMAND_LOOKUP;
	else if (strcmp(word, "list") == 0)
		options->command = COMMAND_LIST;
	else if (strcmp(word, "webmail") == 0)
		options->command = COMMAND_WEBMAIL;
	else if (strcmp(word, "limits") == 0)
		options->command = COMMAND_LIMITS;
	else if (strcmp(word, "explain") == 0) {
		/* Without words, explain reads standard input. */
		options->command = COMMAND_EXPLAIN;
		return EX_OK;
	} else if (strcmp(word, "check") == 0) {
		options->command = COMMAND_CHECK;
		if (options->nwords > 0) {
			if (!parse_protocol(options->words[0],
			    &options->query.protocol))
				return problem_set(problem, EX_USAGE, "check",
				    "unknown protocol '%s' (choose imap, pop "
				    "or smtp)", problem_echo(options->words[0]));
			word = options->words[0];
			options->words++;
			options->nwords--;
		}
	} else if (strcmp(word, "audit") == 0) {
		options->command = COMMAND_AUDIT;
		if (options->nwords == 0)
			return problem_set(problem, EX_USAGE, "audit",
			    "give the files to audit, e.g. 'ovhmail audit "
			    "~/.msmtprc'");
		return EX_OK;
	} else if (strcmp(word, "values") == 0) {
		options->command = COMMAND_VALUES;
		if (options->nwords != 1)
			return problem_set(problem, EX_USAGE, "values",
			    "give one name: offer, region, field, export or "
			    "client");
		return EX_OK;
	} else if (strcmp(word, "guide") == 0) {
		options->command = COMMAND_GUIDE;
		if (options->nwords != 1)
			return problem_set(problem, EX_USAGE, "guide",
			    "give one client, e.g. 'ovhmail guide thunderbird' "
			    "(ovhmail values client lists them)");
		return EX_OK;
	} else if (strcmp(word, "discover") == 0 ||
	    strcmp(word, "verify") == 0) {
		options->command = word[0] == 'd' ? COMMAND_DISCOVER :
		    COMMAND_VERIFY;
		if (options->nwords != 1 && word[0] == 'd')
			return problem_set(problem, EX_USAGE, word,
			    "give one address or domain, e.g. 'ovhmail "
			    "discover jan@example.nl'");
		if (options->nwords != 1)
			return problem_set(problem, EX_USAGE, word,
			    "give one domain, e.g. 'ovhmail verify example.nl'");
		return EX_OK;
	} else if (strcmp(word, "export") == 0) {
		options->command = COMMAND_EXPORT;
		if (options->nwords != 1)
			return problem_set(problem, EX_USAGE, "export",
			    "give one format, e.g. 'ovhmail export autoconfig'");
		return EX_OK;
	} else
		return problem_set(problem, EX_USAGE, NULL,
		    "unknown command or protocol '%s'", problem_echo(word));
	if (options->nwords > 0)
		return problem_set(problem, EX_USAGE, word,
		    "unexpected argument '%s'",
		    problem_echo(options->words[0]));
	return EX_OK;
}

/* The password's way in: one at most, and only for a login. */
static int
check_login(const struct options *options, struct problem *problem)
{
	bool fd = options->password_fd >= 0;
	bool command = options->password_command != NULL;
	bool check = options->command == COMMAND_CHECK;

	if (fd && command)
		return problem_set(problem, EX_USAGE, "--password-fd",
		    "give it or --password-command, not both");
	if (check && !options->login && (fd || command))
		return problem_set(problem, EX_USAGE, fd ? "--password-fd" :
		    "--password-command", "goes with check --login only");
	if (!check && fd)
		return problem_set(problem, EX_USAGE, "--password-fd",
		    "goes with check --login only");
	if (options->login && options->query.email == NULL)
		return problem_set(problem, EX_USAGE, "--login",
		    "give the address to log in with: --email ADDRESS");
	return EX_OK;
}

/* The options of the commands that ask DNS. */
static int
check_dns_options(const struct options *options, struct problem *problem)
{
	enum command command = options->command;
	bool dns_command = command == COMMAND_DISCOVER ||
	    command == COMMAND_VERIFY;
	bool looks_up = command == COMMAND_LIST || command == COMMAND_LOOKUP ||
	    command == COMMAND_WEBMAIL || command == COMMAND_LIMITS ||
	    command == COMMAND_EXPORT || command == COMMAND_GUIDE;

	if (options->discover && !looks_up && command != COMMAND_AUDIT)
		return problem_set(problem, EX_USAGE, "--discover",
		    "goes with the lookups, export, guide and audit only");
	if (options->discover && options->query.email == NULL &&
	    options->domain == NULL && command == COMMAND_EXPORT)
		return problem_set(problem, EX_USAGE, "--discover",
		    "needs the domain: give --email or --domain");
	if (options->discover && options->query.email == NULL &&
	    options->domain == NULL && command != COMMAND_AUDIT)
		return problem_set(problem, EX_USAGE, "--discover",
		    "needs the domain: give --email");
	if (!dns_command && options->dkim_selector != NULL)
		return problem_set(problem, EX_USAGE, "--dkim-selector",
		    "goes with discover and verify only");
	if (!dns_command && !options->discover && options->resolver != NULL)
		return problem_set(problem, EX_USAGE, "--resolver",
		    "goes with discover, verify and --discover only");
	if (!dns_command && !options->discover &&
	    command != COMMAND_CHECK && options->timeout != 0)
		return problem_set(problem, EX_USAGE, "--timeout",
		    "goes with check, discover, verify and --discover only");
	if (dns_command && (options->nfields > 0 ||
	    options->format == FORMAT_ENV))
		return problem_set(problem, EX_USAGE,
		    command == COMMAND_DISCOVER ? "discover" : "verify",
		    "reports as text or --format json");
	if (command == COMMAND_VERIFY && options->query.email != NULL)
		return problem_set(problem, EX_USAGE, "--email",
		    "verify takes the domain only");
	return EX_OK;
}

/* export mobileconfig's --sign, --key and --chain. */
static int
check_sign_options(const struct options *options, struct problem *problem)
{
	const struct export_signer *sign = &options->sign;
	bool mobileconfig = options->command == COMMAND_EXPORT &&
	    options->nwords > 0 && strcmp(options->words[0],
	    "mobileconfig") == 0;

	if (sign->cert == NULL && sign->key != NULL)
		return problem_set(problem, EX_USAGE, "--key",
		    "goes with --sign");
	if (sign->cert == NULL && sign->chain != NULL)
		return problem_set(problem, EX_USAGE, "--chain",
		    "goes with --sign");
	if (sign->cert == NULL)
		return EX_OK;
	if (!mobileconfig)
		return problem_set(problem, EX_USAGE, "--sign",
		    "goes with export mobileconfig only");
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

/* Combinations are checked after all options are read, as order is free. */
static int
check_combinations(const struct options *options, struct problem *problem)
{
	bool export = options->command == COMMAND_EXPORT;
	bool check = options->command == COMMAND_CHECK;
	bool values = options->command == COMMAND_VALUES;
	bool guide = options->command == COMMAND_GUIDE;
	bool explaining = options->command == COMMAND_EXPLAIN;
	bool audit = options->command == COMMAND_AUDIT;

	if (options->nfields > 0 && options->format_given)
		return problem_set(problem, EX_USAGE, "--field",
		    "prints bare values: leave out --format");
	if (export && (options->format_given || options->nfields > 0))
		return problem_set(problem, EX_USAGE, "export",
		    "the format is export's argument: leave out %s",
		    options->nfields > 0 ? "--field" : "--format");
	if (values && (options->format_given || options->nfields > 0))
		return problem_set(problem, EX_USAGE, "values",
		    "prints one value a line: leave out %s",
		    options->nfields > 0 ? "--field" : "--format");
	if (guide && (options->nfields > 0 || options->format == FORMAT_ENV))
		return problem_set(problem, EX_USAGE, "guide",
		    "prints text or --format json");
	if (!export && options->domain != NULL)
		return problem_set(problem, EX_USAGE, "--domain",
		    "goes with export only");
	if (!export && options->output != NULL)
		return problem_set(problem, EX_USAGE, "--output",
		    "goes with export only");
	if (!export && options->allow_plaintext)
		return problem_set(problem, EX_USAGE, "--allow-plaintext",
		    "goes with export only");
	if (!export && !check && options->password_command != NULL)
		return problem_set(problem, EX_USAGE, "--password-command",
		    "goes with export or check --login only");
	if (options->query.legacy && !(export &&
	    strcmp(options->words[0], "dns") == 0))
		return problem_set(problem, EX_USAGE, "--legacy",
		    "goes with export dns only");
	if ((check || explaining) &&
	    (options->nfields > 0 || options->format == FORMAT_ENV))
		return problem_set(problem, EX_USAGE, check ? "check" :
		    "explain", "reports as text or --format json");
	if (audit && (options->nfields > 0 || options->format == FORMAT_ENV))
		return problem_set(problem, EX_USAGE, "audit",
		    "reports as text or --format json");
	if (!check && (options->cafile != NULL || options->login))
		return problem_set(problem, EX_USAGE, options->login ?
		    "--login" : "--cafile", "goes with check only");
	if (check_login(options, problem) != EX_OK)
		return problem->status;
	if (check_sign_options(options, problem) != EX_OK)
		return problem->status;
	return check_dns_options(options, problem);
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
