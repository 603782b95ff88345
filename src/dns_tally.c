/* verify's verdict on each domain and on a list of them, and its plugin line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "dns_tally.h"
#include "i18n.h"
#include "quote.h"
#include "strprintf.h"

/*
 * Exit status 1, as audit's: records to change is an answer, not a
 * failure of the program (sysexits has no word for it).
 */
#define RECORDS_TO_CHANGE	1

const char *
domain_state_name(enum domain_state state)
{
	static const char *const names[] = { "right", "wrong",
		"not_ovhcloud", "dns_failure" };

	return names[state];
}

/* MX and SPF decide where mail goes and whether it is taken: critical. */
static bool
is_critical(enum verdict_check check)
{
	return check == CHECK_MX || check == CHECK_SPF;
}

void
domain_verdict_judge(struct domain_verdict *v,
    const struct verification *result)
{
	const struct verdict *r;
	size_t i;

	v->unchecked = v->critical = v->warning = 0;
	for (i = 0; i < result->count; i++) {
		r = &result->verdicts[i];
		if (r->status == VERDICT_UNCHECKED)
			v->unchecked |= 1u << r->check;
		else if (r->status != VERDICT_OK &&
		    r->status != VERDICT_WARNING)
			*(is_critical(r->check) ? &v->critical :
			    &v->warning) |= 1u << r->check;
	}
	if (v->state == STATE_DNS_FAILURE)
		v->level = PLUGIN_UNKNOWN;
	else if (v->state != STATE_NOT_OVHCLOUD && v->critical != 0)
		v->level = PLUGIN_CRITICAL;
	else if (v->state != STATE_NOT_OVHCLOUD && (v->warning != 0 ||
	    v->unchecked != 0 || v->state == STATE_WRONG))
		v->level = PLUGIN_WARNING;
	else
		v->level = PLUGIN_OK;
}

int
domain_tally_start(struct domain_tally *t, size_t domains,
    struct problem *problem)
{
	memset(t, 0, sizeof(*t));
	if ((t->details = calloc(domains + 1, sizeof(*t->details))) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	return EX_OK;
}

void
domain_tally_free(struct domain_tally *t)
{
	size_t i;

	for (i = 0; i < t->ndetails; i++)
		free(t->details[i]);
	free(t->details);
	t->details = NULL;
}

static const char *const level_names[] = { "OK", "WARNING", "CRITICAL",
	"UNKNOWN" };

/* Severity for a summing-up: CRITICAL, then UNKNOWN, WARNING and OK. */
static int
rank(enum plugin_level level)
{
	static const int ranks[] = { 0, 1, 3, 2 };

	return ranks[level];
}

/* "mx spf" from a set of checks. */
static void
check_names(unsigned set, char *buffer, size_t size)
{
	size_t used;
	int c;

	buffer[0] = '\0';
	for (c = CHECK_MX; c <= CHECK_VALIDATION; c++) {
		if (!(set & 1u << c))
			continue;
		used = strlen(buffer);
		snprintf(buffer + used, size - used, "%s%s", used > 0 ? " " :
		    "", verdict_check_name((enum verdict_check)c));
	}
}

/* "example.com: CRITICAL: to change: mx spf; unchecked: dkim" */
static char *
detail_line(const struct domain_verdict *v, const char *name,
    const char *why)
{
	char bad[128], unchecked[128];

	check_names(v->critical | v->warning, bad, sizeof(bad));
	check_names(v->unchecked, unchecked, sizeof(unchecked));
	if (v->state == STATE_DNS_FAILURE)
		return str_printf("%s: %s: DNS could not be read: %s", name,
		    level_names[v->level], why);
	return str_printf("%s: %s:%s%s%s%s", name, level_names[v->level],
	    bad[0] != '\0' ? " to change: " : "", bad, unchecked[0] != '\0' ?
	    "; unchecked: " : "", unchecked);
}

void
domain_tally_add(struct domain_tally *t, const struct domain_verdict *v,
    const char *text, const char *domain, size_t to_fix, const char *why)
{
	const char *name = domain != NULL && domain[0] != '\0' ? domain : text;

	snprintf(t->last, sizeof(t->last), "%s", name);
	t->last_to_fix = to_fix;

	t->counts[v->state]++;
	t->domains++;
	if (rank(v->level) > rank(t->worst))
		t->worst = v->level;
	if (v->level != PLUGIN_OK && t->details != NULL &&
	    (t->details[t->ndetails] = detail_line(v, name, why)) != NULL)
		t->ndetails++;
}

void
domain_tally_text(FILE *out, const struct domain_tally *t, bool verifying)
{
	fprintf(out, "\n");
	if (verifying)
		fprintf(out, _("%zu domains: %zu right, %zu to change, %zu not "
		    "at OVHcloud, %zu DNS failures\n"), t->domains,
		    t->counts[STATE_RIGHT], t->counts[STATE_WRONG],
		    t->counts[STATE_NOT_OVHCLOUD],
		    t->counts[STATE_DNS_FAILURE]);
	else
		fprintf(out, _("%zu domains: %zu at OVHcloud, %zu not at "
		    "OVHcloud, %zu DNS failures\n"), t->domains,
		    t->counts[STATE_RIGHT], t->counts[STATE_NOT_OVHCLOUD],
		    t->counts[STATE_DNS_FAILURE]);
}

int
domain_tally_status(const struct domain_tally *t, bool verifying,
    struct problem *problem)
{
	size_t failed = t->counts[STATE_DNS_FAILURE];

	if (failed > 0 && t->domains == 1)
		return problem->status = EX_TEMPFAIL;
	if (failed > 0)
		return problem_set(problem, EX_TEMPFAIL, verifying ? "verify" :
		    "discover", "the DNS of %zu of the %zu domains could not "
		    "be read (said above)", failed, t->domains);
	if (verifying && t->counts[STATE_WRONG] > 0 && t->domains == 1)
		return problem_set(problem, RECORDS_TO_CHANGE, t->last,
		    "records to add, change or remove: %zu", t->last_to_fix);
	if (verifying && t->counts[STATE_WRONG] > 0)
		return problem_set(problem, RECORDS_TO_CHANGE, "verify",
		    "%zu of the %zu domains have records to add, change or "
		    "remove", t->counts[STATE_WRONG], t->domains);
	return EX_OK;
}

/* The plugin's first line: its text must hold no '|', which ends it. */
int
verify_plugin(FILE *out, const struct domain_tally *t,
    struct problem *problem)
{
	size_t i;

	fprintf(out, "OVHMAIL_VERIFY %s - %zu domains: %zu right, %zu to "
	    "change, %zu not at OVHcloud, %zu DNS failures | 'domains'=%zu;;;0; "
	    "'right'=%zu;;;0;%zu 'to_change'=%zu;;;0;%zu "
	    "'not_ovhcloud'=%zu;;;0;%zu 'dns_failures'=%zu;;;0;%zu\n",
	    level_names[t->worst], t->domains, t->counts[STATE_RIGHT],
	    t->counts[STATE_WRONG], t->counts[STATE_NOT_OVHCLOUD],
	    t->counts[STATE_DNS_FAILURE], t->domains, t->counts[STATE_RIGHT],
	    t->domains, t->counts[STATE_WRONG], t->domains,
	    t->counts[STATE_NOT_OVHCLOUD], t->domains,
	    t->counts[STATE_DNS_FAILURE], t->domains);
	for (i = 0; i < t->ndetails; i++) {
		quote_terminal(out, t->details[i]);
		putc('\n', out);
	}
	problem->status = (int)t->worst;
	problem->message[0] = '\0';
	return problem->status;
}
