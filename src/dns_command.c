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
#include "dns_verify.h"
#include "format.h"
#include "i18n.h"
#include "lookup.h"
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

/* --- answers cut at DNS_MAX_RECORDS, in both commands */

static size_t
cut_count(const struct zone *zone)
{
	size_t i, n = 0;

	for (i = 0; i < ZONE_COUNT; i++)
		n += zone->items[i].asked && zone->items[i].answer.left_out > 0;
	return n;
}

/* An answer with more records than are read is said, never cut silently. */
static void
print_cut_text(FILE *out, const struct zone *zone)
{
	const struct zone_lookup *item;
	size_t i;

	for (i = 0; i < ZONE_COUNT; i++) {
		item = &zone->items[i];
		if (!item->asked || item->answer.left_out == 0)
			continue;
		fprintf(out, "%-8s %-5s ", _("cut"), dns_type_name(item->type));
		quote_terminal(out, item->name);
		fprintf(out, _("  the answer held %zu records; only the first "
		    "%d were read\n"), item->answer.count +
		    item->answer.left_out, DNS_MAX_RECORDS);
	}
}

static void
print_cut_json(FILE *out, const struct zone *zone)
{
	const struct zone_lookup *item;
	size_t i, n = cut_count(zone), done = 0;

	fputs(n > 0 ? "  \"cut\": [\n" : "  \"cut\": []", out);
	for (i = 0; i < ZONE_COUNT && done < n; i++) {
		item = &zone->items[i];
		if (!item->asked || item->answer.left_out == 0)
			continue;
		fputs("    {\n", out);
		json_print_member(out, "      ", "name", item->name, false);
		json_print_member(out, "      ", "type",
		    dns_type_name(item->type), false);
		fprintf(out, "      \"records\": %zu,\n      \"read\": %zu\n",
		    item->answer.count + item->answer.left_out,
		    item->answer.count);
		fputs("    }", out);
		fputs(++done < n ? ",\n" : "\n  ]", out);
	}
	fputs(",\n", out);
}

/* --- discover, as text */

static void
print_verdict_line(FILE *out, const struct look *look)
{
	const struct discovery *found = &look->found;

	if (!found->exists) {
		fprintf(out, _("%s: the domain does not exist (NXDOMAIN)\n"),
		    look->domain);
		return;
	}
	if (!found->ovhcloud) {
		fprintf(out, _("%s: its mail is not at OVHcloud\n"),
		    look->domain);
		return;
	}
	fprintf(out, "%s: ", look->domain);
	fprintf(out, found->certain ? _("%s (certain)") : _("%s (likely)"),
	    found->offer->name);
	if (found->region != NULL)
		fprintf(out, _(", region %s"), found->region->id);
	if (found->shared != NULL)
		fprintf(out, _(" (shares its servers with %s)"),
		    found->shared->id);
	if (found->server_number > 0)
		fprintf(out, _(", server %d"), found->server_number);
	putc('\n', out);
	if (found->settle != NULL)
		fprintf(out, "  %s\n", _(found->settle));
}

static void
print_evidence_text(FILE *out, const struct look *look)
{
	const struct evidence *e;
	char *data;
	size_t i;

	if (look->found.nevidence > 0)
		fputs(_("Evidence:\n"), out);
	for (i = 0; i < look->found.nevidence; i++) {
		e = &look->found.evidence[i];
		data = zone_record_text(e->record);
		fprintf(out, "  %-5s %s. %s\n        %s\n",
		    dns_type_name(e->record->type),
		    look->zone.items[e->item].name, data != NULL ? data : "",
		    _(e->says));
		free(data);
	}
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

/* --- JSON: one member a line, as jq prints it */

/* "KEY": RAW, for a number, null, true or false. */
static void
json_member_raw(FILE *out, const char *indent, const char *key,
    const char *raw, bool last)
{
	fprintf(out, "%s", indent);
	json_print_string(out, key);
	fprintf(out, ": %s%s\n", raw, last ? "" : ",");
}

static const char *
json_number(char *buffer, size_t size, int n)
{
	if (n <= 0)
		return "null";
	snprintf(buffer, size, "%d", n);
	return buffer;
}

static void
print_evidence_json(FILE *out, const struct look *look,
    const struct evidence *e)
{
	char *data = zone_record_text(e->record);
	char number[16];

	fputs("    {\n", out);
	json_print_member(out, "      ", "name", look->zone.items[e->item].name,
	    false);
	json_print_member(out, "      ", "type", dns_type_name(e->record->type),
	    false);
	json_print_member(out, "      ", "data", data, false);
	json_print_member(out, "      ", "says", e->says, false);
	json_print_member(out, "      ", "offer", e->offer, false);
	json_print_member(out, "      ", "region", e->region, false);
	json_member_raw(out, "      ", "server_number",
	    json_number(number, sizeof(number), e->number), true);
	fputs("    }", out);
	free(data);
}

/* After the array's member I of COUNT: a comma, or the closing bracket. */
static void
print_array_end(FILE *out, size_t i, size_t count)
{
	fputs(i + 1 < count ? ",\n" : "\n  ]", out);
}

static void
print_discovery_json(FILE *out, const struct look *look)
{
	const struct discovery *found = &look->found;
	char number[16];
	size_t i;

	fputs("{\n", out);
	json_print_member(out, "  ", "domain", look->domain, false);
	json_member_raw(out, "  ", "exists", found->exists ? "true" : "false",
	    false);
	json_member_raw(out, "  ", "ovhcloud",
	    found->ovhcloud ? "true" : "false", false);
	json_print_member(out, "  ", "offer", found->offer ? found->offer->id : NULL,
	    false);
	json_print_member(out, "  ", "region",
	    found->region ? found->region->id : NULL, false);
	json_print_member(out, "  ", "shared_with",
	    found->shared ? found->shared->id : NULL, false);
	json_member_raw(out, "  ", "server_number",
	    json_number(number, sizeof(number), found->server_number), false);
	json_print_member(out, "  ", "confidence",
	    found->certain ? "certain" : "likely", false);
	json_print_member(out, "  ", "settle", found->settle, false);
	print_cut_json(out, &look->zone);
	fputs("  \"evidence\": ", out);
	fputs(found->nevidence > 0 ? "[\n" : "[]", out);
	for (i = 0; i < found->nevidence; i++) {
		print_evidence_json(out, look, &found->evidence[i]);
		print_array_end(out, i, found->nevidence);
	}
	fputs("\n}\n", out);
}

int
discover_command(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	struct look look;

	if (look_up(options, data, options->words[0], &look, problem) ==
	    EX_OK) {
		if (options->format == FORMAT_JSON)
			print_discovery_json(stdout, &look);
		else {
			print_verdict_line(stdout, &look);
			print_evidence_text(stdout, &look);
			print_cut_text(stdout, &look.zone);
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
verify_target(const struct options *options, const struct dataset *data,
    const struct look *look, const struct offer **offer,
    const struct region **region, int *server, struct problem *problem)
{
	const struct discovery *found = &look->found;
	struct query query = options->query;

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
	return lookup_offer(data, &query, offer, region, problem);
}

static const char *
status_label(enum verdict_status status)
{
	static const char *const labels[] = {
		N_("ok"), N_("missing"), N_("wrong"), N_("extra"),
		N_("warning")
	};

	return _(labels[status]);
}

/* WHY, translated, with the verdict's detail where it says %s. */
static void
print_why(FILE *out, const struct verdict *v, bool translate)
{
	const char *why = translate ? _(v->why) : v->why;
	const char *mark = strstr(why, "%s");

	if (mark == NULL) {
		quote_terminal(out, why);
		return;
	}
	fprintf(out, "%.*s", (int)(mark - why), why);
	quote_terminal(out, v->detail);
	if (v->detail[0] != '\0' && v->detail_why != NULL)
		putc(' ', out);
	if (v->detail_why != NULL)
		fputs(translate ? _(v->detail_why) : v->detail_why, out);
	quote_terminal(out, mark + 2);
}

static void
print_verdict_text(FILE *out, const struct verdict *v)
{
	fprintf(out, "%-8s %-5s %s", status_label(v->status),
	    dns_type_name(v->type), v->name);
	if (v->found != NULL)
		fprintf(out, "  %s", v->found);
	putc('\n', out);
	if (v->why != NULL) {
		fputs("         ", out);
		print_why(out, v, true);
		putc('\n', out);
	}
	if (v->expected == NULL || v->status == VERDICT_OK)
		return;
	fprintf(out, "         %s %s\n", v->status == VERDICT_MISSING ?
	    _("add:") : _("change to:"), v->expected);
}

static void
print_verification_text(FILE *out, const struct look *look,
    const struct offer *offer, const struct region *region, int server,
    const struct verification *result)
{
	size_t i;

	if (!look->found.exists) {
		print_verdict_line(out, look);
		return;
	}
	if (!look->found.ovhcloud)
		fprintf(out, _("%s: its mail is not at OVHcloud; compared with "
		    "%s, region %s (choose with --offer and --region)\n"),
		    look->domain, offer->name, region->id);
	else if (server > 0)
		fprintf(out, _("%s: %s, region %s, server %d\n"), look->domain,
		    offer->name, region->id, server);
	else
		fprintf(out, _("%s: %s, region %s\n"), look->domain,
		    offer->name, region->id);
	for (i = 0; i < result->count; i++)
		print_verdict_text(out, &result->verdicts[i]);
	print_cut_text(out, &look->zone);
}

static void
print_verdict_json(FILE *out, const struct verdict *v)
{
	char *why = NULL;
	size_t size = 0;
	FILE *text;

	if (v->why != NULL && (text = open_memstream(&why, &size)) != NULL) {
		print_why(text, v, false);
		fclose(text);
	}
	fputs("    {\n", out);
	json_print_member(out, "      ", "name", v->name, false);
	json_print_member(out, "      ", "type", dns_type_name(v->type), false);
	json_print_member(out, "      ", "status", verdict_status_name(v->status),
	    false);
	json_print_member(out, "      ", "found", v->found, false);
	json_print_member(out, "      ", "expected", v->expected, false);
	json_print_member(out, "      ", "why", why, true);
	fputs("    }", out);
	free(why);
}

static void
print_verification_json(FILE *out, const struct look *look,
    const struct offer *offer, const struct region *region,
    const struct verification *result)
{
	size_t i;

	fputs("{\n", out);
	json_print_member(out, "  ", "domain", look->domain, false);
	json_print_member(out, "  ", "offer", offer != NULL ? offer->id : NULL,
	    false);
	json_print_member(out, "  ", "region", region != NULL ? region->id : NULL,
	    false);
	json_member_raw(out, "  ", "ok", result->ok ? "true" : "false", false);
	print_cut_json(out, &look->zone);
	fputs("  \"records\": ", out);
	fputs(result->count > 0 ? "[\n" : "[]", out);
	for (i = 0; i < result->count; i++) {
		print_verdict_json(out, &result->verdicts[i]);
		print_array_end(out, i, result->count);
	}
	fputs("\n}\n", out);
}

static void
print_verification(const struct options *options, const struct look *look,
    const struct offer *offer, const struct region *region, int server,
    const struct verification *result)
{
	if (options->format == FORMAT_JSON)
		print_verification_json(stdout, look, offer, region, result);
	else
		print_verification_text(stdout, look, offer, region, server,
		    result);
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
	const struct offer *offer = NULL;
	const struct region *region = NULL;
	struct look look;
	int server;

	if (look_up(options, data, options->words[0], &look, problem) != EX_OK)
		goto done;
	if (!look.found.exists) {
		print_verification(options, &look, NULL, NULL, 0, &result);
		problem_set(problem, EX_UNAVAILABLE, look.domain,
		    "the domain does not exist (NXDOMAIN)");
		goto done;
	}
	if (verify_target(options, data, &look, &offer, &region, &server,
	    problem) != EX_OK || verify(offer, region, server, &look.zone,
	    look.resolver, &result, problem) != EX_OK)
		goto done;
	if (look.found.ovhcloud && !look.found.certain &&
	    options->query.offer == NULL)
		note_likely(&look);
	print_verification(options, &look, offer, region, server, &result);
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
