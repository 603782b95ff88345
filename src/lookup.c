/*
 * The entries of the table that answer a query (offer, region, protocol,
 * SSL or security, server).
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

/*
 * --security picks entries by their security, the same on every offer,
 * and then the SSL switch (whose meaning depends on the offer) counts
 * for nothing; without it, a protocol's entry is the one with that SSL.
 */
static bool
matches(const struct server *server, const struct region *region,
    const struct query *query)
{
	if (server->region != region)
		return false;
	if (query->security >= 0 &&
	    server->security != (enum security)query->security)
		return false;
	if (query->protocol == PROTOCOL_ANY)
		return true;
	return server->protocol == query->protocol &&
	    (query->security >= 0 || server->ssl == query->ssl);
}

/* The securities of the entries for PROTOCOL (or any) there, as a list. */
static void
securities_there(const struct answer *answer, enum protocol protocol,
    char *list, size_t size)
{
	const struct offer *offer = answer->offer;
	bool seen[SECURITY_NONE + 1] = { false };
	size_t i;
	int s;

	list[0] = '\0';
	for (i = 0; i < offer->nservers; i++)
		if (offer->servers[i].region == answer->region &&
		    (protocol == PROTOCOL_ANY ||
		    offer->servers[i].protocol == protocol))
			seen[offer->servers[i].security] = true;
	for (s = SECURITY_SSL; s <= SECURITY_NONE; s++)
		if (seen[s])
			problem_list_append(list, size, security_name(s));
}

/* No entry has the --security asked for: say which securities there are. */
static int
no_security(const struct answer *answer, enum protocol protocol,
    int security, struct problem *problem)
{
	char list[64];

	securities_there(answer, protocol, list, sizeof(list));
	if (protocol == PROTOCOL_ANY)
		return problem_set(problem, EX_UNAVAILABLE, answer->offer->id,
		    "%s, %s has no entry with security %s (it has %s)",
		    answer->offer->name, gettext(answer->region->name),
		    security_name(security), list[0] != '\0' ? list : "none");
	if (list[0] == '\0')
		return problem_set(problem, EX_UNAVAILABLE,
		    protocol_name(protocol), "%s, %s has no %s entry",
		    answer->offer->name, gettext(answer->region->name),
		    protocol_label(protocol));
	return problem_set(problem, EX_UNAVAILABLE, protocol_name(protocol),
	    "%s, %s has no %s entry with security %s (it has %s)",
	    answer->offer->name, gettext(answer->region->name),
	    protocol_label(protocol), security_name(security), list);
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

	if (query->security >= 0)
		return no_security(answer, query->protocol, query->security,
		    problem);
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
	answer->security = query->security;
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

/*
 * With --security the answer holds only entries so protected, and the
 * SSL switch does not count: the protocol's first entry is the one.
 */
const struct record *
answer_find(const struct answer *answer, enum protocol protocol, bool ssl)
{
	size_t i;

	for (i = 0; i < answer->count; i++)
		if (answer->records[i].server->protocol == protocol &&
		    (answer->security >= 0 ||
		    answer->records[i].server->ssl == ssl))
			return &answer->records[i];
	return NULL;
}

int
answer_no_entry(const struct answer *answer, enum protocol protocol,
    bool ssl, struct problem *problem)
{
	if (answer->security >= 0)
		return no_security(answer, protocol, answer->security,
		    problem);
	return lookup_no_entry(protocol_name(protocol), answer->offer->name,
	    ssl, problem);
}

void
answer_free(struct answer *answer)
{
	free(answer->records);
	answer->records = NULL;
	answer->count = 0;
}
