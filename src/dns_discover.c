/*
 * discover: what settles what.  The MX hosts give OVHcloud and the
 * region; an _autodiscover._tcp SRV record to a documented host gives the
 * offer and the server number; a DKIM selector's prefix gives the offer
 * family.  Anything else (an SRV record to a host that only an offer's
 * services use, OVHcloud's legacy default records, OVHcloud MX alone) is
 * a "likely" conclusion, never a certain one.
 */
#include <arpa/nameser.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dns_discover.h"
#include "i18n.h"

#define NUMBER_MARK	"{N}"
#define MAX_DIGITS	3

/* What the evidence allows: the offers still possible, and the hints. */
struct judgement {
	const struct dataset	*data;
	bool			*possible;	/* one per offer */
	bool			 settled;	/* by documented records */
	const struct offer	*hint;		/* by undocumented ones */
};

bool
host_matches(const char *pattern, const char *host, int *number)
{
	const char *mark = strstr(pattern, NUMBER_MARK);
	size_t hl = strlen(host), pre, post, i;

	*number = 0;
	if (mark == NULL)
		return dns_same_name(pattern, host);
	if (hl > 0 && host[hl - 1] == '.')
		hl--;
	pre = (size_t)(mark - pattern);
	post = strlen(mark + strlen(NUMBER_MARK));
	if (hl <= pre + post || hl - pre - post > MAX_DIGITS ||
	    strncasecmp(host, pattern, pre) != 0 ||
	    strncasecmp(host + hl - post, mark + strlen(NUMBER_MARK),
	    post) != 0)
		return false;
	for (i = pre; i < hl - post; i++) {
		if (!isdigit((unsigned char)host[i]))
			return false;
		*number = *number * 10 + (host[i] - '0');
	}
	return *number > 0;
}

static struct evidence *
add_evidence(struct discovery *found, enum zone_item item,
    const struct dns_record *record, const char *says)
{
	struct evidence *e;

	if (found->nevidence == DISCOVER_MAX_EVIDENCE)
		return NULL;
	e = &found->evidence[found->nevidence++];
	memset(e, 0, sizeof(*e));
	e->item = item;
	e->record = record;
	e->says = says;
	return e;
}

/* Only offers of that id stay possible (all of them, for NULL). */
static void
keep_only(struct judgement *j, const struct offer *offer)
{
	size_t i;

	for (i = 0; i < j->data->noffers; i++)
		if (&j->data->offers[i] != offer)
			j->possible[i] = false;
}

static bool
profile_has_mx(const struct dns_profile *profile, const char *host)
{
	size_t i;

	for (i = 0; i < profile->nmx; i++)
		if (dns_same_name(profile->mx[i].host, host))
			return true;
	return false;
}

/* Another region of the offer whose DNS is the same: ca and apac. */
static const struct region *
sharing_region(const struct offer *offer, const struct region *region)
{
	const struct dns_profile *profile = offer_dns(offer, region);
	size_t k;

	for (k = 0; k < offer->nregions; k++)
		if (offer->regions[k] != region && offer->dns[k] == profile)
			return offer->regions[k];
	return NULL;
}

/* An OVHcloud MX host: the region, from the first profile that has it. */
static bool
judge_mx_region(struct discovery *found, const struct dataset *data,
    const struct dns_record *mx)
{
	struct evidence *e;
	size_t i, j;

	for (i = 0; i < data->noffers; i++) {
		const struct offer *offer = &data->offers[i];

		for (j = 0; j < offer->nregions; j++) {
			if (!profile_has_mx(offer->dns[j], mx->data))
				continue;
			if (found->region == NULL)
				found->region = offer->regions[j];
			if ((e = add_evidence(found, ZONE_MX, mx,
			    N_("OVHcloud's MX for the region"))) != NULL)
				e->region = offer->regions[j]->id;
			return true;
		}
	}
	return false;
}

/* An MX straight to an offer's server: Exchange beside other mail. */
static bool
judge_mx_server(struct discovery *found, struct judgement *j,
    const struct dns_record *mx)
{
	struct evidence *e;
	size_t i, k;
	int n;

	for (i = 0; i < j->data->noffers; i++) {
		const struct offer *offer = &j->data->offers[i];

		for (k = 0; k < offer->nservers; k++) {
			if (!host_matches(offer->servers[k].host, mx->data, &n))
				continue;
			keep_only(j, offer);
			j->settled = true;
			found->server_number = n;
			if (found->region == NULL)
				found->region = offer->servers[k].region;
			if ((e = add_evidence(found, ZONE_MX, mx,
			    N_("the offer's own server"))) != NULL) {
				e->offer = offer->id;
				e->number = n;
			}
			return true;
		}
	}
	return false;
}

static void
judge_mx(struct discovery *found, struct judgement *j,
    const struct zone *zone)
{
	const struct dns_record *mx;
	size_t n;

	for (n = 0; (mx = zone_record(zone, ZONE_MX, ns_t_mx, n)) != NULL;
	    n++)
		if (judge_mx_region(found, j->data, mx) ||
		    judge_mx_server(found, j, mx))
			found->ovhcloud = true;
		else
			(void)add_evidence(found, ZONE_MX, mx,
			    N_("not an OVHcloud host"));
}

/* The _autodiscover record of OFFER in its region R that TARGET matches. */
static const struct srv *
autodiscover_match(const struct offer *offer, size_t r, const char *target,
    int *number)
{
	const struct dns_profile *profile = offer->dns[r];
	size_t k;

	for (k = 0; k < profile->nsrv; k++)
		if (strcmp(profile->srv[k].service, "_autodiscover") == 0 &&
		    host_matches(profile->srv[k].host, target, number))
			return &profile->srv[k];
	return NULL;
}

/*
 * What a matching record says: a documented host settles the offer, the
 * server number and (for a host without one, ex.mail.ovh.ca) the region;
 * a legacy default record only hints at the offer.
 */
static void
judge_autodiscover(struct discovery *found, struct judgement *j,
    const struct dns_record *srv, const struct offer *offer, size_t r,
    const struct srv *want, int n)
{
	bool legacy = want->status == STATUS_LEGACY;
	struct evidence *e;

	e = add_evidence(found, ZONE_AUTODISCOVER_SRV, srv, legacy ?
	    N_("OVHcloud's legacy default record") :
	    N_("the offer's documented autodiscover host"));
	if (e != NULL) {
		e->offer = offer->id;
		e->number = n;
	}
	if (legacy) {
		j->hint = offer;
		return;
	}
	keep_only(j, offer);
	j->settled = true;
	found->server_number = n;
	if (strstr(want->host, NUMBER_MARK) == NULL && e != NULL)
		e->region = offer->regions[r]->id;
	if (found->region == NULL || !offer_sold_in(offer, found->region))
		found->region = offer->regions[r];
}

static bool
judge_srv_profiles(struct discovery *found, struct judgement *j,
    const struct dns_record *srv)
{
	const struct srv *want;
	size_t i, r;
	int n;

	for (i = 0; i < j->data->noffers; i++)
		for (r = 0; r < j->data->offers[i].nregions; r++) {
			want = autodiscover_match(&j->data->offers[i], r,
			    srv->data, &n);
			if (want != NULL) {
				judge_autodiscover(found, j, srv,
				    &j->data->offers[i], r, want, n);
				return true;
			}
		}
	return false;
}

/* A host that only an offer's other services use: Zimbra's zimbra1. */
static bool
judge_srv_services(struct discovery *found, struct judgement *j,
    const struct dns_record *srv)
{
	struct evidence *e;
	size_t i, k;
	int n;

	for (i = 0; i < j->data->noffers; i++) {
		const struct offer *offer = &j->data->offers[i];

		for (k = 0; k < offer->nservices; k++) {
			if (!host_matches(offer->services[k].host, srv->data,
			    &n))
				continue;
			if ((e = add_evidence(found, ZONE_AUTODISCOVER_SRV, srv,
			    N_("a host of the offer's services; no guide "
			    "documents it here"))) != NULL)
				e->offer = offer->id;
			j->hint = offer;
			return true;
		}
	}
	return false;
}

static void
judge_srv(struct discovery *found, struct judgement *j,
    const struct zone *zone)
{
	const struct dns_record *srv;
	size_t n;

	for (n = 0; (srv = zone_record(zone, ZONE_AUTODISCOVER_SRV, ns_t_srv,
	    n)) != NULL; n++)
		if (judge_srv_profiles(found, j, srv) ||
		    judge_srv_services(found, j, srv))
			found->ovhcloud = true;
}

static bool
has_prefix(const char *text, const char *prefix)
{
	return strncasecmp(text, prefix, strlen(prefix)) == 0;
}

/* A published selector: its prefix names the offer family. */
static void
judge_dkim(struct discovery *found, struct judgement *j,
    const struct zone *zone, enum zone_item item, enum zone_item txt)
{
	const struct dns_record *record = zone_record(zone, item,
	    ns_t_cname, 0);
	const char *selector = zone->items[item].name;
	bool family = false;
	size_t i, r;

	if (record == NULL)
		record = zone_record(zone, txt, ns_t_txt, 0);
	if (record == NULL)
		return;
	for (i = 0; i < j->data->noffers; i++) {
		const struct offer *offer = &j->data->offers[i];
		bool match = false;

		for (r = 0; r < offer->nregions; r++)
			if (offer->dns[r]->dkim.selector_prefix != NULL &&
			    has_prefix(selector,
			    offer->dns[r]->dkim.selector_prefix))
				match = true;
		if (!match)
			j->possible[i] = false;
		family = family || match;
	}
	if (!family)
		return;
	j->settled = true;
	found->ovhcloud = true;
	(void)add_evidence(found, item, record,
	    N_("the DKIM selector's prefix names the offer family"));
}

/* The offer the judgement leaves, and how sure it is. */
static void
conclude(struct discovery *found, struct judgement *j)
{
	const struct offer *fallback = data_offer(j->data, NULL);
	size_t i, left = 0;
	const struct offer *only = NULL;

	for (i = 0; i < j->data->noffers; i++) {
		if (found->region != NULL &&
		    !offer_sold_in(&j->data->offers[i], found->region))
			j->possible[i] = false;
		if (j->possible[i]) {
			left++;
			only = &j->data->offers[i];
		}
	}
	found->certain = true;
	if (!found->ovhcloud)
		return;
	if (left == 1 && j->settled) {
		found->offer = only;
		return;
	}
	found->certain = false;
	if (j->hint != NULL && j->possible[j->hint - j->data->offers])
		found->offer = j->hint;
	else if (fallback != NULL && j->possible[fallback - j->data->offers])
		found->offer = fallback;
	else
		found->offer = only;
	found->settle = N_("an _autodiscover._tcp SRV record to the offer's "
	    "server, or its DKIM selector (--dkim-selector), would settle it");
}

int
discover(const struct dataset *data, const struct zone *zone,
    struct discovery *found)
{
	struct judgement j = { data, NULL, false, NULL };
	size_t i;

	memset(found, 0, sizeof(*found));
	found->exists = zone->exists;
	found->certain = true;
	if (!zone->exists)
		return 0;
	if ((j.possible = calloc(data->noffers + 1, sizeof(bool))) == NULL)
		return -1;
	for (i = 0; i < data->noffers; i++)
		j.possible[i] = true;
	judge_mx(found, &j, zone);
	judge_srv(found, &j, zone);
	judge_dkim(found, &j, zone, ZONE_DKIM1, ZONE_DKIM1_TXT);
	judge_dkim(found, &j, zone, ZONE_DKIM2, ZONE_DKIM2_TXT);
	conclude(found, &j);
	if (found->offer != NULL && found->region != NULL) {
		found->shared = sharing_region(found->offer, found->region);
		if (!offer_numbered_in(found->offer, found->region))
			found->server_number = 0;
	}
	free(j.possible);
	return 0;
}

void
discover_selector_pair(const struct dataset *data, const char *selector,
    char *pair, size_t size)
{
	size_t i, r, k, m, n = strlen(selector);

	pair[0] = '\0';
	for (i = 0; i < data->noffers; i++)
		for (r = 0; r < data->offers[i].nregions; r++) {
			const struct dkim *dkim = &data->offers[i].dns[r]->dkim;

			for (k = 0; k < dkim->nselectors; k++) {
				m = strlen(dkim->selectors[k]);
				if (n <= m || strcasecmp(selector + n - m,
				    dkim->selectors[k]) != 0)
					continue;
				k = (k + 1) % dkim->nselectors;
				snprintf(pair, size, "%.*s%s", (int)(n - m),
				    selector, dkim->selectors[k]);
				return;
			}
		}
}
