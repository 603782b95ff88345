/*
 * aerc(1)'s accounts.conf: one account a [section], its IMAP server in
 * "source" and its SMTP server in "outgoing", URLs whose scheme carries
 * the security (imaps, imap, imap+insecure; smtps, smtp, smtp+insecure)
 * and the authentication (+plain, +login, +none, +oauthbearer, ...).
 * "smtp" alone is unencrypted in aerc 0.14 unless smtp-starttls = yes,
 * and STARTTLS from 0.15 on.
 */
#include <string.h>
#include <sysexits.h>

#include "audit_read.h"
#include "i18n.h"

enum key { SOURCE, OUTGOING, STARTTLS, FROM, NKEYS };

static const char *const keys[NKEYS] = {
	"source", "outgoing", "smtp-starttls", "from"
};

struct section {
	struct audit_text	name;
	struct audit_text	values[NKEYS];
};

static const char *
trim(const char *s, const char **end)
{
	while (s < *end && (*s == ' ' || *s == '\t'))
		s++;
	while (*end > s && ((*end)[-1] == ' ' || (*end)[-1] == '\t'))
		(*end)--;
	return s;
}

static enum audit_auth
auth_of(const char *scheme)
{
	const char *plus = strchr(scheme, '+');

	if (plus == NULL || strstr(plus, "plain") != NULL ||
	    strstr(plus, "login") != NULL || strcmp(plus, "+insecure") == 0)
		return AUDIT_AUTH_PASSWORD;
	if (strstr(plus, "none") != NULL)
		return AUDIT_AUTH_NONE;
	return AUDIT_AUTH_OTHER;
}

static void
security_of(struct audit_server *server, const char *scheme,
    const struct section *s)
{
	size_t base = strcspn(scheme, "+");
	const char *starttls = s->values[STARTTLS].text;

	server->security_known = true;
	if (scheme[base - 1] == 's')
		server->security = SECURITY_SSL;
	else if (strstr(scheme, "insecure") != NULL)
		server->security = SECURITY_NONE;
	else {
		server->security = SECURITY_STARTTLS;
		if (server->protocol == PROTOCOL_SMTP &&
		    !audit_is(starttls, strlen(starttls), "yes"))
			server->security_note = N_("aerc 0.14 sends unencrypted "
			    "without smtp-starttls = yes");
	}
}

static int
add_server(struct audit_account *account, const struct section *s,
    enum key key, struct problem *problem)
{
	enum protocol protocol = key == OUTGOING ? PROTOCOL_SMTP :
	    PROTOCOL_IMAP;
	const struct audit_text *text = &s->values[key];
	struct audit_server *server;
	struct audit_url url;
	const char *base = protocol == PROTOCOL_SMTP ? "smtp" : "imap";

	if (!audit_url(text->text, strlen(text->text), &url) ||
	    strncmp(url.scheme, base, 4) != 0 ||
	    strcspn(url.scheme, "+") > 5)
		return EX_OK;
	if ((server = audit_server_add(account, protocol, text->line,
	    problem)) == NULL)
		return problem->status;
	if (url.has_password)
		audit_secret_add(account, keys[key], text->line);
	audit_set_string(&server->host, url.host, text->line);
	security_of(server, url.scheme, s);
	server->security_line = text->line;
	server->port = url.port != 0 ? url.port :
	    audit_default_port(protocol, server->security);
	server->port_line = text->line;
	server->auth = auth_of(url.scheme);
	server->auth_line = text->line;
	audit_set_string(&server->username, url.user, text->line);
	return EX_OK;
}

static int
finish(struct audit_file *file, const struct section *s,
    struct problem *problem)
{
	struct audit_account *account;

	if (s->name.line == 0)
		return EX_OK;
	if ((account = audit_account_add(file, s->name.text,
	    strlen(s->name.text), s->name.line, problem)) == NULL)
		return problem->status;
	account->address = s->values[FROM];
	account->password_advice = N_("source-cred-cmd and outgoing-cred-cmd");
	if (add_server(account, s, SOURCE, problem) == EX_OK)
		add_server(account, s, OUTGOING, problem);
	return problem->status;
}

static void
setting(struct section *s, const char *line, const char *end, int number)
{
	const char *equals = memchr(line, '=', (size_t)(end - line));
	const char *key_end = equals, *value, *key;
	size_t k;

	if (equals == NULL)
		return;
	key = trim(line, &key_end);
	value = trim(equals + 1, &end);
	for (k = 0; k < NKEYS; k++)
		if (audit_is(key, (size_t)(key_end - key), keys[k]))
			audit_set(&s->values[k], value, (size_t)(end - value),
			    number);
}

int
audit_read_aerc(const char *text, size_t length, struct audit_file *file,
    struct problem *problem)
{
	struct audit_lines lines;
	struct section s;
	const char *line, *end, *close;
	size_t n;

	memset(&s, 0, sizeof(s));
	audit_lines_start(&lines, text, length);
	while (audit_line(&lines, &line, &n) && problem->status == EX_OK) {
		end = line + n;
		line = trim(line, &end);
		if (line == end || *line == '#' || *line == ';')
			continue;
		if (*line != '[') {
			setting(&s, line, end, lines.number);
			continue;
		}
		finish(file, &s, problem);
		memset(&s, 0, sizeof(s));
		close = memchr(line, ']', (size_t)(end - line));
		audit_set(&s.name, line + 1, (size_t)((close != NULL ? close :
		    end) - line - 1), lines.number);
	}
	if (problem->status == EX_OK)
		finish(file, &s, problem);
	return problem->status;
}
