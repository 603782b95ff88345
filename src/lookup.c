/*
 * The entries of the table that answer a query (offer, region, protocol,
 * SSL, server).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "i18n.h"
#include "lookup.h"

static int
choose_region(const struct dataset *data, const struct offer *offer,
    const char *id, const struct region **region, struct problem *problem)
{
	char choices[256] = "";
	size_t i;

	*region = offer->regions[0];
	if (id == NULL)
		return EX_OK;
	if ((*region = data_region(data, id)) == NULL) {
		for (i = 0; i < data->nregions; i++)
			problem_list_append(choices, sizeof(choices),
			    data->regions[i].id);
		return problem_set(problem, EX_USAGE, "--region",
		    "unknown region '%s' (choose %s)", problem_echo(id),
		    choices);
	}
	if (offer_sold_in(offer, *region))
		return EX_OK;
	for (i = 0; i < offer->nregions; i++)
		problem_list_append(choices, sizeof(choices),
		    offer->regions[i]->id);
	return problem_set(problem, EX_USAGE, "--region",
	    "%s is not sold in region '%s' (choose %s)", offer->name,
	    problem_echo(id), choices);
}

static int
check_server_number(const struct offer *offer, const struct region *region,
    int number, struct problem *problem)
{
	bool numbered = offer_numbered_in(offer, region);

	if (offer->server_number == NULL && number != 0)
		return problem_set(problem, EX_USAGE, "--server",
		    "%s servers are not numbered", offer->name);
	if (!numbered && number != 0)
		return problem_set(problem, EX_USAGE, "--server",
		    "%s servers in region %s are not numbered", offer->name,
		    region->id);
	if (numbered && number == 0)
		return problem_set(problem, EX_USAGE, offer->id,
		    "give --server N: %s", gettext(offer->server_number));
	return EX_OK;
}

int
lookup_offer(const struct dataset *data, const struct query *query,
    const struct offer **offer, const struct region **region,
    struct problem *problem)
{
	char choices[256] = "";
	size_t i;

	if ((*offer = data_offer(data, query->offer)) == NULL) {
		for (i = 0; i < data->noffers; i++)
			problem_list_append(choices, sizeof(choices),
			    data->offers[i].id);
		return problem_set(problem, EX_USAGE, "--offer",
		    "unknown offer '%s' (choose %s)",
		    problem_echo(query->offer), choices);
	}
	return choose_region(data, *offer, query->region, region, problem);
}

/* lookup_offer(), and checks --server against the offer in that region. */
static int
lookup_numbered(const struct dataset *data, const struct query *query,
    const struct offer **offer, const struct region **region,
    struct problem *problem)
{
	/* Both are set on success: the test tells a static analyser so. */
	if (lookup_offer(data, query, offer, region, problem) != EX_OK ||
	    *offer == NULL || *region == NULL)
		return problem->status;
	return check_server_number(*offer, *region, query->server_number,
	    problem);
}

static bool
matches(const struct server *server, const struct region *region,
    const struct query *query)
{
	if (server->region != region)
		return false;
	if (query->protocol == PROTOCOL_ANY)
		return true;
	return server->protocol == query->protocol &&
	    server->ssl == query->ssl;
}

int
lookup_host(const char *pattern, int number, char *host, size_t size,
    struct problem *problem)
{
	const char *mark = strstr(pattern, "{N}");
	int n;

	if (mark == NULL)
		n = snprintf(host, size, "%s", pattern);
	else
		n = snprintf(host, size, "%.*s%d%s", (int)(mark - pattern),
		    pattern, number, mark + 3);
	if (n < 0 || (size_t)n >= size || n > 253)
		return problem_set(problem, EX_DATAERR, pattern,
		    "host name too long with server number %d", number);
	return EX_OK;
}

static int
no_match(const struct answer *answer, const struct query *query,
    struct problem *problem)
{
	char where[256];

	if (query->protocol == PROTOCOL_ANY)
		return problem_set(problem, EX_UNAVAILABLE, answer->offer->id,
		    "no server entries for region %s", answer->region->id);
	snprintf(where, sizeof(where), "%s, %s", answer->offer->name,
	    gettext(answer->region->name));
	return lookup_no_entry(protocol_name(query->protocol), where,
	    query->ssl, problem);
}

int
lookup_no_entry(const char *protocol, const char *where, bool ssl,
    struct problem *problem)
{
	if (ssl)
		return problem_set(problem, EX_UNAVAILABLE, protocol,
		    "%s has no entry with SSL", where);
	return problem_set(problem, EX_UNAVAILABLE, protocol,
	    "%s has no entry without SSL (try --ssl)", where);
}

int
lookup(const struct dataset *data, const struct query *query,
    struct answer *answer, struct problem *problem)
{
	const struct offer *offer;
	size_t i;

	memset(answer, 0, sizeof(*answer));
	if (lookup_numbered(data, query, &answer->offer, &answer->region,
	    problem) != EX_OK)
		return problem->status;
	offer = answer->offer;
	if ((answer->records = calloc(offer->nservers,
	    sizeof(*answer->records))) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	for (i = 0; i < offer->nservers; i++) {
		const struct server *server = &offer->servers[i];
		struct record *record = &answer->records[answer->count];

		if (!matches(server, answer->region, query))
			continue;
		record->offer = offer;
		record->region = answer->region;
		record->server = server;
		record->username = query->email;
		if (lookup_host(server->host, query->server_number,
		    record->host, sizeof(record->host), problem) != EX_OK)
			break;
		answer->count++;
	}
	if (problem->status == EX_OK && answer->count == 0)
		no_match(answer, query, problem);
	if (problem->status != EX_OK)
		answer_free(answer);
	return problem->status;
}

const struct record *
answer_find(const struct answer *answer, enum protocol protocol, bool ssl)
{
	size_t i;

	for (i = 0; i < answer->count; i++)
		if (answer->records[i].server->protocol == protocol &&
		    answer->records[i].server->ssl == ssl)
			return &answer->records[i];
	return NULL;
}

void
answer_free(struct answer *answer)
{
	free(answer->records);
	answer->records = NULL;
	answer->count = 0;
}
