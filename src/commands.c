/*
 * The commands that answer from the table, and command_run(), which picks
 * one.
 */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "audit.h"
#include "commands.h"
#include "dns_command.h"
#include "export.h"
#include "format.h"
#include "guide.h"
#include "guide_report.h"
#include "guides.h"
#include "i18n.h"
#include "infile.h"
#include "item.h"
#include "limits_report.h"
#include "lookup.h"
#include "lookup_report.h"

/* https://no-color.org: colour on a terminal unless NO_COLOR is set. */
bool
command_colour(void)
{
	const char *no_color = getenv("NO_COLOR");

	return isatty(STDOUT_FILENO) &&
	    (no_color == NULL || no_color[0] == '\0');
}

static int
print_items(const struct options *options, const struct item *items,
    size_t count, bool as_array, struct problem *problem)
{
	switch (options->format) {
	case FORMAT_JSON:
		format_json(stdout, items, count, as_array);
		break;
	case FORMAT_ENV:
		format_env(stdout, items, count);
		break;
	case FORMAT_FIELDS:
		return format_fields(stdout, items, count, options->fields,
		    options->nfields, problem);
	case FORMAT_TEXT:
	case FORMAT_NAGIOS:	/* the command table lets no lookup have it */
		break;
	}
	return EX_OK;
}

static int
print_answer(const struct options *options, const struct answer *answer,
    struct problem *problem)
{
	bool table = options->command == COMMAND_LIST;
	struct item *items;
	size_t i;

	if (options->format == FORMAT_TEXT) {
		if (table)
			text_table(stdout, answer, command_colour());
		else
			text_record(stdout, &answer->records[0], command_colour());
		return EX_OK;
	}
	if ((items = calloc(answer->count, sizeof(*items))) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	for (i = 0; i < answer->count; i++)
		item_from_record(&items[i], &answer->records[i], table);
	print_items(options, items, answer->count, table, problem);
	free(items);
	return problem->status;
}

static int
run_lookup(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	struct answer answer;

	if (lookup(data, &options->query, &answer, problem) != EX_OK)
		return problem->status;
	print_answer(options, &answer, problem);
	answer_free(&answer);
	return problem->status;
}

static int
run_webmail(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	const struct offer *offer;
	const struct region *region;
	struct item item;

	if (lookup_offer(data, &options->query, &offer, &region,
	    problem) != EX_OK)
		return problem->status;
	if (options->format == FORMAT_TEXT) {
		text_webmail(stdout, offer);
		return EX_OK;
	}
	item_from_webmail(&item, offer);
	return print_items(options, &item, 1, false, problem);
}

/* One item a limit, quotas for the same plan marked when they disagree. */
static int
print_limits(const struct options *options, const struct offer *offer,
    struct problem *problem)
{
	const struct limits *limits = &offer->limits;
	size_t i, count = limits->nsending + limits->nquotas;
	struct item *items;

	if ((items = calloc(count, sizeof(*items))) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	for (i = 0; i < limits->nsending; i++)
		item_from_sending(&items[i], offer, &limits->sending[i]);
	for (i = 0; i < limits->nquotas; i++)
		item_from_quota(&items[limits->nsending + i], offer,
		    &limits->quotas[i], quota_disputed(offer, i));
	print_items(options, items, count, true, problem);
	free(items);
	return problem->status;
}

static int
run_limits(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	const struct offer *offer;
	const struct region *region;

	if (lookup_offer(data, &options->query, &offer, &region,
	    problem) != EX_OK)
		return problem->status;
	if (options->format == FORMAT_TEXT) {
		text_limits(stdout, offer, command_colour());
		return EX_OK;
	}
	return print_limits(options, offer, problem);
}

static int
print_regions(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	const struct offer *offer;
	const struct region *region;
	size_t i;

	if (lookup_offer(data, &options->query, &offer, &region,
	    problem) != EX_OK)
		return problem->status;
	for (i = 0; i < offer->nregions; i++)
		puts(offer->regions[i]->id);
	return EX_OK;
}

/* The names --field takes, the same for every server entry. */
static int
print_fields(const struct dataset *data)
{
	const struct offer *offer = &data->offers[0];
	struct record record = { offer, offer->regions[0], &offer->servers[0],
		"", NULL };
	struct item item;
	size_t i;

	item_from_record(&item, &record, false);
	for (i = 0; i < item.count; i++)
		puts(item.keys[i]);
	return EX_OK;
}

static int
print_clients(const struct dataset *data, struct problem *problem)
{
	struct guides *guides;
	size_t i;

	if (guides_load(data->path, &guides, problem) != EX_OK)
		return problem->status;
	for (i = 0; i < guides->nclients; i++)
		puts(guides->clients[i].id);
	guides_free(guides);
	return EX_OK;
}

static void	print_commands(void);

/* One value a line, for shell completion and scripts. */
static int
run_values(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	const char *name = options->words[0];
	const char *format;
	size_t i;

	if (strcmp(name, "offer") == 0) {
		for (i = 0; i < data->noffers; i++)
			puts(data->offers[i].id);
	} else if (strcmp(name, "region") == 0)
		return print_regions(options, data, problem);
	else if (strcmp(name, "field") == 0)
		return print_fields(data);
	else if (strcmp(name, "client") == 0)
		return print_clients(data, problem);
	else if (strcmp(name, "command") == 0)
		print_commands();
	else if (strcmp(name, "export") == 0) {
		for (i = 0; (format = export_format_name(i)) != NULL; i++)
			puts(format);
	} else
		return problem_set(problem, EX_USAGE, "values",
		    "unknown name '%s' (choose offer, region, field, export, "
		    "client or command)", problem_echo(name));
	return EX_OK;
}

static int
run_export(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	const struct export_format *format = export_format(options->words[0]);
	struct export_request request;
	char choices[256];

	if (format == NULL) {
		export_format_names(choices, sizeof(choices));
		return problem_set(problem, EX_USAGE, "export",
		    "unknown format '%s' (choose %s)",
		    problem_echo(options->words[0]), choices);
	}
	request.domain = options->domain;
	request.output = options->output;
	request.password_command = options->password_command;
	request.allow_plaintext = options->allow_plaintext;
	request.sign = &options->sign;
	request.seal = NULL;
	request.account = options->account;
	request.real_name = options->real_name;
	request.offline = options->offline;
	if (options->sign.cert != NULL)
		return export_signed(options, format, data, &request, problem);
	return export_run(format, data, &options->query, &request, problem);
}

static int
print_guide(const struct options *options, const struct client *client,
    const struct dataset *data, struct problem *problem)
{
	bool json = options->format == FORMAT_JSON;
	struct guide guide;

	if (guide_build(client, data, &options->query, json, &guide,
	    problem) != EX_OK)
		return problem->status;
	if (json)
		json_guide(stdout, &guide);
	else
		text_guide(stdout, &guide, command_colour());
	guide_free(&guide);
	return EX_OK;
}

static int
run_guide(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	struct guides *guides;
	const struct client *client;
	char choices[256];

	if (guides_load(data->path, &guides, problem) != EX_OK)
		return problem->status;
	if ((client = guides_client(guides, options->words[0])) != NULL)
		print_guide(options, client, data, problem);
	else {
		guides_client_names(guides, choices, sizeof(choices));
		problem_set(problem, EX_USAGE, "guide",
		    "unknown client '%s' (choose %s)",
		    problem_echo(options->words[0]), choices);
	}
	guides_free(guides);
	return problem->status;
}

/* --discover: the query as the domain's DNS fills it in. */
static int
run_discovered(const struct options *given, const struct dataset *data,
    struct problem *problem)
{
	struct options options = *given;

	options.discover = false;
	if (discover_query(given, data, &options.query, problem) != EX_OK)
		return problem->status;
	return command_run(&options, data, problem);
}

#define ANY_FORMAT	(1u << FORMAT_TEXT | 1u << FORMAT_JSON | \
			 1u << FORMAT_ENV | 1u << FORMAT_FIELDS)
#define REPORT		(1u << FORMAT_TEXT | 1u << FORMAT_JSON)
#define PLUGIN		(REPORT | 1u << FORMAT_NAGIOS)
#define REPORTS		N_("reports as text or --format json")
/* What the lookups take: imap, pop, smtp, list, webmail and limits. */
#define LOOKUP		.reads_data = true, \
			.options = OPTION_DISCOVER | OPTION_SECURITY, \
			.formats = ANY_FORMAT, .formats_why = N_("prints " \
			"text, --format json or env, or --field NAME")
#define REPORTING	.reads_data = true, .formats = REPORT, \
			.formats_why = REPORTS
#define PLUGGING	.reads_data = true, .formats = PLUGIN, \
			.formats_why = N_("reports as text, --format json or " \
			"--format nagios")

/*
 * The command table: what each command word accepts, in one place.  The
 * parser (src/cli.c), --help's synopsis, "values command" and so the
 * completions and tests/docs.sh read it.  A new command is a row here and
 * its own files.
 */
static const struct command_row rows[] = {
	/* First, for people in trouble: it runs the others. */
	{ .word = "doctor", .command = COMMAND_DOCTOR, .min_words = 1,
	    .max_words = -1,
	    .words_why = N_("give the address that does not work, e.g. "
	    "'ovhmail doctor jan@example.nl'"),
	    .options = OPTION_TIMEOUT | OPTION_CAFILE | OPTION_LOGIN |
	    OPTION_PASSWORD_FD | OPTION_PASSWORD_COMMAND |
	    OPTION_DKIM_SELECTOR | OPTION_RESOLVER | OPTION_ERROR,
	    REPORTING, .run = doctor_command,
	    .synopsis = N_(
"ovhmail [options] doctor ADDRESS [FILE...] [--error TEXT] [--login]\n"
"               [--timeout SECONDS] [< BOUNCE]") },
	{ .word = "imap", .command = COMMAND_LOOKUP,
	    .protocol = PROTOCOL_IMAP, LOOKUP, .run = run_lookup,
	    .synopsis = N_("ovhmail [options] [imap | pop | smtp]") },
	{ .word = "pop", .command = COMMAND_LOOKUP, .protocol = PROTOCOL_POP3,
	    LOOKUP, .run = run_lookup },
	{ .word = "pop3", .command = COMMAND_LOOKUP,
	    .protocol = PROTOCOL_POP3, .alias = true, LOOKUP,
	    .run = run_lookup },
	{ .word = "smtp", .command = COMMAND_LOOKUP,
	    .protocol = PROTOCOL_SMTP, LOOKUP, .run = run_lookup },
	{ .word = "submission", .command = COMMAND_LOOKUP,
	    .protocol = PROTOCOL_SMTP, .alias = true, LOOKUP,
	    .run = run_lookup },
	{ .word = "list", .command = COMMAND_LIST, LOOKUP, .run = run_lookup,
	    .synopsis = N_("ovhmail [options] list") },
	{ .word = "webmail", .command = COMMAND_WEBMAIL, LOOKUP,
	    .run = run_webmail, .synopsis = N_("ovhmail [options] webmail") },
	{ .word = "limits", .command = COMMAND_LIMITS, LOOKUP,
	    .run = run_limits, .synopsis = N_("ovhmail [options] limits") },
	/* Without words, explain reads standard input. */
	{ .word = "explain", .command = COMMAND_EXPLAIN, .max_words = -1,
	    .options = OPTION_FILE | OPTION_SUMMARY, REPORTING,
	    .run = explain_command,
	    .synopsis = N_("ovhmail [options] explain [TEXT...] [--file PATH] "
	    "[--summary] [< BOUNCE]") },
	{ .word = "export", .command = COMMAND_EXPORT, .min_words = 1,
	    .max_words = 1,
	    .words_why = N_("give one format, e.g. 'ovhmail export "
	    "autoconfig'"),
	    .reads_data = true,
	    .options = OPTION_DOMAIN | OPTION_OUTPUT | OPTION_ALLOW_PLAINTEXT |
	    OPTION_PASSWORD_COMMAND | OPTION_LEGACY | OPTION_SIGN | OPTION_KEY |
	    OPTION_CHAIN | OPTION_DISCOVER | OPTION_SECURITY | OPTION_ACCOUNT |
	    OPTION_NAME | OPTION_OFFLINE,
	    .formats_why = N_("the format is export's argument"),
	    .run = run_export,
	    .synopsis = N_(
"ovhmail [options] export FORMAT [--email ADDRESS] [--domain DOMAIN]\n"
"               [--account NAME] [--name \"REAL NAME\"] [--offline]\n"
"               [--password-command CMD] [--allow-plaintext] [--legacy]\n"
"               [-o FILE]\n"
"       ovhmail [options] export mobileconfig --sign CERT --key KEY\n"
"               [--chain FILE] [-o FILE]") },
	{ .word = "check", .command = COMMAND_CHECK, .max_words = 1,
	    .options = OPTION_TIMEOUT | OPTION_CAFILE | OPTION_LOGIN |
	    OPTION_PASSWORD_FD | OPTION_PASSWORD_COMMAND | OPTION_LEGACY |
	    OPTION_WARNING_DAYS | OPTION_CRITICAL_DAYS | OPTION_SECURITY,
	    PLUGGING, .run = check_command,
	    .synopsis = N_(
"ovhmail [options] check [imap | pop | smtp] [--timeout SECONDS]\n"
"               [--cafile FILE] [--legacy] [--login --email ADDRESS\n"
"               [--password-fd N | --password-command CMD]]\n"
"               [--format nagios [--warning-days N] [--critical-days N]]") },
	{ .word = "guide", .command = COMMAND_GUIDE, .min_words = 1,
	    .max_words = 1,
	    .words_why = N_("give one client, e.g. 'ovhmail guide "
	    "thunderbird' (ovhmail values client lists them)"),
	    .reads_data = true, .options = OPTION_DISCOVER | OPTION_SECURITY,
	    .formats = REPORT, .formats_why = N_("prints text or --format json"),
	    .run = run_guide,
	    .synopsis = N_("ovhmail [options] guide CLIENT [--email ADDRESS]") },
	{ .word = "audit", .command = COMMAND_AUDIT, .min_words = 1,
	    .max_words = -1,
	    .words_why = N_("give the files to audit, e.g. 'ovhmail audit "
	    "~/.msmtprc'"),
	    .options = OPTION_DISCOVER, REPORTING, .run = audit_run,
	    .synopsis = N_("ovhmail [options] audit [--discover] FILE...") },
	{ .word = "values", .command = COMMAND_VALUES, .min_words = 1,
	    .max_words = 1,
	    .words_why = N_("give one name: offer, region, field, export, "
	    "client or command"),
	    .reads_data = true, .formats_why = N_("prints one value a line"),
	    .run = run_values,
	    .synopsis = N_(
"ovhmail [options] values offer | region | field | export | client |\n"
"               command") },
	{ .word = "discover", .command = COMMAND_DISCOVER, .max_words = -1,
	    .options = OPTION_DKIM_SELECTOR | OPTION_RESOLVER |
	    OPTION_TIMEOUT | OPTION_DOMAINS | OPTION_JOBS,
	    REPORTING, .run = discover_command,
	    .synopsis = N_(
"ovhmail [options] discover ADDRESS | DOMAIN... [--dkim-selector NAME]\n"
"               [--domains FILE] [--jobs N]") },
	{ .word = "verify", .command = COMMAND_VERIFY, .max_words = -1,
	    .options = OPTION_DKIM_SELECTOR | OPTION_RESOLVER |
	    OPTION_TIMEOUT | OPTION_DOMAINS | OPTION_JOBS,
	    PLUGGING, .run = verify_command,
	    .synopsis = N_("ovhmail [options] verify DOMAIN... [--dkim-selector "
	    "NAME]\n"
"               [--domains FILE] [--jobs N] [--format nagios]") },
};

const struct command_row *
command_row(size_t i)
{
	return i < sizeof(rows) / sizeof(rows[0]) ? &rows[i] : NULL;
}

/*
 * The command's row says whether it needs the table; of values' names,
 * command and export list what the program knows, and need none, so
 * that the completions work where no table is found.
 */
bool
command_reads_data(const struct options *options)
{
	const char *name = options->nwords > 0 ? options->words[0] : "";

	if (options->row == NULL || !options->row->reads_data)
		return false;
	return options->command != COMMAND_VALUES ||
	    (strcmp(name, "command") != 0 && strcmp(name, "export") != 0);
}

const struct command_row *
command_find(const char *word)
{
	const struct command_row *row;
	size_t i;

	for (i = 0; (row = command_row(i)) != NULL; i++)
		if (strcmp(row->word, word) == 0)
			return row;
	return NULL;
}

/* "values command": the words the table knows, aliases too. */
static void
print_commands(void)
{
	const struct command_row *row;
	size_t i;

	for (i = 0; (row = command_row(i)) != NULL; i++)
		puts(row->word);
}

int
command_run(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	if (options->command == COMMAND_HELP)
		cli_help(stdout);
	else if (options->command == COMMAND_VERSION)
		cli_version(stdout);
	/* audit asks DNS for each account's domain (src/audit.c). */
	else if (options->discover && options->command != COMMAND_AUDIT)
		return run_discovered(options, data, problem);
	else
		return options->row->run(options, data, problem);
	return EX_OK;
}
