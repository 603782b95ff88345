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
#define MAX_WORDS	16384	/* bytes of a bounce's text read for reasons */

/*
 * Two passes over the input: the first gives only what delivery-status
 * reports say; when they say nothing, the second reads the text parts.
 */
enum pass {
	PASS_REPORTS,
	PASS_TEXT
};

struct span {
	const char	*at;
	size_t		 length;
};

struct reader {
	bounce_found	*found;
	void		*context;
	enum pass	 pass;
	size_t		 entities;
	size_t		 reports;	/* replies given from reports */
	unsigned	 stopped;	/* BOUNCE_STOPPED_* */
	struct mailtime	 date;		/* the message's Date: */
	/* A bounce by its header: From a mailer daemon, or its Subject. */
	bool		 is_bounce;
	bool		 beside;	/* text read beside reports */
	bool		 delayed;	/* a warning that delivery goes on */
	bool		 given_up;	/* its text says the failure is final */
	bool		 failed_first;	/* named[0] is X-Failed-Recipients' */
	/* The recipients it names: X-Failed-Recipients, then its lines. */
	char		 named[BOUNCE_MAX_NAMED][BOUNCE_MAX_ADDRESS + 1];
	size_t		 nnamed;
	/* Addresses in its text, where no line names one alone. */
	char		 loose[BOUNCE_MAX_NAMED][BOUNCE_MAX_ADDRESS + 1];
	size_t		 nloose;
	char		 sender[BOUNCE_MAX_ADDRESS + 1];	/* its To: */
	char		 daemon[BOUNCE_MAX_ADDRESS + 1];	/* its From: */
	struct span	 words;		/* its first text part, for reasons */
	char		 words_kept[MAX_WORDS];
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
	    at[3] == '\'' || at[3] == '"' || at[3] == ',' ||
	    (at[3] == ':' && length > 4 && is_space(at[4])));
}

/*
 * Characters that may stand before a code inside a line of text: "[554
 * 5.4.6 ...]" quotes a reply, "ERROR_CODE :550" labels one.
 */
static bool
may_precede_code(char c)
{
	return is_space(c) || c == '(' || c == '\'' || c == '"' || c == '<' ||
	    c == '[' || c == ':';
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
	    c != '(' && c != ')' && c != ',' && c != ';' && c != '\'' &&
	    c != ':';
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

/* Whether the '<' at OPEN follows "MAIL FROM:" or "from=": a sender. */
static bool
names_sender(const char *start, const char *open)
{
	size_t before = (size_t)(open - start);	/* bytes before it */

	while (before > 0 && is_space(start[before - 1]))
		before--;
	return before >= 5 && (strncasecmp(start + before - 5, "from=", 5) ==
	    0 || strncasecmp(start + before - 5, "FROM:", 5) == 0);
}

/*
 * The address inside the first <...> of S that holds one and is not a
 * sender's; with "<<a>", the innermost.  Each byte is looked at twice at
 * most.
 */
static bool
bracketed_address(struct span s, char *out)
{
	const char *from = s.at, *end = s.at + s.length, *close, *open;
	struct span inner;

	while ((close = memchr(from, '>', (size_t)(end - from))) != NULL) {
		for (open = close; open > from && open[-1] != '<'; open--)
			;
		if (open > from && !names_sender(s.at, open - 1)) {
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

/* The address a line starts with, before " [", " on " or " (". */
static bool
leading_address(struct span s, char *out)
{
	static const char *const tails[] = { " [", " on ", " (", " ...",
		NULL };
	size_t n = 0, i;

	while (n < s.length && s.at[n] != ' ')
		n++;
	for (i = 0; tails[i] != NULL; i++)
		if (s.length - n >= strlen(tails[i]) &&
		    strncmp(s.at + n, tails[i], strlen(tails[i])) == 0)
			return take_address((struct span){ s.at, n }, out);
	return false;
}

/*
 * A line that ends with the recipient after "delivered to:" or a
 * transcript's "RCPT TO:": "Could not be delivered to: <a@b>".
 */
static bool
delivered_to(struct span s, char *out)
{
	static const char *const words[] = { "delivered to:", "rcpt to:",
		NULL };
	struct span rest;
	size_t i, j, n;

	for (i = 0; words[i] != NULL; i++)
		for (j = 0, n = strlen(words[i]); j + n < s.length; j++) {
			if (strncasecmp(s.at + j, words[i], n) != 0)
				continue;
			rest = trimmed((struct span){ s.at + j + n,
			    s.length - j - n });
			if (rest.length > 2 && rest.at[0] == '<' &&
			    rest.at[rest.length - 1] == '>') {
				rest.at++;
				rest.length -= 2;
			}
			return take_address(rest, out);
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
	/* "a@b:" (OpenSMTPD, GMX), "a@b [User unknown]", "a@b on DATE". */
	while (s.length > 0 && s.at[s.length - 1] == ':')
		s.length--;
	/* "\"a@b\":" (GMX): the address quoted whole. */
	if (s.length > 2 && s.at[0] == '"' && s.at[s.length - 1] == '"') {
		s.at++;
		s.length -= 2;
	}
	return take_address(s, out) ||
	    (leading_address(s, out) && s.length > 0) || delivered_to(s, out);
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
	if (reply->time.text[0] == '\0')
		reply->time = r->date;
	if (reply->severity == SEVERITY_UNKNOWN && r->given_up)
		reply->severity = SEVERITY_PERMANENT;
	/* The bounce goes back to the sender: its To is never the failure's. */
	if (!reply->dsn && r->sender[0] != '\0' &&
	    strcasecmp(reply->recipient, r->sender) == 0)
		reply->recipient[0] = '\0';
	if (!reply->dsn && reply->recipient[0] == '\0' && r->nnamed > 0 &&
	    r->named[0][0] != '\0' && r->failed_first)
		memcpy(reply->recipient, r->named[0], sizeof(reply->recipient));
	if (reply->dsn)
		r->reports++;
	else
		reply->beside = r->beside;
	r->found(reply, r->context);
}

/*
 * A status of the code's class further in the reply, standing as a word:
 * "550, ERROR_CODE :5.1.1", "550 Rejected (5.7.1)".  The class keeps a
 * version or an address's digits from passing for one.
 */
static void
later_status(struct span text, size_t from, char class, char status[16])
{
	size_t i;

	for (i = from > 0 ? from : 1; i + 5 <= text.length; i++)
		if (text.at[i] == class && may_precede_code(text.at[i - 1]) &&
		    bounce_status(text.at + i, text.length - i, status) > 0)
			return;
}

/*
 * The status of a code at AT, after "-", spaces or a quote: "550-'5.7.1";
 * its length past AT, or 0.
 */
static size_t
coded_status(struct span text, size_t at, char status[16])
{
	size_t i = at + 3, n;

	while (i < text.length && i < at + 6 && (is_space(text.at[i]) ||
	    text.at[i] == '-' || text.at[i] == '\'' || text.at[i] == '"'))
		i++;
	if (i == at + 3 || (n = bounce_status(text.at + i, text.length - i,
	    status)) == 0 || status[0] != text.at[at])
		return 0;
	return i + n - at;
}

/*
 * A relay quotes the reply it was given inside its own: "554 4.4.7
 * Message expired ...<421 4.4.2 Connection timed out>", "5.1.0 - Unknown
 * address error 550-'5.7.1 ... Access denied'".  The last reply whose
 * code and status agree, and that differs, is the remote server's own.
 */
static void
nested_reply(struct span text, size_t from, struct reply *reply)
{
	char status[16];
	size_t i, n;

	for (i = from > 0 ? from : 1; i + 3 < text.length; i++) {
		if (!may_precede_code(text.at[i - 1]) ||
		    !is_code(text.at + i, text.length - i) ||
		    (n = coded_status(text, i, status)) == 0)
			continue;
		if (strcmp(status, reply->status) != 0 ||
		    memcmp(text.at + i, reply->code, 3) != 0) {
			memcpy(reply->code, text.at + i, 3);
			memcpy(reply->status, status, sizeof(status));
		}
		i += n - 1;
	}
}

/* Fills code and status from a reply's text: "550 5.1.1 ...". */
static void
read_reply(struct span text, size_t at, struct reply *reply)
{
	size_t i = at + 3;

	memcpy(reply->code, text.at + at, 3);
	reply->code[3] = '\0';
	while (i < text.length && (is_space(text.at[i]) || text.at[i] == '-' ||
	    text.at[i] == ':' || text.at[i] == '#'))
		i++;
	/* Gmail repeats the code: "550 550 5.1.1 ...". */
	if (i + 3 < text.length && memcmp(text.at + i, reply->code, 3) == 0 &&
	    is_space(text.at[i + 3]))
		for (i += 3; i < text.length && is_space(text.at[i]); i++)
			;
	if (bounce_status(text.at + i, text.length - i, reply->status) == 0)
		later_status(text, i, reply->code[0], reply->status);
	nested_reply(text, i, reply);
}

/* The address that is the first word of LINE, before the code at AT. */
static bool
first_word_address(struct span line, size_t at, char *out)
{
	struct span word = trimmed((struct span){ line.at, at });
	size_t n = 0;

	while (n < word.length && !is_space(word.at[n]))
		n++;
	while (n > 0 && (word.at[n - 1] == ':' || word.at[n - 1] == ','))
		n--;
	return take_address((struct span){ word.at, n }, out);
}

/* A line alone: its code, status and recipient. */
static void
read_line(struct span line, struct reply *reply)
{
	struct span tail;
	size_t at;

	if (line.length > BOUNCE_MAX_LINE)
		line.length = BOUNCE_MAX_LINE;
	reply->text = line.at;
	reply->length = line.length;
	if (find_code(line, &at)) {
		read_reply(line, at, reply);
		tail.at = line.at + at;
		tail.length = line.length - at;
		/*
		 * The address the reply names, else one the line names before
		 * it: "Address: <a@b>, ResponseCode 421", "a@b Invalid
		 * Address, ERROR_CODE :550".
		 */
		if (!bracketed_address(tail, reply->recipient) &&
		    !bracketed_address(line, reply->recipient) &&
		    !first_word_address(line, at, reply->recipient))
			reply->recipient[0] = '\0';
	}
	else {
		at = dialog_marker(line);
		/* "5.2.2 <a@b>... Mailbox Full": the status names whose. */
		if (bounce_status(line.at + at, line.length - at,
		    reply->status) > 0) {
			tail.at = line.at + at;
			tail.length = line.length - at;
			if (!bracketed_address(tail, reply->recipient))
				reply->recipient[0] = '\0';
		}
	}
	if (reply->status[0] == '\0')
		find_marked_status(line, reply->status);
	logged_recipient(line, reply->recipient);
}

bool
bounce_line(const char *text, size_t length, struct reply *reply)
{
	read_line((struct span){ text, length }, reply);
	return reply->code[0] != '\0' || reply->status[0] != '\0';
}

bool
bounce_address(const char *text, size_t length,
    char out[BOUNCE_MAX_ADDRESS + 1])
{
	return bracketed_address((struct span){ text, length }, out);
}

bool
bounce_plain_address(const char *text, size_t length,
    char out[BOUNCE_MAX_ADDRESS + 1])
{
	return take_address((struct span){ text, length }, out);
}

static void
scan_line(struct reader *r, struct span line, const char *context)
{
	struct reply reply;

	memset(&reply, 0, sizeof(reply));
	read_line(line, &reply);
	/*
	 * Beside reports, only a reply refines what they say: the words of
	 * the text are the report's own, told again for people.
	 */
	if (r->beside && reply.code[0] == '\0' && reply.status[0] == '\0')
		return;
	if (reply.recipient[0] == '\0')
		memcpy(reply.recipient, context, sizeof(reply.recipient));
	give(r, &reply);
}

/* Whether TEXT holds one of WORDS, case ignored. */
static bool
holds_any(struct span text, const char *const words[])
{
	size_t i, j, n;

	for (i = 0; words[i] != NULL; i++)
		for (j = 0, n = strlen(words[i]); j + n <= text.length; j++)
			if (strncasecmp(text.at + j, words[i], n) == 0)
				return true;
	return false;
}

/*
 * qmail's "This is a permanent error; I've given up": a 4.4.1 in such a
 * bounce is a failure for good, whatever its class says.
 */
static bool
gives_up(struct span line)
{
	static const char *const words[] = { "This is a permanent error",
		"I'm not going to try again", "I've given up", NULL };

	return holds_any(line, words);
}

/* A recipient the bounce names, once. */
static void
add_named(struct reader *r, const char *address)
{
	size_t i;

	for (i = 0; i < r->nnamed; i++)
		if (strcasecmp(r->named[i], address) == 0)
			return;
	if (r->nnamed < BOUNCE_MAX_NAMED)
		memcpy(r->named[r->nnamed++], address, strlen(address) + 1);
}

static size_t	field_name(struct span);

/* Whether the address ending at AT is a sender's: "MAIL FROM: a@b". */
static bool
after_from(struct span line, const char *at)
{
	size_t before = (size_t)(at - line.at), i;

	if (before > 20)
		before = 20;
	for (i = 0; i + 4 <= before; i++)
		if (strncasecmp(at - before + i, "from", 4) == 0)
			return true;
	return false;
}

/*
 * A line of a header quoted in the text: a field whose addresses are the
 * message's.  "Reason: ... <a@b>" and other labels of the text are not.
 */
static bool
header_line(struct span line)
{
	static const char *const names[] = { "from", "to", "cc", "bcc",
		"reply-to", "sender", "return-path", "delivered-to",
		"envelope-to", "message-id", "in-reply-to", "references",
		"received", "resent-", "x-", "list-", NULL };
	size_t n = field_name(line), i, k;

	for (i = 0; n > 0 && names[i] != NULL; i++) {
		k = strlen(names[i]);
		/* "x-" and the like stand for every field they start. */
		if ((names[i][k - 1] == '-' ? k <= n : k == n) &&
		    strncasecmp(line.at, names[i], k) == 0)
			return true;
	}
	return false;
}

/*
 * Addresses anywhere in a bounce's text, where no line names one alone:
 * neither a sender's nor the bounce's own From and To (the sender).
 */
static void
loose_addresses(struct reader *r, struct span line)
{
	char address[BOUNCE_MAX_ADDRESS + 1];
	const char *at, *start, *end, *stop = line.at + line.length;

	/* A header's addresses are the message's, not a failure's. */
	if (!r->is_bounce || r->nloose == BOUNCE_MAX_NAMED ||
	    header_line(line))
		return;
	for (at = line.at; (at = memchr(at, '@', (size_t)(stop - at))) !=
	    NULL; at++) {
		for (start = at; start > line.at &&
		    address_byte((unsigned char)start[-1]) && start[-1] != ':';
		    start--)
			;
		for (end = at + 1; end < stop &&
		    address_byte((unsigned char)*end); end++)
			;
		while (end > at + 1 && (end[-1] == '.' || end[-1] == ':'))
			end--;
		/* "[a@b]" in "from a@b [a@b]": the brackets are not its. */
		if (start < at && start[0] == '[' && end[-1] == ']') {
			start++;
			end--;
		}
		if (after_from(line, start) || !take_address((struct span){
		    start, (size_t)(end - start) }, address) ||
		    strcasecmp(address, r->sender) == 0 ||
		    strcasecmp(address, r->daemon) == 0)
			continue;
		memcpy(r->loose[r->nloose++], address, sizeof(address));
		if (r->nloose == BOUNCE_MAX_NAMED)
			return;
	}
}

/* Plain text: qmail and Exchange bounces, logs, dialogs, words. */
static void
scan_text(struct reader *r, struct span text)
{
	char context[BOUNCE_MAX_ADDRESS + 1] = "", named[sizeof(context)];
	struct span line;
	size_t pos = 0;
	bool first = r->words.at == NULL;

	/* A copy: a decoded part is freed before the words are read. */
	if (first) {
		r->words.length = text.length < MAX_WORDS ? text.length :
		    MAX_WORDS;
		memcpy(r->words_kept, text.at, r->words.length);
		r->words.at = r->words_kept;
	}
	while (next_line(text, &pos, &line)) {
		if (original_follows(line)) {
			if (r->words.at == r->words_kept && first &&
			    pos < r->words.length)
				r->words.length = pos;
			break;
		}
		if (gives_up(line))
			r->given_up = true;
		if (recipient_line(line, named)) {
			memcpy(context, named, sizeof(context));
			add_named(r, named);
		} else
			loose_addresses(r, line);
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
	char	remote_host[BOUNCE_MAX_HOST + 1];
	struct mailtime time;	/* Last-Attempt-Date, or Arrival-Date */
	enum severity severity;	/* Action: failed or delayed */
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
report_action(struct report *report, const char *v)
{
	report->done = strncasecmp(v, "delivered", 9) == 0 ||
	    strncasecmp(v, "relayed", 7) == 0 ||
	    strncasecmp(v, "expanded", 8) == 0;
	/* "expired" (SendGrid): the queue gave up, as "failed" says. */
	if (strncasecmp(v, "failed", 6) == 0 ||
	    strncasecmp(v, "expired", 7) == 0)
		report->severity = SEVERITY_PERMANENT;
	else if (strncasecmp(v, "delayed", 7) == 0)
		report->severity = SEVERITY_TEMPORARY;
}

/* "dns; mx.example.com": the host, printable ASCII only. */
static void
remote_mta(const char *value, char out[BOUNCE_MAX_HOST + 1])
{
	const char *semicolon = strchr(value, ';');
	struct span s;
	size_t i;

	s.at = semicolon != NULL ? semicolon + 1 : value;
	s.length = strlen(s.at);
	s = trimmed(s);
	if (s.length == 0 || s.length > BOUNCE_MAX_HOST)
		return;
	for (i = 0; i < s.length; i++)
		if ((unsigned char)s.at[i] <= 0x20 ||
		    (unsigned char)s.at[i] >= 0x7f)
			return;
	memcpy(out, s.at, s.length);
	out[s.length] = '\0';
}

/* X.0.0 says less than a status with a subject or a detail. */
static bool
is_vague(const char *status)
{
	return status[0] == '\0' || strcmp(status + 1, ".0.0") == 0;
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
		report_action(report, v);
	else if (strcasecmp(field->name, "Remote-MTA") == 0)
		remote_mta(v, report->remote_host);
	else if (strcasecmp(field->name, "Last-Attempt-Date") == 0 ||
	    (strcasecmp(field->name, "Arrival-Date") == 0 &&
	    report->time.text[0] == '\0'))
		mailtime_rfc5322(v, strlen(v), &report->time);
}

static void
give_report(struct reader *r, struct report *report)
{
	struct reply reply;
	struct span text;
	const char *semicolon = strchr(report->diagnostic, ';');
	size_t at;

	memset(&reply, 0, sizeof(reply));
	text.at = semicolon != NULL ? semicolon + 1 : report->diagnostic;
	text.length = strlen(text.at);
	text = trimmed(text);
	if (text.length > BOUNCE_MAX_LINE)
		text.length = BOUNCE_MAX_LINE;
	/* "X-Postfix; host mx said: 554 5.6.0 ...": the reply inside. */
	if (is_code(text.at, text.length))
		read_reply(text, 0, &reply);
	else if ((at = bounce_status(text.at, text.length, reply.status)) > 0)
		nested_reply(text, at, &reply);
	else if (find_code(text, &at))
		read_reply(text, at, &reply);
	if (reply.status[0] == '\0')
		find_marked_status(text, reply.status);
	/*
	 * The diagnostic is the remote server's own words: its status says
	 * more than the reporting MTA's Status (5.1.1 against 5.0.0), unless
	 * the two disagree on the class.
	 */
	if (report->status[0] != '\0' && (reply.status[0] !=
	    report->status[0] || is_vague(reply.status)))
		memcpy(reply.status, report->status, sizeof(reply.status));
	/*
	 * A report that says a recipient failed and gives no status (RFC
	 * 3464 wants one) names it still: its words tell why.
	 */
	if (reply.code[0] == '\0' && reply.status[0] == '\0')
		reply.named = report->severity == SEVERITY_PERMANENT &&
		    report->recipient[0] != '\0';
	if (report->done || (reply.code[0] == '\0' && reply.status[0] ==
	    '\0' && !reply.named))
		return;
	memcpy(reply.recipient, report->recipient[0] != '\0' ?
	    report->recipient : report->original, sizeof(reply.recipient));
	reply.text = text.at;
	reply.length = text.length;
	reply.dsn = true;
	reply.failure = report->severity != SEVERITY_UNKNOWN;
	reply.severity = report->severity;
	reply.time = report->time;
	memcpy(reply.remote_host, report->remote_host,
	    sizeof(reply.remote_host));
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
	bool	long_boundary;	/* too long to keep: not read */
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
		if (!read_boundary(entity, v)) {
			entity->long_boundary = true;
			r->stopped |= BOUNCE_STOPPED_BOUNDARY;
		}
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

/* Whether any line of BODY is a delimiter of BOUNDARY; its parts read. */
static bool
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
			return true;
		open = true;
		start = pos;
	}
	if (open) {	/* no closing boundary: the part runs to the end */
		part.at = body.at + start;
		part.length = body.length - start;
		read_entity(r, part, depth + 1);
	}
	return open;
}

/*
 * The delimiter a body uses where it is not the one its header declares
 * (mailers that rewrite one and not the other): the first line "--X"
 * followed by a part's "Content-" field.
 */
static bool
body_boundary(struct span body, char out[BOUNCE_MAX_BOUNDARY + 1])
{
	struct span line, next, b;
	size_t pos = 0, peek, i;

	while (next_line(body, &pos, &line)) {
		b = trimmed(line);
		if (b.length < 3 || b.length > BOUNCE_MAX_BOUNDARY + 2 ||
		    b.at[0] != '-' || b.at[1] != '-' || b.at != line.at)
			continue;
		peek = pos;
		if (!next_line(body, &peek, &next) ||
		    !starts_with(next, "Content-") || field_name(next) == 0)
			continue;
		for (i = 2; i < b.length && (unsigned char)b.at[i] > 0x20 &&
		    (unsigned char)b.at[i] < 0x7f; i++)
			;
		if (i < b.length)
			continue;
		memcpy(out, b.at + 2, b.length - 2);
		out[b.length - 2] = '\0';
		return true;
	}
	return false;
}

/* A body read as a message without MIME is: its reports, or its text. */
static void
read_plain(struct reader *r, struct span body)
{
	if (r->pass == PASS_REPORTS)
		read_reports(r, body);
	else
		scan_text(r, body);
}

/*
 * A multipart's parts; where no line is a delimiter of its boundary, the
 * body's own delimiter, else the body read as plain text (old Sendmail
 * declares a multipart/report and writes no delimiter).
 */
static void
read_multipart(struct reader *r, const struct entity *entity,
    struct span body, unsigned depth)
{
	char boundary[BOUNCE_MAX_BOUNDARY + 1];

	if (depth >= BOUNCE_MAX_DEPTH) {
		r->stopped |= BOUNCE_STOPPED_DEPTH;
		return;
	}
	/* A boundary over the bound is said, not guessed at. */
	if (entity->long_boundary)
		return;
	if (entity->boundary[0] != '\0' &&
	    read_parts(r, body, entity->boundary, depth))
		return;
	if (body_boundary(body, boundary) &&
	    strcmp(boundary, entity->boundary) != 0 &&
	    read_parts(r, body, boundary, depth))
		return;
	read_plain(r, body);
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
		read_multipart(r, entity, body, depth);
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

static void
failed_recipients(struct reader *r, const char *value)
{
	char address[BOUNCE_MAX_ADDRESS + 1];
	struct span item;
	const char *at = value;

	while (*at != '\0') {
		item.at = at;
		item.length = strcspn(at, ",");
		at += item.length + (at[item.length] == ',' ? 1 : 0);
		if (take_address(trimmed(item), address)) {
			r->failed_first |= r->nnamed == 0;
			add_named(r, address);
		}
	}
}

/* "Name <a@b>" or "a@b": the address, or "". */
static void
header_address(const char *value, char out[BOUNCE_MAX_ADDRESS + 1])
{
	struct span s = { value, strlen(value) };

	if (!bracketed_address(s, out) && !take_address(trimmed(s), out))
		out[0] = '\0';
}

/*
 * A bounce is known by its sender or its subject, as the mailers of the
 * world write them; a delay warning is not a failure yet.
 */
static void
bounce_header(struct reader *r, const char *value)
{
	static const char *const bounce[] = { "mailer-daemon", "postmaster",
		"mail delivery", "undeliver", "undelivered", "delivery status",
		"delivery failure", "delivery notification", "returned mail",
		"failure notice", "delivery failed", "could not send",
		"non remis", "nicht zustellbar", "not delivered",
		"delivery report", "delivery problem", "mail system error",
		"returned to sender", "rejected", "could not be delivered",
		NULL };
	static const char *const delay[] = { "delay", "warning", "delayed",
		NULL };
	struct span text = { value, strlen(value) };

	if (holds_any(text, bounce))
		r->is_bounce = true;
	if (holds_any(text, delay))
		r->delayed = true;
}

/*
 * Reads the message's header: whether it is MIME, its Date, and the first
 * of its X-Failed-Recipients (Exim's), which names the failed recipient
 * where the text does not.
 */
static bool
read_header(struct reader *r, struct span text)
{
	struct field *field = malloc(sizeof(*field));
	size_t pos = 0;
	bool mime = false;

	while (field != NULL && next_field(text, &pos, field)) {
		if (strcasecmp(field->name, "Content-Type") == 0)
			mime = true;
		else if (strcasecmp(field->name, "Date") == 0)
			mailtime_rfc5322(field->value, strlen(field->value),
			    &r->date);
		else if (strcasecmp(field->name, "X-Failed-Recipients") == 0)
			failed_recipients(r, field->value);
		else if (strcasecmp(field->name, "From") == 0 ||
		    strcasecmp(field->name, "Subject") == 0)
			bounce_header(r, field->value);
		if (strcasecmp(field->name, "From") == 0)
			header_address(field->value, r->daemon);
		else if (strcasecmp(field->name, "To") == 0)
			header_address(field->value, r->sender);
	}
	free(field);
	return mime;
}

/*
 * Each recipient a bounce names, with its words: where no line of it has
 * a code, the reasons in its words still tell the failure.
 */
static void
give_named(struct reader *r)
{
	struct reply reply;
	size_t i;

	if (!r->is_bounce)
		return;
	if (r->nnamed == 0) {
		memcpy(r->named, r->loose, sizeof(r->named));
		r->nnamed = r->nloose;
	}
	for (i = 0; i < r->nnamed; i++) {
		memset(&reply, 0, sizeof(reply));
		memcpy(reply.recipient, r->named[i], sizeof(reply.recipient));
		reply.text = r->words.at != NULL ? r->words.at : "";
		reply.length = r->words.length;
		reply.named = true;
		reply.severity = r->delayed ? SEVERITY_TEMPORARY :
		    SEVERITY_UNKNOWN;
		give(r, &reply);
	}
}

unsigned
bounce_read(const char *input, size_t length, bounce_found *found,
    void *context)
{
	struct reader *r = calloc(1, sizeof(*r));
	struct span text = after_mbox_line((struct span){ input, length });
	unsigned stopped;
	bool mime;

	if (r == NULL)
		return 0;
	r->found = found;
	r->context = context;
	r->date.seconds = -1;
	mime = read_header(r, text);
	if (mime)
		read_entity(r, text, 0);
	else
		read_reports(r, text);
	/* With reports, the text beside them only refines what they say. */
	r->beside = r->reports > 0;
	r->pass = PASS_TEXT;
	r->entities = 0;
	if (mime)
		read_entity(r, text, 0);
	else
		scan_text(r, text);
	if (!r->beside)
		give_named(r);
	stopped = r->stopped;
	free(r);
	return stopped;
}
