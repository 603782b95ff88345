/*
 * discover: what settles what.  The MX hosts give OVHcloud and the
 * region, the one most of them belong to; an _autodiscover._tcp SRV
 * record to a documented host gives the offer and the server number, and
 * one to the offer's host misnumbered or in another region's domain
 * (ex.mail.ovh.net) still gives the offer; a DKIM selector's prefix gives
 * the offer family.  Anything else (an SRV record to a host that only an
 * offer's services use, OVHcloud's legacy default records, an
 * autodiscover or autoconfig CNAME, OVHcloud MX alone) is a "likely"
 * conclusion, never a certain one.
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

const struct region *
mx_region(const struct offer *offers, size_t n, const char *host,
    const struct dns_profile **profile, size_t *index)
{
	size_t i, r, k;

	for (i = 0; i < n; i++)
		for (r = 0; r < offers[i].nregions; r++)
			for (k = 0; k < offers[i].dns[r]->nmx; k++) {
				if (!dns_same_name(offers[i].dns[r]->mx[k].host,
				    host))
					continue;
				if (profile != NULL)
					*profile = offers[i].dns[r];
				if (index != NULL)
					*index = k;
				return offers[i].regions[r];
			}
	return NULL;
}

const char *
foreign_mx_says(const struct region *region)
{
	static const struct {
		const char	*id;
		const char	*says;
	} says[] = {
		{ "eu", N_("OVHcloud's MX for Europe (eu), not for this "
		    "zone's region") },
		{ "ca", N_("OVHcloud's MX for America (ca), not for this "
		    "zone's region") },
		{ "apac", N_("OVHcloud's MX for Asia-Pacific (apac), not for "
		    "this zone's region") },
	};
	size_t i;

	for (i = 0; i < sizeof(says) / sizeof(says[0]); i++)
		if (strcmp(says[i].id, region->id) == 0)
			return says[i].says;
	return N_("OVHcloud's MX for another region than this zone's");
}

/*
 * The zone's region: the one most of its OVHcloud MX records belong to,
 * the first record's on a tie (they come by priority), so that one MX of
 * another region does not make the zone that region's.
 */
static const struct region *
zone_mx_region(const struct dataset *data, const struct zone *zone)
{
	const struct dns_record *mx;
	const struct region *best = NULL, *r, *other;
	size_t n, m, count, most = 0;

	for (n = 0; (mx = zone_record(zone, ZONE_MX, ns_t_mx, n)) != NULL;
	    n++) {
		r = mx_region(data->offers, data->noffers, mx->data, NULL,
		    NULL);
		if (r == NULL)
			continue;
		count = 0;
		for (m = 0; (mx = zone_record(zone, ZONE_MX, ns_t_mx, m)) !=
		    NULL; m++) {
			other = mx_region(data->offers, data->noffers,
			    mx->data, NULL, NULL);
			if (other == r)
				count++;
		}
		if (count > most) {
			most = count;
			best = r;
		}
	}
	return best;
}

/* An OVHcloud MX host: for the zone's region, or named as another's. */
static bool
judge_mx_region(struct discovery *found, const struct dataset *data,
    const struct region *zone_region, const struct dns_record *mx)
{
	const struct region *region;
	struct evidence *e;

	region = mx_region(data->offers, data->noffers, mx->data, NULL, NULL);
	if (region == NULL)
		return false;
	if (found->region == NULL)
		found->region = region;
	e = add_evidence(found, ZONE_MX, mx, region == zone_region ?
	    N_("OVHcloud's MX for the region") : foreign_mx_says(region));
	if (e != NULL)
		e->region = region->id;
	return true;
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
	const struct region *zone_region = zone_mx_region(j->data, zone);
	const struct dns_record *mx;
	size_t n;

	found->region = zone_region;
	for (n = 0; (mx = zone_record(zone, ZONE_MX, ns_t_mx, n)) != NULL;
	    n++)
		if (judge_mx_region(found, j->data, zone_region, mx) ||
		    judge_mx_server(found, j, mx))
			found->ovhcloud = true;
		else
			(void)add_evidence(found, ZONE_MX, mx,
			    N_("not an OVHcloud host"));
}

/* --- what an autodiscover target is */

/* The _autodiscover record of a profile that TARGET is, if any. */
static const struct srv *
autodiscover_match(const struct dns_profile *profile, const char *target,
    int *number)
{
	size_t k;

	for (k = 0; k < profile->nsrv; k++)
		if (strcmp(profile->srv[k].service, "_autodiscover") == 0 &&
		    host_matches(profile->srv[k].host, target, number))
			return &profile->srv[k];
	return NULL;
}

/* HOST's first label without its digits or "{N}", and what follows. */
static void
split_host(const char *host, char *label, size_t size, const char **rest)
{
	size_t used = 0;

	*rest = host + strcspn(host, ".");
	for (; host < *rest; host++) {
		if (strncmp(host, NUMBER_MARK, strlen(NUMBER_MARK)) == 0)
			host += strlen(NUMBER_MARK) - 1;
		else if (!isdigit((unsigned char)*host) && used + 1 < size)
			label[used++] = (char)tolower((unsigned char)*host);
	}
	label[used] = '\0';
	if (**rest == '.')
		(*rest)++;
}

/* The same name once the first labels lose their numbers. */
static bool
same_family(const char *pattern, const char *host)
{
	char a[64], b[64];
	const char *pattern_rest, *host_rest;

	split_host(pattern, a, sizeof(a), &pattern_rest);
	split_host(host, b, sizeof(b), &host_rest);
	return a[0] != '\0' && strcmp(a, b) == 0 && host_rest[0] != '\0' &&
	    dns_same_name(pattern_rest, host_rest);
}

/* A documented or legacy target of any of the offer's regions. */
static bool
owner_by_record(const struct offer *offer, const char *host,
    struct host_owner *owner)
{
	const struct srv *srv;
	size_t r;
	int n;

	for (r = 0; r < offer->nregions; r++)
		if ((srv = autodiscover_match(offer->dns[r], host, &n)) !=
		    NULL) {
			owner->role = srv->status == STATUS_LEGACY ?
			    HOST_LEGACY : HOST_AUTODISCOVER;
			owner->offer = offer;
			owner->region = offer->regions[r];
			owner->srv = srv;
			owner->number = n;
			return true;
		}
	return false;
}

static bool
owner_by_service(const struct offer *offer, const char *host,
    struct host_owner *owner)
{
	size_t k;
	int n;

	for (k = 0; k < offer->nservices; k++)
		if (host_matches(offer->services[k].host, host, &n)) {
			owner->role = HOST_SERVICE;
			owner->offer = offer;
			owner->region = offer->services[k].region;
			return true;
		}
	return false;
}

/* The offer's autodiscover host misnumbered, or in another domain. */
static bool
owner_by_family(const struct offer *offer, const char *host,
    struct host_owner *owner)
{
	const struct dns_profile *profile;
	size_t r, k;

	for (r = 0; r < offer->nregions; r++) {
		profile = offer->dns[r];
		for (k = 0; k < profile->nsrv; k++) {
			if (strcmp(profile->srv[k].service, "_autodiscover") !=
			    0 || profile->srv[k].status == STATUS_LEGACY ||
			    !same_family(profile->srv[k].host, host))
				continue;
			owner->role = HOST_FAMILY;
			owner->offer = offer;
			owner->srv = &profile->srv[k];
			return true;
		}
	}
	return false;
}

/* Whether HOST is in the domain of one of the offer's MX or SRV hosts. */
static bool
in_offer_domains(const struct offer *offer, const char *host)
{
	const struct dns_profile *profile;
	const char *parent = strchr(host, '.');
	size_t r, k;

	if (parent == NULL)
		return false;
	parent++;
	for (r = 0; r < offer->nregions; r++) {
		profile = offer->dns[r];
		for (k = 0; k < profile->nmx; k++)
			if (strchr(profile->mx[k].host, '.') != NULL &&
			    dns_same_name(strchr(profile->mx[k].host, '.') + 1,
			    parent))
				return true;
		for (k = 0; k < profile->nsrv; k++)
			if (strchr(profile->srv[k].host, '.') != NULL &&
			    dns_same_name(strchr(profile->srv[k].host, '.') + 1,
			    parent))
				return true;
	}
	return false;
}

void
autodiscover_owner(const struct offer *offers, size_t n, const char *host,
    struct host_owner *owner)
{
	size_t i;

	memset(owner, 0, sizeof(*owner));
	owner->role = HOST_UNKNOWN;
	for (i = 0; i < n; i++)
		if (owner_by_record(&offers[i], host, owner))
			return;
	for (i = 0; i < n; i++)
		if (owner_by_service(&offers[i], host, owner))
			return;
	for (i = 0; i < n; i++)
		if (owner_by_family(&offers[i], host, owner))
			return;
	for (i = 0; i < n; i++)
		if (in_offer_domains(&offers[i], host)) {
			owner->role = HOST_OVHCLOUD;
			return;
		}
}

/* --- the autodiscover records */

/*
 * What a documented target says: it settles the offer, the server
 * number and (for a host without one, ex.mail.ovh.ca) the region.
 */
static void
judge_documented(struct discovery *found, struct judgement *j,
    const struct dns_record *srv, const struct host_owner *owner)
{
	struct evidence *e;

	e = add_evidence(found, ZONE_AUTODISCOVER_SRV, srv,
	    N_("the offer's documented autodiscover host"));
	if (e != NULL) {
		e->offer = owner->offer->id;
		e->number = owner->number;
	}
	keep_only(j, owner->offer);
	j->settled = true;
	found->server_number = owner->number;
	if (strstr(owner->srv->host, NUMBER_MARK) == NULL && e != NULL)
		e->region = owner->region->id;
	if (found->region == NULL ||
	    !offer_sold_in(owner->offer, found->region))
		found->region = owner->region;
}

/*
 * The offer's host name, but not the target a guide gives for the
 * zone's region (ex.mail.ovh.net in Canada): no other offer has it, so
 * it still names the offer, and verify says what to change it to.
 */
static void
judge_family(struct discovery *found, struct judgement *j,
    const struct dns_record *srv, const struct host_owner *owner)
{
	struct evidence *e;

	e = add_evidence(found, ZONE_AUTODISCOVER_SRV, srv,
	    N_("the offer's host, but not the target its guides give here"));
	if (e != NULL)
		e->offer = owner->offer->id;
	keep_only(j, owner->offer);
	j->settled = true;
}

/* A hint only: a legacy default record, or a host of other services. */
static void
judge_hint(struct discovery *found, struct judgement *j,
    enum zone_item item, const struct dns_record *record,
    const struct host_owner *owner)
{
	struct evidence *e;

	e = add_evidence(found, item, record,
	    owner->role == HOST_LEGACY ? N_("OVHcloud's legacy default record") :
	    owner->role == HOST_SERVICE ? N_("a host of the offer's services; "
	    "no guide documents it here") :
	    N_("the offer's autodiscover host, as a CNAME"));
	if (e != NULL) {
		e->offer = owner->offer->id;
		e->number = owner->number;
	}
	j->hint = owner->offer;
}

static void
judge_srv(struct discovery *found, struct judgement *j,
    const struct zone *zone)
{
	const struct dns_record *srv;
	struct host_owner owner;
	size_t n;

	for (n = 0; (srv = zone_record(zone, ZONE_AUTODISCOVER_SRV, ns_t_srv,
	    n)) != NULL; n++) {
		autodiscover_owner(j->data->offers, j->data->noffers,
		    srv->data, &owner);
		if (owner.role == HOST_AUTODISCOVER)
			judge_documented(found, j, srv, &owner);
		else if (owner.role == HOST_FAMILY)
			judge_family(found, j, srv, &owner);
		else if (owner.role == HOST_LEGACY ||
		    owner.role == HOST_SERVICE)
			judge_hint(found, j, ZONE_AUTODISCOVER_SRV, srv, &owner);
		else {
			(void)add_evidence(found, ZONE_AUTODISCOVER_SRV, srv,
			    owner.role == HOST_OVHCLOUD ? N_("an OVHcloud host "
			    "that no offer's guide gives for this record") :
			    N_("not an OVHcloud host"));
			continue;
		}
		found->ovhcloud = true;
	}
}

/*
 * An autodiscover or autoconfig CNAME to an offer's autodiscover host,
 * such as MX Plan's old default zone's mailconfig.ovh.net: a hint only,
 * as a CNAME is what no current guide has a domain publish.
 */
static void
judge_cname(struct discovery *found, struct judgement *j,
    const struct zone *zone, enum zone_item item)
{
	const struct dns_record *cname = zone_record(zone, item, ns_t_cname,
	    0);
	struct host_owner owner;

	if (cname == NULL)
		return;
	autodiscover_owner(j->data->offers, j->data->noffers, cname->data,
	    &owner);
	if (owner.role == HOST_AUTODISCOVER || owner.role == HOST_LEGACY)
		judge_hint(found, j, item, cname, &owner);
}

static bool
has_prefix(const char *text, const char *prefix)
{
	return strncasecmp(text, prefix, strlen(prefix)) == 0;
}

/* A published selector: its prefix names the offer family. */
/* Whether SELECTOR starts with a prefix of the offer's DKIM selectors. */
static bool
names_family(const struct offer *offer, const char *selector)
{
	size_t r;

	for (r = 0; r < offer->nregions; r++)
		if (offer->dns[r]->dkim.selector_prefix != NULL &&
		    has_prefix(selector, offer->dns[r]->dkim.selector_prefix))
			return true;
	return false;
}

static void
judge_dkim(struct discovery *found, struct judgement *j,
    const struct zone *zone, enum zone_item item, enum zone_item txt)
{
	const struct dns_record *record = zone_record(zone, item,
	    ns_t_cname, 0);
	const char *selector = zone->items[item].name;
	bool family = false;
	size_t i;

	if (record == NULL)
		record = zone_record(zone, txt, ns_t_txt, 0);
	if (record == NULL)
		return;
	for (i = 0; i < j->data->noffers; i++)
		family = family || names_family(&j->data->offers[i], selector);
	/* Another sender's selector (google, selector1) says nothing. */
	if (!family)
		return;
	for (i = 0; i < j->data->noffers; i++)
		if (!names_family(&j->data->offers[i], selector))
			j->possible[i] = false;
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
	judge_cname(found, &j, zone, ZONE_AUTODISCOVER_CNAME);
	judge_cname(found, &j, zone, ZONE_AUTOCONFIG_CNAME);
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
