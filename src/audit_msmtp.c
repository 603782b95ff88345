/*
 * msmtp(1)'s configuration: "defaults", then "account NAME [: OTHER...]"
 * sections of "key value" lines.  An account starts from the defaults
 * and the accounts it names; one that only names another ("account
 * default : ovhcloud") is that account again and is not counted twice.
 */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "audit_read.h"
#include "i18n.h"

enum key { HOST, PORT, TLS, STARTTLS, AUTH, USER, FROM, NKEYS };

static const char *const keys[NKEYS] = {
	"host", "port", "tls", "tls_starttls", "auth", "user", "from"
};

struct section {
	struct audit_text	 name;
	struct audit_text	 values[NKEYS];
	int			 password_line;
	bool			 own;	/* sets something itself */
};

struct reader {
	struct section	*sections;	/* [0] is "defaults" */
	size_t		 count;
	struct section	*current;
};

/* The value, without the double quotes msmtp allows around it. */
static void
value_of(const char *s, const char *end, const char **value, size_t *n)
{
	s = audit_skip_space(s, end);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	if (s + 1 < end && *s == '"' && end[-1] == '"') {
		s++;
		end--;
	}
	*value = s;
	*n = (size_t)(end - s);
}

static struct section *
find(struct reader *r, const char *name, size_t n)
{
	size_t i;

	for (i = 1; i < r->count; i++)
		if (strlen(r->sections[i].name.text) == n &&
		    strncmp(r->sections[i].name.text, name, n) == 0)
			return &r->sections[i];
	return NULL;
}

static void
inherit(struct section *to, const struct section *from)
{
	size_t k;

	for (k = 0; k < NKEYS; k++)
		if (from->values[k].line != 0)
			to->values[k] = from->values[k];
	if (from->password_line != 0)
		to->password_line = from->password_line;
}

/* "account NAME [: A, B]" */
static int
start_account(struct reader *r, const char *s, const char *end, int line,
    struct problem *problem)
{
	const char *name = audit_skip_space(s, end), *stop, *colon;
	struct section *section, *parent;

	if (r->count == AUDIT_MAX_ACCOUNTS + 1)
		return problem_set(problem, EX_DATAERR, "msmtp",
		    "more than %d accounts", AUDIT_MAX_ACCOUNTS);
	colon = memchr(name, ':', (size_t)(end - name));
	stop = colon != NULL ? colon : end;
	while (stop > name && (stop[-1] == ' ' || stop[-1] == '\t'))
		stop--;
	section = &r->sections[r->count++];
	*section = r->sections[0];
	section->own = false;
	audit_set(&section->name, name, (size_t)(stop - name), line);
	for (s = colon != NULL ? colon + 1 : end; s < end; s = stop + 1) {
		s = audit_skip_space(s, end);
		stop = s;
		while (stop < end && *stop != ',' && *stop != ' ' &&
		    *stop != '\t')
			stop++;
		if ((parent = find(r, s, (size_t)(stop - s))) != NULL &&
		    parent != section)
			inherit(section, parent);
	}
	r->current = section;
	return EX_OK;
}

static void
setting(struct reader *r, const char *key, size_t n, const char *rest,
    const char *end, int line)
{
	const char *value;
	size_t k, length;

	if (audit_is(key, n, "password")) {
		r->current->password_line = line;
		r->current->own = true;
		return;
	}
	for (k = 0; k < NKEYS; k++)
		if (audit_is(key, n, keys[k])) {
			value_of(rest, end, &value, &length);
			audit_set(&r->current->values[k], value, length, line);
			r->current->own = true;
		}
}

static int
read_lines(struct reader *r, const char *text, size_t length,
    struct problem *problem)
{
	struct audit_lines lines;
	const char *end, *key, *rest;
	size_t n;

	audit_lines_start(&lines, text, length);
	while (audit_keyword_line(&lines, &key, &n, &rest, &end)) {
		if (audit_is(key, n, "defaults"))
			r->current = &r->sections[0];
		else if (audit_is(key, n, "account")) {
			if (start_account(r, rest, end, lines.number,
			    problem) != EX_OK)
				return problem->status;
		} else
			setting(r, key, n, rest, end, lines.number);
	}
	return EX_OK;
}

static enum security
security_of(const struct section *s)
{
	if (!audit_true(s->values[TLS].text, strlen(s->values[TLS].text)))
		return SECURITY_NONE;
	if (s->values[STARTTLS].line != 0 && !audit_true(
	    s->values[STARTTLS].text, strlen(s->values[STARTTLS].text)))
		return SECURITY_SSL;
	return SECURITY_STARTTLS;
}

static enum audit_auth
auth_of(const struct section *s)
{
	const char *auth = s->values[AUTH].text;

	if (s->values[AUTH].line == 0)
		return AUDIT_AUTH_NONE;	/* msmtp's default: off */
	if (audit_is(auth, strlen(auth), "off"))
		return AUDIT_AUTH_NONE;
	if (audit_true(auth, strlen(auth)) || audit_is(auth, strlen(auth),
	    "plain") || audit_is(auth, strlen(auth), "login"))
		return AUDIT_AUTH_PASSWORD;
	return AUDIT_AUTH_OTHER;
}

static int
add_account(struct audit_file *file, const struct section *s,
    struct problem *problem)
{
	struct audit_account *account;
	struct audit_server *server;

	if ((account = audit_account_add(file, s->name.text,
	    strlen(s->name.text), s->name.line, problem)) == NULL ||
	    (server = audit_server_add(account, PROTOCOL_SMTP, s->name.line,
	    problem)) == NULL)
		return problem->status;
	account->address = s->values[FROM];
	account->password_advice = N_("passwordeval");
	if (s->password_line != 0)
		audit_secret_add(account, "password", s->password_line);
	server->host = s->values[HOST];
	server->security = security_of(s);
	server->security_known = true;
	server->security_line = server->security != SECURITY_NONE &&
	    s->values[STARTTLS].line != 0 ? s->values[STARTTLS].line :
	    s->values[TLS].line;
	server->port = audit_port(s->values[PORT].text,
	    strlen(s->values[PORT].text));
	server->port_line = s->values[PORT].line;
	if (server->port_line == 0)	/* msmtp's default */
		server->port = server->security == SECURITY_SSL ? 465 : 25;
	server->auth = auth_of(s);
	server->auth_line = s->values[AUTH].line;
	server->username = s->values[USER];
	return EX_OK;
}

int
audit_read_msmtp(const char *text, size_t length, struct audit_file *file,
    struct problem *problem)
{
	struct reader r;
	size_t i;

	memset(&r, 0, sizeof(r));
	if ((r.sections = calloc(AUDIT_MAX_ACCOUNTS + 1,
	    sizeof(*r.sections))) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	r.count = 1;
	r.current = &r.sections[0];
	if (read_lines(&r, text, length, problem) == EX_OK)
		for (i = 1; i < r.count && problem->status == EX_OK; i++)
			if (r.sections[i].own)
				add_account(file, &r.sections[i], problem);
	free(r.sections);
	return problem->status;
}
