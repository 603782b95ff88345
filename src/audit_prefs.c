/*
 * Thunderbird's or Betterbird's prefs.js: user_pref("KEY", VALUE); lines,
 * of which the incoming servers (mail.server.serverN.*) and the outgoing
 * ones (mail.smtpserver.smtpN.*) make one account each.  A saved password
 * (a .password pref) is noted, never read.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "audit_read.h"
#include "i18n.h"

enum key { TYPE, HOSTNAME, PORT, SOCKET, TRY_SSL, AUTH, USERNAME, NKEYS };

static const char *const keys[NKEYS] = {
	"type", "hostname", "port", "socketType", "try_ssl", "authMethod",
	"userName"
};

struct group {
	bool			smtp;
	char			id[64];	/* "server1", "smtp2" */
	struct audit_text	values[NKEYS];
	int			password_line;
};

struct reader {
	struct group	*groups;
	size_t		 count;
};

static struct group *
group_of(struct reader *r, bool smtp, const char *id, size_t n,
    struct problem *problem)
{
	struct group *g;
	size_t i;

	if (n >= sizeof(g->id))
		n = sizeof(g->id) - 1;
	for (i = 0; i < r->count; i++)
		if (r->groups[i].smtp == smtp && strlen(r->groups[i].id) == n &&
		    strncmp(r->groups[i].id, id, n) == 0)
			return &r->groups[i];
	if (r->count == AUDIT_MAX_ACCOUNTS) {
		problem_set(problem, EX_DATAERR, "prefs.js",
		    "more than %d mail servers", AUDIT_MAX_ACCOUNTS);
		return NULL;
	}
	g = &r->groups[r->count++];
	memset(g, 0, sizeof(*g));
	g->smtp = smtp;
	memcpy(g->id, id, n);
	g->id[n] = '\0';
	return g;
}

/* A JS string literal from S (at its quote) to its end, unescaped. */
static const char *
string_at(const char *s, const char *end, char *out, size_t size)
{
	size_t n = 0;

	for (s++; s < end && *s != '"'; s++) {
		if (*s == '\\' && s + 1 < end)
			s++;
		if (n + 1 < size)
			out[n++] = *s;
	}
	out[n] = '\0';
	return s < end ? s + 1 : NULL;
}

static int
pref(struct reader *r, const char *name, const char *value,
    const char *value_end, int line, struct problem *problem)
{
	static const char in[] = "mail.server.", out[] = "mail.smtpserver.";
	bool smtp = strncmp(name, out, sizeof(out) - 1) == 0;
	const char *id, *dot;
	struct group *g;
	size_t k;

	if (!smtp && strncmp(name, in, sizeof(in) - 1) != 0)
		return EX_OK;
	id = name + (smtp ? sizeof(out) : sizeof(in)) - 1;
	if ((dot = strchr(id, '.')) == NULL || strncmp(id, "default.", 8) == 0)
		return EX_OK;
	if ((g = group_of(r, smtp, id, (size_t)(dot - id), problem)) == NULL)
		return problem->status;
	if (strcmp(dot + 1, "password") == 0)
		g->password_line = line;
	for (k = 0; k < NKEYS; k++)
		if (strcasecmp(dot + 1, keys[k]) == 0)
			audit_set(&g->values[k], value,
			    (size_t)(value_end - value), line);
	return EX_OK;
}

/* user_pref("NAME", VALUE); */
static int
pref_line(struct reader *r, const char *s, const char *end, int line,
    struct problem *problem)
{
	static const char start[] = "user_pref(";
	char name[256], value[AUDIT_TEXT];
	const char *v, *v_end;

	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	if ((size_t)(end - s) < sizeof(start) ||
	    strncmp(s, start, sizeof(start) - 1) != 0)
		return EX_OK;
	s += sizeof(start) - 1;
	if (*s != '"' || (s = string_at(s, end, name, sizeof(name))) == NULL)
		return EX_OK;
	while (s < end && (*s == ',' || *s == ' ' || *s == '\t'))
		s++;
	if (s < end && *s == '"') {
		if (string_at(s, end, value, sizeof(value)) == NULL)
			return EX_OK;
		v = value;
		v_end = value + strlen(value);
	} else {
		v = s;
		v_end = s;
		while (v_end < end && *v_end != ')' && *v_end != ' ')
			v_end++;
	}
	return pref(r, name, v, v_end, line, problem);
}

static enum security
security_of(const struct audit_text *socket)
{
	switch (socket->text[0]) {
	case '3':
		return SECURITY_SSL;
	case '1':	/* "STARTTLS, if available": Thunderbird's old value */
	case '2':
		return SECURITY_STARTTLS;
	default:
		break;
	}
	return SECURITY_NONE;	/* 0, and Thunderbird's default */
}

static enum audit_auth
auth_of(const struct audit_text *method)
{
	if (method->line == 0)
		return AUDIT_AUTH_PASSWORD;	/* Thunderbird's default */
	if (strcmp(method->text, "3") == 0)
		return AUDIT_AUTH_PASSWORD;
	if (strcmp(method->text, "4") == 0)
		return AUDIT_AUTH_ENCRYPTED;
	if (strcmp(method->text, "1") == 0)
		return AUDIT_AUTH_NONE;
	return AUDIT_AUTH_OTHER;
}

static int
add_account(struct audit_file *file, const struct group *g,
    struct problem *problem)
{
	const struct audit_text *socket = &g->values[g->smtp ? TRY_SSL :
	    SOCKET];
	const char *type = g->values[TYPE].text;
	struct audit_account *account;
	struct audit_server *server;
	enum protocol protocol = g->smtp ? PROTOCOL_SMTP :
	    strcmp(type, "imap") == 0 ? PROTOCOL_IMAP : PROTOCOL_POP3;
	const struct audit_text *host = &g->values[HOSTNAME];

	if (!g->smtp && strcmp(type, "imap") != 0 && strcmp(type, "pop3") != 0)
		return EX_OK;	/* local folders, news, feeds */
	if ((account = audit_account_add(file, g->id, strlen(g->id),
	    host->line, problem)) == NULL || (server = audit_server_add(account,
	    protocol, host->line, problem)) == NULL)
		return problem->status;
	if (g->password_line != 0)
		audit_secret_add(account, "password", g->password_line);
	account->password_advice = N_("Thunderbird's password manager with a "
	    "primary password");
	if (strchr(g->values[USERNAME].text, '@') != NULL)
		account->address = g->values[USERNAME];
	server->host = *host;
	server->security = security_of(socket);
	server->security_known = true;
	server->security_line = socket->line;
	server->port = g->values[PORT].line != 0 ? audit_port(
	    g->values[PORT].text, strlen(g->values[PORT].text)) :
	    audit_default_port(protocol, server->security);
	server->port_line = g->values[PORT].line;
	server->auth = auth_of(&g->values[AUTH]);
	server->auth_line = g->values[AUTH].line;
	server->username = g->values[USERNAME];
	return EX_OK;
}

int
audit_read_prefs(const char *text, size_t length, struct audit_file *file,
    struct problem *problem)
{
	struct audit_lines lines;
	struct reader r;
	const char *line;
	size_t n, i;

	memset(&r, 0, sizeof(r));
	if ((r.groups = calloc(AUDIT_MAX_ACCOUNTS, sizeof(*r.groups))) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	audit_lines_start(&lines, text, length);
	while (problem->status == EX_OK && audit_line(&lines, &line, &n))
		pref_line(&r, line, line + n, lines.number, problem);
	for (i = 0; i < r.count && problem->status == EX_OK; i++)
		add_account(file, &r.groups[i], problem);
	free(r.groups);
	return problem->status;
}
