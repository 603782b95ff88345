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
#include "dns_many.h"
#include "dns_report.h"
#include "dns_verify.h"
#include "format.h"
#include "json_write.h"
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

/*
 * Reads the zone and judges it; the look is the caller's to close.  The
 * selectors are the list's for that domain, else --dkim-selector's.
 */
static int
look_up(const struct options *options, const struct dataset *data,
    const struct domain_entry *entry, struct look *look,
    struct problem *problem)
{
	const char *selector = entry->selector != NULL ? entry->selector :
	    options->dkim_selector, *text = entry->text;
	char pair[64] = "";

	memset(look, 0, sizeof(*look));
	if (domain_of(text, look->domain, sizeof(look->domain), problem) !=
	    EX_OK || dns_resolver_open(options->resolver, options->timeout > 0 ?
	    options->timeout : DNS_WAIT, &look->resolver, problem) != EX_OK)
		return problem->status;
	if (entry->pair != NULL)
		snprintf(pair, sizeof(pair), "%s", entry->pair);
	else if (selector != NULL)
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
    const char *text, const struct discovery *found, bool colour,
    struct problem *problem)
{
	struct query query = options->query;
	struct answer answer;

	if (found->offer == NULL)
		return EX_OK;
	query.offer = found->offer->id;
	query.region = found->region != NULL ? found->region->id : NULL;
	query.server_number = found->server_number;
	if (strchr(text, '@') != NULL)
		query.email = text;
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

/* --- many domains: each a task, worked side by side, printed in order */

struct task {
	const struct domain_entry *entry;
	struct look		 look;
	struct verify_target	 target;
	struct verification	 result;
	struct domain_verdict	 verdict;
	struct problem		 problem;	/* this domain's */
	bool			 likely;	/* say so on standard error */
};

struct run {
	const struct options	*options;
	const struct dataset	*data;
	struct domain_list	 list;
	struct task		*tasks;
	bool			 many;		/* a list, not one domain */
	bool			 verifying;
	struct json_writer	 json;
	struct domain_tally	 tally;
};

/* The state verify gives a domain, from what was read and judged. */
static void
judge_state(const struct options *options, struct task *t)
{
	struct domain_verdict *v = &t->verdict;

	/* Every failure to read a domain is its DNS's: its name was checked. */
	if (t->problem.status != EX_OK)
		v->state = STATE_DNS_FAILURE;
	else if ((!t->look.found.exists || !t->look.found.ovhcloud) &&
	    options->query.offer == NULL)
		v->state = STATE_NOT_OVHCLOUD;
	else
		v->state = t->result.ok ? STATE_RIGHT : STATE_WRONG;
	domain_verdict_judge(v, &t->result);
}

/*
 * A domain that does not exist is compared with the offer given: its
 * owner needs every record.  Without --offer it is not at OVHcloud.
 */
static void
verify_one(struct run *run, struct task *t)
{
	const struct options *options = run->options;

	if (look_up(options, run->data, t->entry, &t->look, &t->problem) !=
	    EX_OK)
		return;
	if ((!t->look.found.exists || !t->look.found.ovhcloud) &&
	    options->query.offer == NULL)
		return;
	if (choose_target(options, run->data, &t->look, &t->target,
	    &t->problem) != EX_OK || verify_data(run->data, t->target.offer,
	    t->target.region, t->target.server, &t->look.zone,
	    t->look.resolver, &t->result, &t->problem) != EX_OK)
		return;
	t->likely = t->look.found.ovhcloud && t->look.found.offer != NULL &&
	    !t->look.found.certain && options->query.offer == NULL &&
	    options->format != FORMAT_NAGIOS;
}

static void
work(size_t i, void *context)
{
	struct run *run = context;
	struct task *t = &run->tasks[i];

	t->problem.status = EX_OK;
	if (run->verifying) {
		verify_one(run, t);
		judge_state(run->options, t);
	} else if (look_up(run->options, run->data, t->entry, &t->look,
	    &t->problem) != EX_OK)
		t->verdict.state = STATE_DNS_FAILURE;
	else
		t->verdict.state = t->look.found.ovhcloud ? STATE_RIGHT :
		    STATE_NOT_OVHCLOUD;
}

static void
print_verify(struct run *run, struct task *t)
{
	const struct options *options = run->options;

	if (options->format == FORMAT_NAGIOS)
		return;
	if (options->format == FORMAT_JSON)
		verify_object(&run->json, t->look.domain[0] != '\0' ?
		    t->look.domain : t->entry->text, &t->look.zone,
		    &t->look.found, &t->target, &t->result, &t->verdict,
		    t->problem.message);
	else if (t->verdict.state != STATE_DNS_FAILURE)
		verify_report_text(stdout, t->look.domain, &t->look.zone,
		    &t->look.found, &t->target, &t->result, &t->verdict);
}

static void
print_discover(struct run *run, struct task *t)
{
	const struct options *options = run->options;

	if (options->format == FORMAT_JSON)
		discover_object(&run->json, t->look.domain[0] != '\0' ?
		    t->look.domain : t->entry->text, &t->look.zone,
		    &t->look.found, t->problem.message);
	else if (t->verdict.state != STATE_DNS_FAILURE) {
		discover_report_text(stdout, t->look.domain, &t->look.zone,
		    &t->look.found);
		print_settings(options, run->data, t->entry->text,
		    &t->look.found, command_colour(), &t->problem);
	}
}

static size_t
count_to_fix(const struct verification *result)
{
	size_t i, n = 0;

	for (i = 0; i < result->count; i++)
		if (result->verdicts[i].status != VERDICT_OK &&
		    result->verdicts[i].status != VERDICT_WARNING &&
		    result->verdicts[i].status != VERDICT_UNCHECKED)
			n++;
	return n;
}

/* In the list's order: the domain's report, and its resources freed. */
static void
done(size_t i, void *context)
{
	struct run *run = context;
	struct task *t = &run->tasks[i];

	if (t->likely)
		note_likely(&t->look);
	/* A plugin says it all on standard output, which it reads. */
	if (t->verdict.state == STATE_DNS_FAILURE &&
	    run->options->format != FORMAT_NAGIOS)
		problem_report(&t->problem);
	if (run->many && i > 0 && run->options->format == FORMAT_TEXT)
		putchar('\n');
	if (run->verifying)
		print_verify(run, t);
	else
		print_discover(run, t);
	domain_tally_add(&run->tally, &t->verdict, t->entry->text,
	    t->look.domain, count_to_fix(&t->result), t->problem.message);
	verification_free(&t->result);
	look_close(&t->look);
}

/*
 * Every entry is a domain or an address before any is asked for: a typing
 * mistake in a list of 300 stops at once, naming its line.
 */
static int
check_domains(const struct domain_list *list, const char *path,
    struct problem *problem)
{
	char ascii[ZONE_NAME_MAX];
	struct problem why;
	size_t i;

	for (i = 0; i < list->count; i++) {
		why.status = EX_OK;
		why.message[0] = '\0';
		if (domain_of(list->entries[i].text, ascii, sizeof(ascii),
		    &why) == EX_OK)
			continue;
		if (list->entries[i].line == 0)
			return problem_set(problem, EX_USAGE, NULL, "%s",
			    why.message);
		return problem_set(problem, EX_DATAERR, path, "line %zu: %s",
		    list->entries[i].line, why.message);
	}
	return EX_OK;
}

static int
run_start(struct run *run, const struct options *options,
    const struct dataset *data, bool verifying, struct problem *problem)
{
	memset(run, 0, sizeof(*run));
	run->options = options;
	run->data = data;
	run->verifying = verifying;
	if (domain_list_read(options->words, options->nwords,
	    options->domains, &run->list, problem) != EX_OK)
		return problem->status;
	run->many = run->list.count > 1 || options->domains != NULL;
	if (check_domains(&run->list, options->domains, problem) != EX_OK)
		return problem->status;
	if ((run->tasks = calloc(run->list.count, sizeof(*run->tasks))) ==
	    NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	for (size_t i = 0; i < run->list.count; i++)
		run->tasks[i].entry = &run->list.entries[i];
	return domain_tally_start(&run->tally, run->list.count, problem);
}

static void
run_free(struct run *run)
{
	free(run->tasks);
	domain_list_free(&run->list);
	domain_tally_free(&run->tally);
}

/*
 * Every domain, JOBS at a time (--jobs, else DNS_JOBS), each within its
 * own --timeout; a list prints a JSON array and a closing line.
 */
static int
run_all(struct run *run, struct problem *problem)
{
	const struct options *options = run->options;
	int jobs = options->jobs > 0 ? options->jobs : DNS_JOBS;

	if (options->format == FORMAT_JSON) {
		json_start(&run->json, stdout);
		if (run->many)
			json_open_array(&run->json, NULL);
	}
	if (dns_run_all(run->list.count, jobs, work, done, run, problem) !=
	    EX_OK)
		return problem->status;
	if (options->format == FORMAT_JSON) {
		if (run->many)
			json_close_array(&run->json);
		json_end(&run->json);
	} else if (options->format == FORMAT_NAGIOS)
		return verify_plugin(stdout, &run->tally, problem);
	else if (run->many)
		domain_tally_text(stdout, &run->tally, run->verifying);
	return domain_tally_status(&run->tally, run->verifying, problem);
}

static int
dns_command(const struct options *options, const struct dataset *data,
    bool verifying, struct problem *problem)
{
	struct run run;

	if (run_start(&run, options, data, verifying, problem) == EX_OK)
		run_all(&run, problem);
	run_free(&run);
	return problem->status;
}

int
discover_command(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	return dns_command(options, data, false, problem);
}

int
verify_command(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	return dns_command(options, data, true, problem);
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
	struct domain_entry entry = { (char *)(options->domain != NULL ?
	    options->domain : options->query.email), NULL, NULL, 0 };
	struct look look;

	if (look_up(options, data, &entry, &look, problem) != EX_OK)
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
