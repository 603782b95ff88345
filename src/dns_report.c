/* discover's and verify's reports, as text and as json. */
#include <arpa/nameser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dns_report.h"
#include "i18n.h"
#include "json_write.h"
#include "quote.h"

/* --- answers cut at DNS_MAX_RECORDS, in both commands */

static bool
is_cut(const struct zone_lookup *item)
{
	return item->asked && item->answer.left_out > 0;
}

/* An answer with more records than are read is said, never cut silently. */
static void
cut_text(FILE *out, const struct zone *zone)
{
	const struct zone_lookup *item;
	size_t i;

	for (i = 0; i < ZONE_COUNT; i++) {
		item = &zone->items[i];
		if (!is_cut(item))
			continue;
		fprintf(out, "%-8s %-5s ", _("cut"), dns_type_name(item->type));
		quote_terminal(out, item->name);
		fprintf(out, _("  the answer held %zu records; only the first "
		    "%d were read\n"), item->answer.count +
		    item->answer.left_out, DNS_MAX_RECORDS);
	}
}

static void
cut_json(struct json_writer *w, const struct zone *zone)
{
	const struct zone_lookup *item;
	size_t i;

	json_open_array(w, "cut");
	for (i = 0; i < ZONE_COUNT; i++) {
		item = &zone->items[i];
		if (!is_cut(item))
			continue;
		json_open_object(w, NULL);
		json_string(w, "name", item->name);
		json_string(w, "type", dns_type_name(item->type));
		json_integer(w, "records", (long long)item->answer.count +
		    (long long)item->answer.left_out);
		json_integer(w, "read", (long long)item->answer.count);
		json_close_object(w);
	}
	json_close_array(w);
}

/* A server number, or null where it is not known. */
static void
number_json(struct json_writer *w, const char *key, int number)
{
	if (number > 0)
		json_integer(w, key, number);
	else
		json_null(w, key);
}

/* --- discover */

static void
verdict_line(FILE *out, const char *domain, const struct discovery *found)
{
	if (!found->exists) {
		fprintf(out, _("%s: the domain does not exist (NXDOMAIN)\n"),
		    domain);
		return;
	}
	if (!found->ovhcloud || found->offer == NULL) {
		fprintf(out, _("%s: its mail is not at OVHcloud\n"), domain);
		return;
	}
	fprintf(out, "%s: ", domain);
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

void
discover_report_text(FILE *out, const char *domain, const struct zone *zone,
    const struct discovery *found)
{
	const struct evidence *e;
	char *data;
	size_t i;

	verdict_line(out, domain, found);
	if (found->nevidence > 0)
		fputs(_("Evidence:\n"), out);
	for (i = 0; i < found->nevidence; i++) {
		e = &found->evidence[i];
		data = zone_record_text(e->record);
		fprintf(out, "  %-5s %s. %s\n        %s\n",
		    dns_type_name(e->record->type), zone->items[e->item].name,
		    data != NULL ? data : "", _(e->says));
		free(data);
	}
	cut_text(out, zone);
}

static void
evidence_json(struct json_writer *w, const struct zone *zone,
    const struct evidence *e)
{
	char *data = zone_record_text(e->record);

	json_open_object(w, NULL);
	json_string(w, "name", zone->items[e->item].name);
	json_string(w, "type", dns_type_name(e->record->type));
	json_string(w, "data", data);
	json_string(w, "says", e->says);
	json_string(w, "offer", e->offer);
	json_string(w, "region", e->region);
	number_json(w, "server_number", e->number);
	json_close_object(w);
	free(data);
}

/* A domain's discovery, or ERROR when its DNS could not be read. */
void
discover_object(struct json_writer *w, const char *domain,
    const struct zone *zone, const struct discovery *found, const char *error)
{
	size_t i;

	json_open_object(w, NULL);
	json_string(w, "domain", domain);
	if (error != NULL && error[0] != '\0') {
		json_string(w, "state", "dns_failure");
		json_string(w, "error", error);
		json_close_object(w);
		return;
	}
	json_bool(w, "exists", found->exists);
	json_bool(w, "ovhcloud", found->ovhcloud);
	json_string(w, "offer", found->offer ? found->offer->id : NULL);
	json_string(w, "region", found->region ? found->region->id : NULL);
	json_string(w, "shared_with",
	    found->shared ? found->shared->id : NULL);
	number_json(w, "server_number", found->server_number);
	json_string(w, "confidence", found->certain ? "certain" : "likely");
	json_string(w, "settle", found->settle);
	cut_json(w, zone);
	json_open_array(w, "evidence");
	for (i = 0; i < found->nevidence; i++)
		evidence_json(w, zone, &found->evidence[i]);
	json_close_array(w);
	json_close_object(w);
}

/* --- verify */

static const char *
status_label(enum verdict_status status)
{
	static const char *const labels[] = {
		N_("ok"), N_("missing"), N_("wrong"), N_("extra"),
		N_("warning"), N_("unchecked")
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
verdict_text(FILE *out, const struct verdict *v)
{
	fprintf(out, "%-9s %-5s %s", status_label(v->status),
	    dns_type_name(v->type), v->name);
	if (v->found != NULL)
		fprintf(out, "  %s", v->found);
	putc('\n', out);
	if (v->why != NULL) {
		fputs("          ", out);
		print_why(out, v, true);
		putc('\n', out);
	}
	if (v->expected == NULL || v->status == VERDICT_OK)
		return;
	fprintf(out, "          %s %s\n", v->status == VERDICT_MISSING ?
	    _("add:") : _("change to:"), v->expected);
}

void
verify_report_text(FILE *out, const char *domain, const struct zone *zone,
    const struct discovery *found, const struct verify_target *target,
    const struct verification *result, const struct domain_verdict *verdict)
{
	size_t i;

	if (verdict->state == STATE_NOT_OVHCLOUD || target->offer == NULL) {
		verdict_line(out, domain, found);
		cut_text(out, zone);
		return;
	}
	if (!found->exists)
		fprintf(out, _("%s: the domain does not exist (NXDOMAIN); "
		    "what %s needs:\n"), domain, target->offer->name);
	else if (!found->ovhcloud)
		fprintf(out, _("%s: its mail is not at OVHcloud; compared with "
		    "%s, region %s (choose with --offer and --region)\n"),
		    domain, target->offer->name, target->region->id);
	else if (target->server > 0)
		fprintf(out, _("%s: %s, region %s, server %d\n"), domain,
		    target->offer->name, target->region->id, target->server);
	else
		fprintf(out, _("%s: %s, region %s\n"), domain,
		    target->offer->name, target->region->id);
	for (i = 0; i < result->count; i++)
		verdict_text(out, &result->verdicts[i]);
	cut_text(out, zone);
}

static void
verdict_json(struct json_writer *w, const struct verdict *v)
{
	char *why = NULL;
	size_t size = 0;
	FILE *text;

	if (v->why != NULL && (text = open_memstream(&why, &size)) != NULL) {
		print_why(text, v, false);
		fclose(text);
	}
	json_open_object(w, NULL);
	json_string(w, "name", v->name);
	json_string(w, "type", dns_type_name(v->type));
	json_string(w, "status", verdict_status_name(v->status));
	json_string(w, "check", verdict_check_name(v->check));
	json_string(w, "found", v->found);
	json_string(w, "expected", v->expected);
	json_string(w, "why", why);
	json_close_object(w);
	free(why);
}

/* The checks of SET, by name. */
static void
checks_json(struct json_writer *w, const char *key, unsigned set)
{
	int c;

	json_open_array(w, key);
	for (c = CHECK_MX; c <= CHECK_VALIDATION; c++)
		if (set & 1u << c)
			json_string(w, NULL,
			    verdict_check_name((enum verdict_check)c));
	json_close_array(w);
}

void
verify_object(struct json_writer *w, const char *domain,
    const struct zone *zone, const struct discovery *found,
    const struct verify_target *target, const struct verification *result,
    const struct domain_verdict *verdict, const char *error)
{
	size_t i;

	json_open_object(w, NULL);
	json_string(w, "domain", domain);
	json_string(w, "state", domain_state_name(verdict->state));
	json_string(w, "offer", target->offer ? target->offer->id : NULL);
	json_string(w, "region", target->region ? target->region->id : NULL);
	if (verdict->state == STATE_DNS_FAILURE)
		json_null(w, "exists");
	else
		json_bool(w, "exists", found->exists);
	json_bool(w, "ok", verdict->state == STATE_RIGHT);
	checks_json(w, "unchecked", verdict->unchecked);
	if (error != NULL && error[0] != '\0')
		json_string(w, "error", error);
	cut_json(w, zone);
	json_open_array(w, "records");
	for (i = 0; i < result->count; i++)
		verdict_json(w, &result->verdicts[i]);
	json_close_array(w);
	json_close_object(w);
}
