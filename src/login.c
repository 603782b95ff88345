/*
 * check --login: the only code that sends credentials, and only inside
 * verified TLS.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "i18n.h"
#include "login.h"
#include "secret.h"

#define LINE_SIZE	1024
#define MAX_LINES	100	/* of untagged IMAP lines before the answer */
/* "\0user\0password" in base64, with room for a command around it. */
#define COMMAND_SIZE	(4 * ((SECRET_MAX + 256 + 2) / 3 + 1) + 64)
#define QUOTED_USER	600	/* an address of 254 bytes, every byte escaped */
#define QUOTED_SECRET	(2 * SECRET_MAX + 3)

/*
 * Every buffer the password passes through on its way out, in the
 * secret_alloc() memory that no core dump holds, wiped when done.
 */
struct login_buffers {
	char	message[SECRET_MAX + 256 + 2];	/* SASL PLAIN, unencoded */
	char	first[COMMAND_SIZE];
	char	second[COMMAND_SIZE];
	char	quoted[QUOTED_SECRET];
	char	command[QUOTED_USER + QUOTED_SECRET + 16];
};

bool
login_may_send(const struct conn *conn, const char **why)
{
	if (conn->ssl == NULL || !SSL_is_init_finished(conn->ssl)) {
		*why = _("the connection is not encrypted");
		return false;
	}
	if (SSL_get0_peer_certificate(conn->ssl) == NULL ||
	    SSL_get_verify_result(conn->ssl) != X509_V_OK) {
		*why = _("the server's certificate did not verify");
		return false;
	}
	return true;
}

/* Sends a command that holds credentials, then wipes it. */
static enum io
send_secret(struct conn *conn, char *command)
{
	const char *why;
	enum io status = IO_ERROR;

	if (login_may_send(conn, &why))
		status = conn_write(conn, command);
	secret_wipe(command, strlen(command));
	return status;
}

/* "PREFIX base64(text)\r\n" in COMMAND, which must hold COMMAND_SIZE. */
static void
encode(char *command, const char *prefix, const char *text, size_t length)
{
	size_t used = (size_t)snprintf(command, COMMAND_SIZE, "%s", prefix);

	used += (size_t)EVP_EncodeBlock((unsigned char *)command + used,
	    (const unsigned char *)text, (int)length);
	snprintf(command + used, COMMAND_SIZE - used, "\r\n");
}

/* SASL PLAIN's message: no authorisation id, the user, the password. */
static void
encode_plain(struct login_buffers *b, const char *user, const char *password)
{
	size_t u = strlen(user), p = strlen(password);

	b->message[0] = '\0';
	memcpy(b->message + 1, user, u);
	b->message[1 + u] = '\0';
	memcpy(b->message + 2 + u, password, p);
	encode(b->first, "", b->message, 2 + u + p);
	secret_wipe(b->message, sizeof(b->message));
}

static bool
offers(const struct capabilities *caps, const char *mechanism)
{
	size_t n = strlen(mechanism);
	const char *at = caps->auth;

	while ((at = strstr(at, mechanism)) != NULL) {
		if ((at == caps->auth || at[-1] == ' ') &&
		    (at[n] == '\0' || at[n] == ' '))
			return true;
		at += n;
	}
	return false;
}

static bool
starts_with(const char *text, const char *prefix)
{
	return strncasecmp(text, prefix, strlen(prefix)) == 0;
}

/* Reads the next line into REPLY; false when the exchange broke off. */
static bool
next_line(struct conn *conn, char *reply, size_t size)
{
	return conn_read_line(conn, reply, size) == IO_OK;
}

/* IMAP: the tagged answer to A3, past any untagged lines. */
static enum login_result
imap_answer(struct conn *conn, char *reply, size_t size)
{
	int i;

	for (i = 0; i < MAX_LINES; i++) {
		if (!next_line(conn, reply, size))
			return LOGIN_BROKEN;
		if (starts_with(reply, "A3 OK"))
			return LOGIN_ACCEPTED;
		if (starts_with(reply, "A3 "))
			return LOGIN_REJECTED;
	}
	return LOGIN_TOO_LONG;
}

/* An IMAP quoted string, or false when the text cannot be one. */
static bool
imap_quote(char *out, size_t size, const char *text)
{
	size_t used = 0;

	out[used++] = '"';
	for (; *text != '\0'; text++) {
		if (*text == '\r' || *text == '\n' || used + 4 > size)
			return false;
		if (*text == '"' || *text == '\\')
			out[used++] = '\\';
		out[used++] = *text;
	}
	out[used++] = '"';
	out[used] = '\0';
	return true;
}

/* POP3 and SMTP: one reply line, good when it starts with YES. */
static enum login_result
answer(struct conn *conn, const char *yes, char *reply, size_t size)
{
	if (!next_line(conn, reply, size))
		return LOGIN_BROKEN;
	return starts_with(reply, yes) ? LOGIN_ACCEPTED : LOGIN_REJECTED;
}

/* SMTP replies of several lines: the last one. */
static enum login_result
smtp_answer(struct conn *conn, const char *yes, char *reply, size_t size)
{
	int i;

	for (i = 0; i < MAX_LINES; i++) {
		if (!next_line(conn, reply, size))
			return LOGIN_BROKEN;
		if (strlen(reply) < 4 || reply[3] != '-')
			return starts_with(reply, yes) ? LOGIN_ACCEPTED :
			    LOGIN_REJECTED;
	}
	return LOGIN_TOO_LONG;
}

/* The server's answer once the credentials are in. */
static enum login_result
final_answer(struct conn *conn, enum protocol protocol, char *reply,
    size_t size)
{
	switch (protocol) {
	case PROTOCOL_IMAP:
		return imap_answer(conn, reply, size);
	case PROTOCOL_POP3:
		return answer(conn, "+OK", reply, size);
	case PROTOCOL_SMTP:
	case PROTOCOL_COUNT:
		break;
	}
	return smtp_answer(conn, "235", reply, size);
}

/* A SASL challenge ("+ ..." or "334 ..."), or the answer that ends it. */
static enum login_result
challenge(struct conn *conn, enum protocol protocol, char *reply,
    size_t size)
{
	if (protocol == PROTOCOL_SMTP)
		return smtp_answer(conn, "334", reply, size);
	if (!next_line(conn, reply, size))
		return LOGIN_BROKEN;
	if (reply[0] == '+' && !starts_with(reply, "+OK"))
		return LOGIN_ACCEPTED;
	return LOGIN_REJECTED;
}

/*
 * AUTHENTICATE (IMAP) or AUTH (POP3, SMTP) with MECHANISM, then each
 * response in turn, each answering a challenge.
 */
static enum login_result
sasl(struct conn *conn, enum protocol protocol, const char *mechanism,
    char *responses[], size_t n, char *reply, size_t size)
{
	char command[64];
	enum login_result result;
	size_t i;

	snprintf(command, sizeof(command), "%s%s\r\n",
	    protocol == PROTOCOL_IMAP ? "A3 AUTHENTICATE " : "AUTH ",
	    mechanism);
	if (conn_write(conn, command) != IO_OK)
		return LOGIN_BROKEN;
	for (i = 0; i < n; i++) {
		if ((result = challenge(conn, protocol, reply, size)) !=
		    LOGIN_ACCEPTED)
			return result;
		if (send_secret(conn, responses[i]) != IO_OK)
			return LOGIN_BROKEN;
	}
	return final_answer(conn, protocol, reply, size);
}

static enum login_result
sasl_plain(struct conn *conn, enum protocol protocol, const char *user,
    const char *password, struct login_buffers *b, char *reply, size_t size)
{
	char *responses[] = { b->first };

	encode_plain(b, user, password);
	return sasl(conn, protocol, "PLAIN", responses, 1, reply, size);
}

static enum login_result
sasl_login(struct conn *conn, enum protocol protocol, const char *user,
    const char *password, struct login_buffers *b, char *reply, size_t size)
{
	char *responses[] = { b->first, b->second };

	encode(b->first, "", user, strlen(user));
	encode(b->second, "", password, strlen(password));
	return sasl(conn, protocol, "LOGIN", responses, 2, reply, size);
}

/* IMAP's own LOGIN command, with quoted strings. */
static enum login_result
imap_login(struct conn *conn, const char *user, const char *password,
    struct login_buffers *b, char *reply, size_t size)
{
	char quser[QUOTED_USER];

	if (!imap_quote(quser, sizeof(quser), user) ||
	    !imap_quote(b->quoted, sizeof(b->quoted), password)) {
		snprintf(reply, size, "%s", _("the server offers no way to "
		    "log in that this check knows"));
		return LOGIN_NOT_SENT;
	}
	snprintf(b->command, sizeof(b->command), "A3 LOGIN %s %s\r\n", quser,
	    b->quoted);
	return send_secret(conn, b->command) == IO_OK ?
	    imap_answer(conn, reply, size) : LOGIN_BROKEN;
}

/* POP3's own USER and PASS. */
static enum login_result
pop3_user_pass(struct conn *conn, const char *user, const char *password,
    struct login_buffers *b, char *reply, size_t size)
{
	enum login_result result;

	snprintf(b->command, sizeof(b->command), "USER %s\r\n", user);
	if (send_secret(conn, b->command) != IO_OK)
		return LOGIN_BROKEN;
	if ((result = answer(conn, "+OK", reply, size)) != LOGIN_ACCEPTED)
		return result;
	snprintf(b->command, sizeof(b->command), "PASS %s\r\n", password);
	return send_secret(conn, b->command) == IO_OK ?
	    answer(conn, "+OK", reply, size) : LOGIN_BROKEN;
}

/* The way of logging in that the server offers and this check knows. */
static enum login_result
log_in_with(struct conn *conn, enum protocol protocol,
    const struct capabilities *caps, const char *user, const char *password,
    struct login_buffers *b, char *reply, size_t size)
{
	if (offers(caps, "PLAIN"))
		return sasl_plain(conn, protocol, user, password, b, reply,
		    size);
	if (offers(caps, "LOGIN"))
		return sasl_login(conn, protocol, user, password, b, reply,
		    size);
	if (protocol == PROTOCOL_IMAP && !caps->login_disabled)
		return imap_login(conn, user, password, b, reply, size);
	if (protocol == PROTOCOL_POP3 && (caps->user_pass || !caps->known))
		return pop3_user_pass(conn, user, password, b, reply, size);
	snprintf(reply, size, "%s", _("the server offers no way to log in "
	    "that this check knows"));
	return LOGIN_NOT_SENT;
}

enum login_result
login_try(struct conn *conn, enum protocol protocol,
    const struct capabilities *caps, const char *user, const char *password,
    char *reply, size_t size)
{
	struct login_buffers *b;
	enum login_result result;
	const char *why;

	reply[0] = '\0';
	if (!login_may_send(conn, &why)) {
		snprintf(reply, size, "%s", why);
		return LOGIN_NOT_SENT;
	}
	if ((b = secret_alloc(sizeof(*b))) == NULL) {
		snprintf(reply, size, "%s", strerror(ENOMEM));
		return LOGIN_NOT_SENT;
	}
	result = log_in_with(conn, protocol, caps, user, password, b, reply,
	    size);
	secret_free(b, sizeof(*b));
	return result;
}
