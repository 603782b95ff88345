/*
 * The commands that answer from the table, and command_run(), which picks
 * one.
 */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "audit.h"
#include "bounce.h"
#include "commands.h"
#include "dns_command.h"
#include "errors.h"
#include "explain.h"
#include "export.h"
#include "format.h"
#include "guide.h"
#include "guides.h"
#include "i18n.h"
#include "infile.h"
#include "item.h"
#include "lookup.h"

/* https://no-color.org: colour on a terminal unless NO_COLOR is set. */
static bool
use_colour(void)
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
			text_table(stdout, answer, use_colour());
		else
			text_record(stdout, &answer->records[0], use_colour());
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
		text_limits(stdout, offer, use_colour());
		return EX_OK;
	}
	return print_limits(options, offer, problem);
}

static char *
join_words(char **words, int count)
{
	size_t size = 1, used = 0, n;
	char *text;
	int i;

	for (i = 0; i < count; i++)
		size += strlen(words[i]) + 1;
	if ((text = malloc(size)) == NULL)
		return NULL;
	for (i = 0; i < count; i++) {
		if (i > 0)
			text[used++] = ' ';
		n = strlen(words[i]);
		memcpy(text + used, words[i], n);
		used += n;
	}
	text[used] = '\0';
	return text;
}

static bool
blank(const char *text, size_t length)
{
	size_t i;

	for (i = 0; i < length; i++)
		if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' &&
		    text[i] != '\r')
			return false;
	return true;
}

/*
 * The text to explain: the words, or standard input, read whole up to
 * EXPLAIN_MAX_INPUT so that a bounce or a log can be piped in.
 */
static int
explain_input(const struct options *options, char **text, size_t *length,
    struct problem *problem)
{
	if (options->nwords > 0) {
		if ((*text = join_words(options->words, options->nwords)) ==
		    NULL)
			return problem_set(problem, EX_OSERR, NULL,
			    "out of memory");
		*length = strlen(*text);
		return EX_OK;
	}
	if (isatty(STDIN_FILENO) || infile_read_fd(STDIN_FILENO,
	    "standard input", EXPLAIN_MAX_INPUT, text, length, problem) !=
	    EX_OK || blank(*text, *length))
		problem_set(problem, EX_USAGE, "explain", "give the server's "
		    "error, e.g. 'ovhmail explain 553', or a bounce or a log "
		    "on standard input");
	return problem->status;
}

/* Which bound kept the reader from part of a bounce, in words. */
static const char *
stopped_words(unsigned stopped)
{
	if (stopped & BOUNCE_STOPPED_DEPTH)
		return _("MIME parts nested deeper than 8 levels were not "
		    "read");
	if (stopped & BOUNCE_STOPPED_BOUNDARY)
		return _("a MIME boundary longer than 70 bytes (RFC 2046) "
		    "was not followed");
	if (stopped & BOUNCE_STOPPED_PARTS)
		return _("MIME parts past the 256th were not read");
	return NULL;
}

static int
run_explain(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	struct error_book *book = NULL;
	struct explanation *found = NULL;
	char *path = NULL, *text = NULL;
	const char *stopped;
	size_t length = 0;

	if (errors_locate(data->path, &path, problem) != EX_OK ||
	    errors_load(path, &book, problem) != EX_OK ||
	    explain_input(options, &text, &length, problem) != EX_OK)
		goto done;
	if ((found = malloc(sizeof(*found))) == NULL) {
		problem_set(problem, EX_OSERR, NULL, "out of memory");
		goto done;
	}
	explain(book, text, length, found);
	stopped = stopped_words(found->stopped);
	if (found->count == 0 && options->nwords > 0)
		problem_set(problem, EX_UNAVAILABLE, "explain",
		    "no known error matches '%s'", problem_echo(text));
	else if (found->count == 0 && stopped != NULL)
		problem_set(problem, EX_UNAVAILABLE, "explain",
		    "no known error and no SMTP reply in what was read: %s",
		    stopped);
	else if (found->count == 0)
		problem_set(problem, EX_UNAVAILABLE, "explain",
		    "no known error and no SMTP reply in the input");
	else {
		if (stopped != NULL)
			fprintf(stderr, _("ovhmail: explain: note: %s\n"),
			    stopped);
		if (options->format == FORMAT_JSON)
			json_findings(stdout, book, found);
		else
			text_findings(stdout, book, found, use_colour());
	}
done:
	free(found);
	free(text);
	errors_free(book);
	free(path);
	return problem->status;
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
	else if (strcmp(name, "export") == 0) {
		for (i = 0; (format = export_format_name(i)) != NULL; i++)
			puts(format);
	} else
		return problem_set(problem, EX_USAGE, "values",
		    "unknown name '%s' (choose offer, region, field, export "
		    "or client)", problem_echo(name));
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
		text_guide(stdout, &guide, use_colour());
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

bool
command_reads_data(enum command command)
{
	return command != COMMAND_HELP && command != COMMAND_VERSION;
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

int
command_run(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	/* audit asks DNS for each account's domain (src/audit.c). */
	if (options->discover && options->command != COMMAND_AUDIT)
		return run_discovered(options, data, problem);
	switch (options->command) {
	case COMMAND_LIST:
	case COMMAND_LOOKUP:
		return run_lookup(options, data, problem);
	case COMMAND_WEBMAIL:
		return run_webmail(options, data, problem);
	case COMMAND_LIMITS:
		return run_limits(options, data, problem);
	case COMMAND_EXPLAIN:
		return run_explain(options, data, problem);
	case COMMAND_EXPORT:
		return run_export(options, data, problem);
	case COMMAND_GUIDE:
		return run_guide(options, data, problem);
	case COMMAND_VALUES:
		return run_values(options, data, problem);
	case COMMAND_CHECK:
		return check_command(options, data, use_colour(), problem);
	case COMMAND_DISCOVER:
		return discover_command(options, data, use_colour(), problem);
	case COMMAND_VERIFY:
		return verify_command(options, data, use_colour(), problem);
	case COMMAND_AUDIT:
		return audit_run(data, options, problem);
	case COMMAND_HELP:
		cli_help(stdout);
		break;
	case COMMAND_VERSION:
		cli_version(stdout);
		break;
	}
	return EX_OK;
}
