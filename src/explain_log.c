/* explain: the failures a mail log line tells, with when, where and which queue. */
#include <string.h>
#include <strings.h>

#include "explain_log.h"

struct span {
	const char	*at;
	size_t		 length;
};

/* ASCII only, in any locale: a queue id or a word of a log. */
static bool
is_alnum(char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <=
	    'z');
}

/* Where NEEDLE starts in S, or NULL: memchr(3) finds the candidates. */
static const char *
find(struct span s, const char *needle)
{
	const char *at = s.at, *end = s.at + s.length;
	size_t n = strlen(needle);

	while (n > 0 && (size_t)(end - at) >= n &&
	    (at = memchr(at, needle[0], (size_t)(end - at) - n + 1)) != NULL) {
		if (memcmp(at, needle, n) == 0)
			return at;
		at++;
	}
	return NULL;
}

static struct span
after(struct span s, const char *at)
{
	return (struct span){ at, s.length - (size_t)(at - s.at) };
}

/* The value of KEY ("relay=") up to a comma or a space. */
static struct span
value_of(struct span s, const char *key)
{
	const char *at = find(s, key);
	struct span v = { NULL, 0 };

	if (at == NULL || (at > s.at && is_alnum(at[-1])))
		return v;
	v = after(s, at + strlen(key));
	v.length = 0;
	while (v.at + v.length < s.at + s.length && v.at[v.length] != ',' &&
	    v.at[v.length] != ' ')
		v.length++;
	return v;
}

/* The length of S before any of STOP.  Copies are printable ASCII only. */
static size_t
until(struct span s, const char *stop)
{
	size_t n = 0;

	while (n < s.length && strchr(stop, s.at[n]) == NULL)
		n++;
	return n;
}

static void
copy(char *out, size_t size, struct span s)
{
	size_t n = s.length < size - 1 ? s.length : size - 1, i;

	for (i = 0; i < n; i++)
		out[i] = (unsigned char)s.at[i] < 0x21 ||
		    (unsigned char)s.at[i] >= 0x7f ? '?' : s.at[i];
	out[n] = '\0';
}

/* "mx.example.com[192.0.2.1]:25" as "mx.example.com[192.0.2.1]". */
static void
take_host(struct reply *reply, struct span host)
{
	const char *close;
	char *space;

	if (host.at == NULL)
		return;
	close = memchr(host.at, ']', host.length);

	if (close != NULL)
		host.length = (size_t)(close - host.at) + 1;
	if (host.length == 0 || (host.length == 4 &&
	    strncmp(host.at, "none", 4) == 0) || host.length > BOUNCE_MAX_HOST)
		return;
	copy(reply->remote_host, sizeof(reply->remote_host), host);
	/* Exim writes "mx.example.com [192.0.2.1]"; Postfix, no space. */
	if ((space = strstr(reply->remote_host, "?[")) != NULL)
		memmove(space, space + 1, strlen(space));
}

/* The words after "host" up to " said:" or ":" in a reply's text. */
static void
said_host(struct reply *reply, struct span text)
{
	struct span host;

	if (text.length < 6 || strncmp(text.at, "host ", 5) != 0)
		return;
	host = after(text, text.at + 5);
	host.length = until(host, " :");
	take_host(reply, host);
}

/*
 * The reply inside "status=bounced (...)": after "said: ", without
 * Postfix's "(in reply to RCPT TO command)".
 */
static struct span
reply_text(struct span paren)
{
	const char *said = find(paren, " said: "), *tail;
	struct span t = paren;

	if (said != NULL)
		t = after(paren, said + 7);
	if ((tail = find(t, " (in reply to ")) != NULL)
		t.length = (size_t)(tail - t.at);
	return t;
}

/* Code, status and the text from TEXT; the status after dsn= if none. */
static void
fill_reply(struct reply *reply, struct span text, struct span dsn)
{
	struct reply line;

	if (text.length > BOUNCE_MAX_LINE)
		text.length = BOUNCE_MAX_LINE;
	reply->text = text.at;
	reply->length = text.length;
	memset(&line, 0, sizeof(line));
	if (bounce_line(text.at, text.length, &line)) {
		memcpy(reply->code, line.code, sizeof(reply->code));
		memcpy(reply->status, line.status, sizeof(reply->status));
	}
	/* The log's dsn= is what the MTA decided; the reply's may be less. */
	if (dsn.length > 0)
		bounce_status(dsn.at, dsn.length, reply->status);
}

static enum severity
severity_of_word(struct span word)
{
	static const char *const permanent[] = { "bounced", "expired",
		"undeliverable", NULL };
	static const char *const temporary[] = { "deferred", "SOFTBOUNCE",
		NULL };
	size_t i;

	for (i = 0; permanent[i] != NULL; i++)
		if (word.length == strlen(permanent[i]) &&
		    strncmp(word.at, permanent[i], word.length) == 0)
			return SEVERITY_PERMANENT;
	for (i = 0; temporary[i] != NULL; i++)
		if (word.length == strlen(temporary[i]) &&
		    strncmp(word.at, temporary[i], word.length) == 0)
			return SEVERITY_TEMPORARY;
	return SEVERITY_UNKNOWN;
}

/* The text in the parentheses that follow AT, to the line's last ')'. */
static struct span
parenthesised(struct span s, const char *at)
{
	const char *open = memchr(at, '(', s.length - (size_t)(at - s.at));
	struct span p = { at, 0 };

	if (open == NULL)
		return p;
	p = after(s, open + 1);
	while (p.length > 0 && p.at[p.length - 1] != ')')
		p.length--;
	if (p.length > 0)
		p.length--;
	return p;
}

/* Postfix's and Sendmail's "to=<a@b>, relay=..., dsn=..., status=...". */
static bool
delivery(struct span msg, struct reply *reply, bool sendmail)
{
	struct span word = value_of(msg, "status="), text;
	const char *stat = NULL;

	if (word.at == NULL && sendmail &&
	    (word = value_of(msg, "stat=")).at != NULL) {
		/* Sendmail: stat= is the text, dsn= the status. */
		stat = word.at;
		if (word.length >= 4 && strncasecmp(word.at, "Sent", 4) == 0)
			return false;
	} else if (word.at == NULL)
		return false;
	if (stat == NULL && (reply->severity = severity_of_word(word)) ==
	    SEVERITY_UNKNOWN)
		return false;
	bounce_address(msg.at, msg.length, reply->recipient);
	take_host(reply, value_of(msg, "relay="));
	if (stat != NULL)
		text = after(msg, stat);
	else if ((text = parenthesised(msg, word.at)).length == 0)
		text = word;
	if (reply->remote_host[0] == '\0')
		said_host(reply, text);
	/* "connect to mx.example.org[192.0.2.5]:25: Connection timed out" */
	if (reply->remote_host[0] == '\0' && text.length > 11 &&
	    strncmp(text.at, "connect to ", 11) == 0)
		take_host(reply, (struct span){ text.at + 11,
		    until(after(text, text.at + 11), " :") });
	fill_reply(reply, reply_text(text), value_of(msg, "dsn="));
	/* Postfix's "status=expired, returned to sender" has no dsn=. */
	if (reply->status[0] == '\0' && word.length == 7 &&
	    strncmp(word.at, "expired", 7) == 0)
		memcpy(reply->status, "4.4.7", 6);
	if (stat != NULL && reply->status[0] != '\0')
		reply->severity = reply->status[0] == '5' ?
		    SEVERITY_PERMANENT : SEVERITY_TEMPORARY;
	/* qmgr's "from=<...>, status=expired" names the sender only. */
	if (find(msg, "to=<") == NULL)
		reply->recipient[0] = '\0';
	reply->failure = true;
	return true;
}

/*
 * "reject: RCPT from host[ip]: 554 5.7.1 <a@b>: Relay access denied;
 * from=<s> to=<a@b>" (Postfix) or "reject=550 5.7.1 ..." (Sendmail).
 */
static bool
rejection(struct span msg, struct reply *reply)
{
	const char *at = find(msg, "reject"), *from, *colon;
	struct span text, to;

	if (at == NULL)
		return false;
	if (msg.length - (size_t)(at - msg.at) > 7 && at[6] == ':' &&
	    at[7] == ' ') {
		text = after(msg, at + 8);
		if ((from = find(text, " from ")) != NULL &&
		    (colon = find(after(text, from), ": ")) != NULL) {
			take_host(reply, (struct span){ from + 6,
			    (size_t)(colon - from - 6) });
			text = after(text, colon + 2);
		}
	} else if (msg.length - (size_t)(at - msg.at) > 6 && at[6] == '=')
		text = after(msg, at + 7);
	else
		return false;
	if ((to = value_of(msg, "to=")).at != NULL)
		bounce_address(to.at, to.length, reply->recipient);
	else
		bounce_address(text.at, text.length, reply->recipient);
	if ((from = find(text, "; from=<")) != NULL)
		text.length = (size_t)(from - text.at);
	fill_reply(reply, text, (struct span){ NULL, 0 });
	reply->failure = reply->code[0] == '4' || reply->code[0] == '5' ||
	    reply->status[0] == '4' || reply->status[0] == '5';
	return reply->failure;
}

/* Where FLAG (" ** ") stands in MSG, or at its start without the space. */
static const char *
flag_at(struct span msg, const char *flag)
{
	const char *at = find(msg, flag);

	if (at != NULL)
		return at + strlen(flag);
	if (msg.length >= strlen(flag) - 1 &&
	    strncmp(msg.at, flag + 1, strlen(flag) - 1) == 0)
		return msg.at + strlen(flag) - 1;
	return NULL;
}

/* The first word of TEXT as the recipient, where it is an address. */
static void
first_word_address(struct reply *reply, struct span text)
{
	size_t n = 0;

	while (n < text.length && text.at[n] != ' ')
		n++;
	if (!bounce_plain_address(text.at, n, reply->recipient))
		reply->recipient[0] = '\0';
}

/*
 * Exim: "** a@b R=r T=t H=mx [ip]: SMTP error from remote mail server
 * after RCPT TO:<a@b>: 550 5.1.1 ...", "==" when deferred, and
 * "rejected RCPT <a@b>: ..." for what it refused itself.
 */
static bool
exim(struct span msg, struct reply *reply)
{
	static const struct {
		const char	*flag;
		enum severity	 severity;
	} flags[] = {
		{ " ** ", SEVERITY_PERMANENT },
		{ " == ", SEVERITY_TEMPORARY },
		{ " rejected RCPT ", SEVERITY_UNKNOWN },
	};
	const char *at = NULL, *colon;
	struct span text, host;
	size_t i;

	for (i = 0; i < sizeof(flags) / sizeof(flags[0]) && at == NULL; i++)
		at = flag_at(msg, flags[i].flag);
	if (at == NULL)
		return false;
	reply->severity = flags[i - 1].severity;
	if ((host = value_of(msg, "H=")).at != NULL) {
		host = after(msg, host.at);
		host.length = until(host, ":");
		take_host(reply, host);
	}
	text = after(msg, at);
	if (reply->severity != SEVERITY_UNKNOWN)
		first_word_address(reply, text);
	else
		bounce_address(text.at, text.length, reply->recipient);
	if ((colon = find(text, ": ")) != NULL)
		text = after(text, colon + 2);
	if ((colon = find(text, "RCPT TO:<")) != NULL &&
	    (colon = find(after(text, colon), ">: ")) != NULL)
		text = after(text, colon + 3);
	fill_reply(reply, text, (struct span){ NULL, 0 });
	reply->failure = true;
	return true;
}

/* "host program[pid]: " after the stamp; the message after it. */
static struct span
syslog_message(struct span rest, struct span *program)
{
	const char *space = memchr(rest.at, ' ', rest.length), *colon;
	struct span m = rest;

	program->at = NULL;
	program->length = 0;
	if (space == NULL)
		return m;
	m = after(rest, space + 1);
	if ((colon = find(m, ": ")) == NULL ||
	    memchr(m.at, ' ', (size_t)(colon - m.at)) != NULL)
		return rest;
	program->at = m.at;
	program->length = (size_t)(colon - m.at);
	return after(m, colon + 2);
}

/* "4F3A21234: " or "NOQUEUE: " at the start of a Postfix message. */
static struct span
queue_id(struct span msg, struct reply *reply)
{
	size_t n = 0;

	while (n < msg.length && n <= BOUNCE_MAX_QUEUE_ID && is_alnum(msg.at[n]))
		n++;
	if (n < 5 || n > BOUNCE_MAX_QUEUE_ID || n + 1 >= msg.length ||
	    msg.at[n] != ':' || msg.at[n + 1] != ' ')
		return msg;
	if (n != 7 || strncmp(msg.at, "NOQUEUE", 7) != 0)
		copy(reply->queue_id, sizeof(reply->queue_id),
		    (struct span){ msg.at, n });
	return after(msg, msg.at + n + 2);
}

/* Exim's message id after its stamp: "1abcDE-000123-AB". */
static struct span
exim_id(struct span rest, struct reply *reply)
{
	size_t n = 0, dashes = 0;

	if (rest.length > 0 && rest.at[0] == '[') {
		while (n < rest.length && rest.at[n] != ' ')
			n++;
		rest = after(rest, rest.at + (n < rest.length ? n + 1 : n));
		n = 0;
	}
	while (n < rest.length && n < 32 && (is_alnum(rest.at[n]) ||
	    rest.at[n] == '-'))
		dashes += rest.at[n++] == '-';
	if (dashes == 2 && n >= 16 && n < rest.length && rest.at[n] == ' ') {
		copy(reply->queue_id, sizeof(reply->queue_id),
		    (struct span){ rest.at, n });
		return after(rest, rest.at + n);
	}
	return rest;
}

static bool
other(struct span msg, struct reply *reply)
{
	struct reply found;

	memset(&found, 0, sizeof(found));
	if (!bounce_line(msg.at, msg.length, &found) ||
	    (found.code[0] != '4' && found.code[0] != '5' &&
	    found.status[0] != '4' && found.status[0] != '5'))
		return false;
	memcpy(reply->code, found.code, sizeof(reply->code));
	memcpy(reply->status, found.status, sizeof(reply->status));
	memcpy(reply->recipient, found.recipient, sizeof(reply->recipient));
	reply->text = found.text;
	reply->length = found.length;
	return true;
}

static bool	log_failure(struct span, struct reply *);

/* A failure's time: read only then, as most lines are none. */
static bool
stamped(struct span s, time_t now, struct reply *reply, bool failure)
{
	if (failure)
		mailtime_log(s.at, s.length, now, &reply->time);
	return failure;
}

bool
explain_log_line(const char *line, size_t length, time_t now,
    struct reply *reply)
{
	struct span s = { line, length };

	memset(reply, 0, sizeof(*reply));
	reply->time.seconds = -1;
	while (s.length > 0 && (s.at[s.length - 1] == '\r'))
		s.length--;
	return stamped(s, now, reply, log_failure(s, reply));
}

/* Whether the line tells of a failure, and what, but when. */
static bool
log_failure(struct span s, struct reply *reply)
{
	struct span rest, program, msg;
	size_t stamp = mailtime_log_length(s.at, s.length);
	bool sendmail;

	rest = after(s, s.at + stamp);
	while (rest.length > 0 && rest.at[0] == ' ')
		rest = after(rest, rest.at + 1);
	if (stamp >= 19 && s.at[4] == '-' && s.at[10] == ' ') {
		msg = exim_id(rest, reply);
		if (exim(msg, reply))
			return true;
		return other(rest, reply);
	}
	msg = syslog_message(rest, &program);
	sendmail = program.at != NULL && (find(program, "sendmail") != NULL ||
	    find(program, "sm-mta") != NULL);
	if (sendmail || (program.at != NULL && find(program, "postfix") !=
	    NULL)) {
		msg = queue_id(msg, reply);
		return rejection(msg, reply) || delivery(msg, reply, sendmail);
	}
	if (program.at != NULL && find(program, "exim") != NULL) {
		msg = exim_id(msg, reply);
		return exim(msg, reply);
	}
	return other(msg, reply);
}
