/*
 * audit: one account compared with the table, a finding per setting that
 * differs.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "audit_judge.h"
#include "i18n.h"

const char *
audit_field_name(enum audit_field field)
{
	static const char *const names[] = { "host", "port", "security",
	    "authentication", "username", "password" };

	return names[field];
}

static const char *
audit_auth_name(enum audit_auth auth)
{
	switch (auth) {
	case AUDIT_AUTH_PASSWORD:
		return auth_method_name(AUTH_PASSWORD_CLEARTEXT);
	case AUDIT_AUTH_ENCRYPTED:
		return auth_method_name(AUTH_PASSWORD_ENCRYPTED);
	case AUDIT_AUTH_NONE:
		return "none";
	case AUDIT_AUTH_OTHER:
		return "other";
	case AUDIT_AUTH_UNSAID:
		break;
	}
	return "unsaid";
}

/* HOST against a table pattern, where "{N}" stands for 1 to 3 digits. */
static bool
host_matches(const char *pattern, const char *host, int *number)
{
	const char *mark = strstr(pattern, "{N}");
	size_t before, after, n = strlen(host), digits;
	int value = 0;

	if (n > 0 && host[n - 1] == '.')
		n--;
	if (mark == NULL)
		return strlen(pattern) == n && strncasecmp(pattern, host, n) == 0;
	before = (size_t)(mark - pattern);
	after = strlen(mark + 3);
	if (n < before + after + 1 || n > before + after + 3 ||
	    strncasecmp(pattern, host, before) != 0 ||
	    strncasecmp(mark + 3, host + n - after, after) != 0)
		return false;
	for (digits = before; digits < n - after; digits++) {
		if (host[digits] < '0' || host[digits] > '9')
			return false;
		value = value * 10 + (host[digits] - '0');
	}
	*number = value;
	return value > 0;
}

/* The entry's host or one of its aliases. */
static bool
entry_matches(const struct server *entry, const char *host, int *number)
{
	size_t i;

	if (host_matches(entry->host, host, number))
		return true;
	for (i = 0; i < entry->naliases; i++)
		if (host_matches(entry->aliases[i], host, number))
			return true;
	return false;
}

static bool
in_region(const struct server *server, const struct region *region)
{
	return server->region == NULL || region == NULL ||
	    strcmp(server->region->id, region->id) == 0;
}

static const struct region *
region_of(const struct offer *offer, const char *id)
{
	size_t i;

	for (i = 0; i < offer->nregions; i++)
		if (id == NULL || strcmp(offer->regions[i]->id, id) == 0)
			return offer->regions[i];
	return NULL;
}

/* The offer, region and number of a table host the account names. */
static bool
find_by_host(const struct dataset *data, const struct query *query,
    const struct audit_account *account, struct audit_verdict *v)
{
	const struct offer *offer;
	size_t i, j, k;
	int number;

	for (k = 0; k < account->nservers; k++)
		for (i = 0; i < data->noffers; i++) {
			offer = &data->offers[i];
			if (query->offer != NULL &&
			    strcmp(offer->id, query->offer) != 0)
				continue;
			for (j = 0; j < offer->nservers; j++) {
				number = 0;
				if (!entry_matches(&offer->servers[j],
				    account->servers[k].host.text, &number))
					continue;
				v->offer = offer;
				v->region = offer->servers[j].region;
				v->number = number;
				return true;
			}
		}
	return false;
}

static bool
ovhcloud_domain(const char *host)
{
	static const char *const domains[] = { ".ovh.net", ".ovh.ca",
	    ".ovh.com", ".ovhcloud.com" };
	size_t i, n = strlen(host), d;

	if (n > 0 && host[n - 1] == '.')
		n--;
	for (i = 0; i < sizeof(domains) / sizeof(domains[0]); i++) {
		d = strlen(domains[i]);
		if (n > d && strncasecmp(host + n - d, domains[i], d) == 0)
			return true;
	}
	return false;
}

/*
 * Which offer the account is on: the table's hosts it names, or, for a
 * host of OVHcloud's own domains that the table does not have (a typo, an
 * old name), the offer of --offer or the default.  Anything else is not
 * judged.  With --discover, the query comes filled in from the DNS of the
 * account's address (src/audit.c), as --offer, --region and --server.
 */
static bool
identify(const struct dataset *data, const struct query *query,
    const struct audit_account *account, struct audit_verdict *v)
{
	size_t k;

	if (account->nservers == 0) {
		snprintf(v->skipped, sizeof(v->skipped), "%s",
		    N_("no mail server"));
		return false;
	}
	if (!find_by_host(data, query, account, v))
		for (k = 0; k < account->nservers; k++)
			if (ovhcloud_domain(account->servers[k].host.text)) {
				v->offer = data_offer(data, query->offer);
				break;
			}
	if (v->offer == NULL) {
		snprintf(v->skipped, sizeof(v->skipped), "%s",
		    N_("not an OVHcloud server"));
		v->skipped_host = account->servers[0].host.text;
		return false;
	}
	if (query->region != NULL || v->region == NULL)
		v->region = region_of(v->offer, query->region);
	if (query->server_number != 0)
		v->number = query->server_number;
	v->number_given = query->server_number != 0;
	return true;
}

static struct audit_finding *
add(struct audit_verdict *v, const struct audit_server *s, int line,
    enum audit_field field, const struct server *entry)
{
	struct audit_finding *f;

	if (v->count == AUDIT_MAX_FINDINGS)
		return NULL;
	f = &v->findings[v->count++];
	memset(f, 0, sizeof(*f));
	f->line = line != 0 ? line : s->line != 0 ? s->line :
	    v->account->name.line;
	f->has_protocol = true;
	f->protocol = s->protocol;
	f->field = field;
	f->source = entry->source;
	return f;
}

static void	expected_host(const struct audit_verdict *,
		    const struct server *, char *, size_t);

/*
 * A numbered server (pro<N>, ex<N>) can be checked only against the
 * number the mailbox is on, which the file cannot tell: not right, not
 * wrong, said.
 */
static void
number_not_checked(struct audit_verdict *v, const struct audit_server *s,
    const struct server *entry)
{
	struct audit_finding *f;
	int number = v->number;

	if ((f = add(v, s, s->host.line, AUDIT_FIELD_HOST, entry)) == NULL)
		return;
	v->number = 0;
	expected_host(v, entry, f->expected, sizeof(f->expected));
	v->number = number;
	snprintf(f->found, sizeof(f->found), "%s", s->host.text);
	f->note = N_("server number not checked: give --server or "
	    "--discover");
}

static void
expected_host(const struct audit_verdict *v, const struct server *entry,
    char *text, size_t size)
{
	const char *mark = strstr(entry->host, "{N}");

	if (mark == NULL)
		snprintf(text, size, "%s", entry->host);
	else if (v->number == 0)
		snprintf(text, size, "%.*s<N>%s", (int)(mark - entry->host),
		    entry->host, mark + 3);
	else
		snprintf(text, size, "%.*s%d%s", (int)(mark - entry->host),
		    entry->host, v->number, mark + 3);
}

/* The entry the server should match: the same port, else the best. */
static const struct server *
choose_entry(const struct audit_verdict *v, const struct audit_server *s,
    bool *port_known)
{
	const struct server *best = NULL, *e;
	size_t i;

	*port_known = false;
	for (i = 0; i < v->offer->nservers; i++) {
		e = &v->offer->servers[i];
		if (e->protocol != s->protocol || !in_region(e, v->region))
			continue;
		if (e->port == s->port) {
			*port_known = true;
			return e;
		}
		if (best == NULL || (best->security == SECURITY_NONE &&
		    e->security != SECURITY_NONE))
			best = e;
	}
	return best;
}

/* The encrypted entry of the protocol, for advice on a plaintext one. */
static const struct server *
encrypted_entry(const struct audit_verdict *v, enum protocol protocol)
{
	size_t i;

	for (i = 0; i < v->offer->nservers; i++)
		if (v->offer->servers[i].protocol == protocol &&
		    in_region(&v->offer->servers[i], v->region) &&
		    v->offer->servers[i].security != SECURITY_NONE)
			return &v->offer->servers[i];
	return NULL;
}

static void
judge_host(struct audit_verdict *v, const struct audit_server *s,
    const struct server *entry)
{
	struct audit_finding *f;
	char want[AUDIT_TEXT];
	int number = 0;

	if (entry_matches(entry, s->host.text, &number) &&
	    (v->number == 0 || number == v->number)) {
		/* pro3 in the file is right only if the mailbox is on 3. */
		if (number != 0 && !v->number_given)
			number_not_checked(v, s, entry);
		return;
	}
	if ((f = add(v, s, s->host.line, AUDIT_FIELD_HOST, entry)) == NULL)
		return;
	expected_host(v, entry, want, sizeof(want));
	snprintf(f->found, sizeof(f->found), "%s", s->host.text);
	snprintf(f->expected, sizeof(f->expected), "%s", want);
}

static void
judge_security(struct audit_verdict *v, const struct audit_server *s,
    const struct server *entry)
{
	const struct server *better = NULL;
	struct audit_finding *f;

	if (!s->security_known)
		return;
	if (entry->security == SECURITY_NONE)
		better = encrypted_entry(v, s->protocol);
	if (better == NULL)
		better = entry;
	if (s->security == better->security && s->security_note == NULL &&
	    better == entry)
		return;
	if ((f = add(v, s, s->security_line, AUDIT_FIELD_SECURITY,
	    better)) == NULL)
		return;
	snprintf(f->found, sizeof(f->found), "%s", security_name(s->security));
	if (better != entry)
		snprintf(f->expected, sizeof(f->expected), "%s on port %d",
		    security_name(better->security), better->port);
	else
		snprintf(f->expected, sizeof(f->expected), "%s",
		    security_name(better->security));
	f->note = better != entry ? N_("the password crosses the network "
	    "unencrypted") : s->security_note;
}

static void
judge_auth(struct audit_verdict *v, const struct audit_server *s,
    const struct server *entry)
{
	enum audit_auth want = !entry->auth_required ? AUDIT_AUTH_NONE :
	    entry->auth_method == AUTH_PASSWORD_ENCRYPTED ?
	    AUDIT_AUTH_ENCRYPTED : AUDIT_AUTH_PASSWORD;
	struct audit_finding *f;

	if (s->auth == want || s->auth == AUDIT_AUTH_UNSAID)
		return;
	if ((f = add(v, s, s->auth_line, AUDIT_FIELD_AUTH, entry)) == NULL)
		return;
	snprintf(f->found, sizeof(f->found), "%s", audit_auth_name(s->auth));
	snprintf(f->expected, sizeof(f->expected), "%s",
	    audit_auth_name(want));
	if (s->auth == AUDIT_AUTH_NONE && s->protocol == PROTOCOL_SMTP)
		f->note = N_("without it the server refuses to relay (553)");
}

static void
judge_username(struct audit_verdict *v, const struct audit_server *s,
    const struct server *entry)
{
	const char *user = s->username.text;
	struct audit_finding *f;

	if (user[0] == '\0' || strchr(user, '@') != NULL ||
	    strcmp(user, "%EMAILADDRESS%") == 0)
		return;
	if ((f = add(v, s, s->username.line, AUDIT_FIELD_USERNAME,
	    entry)) == NULL)
		return;
	snprintf(f->found, sizeof(f->found), "%s", user);
	snprintf(f->expected, sizeof(f->expected), "%s",
	    v->account->address.text[0] != '\0' &&
	    strchr(v->account->address.text, '@') != NULL ?
	    v->account->address.text : N_("the full e-mail address"));
}

static void
judge_server(struct audit_verdict *v, const struct audit_server *s)
{
	const struct server *entry;
	struct audit_finding *f;
	bool port_known;

	if ((entry = choose_entry(v, s, &port_known)) == NULL)
		return;	/* the offer has no such protocol here */
	judge_host(v, s, entry);
	/* TLS on a port that OVHcloud serves without: the port is wrong. */
	if (port_known && entry->security == SECURITY_NONE &&
	    s->security_known && s->security != SECURITY_NONE &&
	    encrypted_entry(v, s->protocol) != NULL) {
		entry = encrypted_entry(v, s->protocol);
		port_known = false;
	}
	if (!port_known &&
	    (f = add(v, s, s->port_line, AUDIT_FIELD_PORT, entry)) != NULL) {
		snprintf(f->found, sizeof(f->found), "%d", s->port);
		snprintf(f->expected, sizeof(f->expected), "%d with %s",
		    entry->port, security_name(entry->security));
	} else
		judge_security(v, s, entry);
	judge_auth(v, s, entry);
	judge_username(v, s, entry);
}

static void
judge_secrets(struct audit_verdict *v)
{
	const struct audit_account *a = v->account;
	struct audit_finding *f;
	size_t i;

	for (i = 0; i < a->nsecrets && v->count < AUDIT_MAX_FINDINGS; i++) {
		f = &v->findings[v->count++];
		memset(f, 0, sizeof(*f));
		f->line = a->secrets[i].line;
		f->field = AUDIT_FIELD_PASSWORD;
		snprintf(f->found, sizeof(f->found), "%s", a->secrets[i].key);
		snprintf(f->expected, sizeof(f->expected), "%s",
		    a->password_advice);
	}
}

void
audit_judge(const struct dataset *data, const struct query *query,
    const struct audit_account *account, struct audit_verdict *v)
{
	size_t i;

	memset(v, 0, sizeof(*v));
	v->account = account;
	/* A stored password is worth saying whoever the provider is. */
	if (identify(data, query, account, v))
		for (i = 0; i < account->nservers; i++)
			judge_server(v, &account->servers[i]);
	judge_secrets(v);
}
