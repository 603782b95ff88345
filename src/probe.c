/* check: greeting, capabilities and STARTTLS for IMAP, POP3 and SMTP. */
#include <netinet/in.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "probe.h"

#define LINE_SIZE	1024

/*
 * However long the deadline, a reply of many lines must end: real servers
 * list a dozen capabilities, not thousands.
 */
#define REPLY_MAX_LINES	100
#define REPLY_MAX_BYTES	(64UL * 1024)

/* Where a reply of one or more lines is in its reading. */
struct reply {
	size_t	lines;
	size_t	start;		/* conn->received when it began */
};

static struct reply
reply_start(const struct conn *conn)
{
	struct reply reply = { 0, conn->received - conn->length };

	return reply;
}

/* The next line of the reply, or IO_TOO_LONG past either limit. */
static enum io
reply_line(struct conn *conn, struct reply *reply, char *line, size_t size)
{
	enum io status;

	if (++reply->lines > REPLY_MAX_LINES)
		return IO_TOO_LONG;
	status = conn_read_line(conn, line, size);
	if (status == IO_OK && conn->received - conn->length - reply->start >
	    REPLY_MAX_BYTES)
		return IO_TOO_LONG;
	return status;
}

static bool
starts_with(const char *text, const char *prefix)
{
	return strncasecmp(text, prefix, strlen(prefix)) == 0;
}

static enum greeting
classify_greeting(enum protocol protocol, const char *line)
{
	switch (protocol) {
	case PROTOCOL_IMAP:
		if (starts_with(line, "* OK") || starts_with(line, "* PREAUTH"))
			return GREETING_OK;
		return starts_with(line, "* BYE") ? GREETING_REFUSED :
		    GREETING_FOREIGN;
	case PROTOCOL_POP3:
		if (starts_with(line, "+OK"))
			return GREETING_OK;
		return starts_with(line, "-ERR") ? GREETING_REFUSED :
		    GREETING_FOREIGN;
	case PROTOCOL_SMTP:
	case PROTOCOL_COUNT:
		break;
	}
	if (starts_with(line, "220"))
		return GREETING_OK;
	return starts_with(line, "554") ? GREETING_REFUSED : GREETING_FOREIGN;
}

/* SMTP replies go on while the fourth character is '-'. */
static bool
smtp_continues(const char *line)
{
	return strlen(line) > 3 && line[3] == '-';
}

enum io
probe_greeting(struct conn *conn, enum protocol protocol, char *text,
    size_t size, enum greeting *greeting)
{
	struct reply reply = reply_start(conn);
	char line[LINE_SIZE];
	enum io status;

	status = reply_line(conn, &reply, line, sizeof(line));
	snprintf(text, size, "%s", line);
	if (status != IO_OK)
		return status;
	*greeting = classify_greeting(protocol, line);
	while (protocol == PROTOCOL_SMTP && *greeting == GREETING_OK &&
	    smtp_continues(line))
		if ((status = reply_line(conn, &reply, line, sizeof(line))) !=
		    IO_OK)
			return status;
	return IO_OK;
}

static void
add_auth(struct capabilities *caps, const char *mechanism, size_t length)
{
	size_t used = strlen(caps->auth);

	if (used + length + 2 > sizeof(caps->auth))
		return;
	snprintf(caps->auth + used, sizeof(caps->auth) - used, "%s%.*s",
	    used == 0 ? "" : " ", (int)length, mechanism);
}

/* Reads space-separated words, calling back for each. */
static void
each_word(const char *text, struct capabilities *caps,
    void (*take)(struct capabilities *, const char *, size_t))
{
	size_t n;

	for (;;) {
		text += strspn(text, " ");
		if ((n = strcspn(text, " ")) == 0)
			return;
		take(caps, text, n);
		text += n;
	}
}

static void
take_imap(struct capabilities *caps, const char *word, size_t n)
{
	if (n > 5 && strncasecmp(word, "AUTH=", 5) == 0)
		add_auth(caps, word + 5, n - 5);
	else if (n == 8 && strncasecmp(word, "STARTTLS", 8) == 0)
		caps->starttls = true;
	else if (n == 13 && strncasecmp(word, "LOGINDISABLED", 13) == 0)
		caps->login_disabled = true;
}

static enum io
imap_capabilities(struct conn *conn, struct capabilities *caps)
{
	struct reply reply = reply_start(conn);
	char line[LINE_SIZE];
	enum io status;

	if ((status = conn_write(conn, "A1 CAPABILITY\r\n")) != IO_OK)
		return status;
	while ((status = reply_line(conn, &reply, line, sizeof(line))) ==
	    IO_OK) {
		if (starts_with(line, "* CAPABILITY ")) {
			caps->known = true;
			each_word(line + 13, caps, take_imap);
		} else if (starts_with(line, "A1 "))
			break;
	}
	return status;
}

static void
take_pop3(struct capabilities *caps, const char *line, size_t n)
{
	(void)n;
	if (starts_with(line, "SASL "))
		each_word(line + 5, caps, add_auth);
	else if (strcasecmp(line, "STLS") == 0)
		caps->starttls = true;
	else if (strcasecmp(line, "USER") == 0)
		caps->user_pass = true;
}

static enum io
pop3_capabilities(struct conn *conn, struct capabilities *caps)
{
	struct reply reply = reply_start(conn);
	char line[LINE_SIZE];
	enum io status;

	if ((status = conn_write(conn, "CAPA\r\n")) != IO_OK ||
	    (status = reply_line(conn, &reply, line, sizeof(line))) != IO_OK)
		return status;
	if (!starts_with(line, "+OK"))
		return IO_OK;	/* RFC 1939 servers may not know CAPA */
	caps->known = true;
	while ((status = reply_line(conn, &reply, line, sizeof(line))) ==
	    IO_OK && strcmp(line, ".") != 0)
		take_pop3(caps, line, strlen(line));
	return status;
}

static void
take_smtp(struct capabilities *caps, const char *line, size_t n)
{
	(void)n;
	if (starts_with(line, "AUTH ") || starts_with(line, "AUTH="))
		each_word(line + 5, caps, add_auth);
	else if (strcasecmp(line, "STARTTLS") == 0)
		caps->starttls = true;
}

/* EHLO names this end by its address, as RFC 5321 allows. */
static void
ehlo_command(const struct conn *conn, char *command, size_t size)
{
	struct sockaddr_storage sa;
	socklen_t length = sizeof(sa);
	char ip[64] = "127.0.0.1";

	if (getsockname(conn->fd, (struct sockaddr *)&sa, &length) == 0) {
		if (sa.ss_family == AF_INET6) {
			inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&sa)->
			    sin6_addr, ip, sizeof(ip));
			snprintf(command, size, "EHLO [IPv6:%s]\r\n", ip);
			return;
		}
		inet_ntop(AF_INET, &((struct sockaddr_in *)&sa)->sin_addr, ip,
		    sizeof(ip));
	}
	snprintf(command, size, "EHLO [%s]\r\n", ip);
}

static enum io
smtp_capabilities(struct conn *conn, struct capabilities *caps)
{
	struct reply reply = reply_start(conn);
	char line[LINE_SIZE], command[128];
	enum io status;

	ehlo_command(conn, command, sizeof(command));
	if ((status = conn_write(conn, command)) != IO_OK)
		return status;
	do {
		if ((status = reply_line(conn, &reply, line, sizeof(line))) !=
		    IO_OK)
			return status;
		if (!starts_with(line, "250"))
			return IO_OK;
		caps->known = true;
		if (strlen(line) > 4)
			take_smtp(caps, line + 4, strlen(line + 4));
	} while (smtp_continues(line));
	return IO_OK;
}

enum io
probe_capabilities(struct conn *conn, enum protocol protocol,
    struct capabilities *caps)
{
	memset(caps, 0, sizeof(*caps));
	switch (protocol) {
	case PROTOCOL_IMAP:
		return imap_capabilities(conn, caps);
	case PROTOCOL_POP3:
		return pop3_capabilities(conn, caps);
	case PROTOCOL_SMTP:
	case PROTOCOL_COUNT:
		break;
	}
	return smtp_capabilities(conn, caps);
}

enum io
probe_starttls(struct conn *conn, enum protocol protocol, bool *accepted,
    char *reply, size_t size)
{
	static const char *const commands[] = { "A2 STARTTLS\r\n", "STLS\r\n",
		"STARTTLS\r\n" };
	static const char *const yes[] = { "A2 OK", "+OK", "220" };
	struct reply lines = reply_start(conn);
	char line[LINE_SIZE];
	enum io status;

	*accepted = false;
	if ((status = conn_write(conn, commands[protocol])) != IO_OK)
		return status;
	do
		status = reply_line(conn, &lines, line, sizeof(line));
	while (status == IO_OK && protocol == PROTOCOL_IMAP &&
	    starts_with(line, "* "));
	snprintf(reply, size, "%s", line);
	*accepted = status == IO_OK && starts_with(line, yes[protocol]);
	return status;
}

void
probe_goodbye(struct conn *conn, enum protocol protocol)
{
	static const char *const commands[] = { "A9 LOGOUT\r\n", "QUIT\r\n",
		"QUIT\r\n" };

	(void)conn_write(conn, commands[protocol]);
}
