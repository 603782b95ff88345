/*
 * mbsync(1)'s configuration: the IMAP side of each "IMAPAccount" section
 * (or an "IMAPStore" that has its own Host).  Keys are case-insensitive;
 * a value may be in double quotes.
 */
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "audit_read.h"
#include "i18n.h"

enum key { HOST, PORT, USER, SSLTYPE, AUTHMECHS, NKEYS };

static const char *const keys[NKEYS] = {
	"Host", "Port", "User", "SSLType", "AuthMechs"
};

struct section {
	struct audit_text	name;
	struct audit_text	values[NKEYS];
	int			pass_line;	/* "Pass": a stored password */
	bool			imap;	/* an IMAP section, not a Maildir */
};

static void
unquote(const char *s, const char *end, struct audit_text *value, int line)
{
	char text[AUDIT_TEXT];
	size_t n = 0;

	s = audit_skip_space(s, end);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	if (s == end || *s != '"') {
		audit_set(value, s, (size_t)(end - s), line);
		return;
	}
	for (s++; s < end && *s != '"' && n + 1 < sizeof(text); s++) {
		if (*s == '\\' && s + 1 < end)
			s++;
		text[n++] = *s;
	}
	audit_set(value, text, n, line);
}

static int
finish(struct audit_file *file, const struct section *s,
    struct problem *problem)
{
	struct audit_account *account;
	struct audit_server *server;
	const char *type = s->values[SSLTYPE].text;
	const char *mechs = s->values[AUTHMECHS].text;

	if (!s->imap || s->values[HOST].line == 0)
		return EX_OK;
	if ((account = audit_account_add(file, s->name.text,
	    strlen(s->name.text), s->name.line, problem)) == NULL ||
	    (server = audit_server_add(account, PROTOCOL_IMAP, s->name.line,
	    problem)) == NULL)
		return problem->status;
	account->password_advice = N_("PassCmd");
	if (s->pass_line != 0)
		audit_secret_add(account, "Pass", s->pass_line);
	if (strchr(s->values[USER].text, '@') != NULL)
		account->address = s->values[USER];
	server->host = s->values[HOST];
	server->security_known = true;
	server->security_line = s->values[SSLTYPE].line;
	server->security = audit_is(type, strlen(type), "IMAPS") ?
	    SECURITY_SSL : audit_is(type, strlen(type), "None") ?
	    SECURITY_NONE : SECURITY_STARTTLS;	/* mbsync's default */
	server->port = s->values[PORT].line != 0 ? audit_port(
	    s->values[PORT].text, strlen(s->values[PORT].text)) :
	    audit_default_port(PROTOCOL_IMAP, server->security);
	server->port_line = s->values[PORT].line;
	server->auth = strstr(mechs, "OAUTH") != NULL || strstr(mechs,
	    "oauth") != NULL ? AUDIT_AUTH_OTHER : AUDIT_AUTH_PASSWORD;
	server->auth_line = s->values[AUTHMECHS].line;
	server->username = s->values[USER];
	return EX_OK;
}

static bool
starts_section(const char *key, size_t n)
{
	return audit_is(key, n, "IMAPAccount") ||
	    audit_is(key, n, "IMAPStore") || audit_is(key, n, "MaildirStore") ||
	    audit_is(key, n, "Channel") || audit_is(key, n, "Group");
}

static void
setting(struct section *s, const char *key, size_t n, const char *rest,
    const char *end, int line)
{
	size_t k;

	if (audit_is(key, n, "Pass")) {
		s->pass_line = line;
		return;
	}
	for (k = 0; k < NKEYS; k++)
		if (audit_is(key, n, keys[k]))
			unquote(rest, end, &s->values[k], line);
}

int
audit_read_mbsync(const char *text, size_t length, struct audit_file *file,
    struct problem *problem)
{
	struct audit_lines lines;
	struct section s;
	const char *end, *key, *stop;
	size_t n;

	memset(&s, 0, sizeof(s));
	audit_lines_start(&lines, text, length);
	while (problem->status == EX_OK &&
	    audit_keyword_line(&lines, &key, &n, &stop, &end)) {
		if (!starts_section(key, n)) {
			setting(&s, key, n, stop, end, lines.number);
			continue;
		}
		finish(file, &s, problem);
		memset(&s, 0, sizeof(s));
		s.imap = strncasecmp(key, "IMAP", 4) == 0;
		unquote(stop, end, &s.name, lines.number);
	}
	if (problem->status == EX_OK)
		finish(file, &s, problem);
	return problem->status;
}
