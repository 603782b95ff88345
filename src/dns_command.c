/*
 * discover, verify and --discover: a domain looked up, and the answer
 * printed.
 */
#include <arpa/nameser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "address.h"
#include "commands.h"
#include "dns_command.h"
#include "dns_discover.h"
#include "dns_report.h"
#include "dns_verify.h"
#include "format.h"
#include "i18n.h"
#include "lookup.h"
#include "lookup_report.h"
#include "punycode.h"
#include "quote.h"

/* What discover and verify read: the domain's records, and the resolver. */
struct look {
	char			 domain[ZONE_NAME_MAX];
	struct dns_resolver	*resolver;
	struct zone		 zone;
	struct discovery	 found;
};

/* The domain of an address, or the domain; in ASCII, as DNS has it. */
static int
domain_of(const char *text, char *ascii, size_t size, struct problem *problem)
{
	const char *at = strrchr(text, '@');
	const char *why = at != NULL ? address_problem(text) :
	    domain_problem(text);

	if (why != NULL)
		return problem_set(problem, EX_USAGE, NULL,
		    "'%s' is not an e-mail address or a domain: %s", text, why);
	if (!domain_to_ascii(at != NULL ? at + 1 : text, ascii, size))
		return problem_set(problem, EX_USAGE, NULL,
		    "'%s': the domain is too long", text);
	return EX_OK;
}

static int
dns_failure(const struct zone *zone, struct problem *problem)
{
	const struct zone_lookup *failed = &zone->items[zone->failed_item];

	return problem_set(problem, EX_TEMPFAIL, failed->name, "%s: %s",
	    dns_type_name(failed->type), _(dns_status_words(zone->failure)));
}

/* Reads the zone and judges it; the look is the caller's to close. */
static int
look_up(const struct options *options, const struct dataset *data,
    const char *text, struct look *look, struct problem *problem)
{
	const char *selector = options->dkim_selector;
	char pair[64] = "";

	memset(look, 0, sizeof(*look));
	if (domain_of(text, look->domain, sizeof(look->domain), problem) !=
	    EX_OK || dns_resolver_open(options->resolver, options->timeout > 0 ?
	    options->timeout : DNS_WAIT, &look->resolver, problem) != EX_OK)
		return problem->status;
	if (selector != NULL)
		discover_selector_pair(data, selector, pair, sizeof(pair));
	zone_read(&look->zone, look->resolver, look->domain, selector,
	    pair[0] != '\0' ? pair : NULL);
	if (look->zone.failure != DNS_OK)
		return dns_failure(&look->zone, problem);
	if (discover(data, &look->zone, &look->found) != 0)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	return EX_OK;
}

static void
look_close(struct look *look)
{
	zone_free(&look->zone);
	dns_resolver_free(look->resolver);
}

/* The settings of what was found, as "ovhmail list" prints them. */
static int
print_settings(const struct options *options, const struct dataset *data,
    const struct discovery *found, bool colour, struct problem *problem)
{
	struct query query = options->query;
	struct answer answer;

	if (found->offer == NULL)
		return EX_OK;
	query.offer = found->offer->id;
	query.region = found->region != NULL ? found->region->id : NULL;
	query.server_number = found->server_number;
	if (strchr(options->words[0], '@') != NULL)
		query.email = options->words[0];
	if (found->region != NULL && query.server_number == 0 &&
	    offer_numbered_in(found->offer, found->region)) {
		printf(_("\nThe server number is not in DNS: give --server N "
		    "to ovhmail list.\n"));
		return EX_OK;
	}
	if (lookup(data, &query, &answer, problem) != EX_OK)
		return problem->status;
	putchar('\n');
	text_table(stdout, &answer, colour);
	answer_free(&answer);
	return EX_OK;
}

int
discover_command(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	struct look look;

	if (look_up(options, data, options->words[0], &look, problem) ==
	    EX_OK) {
		if (options->format == FORMAT_JSON)
			discover_report_json(stdout, look.domain, &look.zone,
			    &look.found);
		else {
			discover_report_text(stdout, look.domain, &look.zone,
			    &look.found);
			print_settings(options, data, &look.found,
			    command_colour(), problem);
		}
	}
	look_close(&look);
	return problem->status;
}

/* --- verify */

/* A likely answer is used, and said so on standard error. */
static void
note_likely(const struct look *look)
{
	fprintf(stderr, _("ovhmail: note: %s: likely %s; %s\n"), look->domain,
	    look->found.offer->name, _(look->found.settle));
}


/* The offer and region to compare with: the options', else discovery's. */
static int
choose_target(const struct options *options, const struct dataset *data,
    const struct look *look, struct verify_target *target,
    struct problem *problem)
{
	const struct discovery *found = &look->found;
	struct query query = options->query;
	int *server = &target->server;

	*server = query.server_number;
	if (query.offer == NULL && found->offer != NULL)
		query.offer = found->offer->id;
	if (query.region == NULL && found->region != NULL &&
	    (query.offer == NULL || found->offer == NULL ||
	    strcmp(query.offer, found->offer->id) == 0))
		query.region = found->region->id;
	if (*server == 0 && found->offer != NULL && query.offer != NULL &&
	    strcmp(query.offer, found->offer->id) == 0)
		*server = found->server_number;
	return lookup_offer(data, &query, &target->offer, &target->region,
	    problem);
}

static void
print_verification(const struct options *options, const struct look *look,
    const struct verify_target *target, const struct verification *result)
{
	if (options->format == FORMAT_JSON)
		verify_report_json(stdout, look->domain, &look->zone, target,
		    result);
	else
		verify_report_text(stdout, look->domain, &look->zone,
		    &look->found, target, result);
}

static int
count_to_fix(const struct verification *result)
{
	size_t i;
	int n = 0;

	for (i = 0; i < result->count; i++)
		if (result->verdicts[i].status != VERDICT_OK &&
		    result->verdicts[i].status != VERDICT_WARNING)
			n++;
	return n;
}

int
verify_command(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	struct verification result = { NULL, 0, 0, false };
	struct verify_target target = { NULL, NULL, 0 };
	struct look look;

	if (look_up(options, data, options->words[0], &look, problem) != EX_OK)
		goto done;
	if (!look.found.exists) {
		print_verification(options, &look, &target, &result);
		problem_set(problem, EX_UNAVAILABLE, look.domain,
		    "the domain does not exist (NXDOMAIN)");
		goto done;
	}
	if (choose_target(options, data, &look, &target, problem) != EX_OK ||
	    verify(target.offer, target.region, target.server, &look.zone,
	    look.resolver, &result, problem) != EX_OK)
		goto done;
	if (look.found.ovhcloud && !look.found.certain &&
	    options->query.offer == NULL)
		note_likely(&look);
	print_verification(options, &look, &target, &result);
	if (!result.ok)
		problem_set(problem, EX_UNAVAILABLE, look.domain,
		    "records to add, change or remove: %d",
		    count_to_fix(&result));
done:
	verification_free(&result);
	look_close(&look);
	return problem->status;
}

/* --- --discover */

static void
fill_query(const struct discovery *found, struct query *query)
{
	bool same = query->offer == NULL ||
	    strcmp(query->offer, found->offer->id) == 0;

	if (query->offer == NULL)
		query->offer = found->offer->id;
	if (query->region == NULL && found->region != NULL && same)
		query->region = found->region->id;
	if (query->server_number == 0 && same)
		query->server_number = found->server_number;
}

int
discover_query(const struct options *options, const struct dataset *data,
    struct query *query, struct problem *problem)
{
	const char *text = options->domain != NULL ? options->domain :
	    options->query.email;
	struct look look;

	if (look_up(options, data, text, &look, problem) != EX_OK)
		goto done;
	if (!look.found.exists)
		problem_set(problem, EX_NOHOST, look.domain,
		    "the domain does not exist (NXDOMAIN)");
	else if (!look.found.ovhcloud || look.found.offer == NULL)
		problem_set(problem, EX_NOHOST, look.domain,
		    "its mail is not at OVHcloud: leave out --discover and "
		    "give --offer");
	else {
		if (!look.found.certain && query->offer == NULL)
			note_likely(&look);
		fill_query(&look.found, query);
	}
done:
	look_close(&look);
	return problem->status;
}
