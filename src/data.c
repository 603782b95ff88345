/*
 * The table (servers.json): its model and what it answers, finding the
 * file and those beside it, loading and freeing.  data_read.c reads the
 * file into the model, as mandoc's mdoc_validate.c beside mdoc.c.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "data.h"
#include "data_read.h"
#include "i18n.h"
#include "json_doc.h"
#include "reader.h"

#ifndef DATAFILE
#define DATAFILE "/usr/local/share/ovhmail/servers.json"
#endif

const char *const data_protocol_names[] = { "imap", "pop3", "smtp", NULL };
const char *const data_security_names[] = { "ssl", "starttls", "none", NULL };
const char *const data_auth_method_names[] = {
	"password-cleartext", "password-encrypted", NULL
};
const char *const data_username_names[] = { "email", NULL };
const char *const data_status_names[] = { "current", "legacy", NULL };
const char *const data_scope_names[] = { "account", "ip", NULL };
const char *const data_dns_part_names[] = { "mx", "spf", "dkim",
	"validation", NULL };

const char *
protocol_name(enum protocol protocol)
{
	return data_protocol_names[protocol];
}

const char *
protocol_label(enum protocol protocol)
{
	static const char *const labels[] = { "IMAP", "POP3", "SMTP" };

	return labels[protocol];
}

const char *
security_name(enum security security)
{
	return data_security_names[security];
}

const char *
security_label(enum security security)
{
	static const char *const labels[] = {
		N_("SSL/TLS"), N_("STARTTLS"), N_("none")
	};

	return gettext(labels[security]);
}

const char *
auth_method_name(enum auth_method method)
{
	return data_auth_method_names[method];
}

const char *
status_name(enum status status)
{
	return data_status_names[status];
}

const char *
limit_scope_name(enum limit_scope scope)
{
	return data_scope_names[scope];
}

/* Looking things up in the table. */

const struct offer *
data_offer(const struct dataset *data, const char *id)
{
	size_t i;

	for (i = 0; i < data->noffers; i++)
		if (id == NULL ? data->offers[i].is_default :
		    strcmp(data->offers[i].id, id) == 0)
			return &data->offers[i];
	return NULL;
}

const struct region *
data_region(const struct dataset *data, const char *id)
{
	size_t i;

	for (i = 0; i < data->nregions; i++)
		if (strcmp(data->regions[i].id, id) == 0)
			return &data->regions[i];
	return NULL;
}

size_t
data_region_index(const struct offer *offer, const struct region *region)
{
	size_t i;

	for (i = 0; i < offer->nregions; i++)
		if (offer->regions[i] == region)
			break;
	return i;
}

bool
offer_sold_in(const struct offer *offer, const struct region *region)
{
	return data_region_index(offer, region) < offer->nregions;
}

const struct dns_profile *
offer_dns(const struct offer *offer, const struct region *region)
{
	size_t i = data_region_index(offer, region);

	return i < offer->nregions ? offer->dns[i] : NULL;
}

bool
data_numbered(const char *host)
{
	return strstr(host, "{N}") != NULL;
}

/* The loader made every entry of a region agree on this. */
bool
offer_numbered_in(const struct offer *offer, const struct region *region)
{
	size_t i;

	for (i = 0; i < offer->nservers; i++)
		if (offer->servers[i].region == region)
			return data_numbered(offer->servers[i].host);
	return false;
}

static bool
same_plan(const struct quota *a, const struct quota *b)
{
	if (a->plan == NULL || b->plan == NULL)
		return a->plan == b->plan;
	return strcmp(a->plan, b->plan) == 0;
}

size_t
quota_first(const struct offer *offer, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (same_plan(&offer->limits.quotas[i],
		    &offer->limits.quotas[n]))
			break;
	return i;
}

bool
quota_disputed(const struct offer *offer, size_t n)
{
	size_t i, first = quota_first(offer, n);

	for (i = first + 1; i < offer->limits.nquotas; i++)
		if (i != n && same_plan(&offer->limits.quotas[i],
		    &offer->limits.quotas[n]))
			return true;
	return first != n;
}

/* Locating the file. */

static char *
join_path(const char *dir, const char *tail)
{
	size_t size = strlen(dir) + strlen(tail) + 1;
	char *path;

	if ((path = malloc(size)) != NULL)
		snprintf(path, size, "%s%s", dir, tail);
	return path;
}

/*
 * The XDG base directory spec ignores a relative XDG_DATA_HOME; so is a
 * HOME or XDG_DATA_HOME that is not an absolute path to a directory
 * (HOME=/dev/null for service accounts, HOME=. planting a file).
 */
static bool
is_home_directory(const char *path)
{
	struct stat st;

	return path != NULL && path[0] == '/' && stat(path, &st) == 0 &&
	    S_ISDIR(st.st_mode);
}

static char *
user_data_path(void)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (is_home_directory(xdg))
		return join_path(xdg, "/ovhmail/servers.json");
	if (is_home_directory(home))
		return join_path(home, "/.local/share/ovhmail/servers.json");
	return NULL;
}

static bool
exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 || errno != ENOENT;
}

int
data_beside(const char *table_path, const char *name, char **path,
    struct problem *problem)
{
	const char *slash = strrchr(table_path, '/');
	int dir = slash == NULL ? 0 : (int)(slash - table_path) + 1;
	size_t size = (size_t)dir + strlen(name) + 1;

	if ((*path = malloc(size)) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	snprintf(*path, size, "%.*s%s", dir, table_path, name);
	return EX_OK;
}

int
data_locate(const char *given, char **path, struct problem *problem)
{
	const char *env = getenv("OVHMAIL_DATA");
	char *user;

	*path = NULL;
	if (given != NULL)
		*path = strdup(given);
	else if (env != NULL && env[0] != '\0')
		*path = strdup(env);
	else {
		user = user_data_path();
		if (user != NULL && exists(user)) {
			*path = user;
			return EX_OK;
		}
		free(user);
		if (!exists(DATAFILE))
			return problem_set(problem, EX_NOINPUT, DATAFILE,
			    "%s (give --data FILE, set OVHMAIL_DATA, or run "
			    "make install)", strerror(ENOENT));
		*path = strdup(DATAFILE);
	}
	if (*path == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	return EX_OK;
}

int
data_parse(const char *name, const char *text, size_t length,
    struct dataset **out, struct problem *problem)
{
	struct dataset *data;
	struct reader reader = { .problem = problem, .file = name };

	*out = NULL;
	if ((data = calloc(1, sizeof(*data))) == NULL ||
	    (data->path = strdup(name)) == NULL) {
		free(data);
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	}
	if (rd_parse(name, text, length, &data->document, problem) == EX_OK)
		data_read(&reader, data);
	if (problem->status != EX_OK) {
		data_free(data);
		return problem->status;
	}
	*out = data;
	return EX_OK;
}

int
data_load(const char *path, struct dataset **out, struct problem *problem)
{
	char *text = NULL;
	size_t length = 0;

	*out = NULL;
	if (rd_read_file(path, &text, &length, problem) == EX_OK &&
	    data_parse(path, text, length, out, problem) == EX_OK &&
	    *out != NULL) {
		/* Kept for ovhmail-check, which must not read it again. */
		(*out)->text = text;
		(*out)->length = length;
		text = NULL;
	}
	free(text);
	return problem->status;
}

static void
free_offer(struct offer *offer)
{
	size_t i;

	for (i = 0; i < offer->nservers; i++)
		free(offer->servers[i].aliases);
	for (i = 0; i < offer->nprofiles; i++) {
		free(offer->profiles[i].mx);
		free(offer->profiles[i].spf);
		free(offer->profiles[i].dkim.selectors);
		free(offer->profiles[i].srv);
		free(offer->profiles[i].notes);
	}
	free(offer->profiles);
	free(offer->dns);
	free(offer->regions);
	free(offer->servers);
	free(offer->services);
	free(offer->limits.sending);
	free(offer->limits.quotas);
}

void
data_free(struct dataset *data)
{
	size_t i;

	if (data == NULL)
		return;
	for (i = 0; i < data->noffers; i++)
		free_offer(&data->offers[i]);
	free(data->offers);
	free(data->regions);
	free(data->sources);
	json_doc_free(data->document);
	free(data->text);
	free(data->path);
	free(data);
}
