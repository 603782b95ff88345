/*
 * audit: what the format readers share: bounded lines, safe copies,
 * accounts, mail URLs.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "audit_read.h"
#include "utf8.h"

void
audit_lines_start(struct audit_lines *lines, const char *text, size_t length)
{
	lines->next = text;
	lines->end = text + length;
	lines->number = 0;
}

bool
audit_line(struct audit_lines *lines, const char **line, size_t *length)
{
	const char *end;

	if (lines->next >= lines->end)
		return false;
	*line = lines->next;
	end = memchr(lines->next, '\n', (size_t)(lines->end - lines->next));
	if (end == NULL)
		end = lines->end;
	lines->next = end + 1;
	lines->number++;
	if (end > *line && end[-1] == '\r')
		end--;
	*length = (size_t)(end - *line);
	return true;
}

bool
audit_keyword_line(struct audit_lines *lines, const char **key, size_t *n,
    const char **rest, const char **end)
{
	const char *line, *stop;
	size_t length;

	while (audit_line(lines, &line, &length)) {
		*end = line + length;
		*key = audit_skip_space(line, *end);
		if (*key == *end || **key == '#')
			continue;
		stop = *key;
		while (stop < *end && *stop != ' ' && *stop != '\t')
			stop++;
		*n = (size_t)(stop - *key);
		*rest = stop;
		return true;
	}
	return false;
}

void
audit_set(struct audit_text *value, const char *s, size_t n, int line)
{
	size_t i, bad;

	if (n >= sizeof(value->text))
		n = sizeof(value->text) - 1;
	memcpy(value->text, s, n);
	value->text[n] = '\0';
	for (i = 0; i < n; i++)
		if ((unsigned char)value->text[i] < 0x20 ||
		    value->text[i] == 0x7f)
			value->text[i] = '?';
	for (i = 0; (bad = utf8_invalid_at(value->text + i, n - i)) <
	    n - i; i += bad + 1)
		value->text[i + bad] = '?';
	value->line = line;
}

void
audit_set_string(struct audit_text *value, const char *s, int line)
{
	audit_set(value, s, strlen(s), line);
}

struct audit_account *
audit_account_add(struct audit_file *file, const char *name, size_t n,
    int line, struct problem *problem)
{
	struct audit_account *account;

	if (file->count == AUDIT_MAX_ACCOUNTS) {
		problem_set(problem, EX_DATAERR, file->path,
		    "more than %d accounts", AUDIT_MAX_ACCOUNTS);
		return NULL;
	}
	account = &file->accounts[file->count++];
	memset(account, 0, sizeof(*account));
	audit_set(&account->name, name, n, line);
	return account;
}

struct audit_server *
audit_server_add(struct audit_account *account, enum protocol protocol,
    int line, struct problem *problem)
{
	struct audit_server *server;

	if (account->nservers == AUDIT_MAX_SERVERS) {
		problem_set(problem, EX_DATAERR, account->name.text,
		    "more than %d servers in one account", AUDIT_MAX_SERVERS);
		return NULL;
	}
	server = &account->servers[account->nservers++];
	memset(server, 0, sizeof(*server));
	server->protocol = protocol;
	server->line = line;
	return server;
}

void
audit_secret_add(struct audit_account *account, const char *key, int line)
{
	if (account->nsecrets == AUDIT_MAX_SECRETS)
		return;
	account->secrets[account->nsecrets].key = key;
	account->secrets[account->nsecrets++].line = line;
}

const char *
audit_skip_space(const char *s, const char *end)
{
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	return s;
}

bool
audit_protocol(const char *name, enum protocol *protocol)
{
	if (strcasecmp(name, "imap") == 0)
		*protocol = PROTOCOL_IMAP;
	else if (strcasecmp(name, "pop3") == 0)
		*protocol = PROTOCOL_POP3;
	else if (strcasecmp(name, "smtp") == 0)
		*protocol = PROTOCOL_SMTP;
	else
		return false;
	return true;
}

int
audit_port(const char *s, size_t n)
{
	int port = 0;
	size_t i;

	if (n == 0 || n > 5)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		port = port * 10 + (s[i] - '0');
	}
	return port >= 1 && port <= 65535 ? port : 0;
}

bool
audit_is(const char *s, size_t n, const char *word)
{
	return strlen(word) == n && strncasecmp(s, word, n) == 0;
}

bool
audit_true(const char *s, size_t n)
{
	return audit_is(s, n, "yes") || audit_is(s, n, "on") ||
	    audit_is(s, n, "true") || audit_is(s, n, "1");
}

static int
hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)tolower((unsigned char)c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* RFC 3986 %-decoding into a buffer; what does not fit is cut. */
static void
decode(const char *s, size_t n, char *out, size_t size)
{
	size_t i, used = 0;
	int high, low;

	for (i = 0; i < n && used + 1 < size; i++) {
		if (s[i] == '%' && i + 2 < n &&
		    (high = hex_digit(s[i + 1])) >= 0 &&
		    (low = hex_digit(s[i + 2])) >= 0) {
			out[used++] = (char)(high * 16 + low);
			i += 2;
		} else
			out[used++] = s[i];
	}
	out[used] = '\0';
}

static void
copy(const char *s, size_t n, char *out, size_t size)
{
	if (n >= size)
		n = size - 1;
	memcpy(out, s, n);
	out[n] = '\0';
}

bool
audit_url(const char *s, size_t n, struct audit_url *url)
{
	const char *end = s + n, *scheme_end, *authority, *at, *colon, *host;
	const char *stop;

	memset(url, 0, sizeof(*url));
	if ((scheme_end = strstr(s, "://")) == NULL || scheme_end >= end)
		return false;
	copy(s, (size_t)(scheme_end - s), url->scheme, sizeof(url->scheme));
	authority = scheme_end + 3;
	stop = authority;
	while (stop < end && *stop != '/' && *stop != '?')
		stop++;
	host = authority;
	at = NULL;
	for (colon = authority; colon < stop; colon++)
		if (*colon == '@')
			at = colon;
	if (at != NULL) {
		colon = memchr(authority, ':', (size_t)(at - authority));
		url->has_password = colon != NULL;
		decode(authority, (size_t)((colon != NULL ? colon : at) -
		    authority), url->user, sizeof(url->user));
		host = at + 1;
	}
	colon = memchr(host, ':', (size_t)(stop - host));
	copy(host, (size_t)((colon != NULL ? colon : stop) - host), url->host,
	    sizeof(url->host));
	if (colon != NULL)
		url->port = audit_port(colon + 1, (size_t)(stop - colon - 1));
	return url->host[0] != '\0';
}

int
audit_default_port(enum protocol protocol, enum security security)
{
	bool ssl = security == SECURITY_SSL;

	switch (protocol) {
	case PROTOCOL_IMAP:
		return ssl ? 993 : 143;
	case PROTOCOL_POP3:
		return ssl ? 995 : 110;
	case PROTOCOL_SMTP:
	case PROTOCOL_COUNT:
		break;
	}
	return ssl ? 465 : 587;
}
