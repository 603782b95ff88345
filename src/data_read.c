/*
 * servers.json read into the model of data.h: every value validated by a
 * walk that names where a problem is (reader.h), the references between
 * sources, regions and offers resolved.  data.c holds the model.
 */
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <cjson/cJSON.h>

#include "data.h"
#include "data_read.h"
#include "i18n.h"
#include "json_doc.h"
#include "reader.h"
#include "strset.h"

#define MAX_HOST	253

/* Validation: see reader.h for the walk. */

/* Host names as RFC 1123 has them, where "{N}" may stand for digits. */
static bool
valid_host(const char *host)
{
	size_t label = 0, length = 0;
	const char *s;

	for (s = host; *s != '\0'; s++, length++) {
		if (strncmp(s, "{N}", 3) == 0) {
			s += 2;
			label += 3;
		} else if (*s == '.') {
			if (label == 0 || s[-1] == '-')
				return false;
			label = 0;
		} else if ((*s >= 'a' && *s <= 'z') ||
		    (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		    (*s == '-' && label > 0))
			label++;
		else
			return false;
		if (label > 63)
			return false;
	}
	return label > 0 && s[-1] != '-' && length <= MAX_HOST;
}

/* A host; with NUMBERED, "{N}" may stand in it once for --server. */
static const char *
host_here(struct reader *r, const cJSON *json, bool numbered)
{
	const char *s = rd_string(r, json);
	const char *n = strstr(s, "{N}");

	if (rd_failed(r))
		return s;
	if (!valid_host(s))
		rd_bad(r, "\"%s\" is not a host name", problem_echo(s));
	else if (numbered && n != NULL && strstr(n + 1, "{N}") != NULL)
		rd_bad(r, "\"%s\" holds \"{N}\" more than once", s);
	else if (!numbered && n != NULL)
		rd_bad(r, "\"%s\" holds \"{N}\" but the offer has no "
		    "\"server_number\"", s);
	return s;
}

static const char *
get_host(struct reader *r, const cJSON *object, const char *key,
    bool numbered)
{
	const cJSON *item = rd_member(r, object, key, true);
	size_t mark;
	const char *s;

	if (item == NULL)
		return "";
	mark = rd_enter_key(r, key);
	s = host_here(r, item, numbered);
	rd_leave(r, mark);
	return s;
}

static const char *
get_url(struct reader *r, const cJSON *object, const char *key)
{
	const char *s = rd_text(r, object, key);

	if (!rd_failed(r) && strncmp(s, "https://", 8) != 0 &&
	    strncmp(s, "http://", 7) != 0)
		rd_bad_member(r, key, "\"%s\" is not an http or https URL",
		    problem_echo(s));
	return s;
}
/*
 * What the readers of the lists in the file share: the dataset being
 * filled, the ids seen so far in the list in hand, and the offer that
 * owns that list.  References resolve through the sets of
 * source ids, region ids and the offer's sold regions, in constant time
 * each, so that loading stays linear in the size of the file.
 */
struct walk {
	struct dataset		*data;
	const struct strset	*source_ids;	/* id -> struct source */
	const struct strset	*region_ids;	/* id -> struct region */
	const struct strset	*sold;	/* id -> its slot in offer->regions */
	struct strset		*seen;
	struct offer		*offer;
	unsigned char		*servers_seen;	/* per sold region, see below */
	struct dns_profile	*profile;	/* the one being read */
};

static const struct source *
get_source(struct reader *r, const struct walk *walk, const cJSON *object,
    const char *key)
{
	const char *id = rd_id(r, object, key);
	const struct source *source;

	if (rd_failed(r))
		return NULL;
	if ((source = strset_get(walk->source_ids, id)) == NULL)
		rd_bad_member(r, key, "no source has the id \"%s\"",
		    problem_echo(id));
	return source;
}

static void
read_source(struct reader *r, void *context, const cJSON *json,
    size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "id", "title", "date", NULL };
	struct source *source = &walk->data->sources[i];

	rd_object(r, json, keys);
	source->id = rd_id(r, json, "id");
	source->title = rd_text(r, json, "title");
	source->date = rd_text(r, json, "date");
	rd_add_entry(r, walk->seen, source->id, source, N_("source id"));
}

static void
read_region(struct reader *r, void *context, const cJSON *json,
    size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "id", "name", NULL };
	struct region *region = &walk->data->regions[i];

	rd_object(r, json, keys);
	region->id = rd_id(r, json, "id");
	region->name = rd_text(r, json, "name");
	rd_add_entry(r, walk->seen, region->id, region, N_("region id"));
}

/* STATUS, and REASON exactly when the status is legacy. */
static enum status
get_status(struct reader *r, const cJSON *json, const char **reason)
{
	enum status status = rd_enum(r, json, "status", data_status_names);

	*reason = rd_optional_text(r, json, "reason");
	if (rd_failed(r))
		return status;
	if (status == STATUS_LEGACY && *reason == NULL)
		rd_bad(r, "missing \"reason\": the entry is legacy");
	else if (status == STATUS_CURRENT && *reason != NULL)
		rd_bad_member(r, "reason", "only legacy entries have a "
		    "reason");
	return status;
}

/*
 * An optional array of at most MAX strings, hosts without "{N}" when
 * HOSTS; the C array is the caller's to free.
 */
static const char **
get_strings(struct reader *r, const cJSON *object, const char *key,
    bool required, size_t max, bool hosts, size_t *count)
{
	const cJSON *array = rd_member(r, object, key, required), *json;
	const char **strings;
	size_t i = 0, mark, item;

	*count = 0;
	if (array == NULL)
		return NULL;
	array = rd_array(r, object, key, true);
	strings = rd_allocate(r, array, sizeof(*strings), count);
	mark = rd_enter_key(r, key);
	if (*count > max)
		rd_bad(r, "more than %zu strings", max);
	for (json = strings != NULL ? array->child : NULL;
	    json != NULL && i < *count && !rd_failed(r); json = json->next) {
		item = rd_enter_index(r, i);
		strings[i++] = hosts ? host_here(r, json, false) :
		    rd_string(r, json);
		rd_leave(r, item);
	}
	rd_leave(r, mark);
	return strings;
}

/* A region of the file, given by id in KEY or at the path in hand. */
static const struct region *
region_here(struct reader *r, const struct walk *walk, const cJSON *json)
{
	const struct region *region;

	if (rd_failed(r))
		return NULL;
	if (!cJSON_IsString(json) || json->valuestring == NULL)
		rd_bad(r, "must be a string");
	else if ((region = strset_get(walk->region_ids,
	    json->valuestring)) == NULL)
		rd_bad(r, "no region has the id \"%s\"",
		    problem_echo(json->valuestring));
	else
		return region;
	return NULL;
}

/* One of the regions where the offer in hand is sold. */
static const struct region *
get_sold_region(struct reader *r, const struct walk *walk,
    const cJSON *object)
{
	const cJSON *json = rd_member(r, object, "region", true);
	size_t mark = rd_enter_key(r, "region");
	const struct region *region = region_here(r, walk, json);

	if (region != NULL && strset_get(walk->sold, region->id) == NULL)
		rd_bad(r, "the offer is not sold in region \"%s\"",
		    region->id);
	rd_leave(r, mark);
	return region;
}

/*
 * What makes a server entry unique within its offer: its protocol, SSL or
 * not, and its region.  Each sold region has a byte in SERVERS_SEEN, with
 * a bit for each protocol and SSL; the entry is put in words only when it
 * is a duplicate.
 */
static void
check_unique_server(struct reader *r, struct walk *walk,
    const struct server *server)
{
	unsigned char *seen = &walk->servers_seen[data_region_index(walk->offer,
	    server->region)];
	unsigned bit = 1U << (server->protocol * 2 + server->ssl);
	char key[80];

	if ((*seen & bit) == 0) {
		*seen |= bit;
		return;
	}
	snprintf(key, sizeof(key), _("%s %s in %s"),
	    protocol_name(server->protocol), server->ssl ? _("with SSL") :
	    _("without SSL"), server->region->id);
	rd_bad(r, "duplicate %s \"%s\"", _("server entry"), problem_echo(key));
}

static void
read_server(struct reader *r, void *context, const cJSON *json,
    size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "protocol", "ssl", "region",
		"host", "aliases", "port", "security", "auth_required",
		"auth_method", "username", "status", "reason", "source", NULL };
	const struct offer *offer = walk->offer;
	struct server *server = &offer->servers[i];

	rd_object(r, json, keys);
	server->protocol = rd_enum(r, json, "protocol", data_protocol_names);
	server->ssl = rd_bool(r, json, "ssl");
	server->region = get_sold_region(r, walk, json);
	server->host = get_host(r, json, "host", offer->server_number != NULL);
	server->aliases = get_strings(r, json, "aliases", false,
	    DATA_MAX_ALIASES, true, &server->naliases);
	server->port = (int)rd_integer(r, json, "port", 1, 65535);
	server->security = rd_enum(r, json, "security", data_security_names);
	server->auth_required = rd_bool(r, json, "auth_required");
	server->auth_method = rd_enum(r, json, "auth_method",
	    data_auth_method_names);
	server->username = rd_enum(r, json, "username", data_username_names);
	server->status = get_status(r, json, &server->reason);
	server->source = get_source(r, walk, json, "source");
	if (!rd_failed(r))
		check_unique_server(r, walk, server);
}

/*
 * Every region where the offer is sold has entries, and their hosts all
 * hold "{N}" or none does: --server is needed for the region or not.
 * FIRST[n] is the first entry of the offer's nth region.
 */
static void
check_servers(struct reader *r, const struct walk *walk)
{
	const struct offer *offer = walk->offer;
	const struct region *const *slot;
	const struct server **first, *server;
	size_t i, n, mark;

	if (rd_failed(r))
		return;
	if ((first = calloc(offer->nregions,
	    sizeof(*first))) == NULL) {	/* NOLINT(bugprone-sizeof-expression) */
		problem_set(r->problem, EX_OSERR, r->file, "out of memory");
		return;
	}
	for (i = 0; i < offer->nservers && !rd_failed(r); i++) {
		server = &offer->servers[i];
		slot = strset_get(walk->sold, server->region->id);
		n = (size_t)(slot - offer->regions);
		if (first[n] == NULL)
			first[n] = server;
		else if (data_numbered(first[n]->host) != data_numbered(server->host)) {
			mark = rd_enter_key(r, "servers");
			rd_enter_index(r, i);
			rd_bad_member(r, "host", "\"%s\" and \"%s\" must both "
			    "hold \"{N}\" or neither: they are in the same "
			    "region", server->host, first[n]->host);
			rd_leave(r, mark);
		}
	}
	for (n = 0; n < offer->nregions && !rd_failed(r); n++)
		if (first[n] == NULL)
			rd_bad_member(r, "servers", "no entry for region \"%s\", "
			    "where the offer is sold", offer->regions[n]->id);
	free(first);
}

static void
read_service(struct reader *r, void *context, const cJSON *json,
    size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "name", "plan", "region", "host",
		"port", "security", "source", NULL };
	struct service *service = &walk->offer->services[i];

	rd_object(r, json, keys);
	service->name = rd_text(r, json, "name");
	service->plan = rd_optional_text(r, json, "plan");
	service->region = get_sold_region(r, walk, json);
	service->host = get_host(r, json, "host", false);
	service->port = (int)rd_integer(r, json, "port", 1, 65535);
	service->security = rd_enum(r, json, "security", data_security_names);
	service->source = get_source(r, walk, json, "source");
}

static void
read_sending(struct reader *r, void *context, const cJSON *json,
    size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "scope", "per_hour", "source",
		NULL };
	struct sending_limit *limit = &walk->offer->limits.sending[i];

	rd_object(r, json, keys);
	limit->scope = rd_enum(r, json, "scope", data_scope_names);
	limit->per_hour = rd_integer(r, json, "per_hour", 1, INT_MAX);
	limit->source = get_source(r, walk, json, "source");
}

static void
read_quota(struct reader *r, void *context, const cJSON *json, size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "plan", "size", "source", NULL };
	struct quota *quota = &walk->offer->limits.quotas[i];

	rd_object(r, json, keys);
	quota->plan = rd_optional_text(r, json, "plan");
	quota->size = rd_text(r, json, "size");
	quota->source = get_source(r, walk, json, "source");
}

/* A list of the array in KEY of OBJECT, C array allocated into *ITEMS. */
enum presence {
	OPTIONAL,	/* may be left out, or empty */
	REQUIRED,	/* must be there, may be empty */
	NONEMPTY	/* must be there with at least one item */
};

static void
read_array(struct reader *r, struct walk *walk, const cJSON *object,
    const char *key, enum presence presence, void *items, size_t size,
    size_t *count, rd_item *read)
{
	const cJSON *array = NULL;

	*count = 0;
	if (presence != OPTIONAL || rd_member(r, object, key, false) != NULL)
		array = rd_array(r, object, key, presence == NONEMPTY);
	*(void **)items = rd_allocate(r, array, size, count);
	rd_list(r, key, array, *count, read, walk);
}

typedef void	read_fields(struct reader *, struct walk *, const cJSON *);

/* The object in KEY of PARENT, if there, read with the path pointing in. */
static void
read_object(struct reader *r, struct walk *walk, const cJSON *parent,
    const char *key, bool required, read_fields *read)
{
	const cJSON *json = rd_member(r, parent, key, required);
	size_t mark;

	if (json == NULL)
		return;
	mark = rd_enter_key(r, key);
	read(r, walk, json);
	rd_leave(r, mark);
}

static void
read_limits(struct reader *r, struct walk *walk, const cJSON *json)
{
	static const char *const keys[] = { "sending", "quota", NULL };
	struct limits *limits = &walk->offer->limits;

	rd_object(r, json, keys);
	read_array(r, walk, json, "sending", REQUIRED, &limits->sending,
	    sizeof(*limits->sending), &limits->nsending, read_sending);
	read_array(r, walk, json, "quota", NONEMPTY, &limits->quotas,
	    sizeof(*limits->quotas), &limits->nquotas, read_quota);
}

/* The offer's regions: ids of the file's regions, each once. */
static void
read_sold(struct reader *r, void *context, const cJSON *json, size_t i)
{
	struct walk *walk = context;
	struct offer *offer = walk->offer;

	offer->regions[i] = region_here(r, walk, json);
	if (offer->regions[i] != NULL)
		rd_add_entry(r, walk->seen, offer->regions[i]->id,
		    &offer->regions[i], N_("region id"));
}

static void
read_mx(struct reader *r, void *context, const cJSON *json, size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "priority", "host", NULL };
	struct mx *mx = &walk->profile->mx[i];

	rd_object(r, json, keys);
	mx->priority = (int)rd_integer(r, json, "priority", 0, 65535);
	mx->host = get_host(r, json, "host", false);
}

static void
read_spf(struct reader *r, void *context, const cJSON *json, size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "value", "source", NULL };
	struct spf *spf = &walk->profile->spf[i];

	rd_object(r, json, keys);
	spf->value = rd_text(r, json, "value");
	if (!rd_failed(r) && strncmp(spf->value, "v=spf1", 6) != 0)
		rd_bad_member(r, "value", "\"%s\" does not start with "
		    "\"v=spf1\"", spf->value);
	spf->source = get_source(r, walk, json, "source");
}

static void
read_note(struct reader *r, void *context, const cJSON *json, size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "about", "text", "source", NULL };
	struct dns_note *note = &walk->profile->notes[i];

	rd_object(r, json, keys);
	note->about = rd_enum(r, json, "about", data_dns_part_names);
	note->text = rd_text(r, json, "text");
	note->source = get_source(r, walk, json, "source");
}

/* SRV hosts may hold "{N}" where every region of the profile has it. */
static bool
profile_numbered(const struct walk *walk)
{
	const struct offer *offer = walk->offer;
	size_t i;

	for (i = 0; i < offer->nregions; i++)
		if (offer->dns[i] == walk->profile &&
		    !offer_numbered_in(offer, offer->regions[i]))
			return false;
	return true;
}

static void
read_srv(struct reader *r, void *context, const cJSON *json, size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "service", "priority", "weight",
		"port", "host", "status", "reason", "source", NULL };
	struct srv *srv = &walk->profile->srv[i];

	rd_object(r, json, keys);
	srv->service = rd_text(r, json, "service");
	if (!rd_failed(r) && (srv->service[0] != '_' ||
	    !valid_host(srv->service + 1) || strchr(srv->service, '.')))
		rd_bad_member(r, "service", "\"%s\" is not a service label "
		    "such as \"_autodiscover\"", srv->service);
	srv->priority = (int)rd_integer(r, json, "priority", 0, 65535);
	srv->weight = (int)rd_integer(r, json, "weight", 0, 65535);
	srv->port = (int)rd_integer(r, json, "port", 1, 65535);
	srv->host = get_host(r, json, "host", walk->offer->server_number !=
	    NULL);
	if (!rd_failed(r) && data_numbered(srv->host) && !profile_numbered(walk))
		rd_bad_member(r, "host", "\"%s\" holds \"{N}\" but the "
		    "servers of these regions are not numbered", srv->host);
	srv->status = get_status(r, json, &srv->reason);
	srv->source = get_source(r, walk, json, "source");
}

static void
read_dkim(struct reader *r, struct walk *walk, const cJSON *json)
{
	static const char *const keys[] = { "selector_prefix", "selectors",
		"type", "target", "source", NULL };
	struct dkim *dkim = &walk->profile->dkim;

	rd_object(r, json, keys);
	dkim->selector_prefix = rd_id(r, json, "selector_prefix");
	dkim->selectors = get_strings(r, json, "selectors", true, 4, false,
	    &dkim->nselectors);
	dkim->type = rd_text(r, json, "type");
	dkim->target = rd_text(r, json, "target");
	dkim->source = get_source(r, walk, json, "source");
}

static void
read_dmarc(struct reader *r, struct walk *walk, const cJSON *json)
{
	static const char *const keys[] = { "record", "advice", "source",
		NULL };
	struct dmarc *dmarc = &walk->profile->dmarc;

	rd_object(r, json, keys);
	dmarc->record = rd_text(r, json, "record");
	dmarc->advice = rd_text(r, json, "advice");
	dmarc->source = get_source(r, walk, json, "source");
}

static void
read_validation(struct reader *r, struct walk *walk, const cJSON *json)
{
	static const char *const keys[] = { "name", "type", "target",
		"source", NULL };
	struct validation *v = &walk->profile->validation;

	rd_object(r, json, keys);
	v->name = rd_text(r, json, "name");
	v->type = rd_text(r, json, "type");
	v->target = rd_text(r, json, "target");
	v->source = get_source(r, walk, json, "source");
}

/* A profile's regions: each sold by the offer, and in one profile only. */
static void
read_profile_region(struct reader *r, void *context, const cJSON *json,
    size_t i)
{
	struct walk *walk = context;
	const struct region *region = region_here(r, walk, json);
	struct offer *offer = walk->offer;
	const struct region *const *slot;
	size_t n;

	(void)i;
	if (region == NULL)
		return;
	if ((slot = strset_get(walk->sold, region->id)) == NULL)
		rd_bad(r, "the offer is not sold in region \"%s\"",
		    region->id);
	else if (offer->dns[n = (size_t)(slot - offer->regions)] != NULL)
		rd_bad(r, "region \"%s\" has DNS settings already",
		    region->id);
	else
		offer->dns[n] = walk->profile;
}

/* A note on the validation record needs one to go with. */
static void
check_notes(struct reader *r, const struct dns_profile *profile)
{
	size_t i;

	for (i = 0; i < profile->nnotes && !rd_failed(r); i++)
		if (profile->notes[i].about == DNS_PART_VALIDATION &&
		    profile->validation.name == NULL)
			rd_bad_member(r, "notes", "a note about the "
			    "validation record, but there is none");
}

static void
read_profile(struct reader *r, void *context, const cJSON *json,
    size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "regions", "ttl", "mx",
		"mx_source", "spf", "dkim", "dmarc", "srv", "validation",
		"notes", NULL };
	struct dns_profile *profile = &walk->offer->profiles[i];

	walk->profile = profile;
	rd_object(r, json, keys);
	rd_list(r, "regions", rd_array(r, json, "regions", true), SIZE_MAX,
	    read_profile_region, walk);
	profile->ttl = rd_integer(r, json, "ttl", 1, 2147483647);
	read_array(r, walk, json, "mx", NONEMPTY, &profile->mx,
	    sizeof(*profile->mx), &profile->nmx, read_mx);
	profile->mx_source = get_source(r, walk, json, "mx_source");
	read_array(r, walk, json, "spf", NONEMPTY, &profile->spf,
	    sizeof(*profile->spf), &profile->nspf, read_spf);
	read_object(r, walk, json, "dkim", true, read_dkim);
	read_object(r, walk, json, "dmarc", true, read_dmarc);
	read_array(r, walk, json, "srv", OPTIONAL, &profile->srv,
	    sizeof(*profile->srv), &profile->nsrv, read_srv);
	if (profile->nsrv > DATA_MAX_SRV)
		rd_bad_member(r, "srv", "more than %d records", DATA_MAX_SRV);
	read_object(r, walk, json, "validation", false, read_validation);
	read_array(r, walk, json, "notes", OPTIONAL, &profile->notes,
	    sizeof(*profile->notes), &profile->nnotes, read_note);
	if (profile->nnotes > DATA_MAX_NOTES)
		rd_bad_member(r, "notes", "more than %d notes",
		    DATA_MAX_NOTES);
	check_notes(r, profile);
}

/* Every region where the offer is sold has its DNS settings. */
static void
read_dns(struct reader *r, struct walk *walk, const cJSON *json)
{
	struct offer *offer = walk->offer;
	size_t i;

	/* An array of pointers, one a region. */
	if (!rd_failed(r) && (offer->dns = calloc(offer->nregions,
	    sizeof(*offer->dns))) == NULL)	/* NOLINT(bugprone-sizeof-expression) */
		problem_set(r->problem, EX_OSERR, r->file, "out of memory");
	read_array(r, walk, json, "dns", NONEMPTY, &offer->profiles,
	    sizeof(*offer->profiles), &offer->nprofiles, read_profile);
	for (i = 0; i < offer->nregions && !rd_failed(r); i++)
		if (offer->dns[i] == NULL)
			rd_bad_member(r, "dns", "no DNS settings for region "
			    "\"%s\", where the offer is sold",
			    offer->regions[i]->id);
}

static void
read_offer(struct reader *r, void *context, const cJSON *json,
    size_t i)
{
	struct walk *walk = context;
	static const char *const keys[] = { "id", "name", "description",
		"default", "webmail", "webmail_source", "server_number",
		"regions", "regions_source", "servers", "services", "limits",
		"dns", NULL };
	struct offer *offer = &walk->data->offers[i];
	struct walk inner = { walk->data, walk->source_ids, walk->region_ids,
		NULL, NULL, offer, NULL, NULL };
	struct strset *sold;

	rd_object(r, json, keys);
	offer->id = rd_id(r, json, "id");
	rd_add_unique(r, walk->seen, offer->id, N_("offer id"));
	offer->name = rd_text(r, json, "name");
	offer->description = rd_text(r, json, "description");
	offer->is_default = rd_bool(r, json, "default");
	offer->webmail = get_url(r, json, "webmail");
	offer->webmail_source = get_source(r, walk, json, "webmail_source");
	offer->server_number = rd_optional_text(r, json, "server_number");

	inner.seen = sold = rd_new_set(r);
	read_array(r, &inner, json, "regions", NONEMPTY, &offer->regions,
	    sizeof(*offer->regions),	/* NOLINT(bugprone-sizeof-expression) */
	    &offer->nregions, read_sold);
	inner.sold = sold;
	offer->regions_source = get_source(r, walk, json, "regions_source");

	if (!rd_failed(r) && (inner.servers_seen = calloc(offer->nregions,
	    sizeof(*inner.servers_seen))) == NULL)
		problem_set(r->problem, EX_OSERR, r->file, "out of memory");
	read_array(r, &inner, json, "servers", NONEMPTY, &offer->servers,
	    sizeof(*offer->servers), &offer->nservers, read_server);
	free(inner.servers_seen);
	check_servers(r, &inner);

	read_array(r, &inner, json, "services", OPTIONAL, &offer->services,
	    sizeof(*offer->services), &offer->nservices, read_service);
	read_object(r, &inner, json, "limits", true, read_limits);
	read_dns(r, &inner, json);
	strset_free(sold);
}

static void
check_one_default(struct reader *r, const struct dataset *data)
{
	const struct offer *first = NULL;
	size_t i;

	for (i = 0; i < data->noffers && !rd_failed(r); i++) {
		if (!data->offers[i].is_default)
			continue;
		if (first != NULL)
			rd_bad(r, "offers \"%s\" and \"%s\" are both the "
			    "default", first->id, data->offers[i].id);
		first = &data->offers[i];
	}
	if (first == NULL)
		rd_bad(r, "no offer has \"default\": true");
}

/*
 * A schema 1 file would fail on its first difference from schema 2, with
 * a message that does not say what to do: say it first.
 */
static bool
is_schema_1(struct reader *r, const cJSON *root)
{
	const cJSON *json = cJSON_GetObjectItemCaseSensitive(root, "schema");

	if (!cJSON_IsObject(root) || !cJSON_IsNumber(json) ||
	    json->valuedouble != 1)
		return false;
	rd_bad(r, "schema 1 is no longer read: install the table of this "
	    "ovhmail (schema %d), or update the file as ovhmail-data(5) "
	    "says", DATA_SCHEMA);
	return true;
}

void
data_read(struct reader *r, struct dataset *data)
{
	static const char *const keys[] = { "schema", "sources", "regions",
		"offers", NULL };
	const cJSON *root = json_doc_root(data->document);
	struct walk walk = { data, NULL, NULL, NULL, NULL, NULL, NULL, NULL };
	struct strset *region_ids;
	struct strset *source_ids = rd_new_set(r);
	const cJSON *array;
	long schema;

	if (is_schema_1(r, root)) {
		strset_free(source_ids);
		return;
	}
	rd_object(r, root, keys);
	schema = rd_integer(r, root, "schema", 0, INT_MAX);
	if (!rd_failed(r) && schema != DATA_SCHEMA)
		rd_bad(r, "schema %ld is not supported (this ovhmail reads "
		    "schema %d)", schema, DATA_SCHEMA);

	array = rd_array(r, root, "sources", true);
	data->sources = rd_allocate(r, array, sizeof(*data->sources),
	    &data->nsources);
	walk.seen = source_ids;
	rd_list(r, "sources", array, data->nsources, read_source, &walk);
	walk.source_ids = source_ids;

	walk.seen = region_ids = rd_new_set(r);
	read_array(r, &walk, root, "regions", NONEMPTY, &data->regions,
	    sizeof(*data->regions), &data->nregions, read_region);
	walk.region_ids = region_ids;

	array = rd_array(r, root, "offers", true);
	data->offers = rd_allocate(r, array, sizeof(*data->offers),
	    &data->noffers);
	walk.seen = rd_new_set(r);
	rd_list(r, "offers", array, data->noffers, read_offer, &walk);
	strset_free(walk.seen);
	if (!rd_failed(r))
		check_one_default(r, data);
	strset_free(region_ids);
	strset_free(source_ids);
}

