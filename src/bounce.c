/*
 * explain: the bounded reader of bounces (RFC 3464, MIME), mail logs and
 * client dialogs.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "bounce.h"
#include "utf8.h"

#define MAX_FIELD	2048	/* bytes of an unfolded header field kept */

/*
 * Two passes over the input: the first gives only what delivery-status
 * reports say; when they say nothing, the second reads the text parts.
 */
enum pass {
	PASS_REPORTS,
	PASS_TEXT
};

struct reader {
	bounce_found	*found;
	void		*context;
	enum pass	 pass;
	size_t		 entities;
	size_t		 reports;	/* replies given from reports */
	unsigned	 stopped;	/* BOUNCE_STOPPED_* */
};

struct span {
	const char	*at;
	size_t		 length;
};

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool
is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* The next line of TEXT from *POS, without its CR LF; false at the end. */
static bool
next_line(struct span text, size_t *pos, struct span *line)
{
	const char *end;
	size_t left;

	if (*pos >= text.length)
		return false;
	left = text.length - *pos;
	line->at = text.at + *pos;
	end = memchr(line->at, '\n', left);
	line->length = end != NULL ? (size_t)(end - line->at) : left;
	*pos += line->length + (end != NULL ? 1 : 0);
	if (line->length > 0 && line->at[line->length - 1] == '\r')
		line->length--;
	return true;
}

static struct span
trimmed(struct span s)
{
	while (s.length > 0 && is_space(s.at[0])) {
		s.at++;
		s.length--;
	}
	while (s.length > 0 && is_space(s.at[s.length - 1]))
		s.length--;
	return s;
}

static bool
starts_with(struct span s, const char *prefix)
{
	size_t n = strlen(prefix);

	return s.length >= n && strncasecmp(s.at, prefix, n) == 0;
}

/* Digits from AT, at most MAX of them; their count. */
static size_t
digits(const char *at, size_t length, size_t max)
{
	size_t n = 0;

	while (n < length && n <= max && is_digit(at[n]))
		n++;
	return n > max ? 0 : n;
}

size_t
bounce_status(const char *text, size_t length, char status[16])
{
	size_t subject, detail, n;

	if (length < 5 || (text[0] != '2' && text[0] != '4' &&
	    text[0] != '5') || text[1] != '.')
		return 0;
	subject = digits(text + 2, length - 2, 3);
	if (subject == 0 || 2 + subject >= length || text[2 + subject] != '.')
		return 0;
	detail = digits(text + 3 + subject, length - 3 - subject, 3);
	n = 3 + subject + detail;
	if (detail == 0 || (n < length && (is_alnum(text[n]) ||
	    text[n] == '.')))
		return 0;
	memcpy(status, text, n);
	status[n] = '\0';
	return n;
}

/*
 * An SMTP reply code at AT: three digits, first 2 to 5, second 0 to 5,
 * followed by the end, a space or the '-' of a multi-line reply.
 */
static bool
is_code(const char *at, size_t length)
{
	return length >= 3 && at[0] >= '2' && at[0] <= '5' &&
	    at[1] >= '0' && at[1] <= '5' && is_digit(at[2]) &&
	    (length == 3 || is_space(at[3]) || at[3] == '-' || at[3] == ')' ||
	    at[3] == '\'' || at[3] == '"' || at[3] == ',');
}

/* Characters that may stand before a code inside a line of text. */
static bool
may_precede_code(char c)
{
	return is_space(c) || c == '(' || c == '\'' || c == '"' || c == '<';
}

/* Markers of a client dialog or a log before a reply: "S: ", "<<< ". */
static size_t
dialog_marker(struct span line)
{
	size_t n = 0;

	while (n < line.length && (is_space(line.at[n]) || line.at[n] == '<' ||
	    line.at[n] == '>'))
		n++;
	if (n + 1 < line.length && (line.at[n] == 'S' || line.at[n] == 's') &&
	    line.at[n + 1] == ':')
		n += 2;
	while (n < line.length && is_space(line.at[n]))
		n++;
	return n;
}

/*
 * Where the reply code of the line is: at its start any code; inside the
 * text only a failure (4xx, 5xx), as numbers of all kinds fill logs.
 */
static bool
find_code(struct span line, size_t *at)
{
	size_t i = dialog_marker(line);

	if (is_code(line.at + i, line.length - i)) {
		*at = i;
		return true;
	}
	for (i = 1; i + 3 <= line.length; i++)
		if ((line.at[i] == '4' || line.at[i] == '5') &&
		    may_precede_code(line.at[i - 1]) &&
		    is_code(line.at + i, line.length - i)) {
			*at = i;
			return true;
		}
	return false;
}

/* A status after a marker: "(#5.1.1)" from qmail, "dsn=5.1.1" in logs. */
static void
find_marked_status(struct span line, char status[16])
{
	static const char *const markers[] = { "#", "dsn=", NULL };
	const char *at;
	size_t i, n;

	for (i = 0; markers[i] != NULL; i++) {
		n = strlen(markers[i]);
		for (at = line.at; at + n < line.at + line.length; at++)
			if (strncasecmp(at, markers[i], n) == 0 &&
			    bounce_status(at + n, (size_t)(line.at +
			    line.length - at) - n, status) > 0)
				return;
	}
}

static bool
address_byte(unsigned char c)
{
	return c > 0x20 && c != 0x7f && c != '<' && c != '>' && c != '"' &&
	    c != '(' && c != ')' && c != ',' && c != ';' && c != '\'';
}

/* Copies S as an address when it looks like local@domain, else false. */
static bool
take_address(struct span s, char *out)
{
	const char *at;
	size_t i;

	if (s.length < 3 || s.length > BOUNCE_MAX_ADDRESS)
		return false;
	for (i = 0; i < s.length; i++)
		if (!address_byte((unsigned char)s.at[i]))
			return false;
	/* C1 controls, U+0080 to U+009F, move terminals as C0 ones do. */
	for (i = 0; i + 1 < s.length; i++)
		if ((unsigned char)s.at[i] == 0xc2 &&
		    (unsigned char)s.at[i + 1] < 0xa0)
			return false;
	at = memchr(s.at, '@', s.length);
	if (at == NULL || at == s.at || at == s.at + s.length - 1 ||
	    utf8_invalid_at(s.at, s.length) < s.length)
		return false;
	memcpy(out, s.at, s.length);
	out[s.length] = '\0';
	return true;
}

/*
 * The address inside the first <...> of S that holds one; with "<<a>",
 * the innermost.  Each byte is looked at twice at most.
 */
static bool
bracketed_address(struct span s, char *out)
{
	const char *from = s.at, *end = s.at + s.length, *close, *open;
	struct span inner;

	while ((close = memchr(from, '>', (size_t)(end - from))) != NULL) {
		for (open = close; open > from && open[-1] != '<'; open--)
			;
		if (open > from) {
			inner.at = open;
			inner.length = (size_t)(close - open);
			if (take_address(inner, out))
				return true;
		}
		from = close + 1;
	}
	return false;
}

/* "to=<a@b>" in a Postfix or Sendmail log line. */
static bool
logged_recipient(struct span line, char *out)
{
	const char *at;
	struct span rest;

	for (at = line.at; at + 4 < line.at + line.length; at++)
		if (strncasecmp(at, "to=<", 4) == 0) {
			rest.at = at + 3;
			rest.length = (size_t)(line.at + line.length - rest.at);
			return bracketed_address(rest, out);
		}
	return false;
}

/*
 * A line that names the recipient of what follows: "<a@b>:" (qmail),
 * "<a@b>: host ... said:" (Postfix), or the address alone (Exchange).
 */
static bool
recipient_line(struct span line, char *out)
{
	struct span s = trimmed(line), inner;
	const char *close;

	if (s.length > 0 && s.at[0] == '<' &&
	    (close = memchr(s.at, '>', s.length)) != NULL &&
	    close + 1 < s.at + s.length && close[1] == ':') {
		inner.at = s.at + 1;
		inner.length = (size_t)(close - s.at - 1);
		return take_address(inner, out);
	}
	return take_address(s, out);
}

/* Where the returned original starts, after which nothing is a failure. */
static bool
original_follows(struct span line)
{
	static const char *const markers[] = {
		"--- Below this line is a copy of the message",
		"Original message headers:",
		"------ This is a copy of the message",
		NULL
	};
	size_t i;

	for (i = 0; markers[i] != NULL; i++)
		if (starts_with(trimmed(line), markers[i]))
			return true;
	return false;
}

static void
give(struct reader *r, struct reply *reply)
{
	if (reply->dsn)
		r->reports++;
	r->found(reply, r->context);
}

/* Fills code and status from a reply's text: "550 5.1.1 ...". */
static void
read_reply(struct span text, size_t at, struct reply *reply)
{
	size_t i = at + 3;

	memcpy(reply->code, text.at + at, 3);
	reply->code[3] = '\0';
	while (i < text.length && (is_space(text.at[i]) || text.at[i] == '-'))
		i++;
	bounce_status(text.at + i, text.length - i, reply->status);
}

static void
scan_line(struct reader *r, struct span line, const char *context)
{
	struct reply reply;
	struct span tail;
	size_t at;

	memset(&reply, 0, sizeof(reply));
	if (line.length > BOUNCE_MAX_LINE)
		line.length = BOUNCE_MAX_LINE;
	reply.text = line.at;
	reply.length = line.length;
	if (find_code(line, &at)) {
		read_reply(line, at, &reply);
		tail.at = line.at + at;
		tail.length = line.length - at;
		if (!bracketed_address(tail, reply.recipient))
			reply.recipient[0] = '\0';
	}
	else {
		at = dialog_marker(line);
		bounce_status(line.at + at, line.length - at, reply.status);
	}
	if (reply.status[0] == '\0')
		find_marked_status(line, reply.status);
	if (!logged_recipient(line, reply.recipient) &&
	    reply.recipient[0] == '\0')
		memcpy(reply.recipient, context, sizeof(reply.recipient));
	give(r, &reply);
}

/* Plain text: qmail and Exchange bounces, logs, dialogs, words. */
static void
scan_text(struct reader *r, struct span text)
{
	char context[BOUNCE_MAX_ADDRESS + 1] = "", named[sizeof(context)];
	struct span line;
	size_t pos = 0;

	while (next_line(text, &pos, &line)) {
		if (original_follows(line))
			break;
		if (recipient_line(line, named))
			memcpy(context, named, sizeof(context));
		scan_line(r, line, context);
	}
}

/* Header fields. */

/* A field name: printable ASCII but the colon, then the colon. */
static size_t
field_name(struct span line)
{
	size_t n = 0;

	while (n < line.length && n < 76 && line.at[n] > 0x20 &&
	    line.at[n] < 0x7f && line.at[n] != ':')
		n++;
	return n > 0 && n < line.length && line.at[n] == ':' ? n : 0;
}

struct field {
	char	name[80];
	char	value[MAX_FIELD];
};

static void
append(char *buffer, size_t size, size_t *used, struct span s)
{
	size_t n = s.length < size - 1 - *used ? s.length : size - 1 - *used;

	memcpy(buffer + *used, s.at, n);
	*used += n;
	buffer[*used] = '\0';
}

/*
 * Reads one field from *POS, unfolding its continuation lines, or gives
 * false at a blank line, the end, or a line that is no field.
 */
static bool
next_field(struct span text, size_t *pos, struct field *field)
{
	struct span line, rest;
	size_t name, used = 0, before = *pos, peek;

	if (!next_line(text, pos, &line) || (name = field_name(line)) == 0) {
		*pos = before;
		return false;
	}
	memcpy(field->name, line.at, name);
	field->name[name] = '\0';
	rest.at = line.at + name + 1;
	rest.length = line.length - name - 1;
	field->value[0] = '\0';
	append(field->value, sizeof(field->value), &used, trimmed(rest));
	for (peek = *pos; next_line(text, &peek, &line) && line.length > 0 &&
	    is_space(line.at[0]); *pos = peek) {
		append(field->value, sizeof(field->value), &used,
		    (struct span){ " ", 1 });
		append(field->value, sizeof(field->value), &used,
		    trimmed(line));
	}
	return true;
}

/* Skips blank lines; false at the end. */
static bool
skip_blank(struct span text, size_t *pos)
{
	struct span line;
	size_t peek = *pos;

	while (next_line(text, &peek, &line)) {
		if (trimmed(line).length > 0)
			return true;
		*pos = peek;
	}
	return false;
}

/* Delivery-status reports (RFC 3464). */

struct report {
	char	recipient[BOUNCE_MAX_ADDRESS + 1];
	char	original[BOUNCE_MAX_ADDRESS + 1];
	char	status[16];
	char	diagnostic[MAX_FIELD];
	bool	done;	/* Action: delivered, relayed or expanded */
};

/* "rfc822; a@b" and the like: the address after the type. */
static void
typed_address(const char *value, char *out)
{
	const char *semicolon = strchr(value, ';');
	struct span s;

	s.at = semicolon != NULL ? semicolon + 1 : value;
	s.length = strlen(s.at);
	s = trimmed(s);
	if (s.length > 2 && s.at[0] == '<' && s.at[s.length - 1] == '>') {
		s.at++;
		s.length -= 2;
	}
	if (!take_address(s, out))
		out[0] = '\0';
}

static void
report_field(struct report *report, const struct field *field)
{
	const char *v = field->value;

	if (strcasecmp(field->name, "Final-Recipient") == 0)
		typed_address(v, report->recipient);
	else if (strcasecmp(field->name, "Original-Recipient") == 0)
		typed_address(v, report->original);
	else if (strcasecmp(field->name, "Status") == 0 &&
	    bounce_status(v, strlen(v), report->status) == 0)
		report->status[0] = '\0';
	else if (strcasecmp(field->name, "Diagnostic-Code") == 0)
		memcpy(report->diagnostic, v, strlen(v) + 1);
	else if (strcasecmp(field->name, "Action") == 0)
		report->done = strncasecmp(v, "delivered", 9) == 0 ||
		    strncasecmp(v, "relayed", 7) == 0 ||
		    strncasecmp(v, "expanded", 8) == 0;
}

static void
give_report(struct reader *r, struct report *report)
{
	struct reply reply;
	struct span text;
	const char *semicolon = strchr(report->diagnostic, ';');

	memset(&reply, 0, sizeof(reply));
	text.at = semicolon != NULL ? semicolon + 1 : report->diagnostic;
	text.length = strlen(text.at);
	text = trimmed(text);
	if (text.length > BOUNCE_MAX_LINE)
		text.length = BOUNCE_MAX_LINE;
	if (is_code(text.at, text.length))
		read_reply(text, 0, &reply);
	if (report->status[0] != '\0')
		memcpy(reply.status, report->status, sizeof(reply.status));
	if (report->done || (reply.code[0] == '\0' && reply.status[0] == '\0'))
		return;
	memcpy(reply.recipient, report->recipient[0] != '\0' ?
	    report->recipient : report->original, sizeof(reply.recipient));
	reply.text = text.at;
	reply.length = text.length;
	reply.dsn = true;
	give(r, &reply);
}

/* Groups of fields apart by blank lines: the message's, each recipient's. */
static void
read_reports(struct reader *r, struct span text)
{
	struct report *report = malloc(sizeof(*report));
	struct field *field = malloc(sizeof(*field));
	struct span line;
	size_t pos = 0, peek;

	while (report != NULL && field != NULL && skip_blank(text, &pos)) {
		memset(report, 0, sizeof(*report));
		while (next_field(text, &pos, field))
			report_field(report, field);
		give_report(r, report);
		/* A line that is no field ends a group: step over it. */
		peek = pos;
		if (next_line(text, &peek, &line) && trimmed(line).length > 0)
			pos = peek;
	}
	free(field);
	free(report);
}

/* MIME (RFC 2045, 2046). */

struct entity {
	char	type[64];	/* "multipart/report", lower case */
	char	boundary[BOUNCE_MAX_BOUNDARY + 1];
	char	encoding[32];
	bool	has_type;
};

static void
lower_copy(char *out, size_t size, const char *s, size_t n)
{
	size_t i;

	if (n > size - 1)
		n = size - 1;
	for (i = 0; i < n; i++)
		out[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
	out[n] = '\0';
}

/* A boundary too long to be kept: its parts are not read (said). */
static bool
read_boundary(struct entity *entity, const char *value)
{
	const char *at, *start;
	size_t n;

	for (at = value; (at = strchr(at, ';')) != NULL; ) {
		at++;
		while (is_space(*at))
			at++;
		if (strncasecmp(at, "boundary=", 9) != 0)
			continue;
		start = at + 9;
		if (*start == '"')
			n = strcspn(++start, "\"");
		else
			n = strcspn(start, "; \t");
		if (n >= sizeof(entity->boundary))
			return false;
		if (n > 0) {
			memcpy(entity->boundary, start, n);
			entity->boundary[n] = '\0';
		}
		return true;
	}
	return true;
}

static void
entity_field(struct reader *r, struct entity *entity,
    const struct field *field)
{
	const char *v = field->value;

	if (strcasecmp(field->name, "Content-Type") == 0) {
		entity->has_type = true;
		lower_copy(entity->type, sizeof(entity->type), v,
		    strcspn(v, "; \t"));
		if (!read_boundary(entity, v))
			r->stopped |= BOUNCE_STOPPED_BOUNDARY;
	} else if (strcasecmp(field->name, "Content-Transfer-Encoding") == 0)
		lower_copy(entity->encoding, sizeof(entity->encoding), v,
		    strcspn(v, "; \t"));
}

static int
base64_value(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (is_digit(c))
		return c - '0' + 52;
	if (c == '+')
		return 62;
	return c == '/' ? 63 : -1;
}

/* Base64, skipping what is not of its alphabet; OUT holds LENGTH. */
static size_t
decode_base64(struct span in, char *out)
{
	unsigned long bits = 0;
	size_t i, used = 0;
	int n = 0, v;

	for (i = 0; i < in.length && in.at[i] != '='; i++) {
		if ((v = base64_value(in.at[i])) < 0)
			continue;
		bits = (bits << 6 | (unsigned long)v) & 0xffffff;
		if (++n == 4) {
			out[used++] = (char)(bits >> 16);
			out[used++] = (char)(bits >> 8 & 0xff);
			out[used++] = (char)(bits & 0xff);
			n = 0;
		}
	}
	if (n >= 2)
		out[used++] = (char)(bits >> (n == 2 ? 4 : 10) & 0xff);
	if (n == 3)
		out[used++] = (char)(bits >> 2 & 0xff);
	return used;
}

static int
hex_value(char c)
{
	if (is_digit(c))
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Quoted-printable; a broken "=" stays as it is. */
static size_t
decode_qp(struct span in, char *out)
{
	size_t i = 0, used = 0, j;
	int high, low;

	while (i < in.length) {
		if (in.at[i] != '=') {
			out[used++] = in.at[i++];
			continue;
		}
		for (j = i + 1; j < in.length && is_space(in.at[j]); j++)
			;
		if (j < in.length && (in.at[j] == '\n' || in.at[j] == '\r')) {
			i = j + (in.at[j] == '\r' && j + 1 < in.length &&
			    in.at[j + 1] == '\n' ? 2 : 1);
			continue;
		}
		if (i + 2 < in.length &&
		    (high = hex_value(in.at[i + 1])) >= 0 &&
		    (low = hex_value(in.at[i + 2])) >= 0) {
			out[used++] = (char)(high << 4 | low);
			i += 3;
		} else
			out[used++] = in.at[i++];
	}
	return used;
}

static void	read_entity(struct reader *, struct span, unsigned);

/* A line "--BOUNDARY" or "--BOUNDARY--"; its kind: 1 a part, 2 the end. */
static int
boundary_line(struct span line, const char *boundary, size_t n)
{
	if (line.length < n + 2 || line.at[0] != '-' || line.at[1] != '-' ||
	    memcmp(line.at + 2, boundary, n) != 0)
		return 0;
	return line.length >= n + 4 && line.at[n + 2] == '-' &&
	    line.at[n + 3] == '-' ? 2 : 1;
}

static void
read_parts(struct reader *r, struct span body, const char *boundary,
    unsigned depth)
{
	size_t n = strlen(boundary), pos = 0, start = 0, before;
	struct span line, part;
	bool open = false;
	int kind;

	for (before = pos; next_line(body, &pos, &line); before = pos) {
		if ((kind = boundary_line(line, boundary, n)) == 0)
			continue;
		if (open) {
			part.at = body.at + start;
			part.length = before - start;
			read_entity(r, part, depth + 1);
		}
		if (kind == 2)
			return;
		open = true;
		start = pos;
	}
	if (open) {	/* no closing boundary: the part runs to the end */
		part.at = body.at + start;
		part.length = body.length - start;
		read_entity(r, part, depth + 1);
	}
}

static bool
is_report(const char *type)
{
	return strcmp(type, "message/delivery-status") == 0 ||
	    strcmp(type, "message/global-delivery-status") == 0;
}

/* The body as it was before its transfer encoding, or NULL if as it is. */
static char *
decoded(const struct entity *entity, struct span *body)
{
	bool base64 = strcmp(entity->encoding, "base64") == 0;
	char *out;

	if (!base64 && strcmp(entity->encoding, "quoted-printable") != 0)
		return NULL;
	if ((out = malloc(body->length + 1)) == NULL)
		return NULL;
	body->length = base64 ? decode_base64(*body, out) :
	    decode_qp(*body, out);
	body->at = out;
	return out;
}

static void
read_body(struct reader *r, const struct entity *entity, struct span body,
    unsigned depth)
{
	const char *type = entity->type;

	if (strncmp(type, "multipart/", 10) == 0) {
		if (entity->boundary[0] != '\0' && depth >= BOUNCE_MAX_DEPTH)
			r->stopped |= BOUNCE_STOPPED_DEPTH;
		else if (entity->boundary[0] != '\0')
			read_parts(r, body, entity->boundary, depth);
	} else if (is_report(type)) {
		if (r->pass == PASS_REPORTS)
			read_reports(r, body);
	} else if (strcmp(type, "message/rfc822") == 0) {
		/* A forwarded bounce holds reports; a returned original none. */
		if (r->pass == PASS_REPORTS && depth >= BOUNCE_MAX_DEPTH)
			r->stopped |= BOUNCE_STOPPED_DEPTH;
		else if (r->pass == PASS_REPORTS)
			read_entity(r, body, depth + 1);
	} else if (strncmp(type, "text/", 5) == 0 || !entity->has_type) {
		if (r->pass == PASS_TEXT && strcmp(type, "text/rfc822-headers") != 0)
			scan_text(r, body);
	}
}

static void
read_entity(struct reader *r, struct span text, unsigned depth)
{
	struct entity entity;
	struct field *field;
	struct span body;
	size_t pos = 0;
	char *copy;

	if (++r->entities > BOUNCE_MAX_PARTS) {
		r->stopped |= BOUNCE_STOPPED_PARTS;
		return;
	}
	if ((field = malloc(sizeof(*field))) == NULL)
		return;
	memset(&entity, 0, sizeof(entity));
	while (next_field(text, &pos, field))
		entity_field(r, &entity, field);
	free(field);
	if (pos < text.length && text.at[pos] == '\r')
		pos++;
	if (pos < text.length && text.at[pos] == '\n')
		pos++;
	body.at = text.at + pos;
	body.length = text.length - pos;
	copy = decoded(&entity, &body);
	read_body(r, &entity, body, depth);
	free(copy);
}

/* An mbox "From " line before the headers. */
static struct span
after_mbox_line(struct span text)
{
	struct span line;
	size_t pos = 0;

	if (starts_with(text, "From ") && next_line(text, &pos, &line)) {
		text.at += pos;
		text.length -= pos;
	}
	return text;
}

static bool
is_mime(struct span text)
{
	struct field *field = malloc(sizeof(*field));
	size_t pos = 0;
	bool mime = false;

	while (field != NULL && !mime && next_field(text, &pos, field))
		mime = strcasecmp(field->name, "Content-Type") == 0;
	free(field);
	return mime;
}

unsigned
bounce_read(const char *input, size_t length, bounce_found *found,
    void *context)
{
	struct reader r = { found, context, PASS_REPORTS, 0, 0, 0 };
	struct span text = after_mbox_line((struct span){ input, length });
	bool mime = is_mime(text);

	if (mime)
		read_entity(&r, text, 0);
	else
		read_reports(&r, text);
	if (r.reports > 0)
		return r.stopped;
	r.pass = PASS_TEXT;
	r.entities = 0;
	if (mime)
		read_entity(&r, text, 0);
	else
		scan_text(&r, text);
	return r.stopped;
}
