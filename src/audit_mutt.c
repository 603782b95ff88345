/*
 * A neomuttrc or muttrc: "set NAME = VALUE" lines, the IMAP server from
 * folder (or spoolfile) and the SMTP server from smtp_url.  A password
 * given literally (imap_pass, smtp_pass, or in a URL) is noted; one that
 * comes from a command in backticks is what we advise.
 */
#include <string.h>
#include <sysexits.h>

#include "audit_read.h"
#include "i18n.h"

enum key {
	FOLDER, SPOOLFILE, SMTP_URL, IMAP_USER, SMTP_USER, FROM, STARTTLS,
	IMAP_PASS, SMTP_PASS, NKEYS
};

static const char *const keys[NKEYS] = {
	"folder", "spoolfile", "smtp_url", "imap_user", "smtp_user", "from",
	"ssl_starttls", "imap_pass", "smtp_pass"
};

struct settings {
	struct audit_text	values[NKEYS];
	bool			literal[NKEYS];	/* not a `command` */
};

/* VALUE: "…" or '…' with backslash escapes, or a bare word. */
static void
value_of(const char *s, const char *end, struct audit_text *value,
    bool *literal, int line)
{
	char text[AUDIT_TEXT];
	char quote = 0;
	size_t n = 0;

	s = audit_skip_space(s, end);
	if (s < end && (*s == '"' || *s == '\''))
		quote = *s++;
	*literal = !(s < end && *s == '`');
	for (; s < end && n + 1 < sizeof(text); s++) {
		if (quote == 0 && (*s == ' ' || *s == '\t' || *s == '#'))
			break;
		if (*s == quote)
			break;
		if (*s == '\\' && s + 1 < end)
			s++;
		text[n++] = *s;
	}
	audit_set(value, text, n, line);
}

static void
set_line(struct settings *settings, const char *s, const char *end,
    int line)
{
	const char *name = audit_skip_space(s, end), *stop;
	size_t k;

	stop = name;
	while (stop < end && *stop != ' ' && *stop != '\t' &&
	    *stop != '=')
		stop++;
	s = audit_skip_space(stop, end);
	if (s == end || *s != '=')
		return;
	for (k = 0; k < NKEYS; k++)
		if (audit_is(name, (size_t)(stop - name), keys[k]))
			value_of(s + 1, end, &settings->values[k],
			    &settings->literal[k], line);
}

static bool
is_on(const struct settings *s, enum key key, bool otherwise)
{
	const char *v = s->values[key].text;

	if (s->values[key].line == 0)
		return otherwise;
	return audit_true(v, strlen(v));
}

static int
add_server(struct audit_account *account, const struct settings *s,
    enum key url_key, enum key user_key, struct problem *problem)
{
	const struct audit_text *url_text = &s->values[url_key];
	struct audit_server *server;
	struct audit_url url;
	enum protocol protocol = url_key == SMTP_URL ? PROTOCOL_SMTP :
	    PROTOCOL_IMAP;
	size_t n = strlen(protocol == PROTOCOL_SMTP ? "smtp" : "imap");

	if (!audit_url(url_text->text, strlen(url_text->text), &url) ||
	    strncmp(url.scheme, protocol == PROTOCOL_SMTP ? "smtp" : "imap",
	    n) != 0)
		return EX_OK;
	if ((server = audit_server_add(account, protocol, url_text->line,
	    problem)) == NULL)
		return problem->status;
	if (url.has_password)
		audit_secret_add(account, keys[url_key], url_text->line);
	audit_set_string(&server->host, url.host, url_text->line);
	server->security_known = true;
	server->security = url.scheme[n] == 's' ? SECURITY_SSL :
	    is_on(s, STARTTLS, true) ? SECURITY_STARTTLS : SECURITY_NONE;
	server->security_line = server->security == SECURITY_SSL ?
	    url_text->line : s->values[STARTTLS].line;
	server->port = url.port != 0 ? url.port :
	    audit_default_port(protocol, server->security);
	server->port_line = url_text->line;
	server->auth = AUDIT_AUTH_PASSWORD;
	if (s->values[user_key].line != 0)
		server->username = s->values[user_key];
	else if (url.user[0] != '\0')
		audit_set_string(&server->username, url.user, url_text->line);
	else
		server->username = s->values[IMAP_USER];
	return EX_OK;
}

int
audit_read_mutt(const char *text, size_t length, struct audit_file *file,
    struct problem *problem)
{
	struct audit_lines lines;
	struct settings s;
	struct audit_account *account;
	const char *line, *end, *word;
	size_t n;

	memset(&s, 0, sizeof(s));
	audit_lines_start(&lines, text, length);
	while (audit_line(&lines, &line, &n)) {
		end = line + n;
		word = audit_skip_space(line, end);
		if (end - word > 4 && strncmp(word, "set", 3) == 0 &&
		    (word[3] == ' ' || word[3] == '\t'))
			set_line(&s, word + 3, end, lines.number);
	}
	if ((account = audit_account_add(file, "neomutt", 7, 1,
	    problem)) == NULL)
		return problem->status;
	account->address = s.values[FROM];
	account->password_advice = N_("imap_pass and smtp_pass in backticks");
	if (s.values[IMAP_PASS].line != 0 && s.literal[IMAP_PASS])
		audit_secret_add(account, "imap_pass", s.values[IMAP_PASS].line);
	if (s.values[SMTP_PASS].line != 0 && s.literal[SMTP_PASS])
		audit_secret_add(account, "smtp_pass", s.values[SMTP_PASS].line);
	if (add_server(account, &s, FOLDER, IMAP_USER, problem) == EX_OK &&
	    account->nservers == 0)
		add_server(account, &s, SPOOLFILE, IMAP_USER, problem);
	if (problem->status == EX_OK)
		add_server(account, &s, SMTP_URL, SMTP_USER, problem);
	return problem->status;
}
