/* Finding failures in a text, a log and a stream, and matching them to the known errors. */
#include "unit.h"
#include "explain.h"
#include "explain_log.h"
#include "explain_split.h"
#include "mailtime.h"
#include "phrases.h"

static int
setup(void **state)
{
	struct problem problem = { EX_OK, "" };
	struct error_book *book = NULL;

	if (errors_load("data/errors.json", &book, &problem) != EX_OK)
		fail_msg("%s", problem.message);
	*state = book;
	return 0;
}

static int
teardown(void **state)
{
	errors_free(*state);
	return 0;
}

struct collected {
	char	 *buffer;
	size_t	  size;
	struct finding last;
};

/* "id" or "generic", then "|other" for each other possible meaning. */
static void
collect(const struct finding *f, void *context)
{
	struct collected *c = context;
	char item[256];
	size_t i, used;

	snprintf(item, sizeof(item), "%s", f->error != NULL ? f->error->id :
	    "generic");
	for (i = 0; i < f->nalso; i++) {
		used = strlen(item);
		snprintf(item + used, sizeof(item) - used, "|%s",
		    f->also[i]->id);
	}
	problem_list_append(c->buffer, c->size, item);
	c->last = *f;
}

/* The ids of what TEXT explains, as words (ASKED) or as input. */
static const char *
explained(const struct error_book *book, const char *text, bool asked,
    char *buffer, size_t size, struct finding *last)
{
	struct collected c;
	struct explainer x;

	memset(&c, 0, sizeof(c));
	c.buffer = buffer;
	c.size = size;
	buffer[0] = '\0';
	assert_true(explain_start(&x, book, asked, collect, &c));
	explain_message(&x, text, strlen(text));
	explain_end(&x);
	if (last != NULL)
		*last = c.last;
	return buffer;
}

static const char *
ids(const struct error_book *book, const char *text, char *buffer,
    size_t size)
{
	return explained(book, text, true, buffer, size, NULL);
}

static void
test_text_decides(void **state)
{
	char b[512];

	assert_string_equal(ids(*state, "553 sorry, that domain isn't allowed "
	    "to be relayed thru this MTA (#5.7.1)", b, sizeof(b)),
	    "smtp-553-relay");
	assert_string_equal(ids(*state, "SORRY, THAT DOMAIN ISN'T ALLOWED TO "
	    "BE RELAYED THRU THIS MTA", b, sizeof(b)), "smtp-553-relay");
	assert_string_equal(ids(*state, "550 5.7.1 Rejected by policy: From "
	    "header domain does not align with authenticated domain", b,
	    sizeof(b)), "cross-domain-from");
}

/* One finding; the other meanings of the code inside it. */
static void
test_bare_code_lists_the_others(void **state)
{
	char b[512];

	assert_string_equal(ids(*state, "553", b, sizeof(b)),
	    "smtp-553-mailbox|smtp-553-relay");
	assert_string_equal(ids(*state, "(553)", b, sizeof(b)),
	    "smtp-553-mailbox|smtp-553-relay");
}

/* A status that does not contradict the entry keeps OVHcloud's advice. */
static void
test_status_keeps_the_advice(void **state)
{
	char b[512];

	assert_string_equal(ids(*state, "450 4.2.1 Requested mail action not "
	    "taken: mailbox unavailable", b, sizeof(b)), "smtp-450");
	assert_string_equal(ids(*state, "550 5.7.26 This message does not "
	    "have authentication information or fails to pass authentication "
	    "checks", b, sizeof(b)), "smtp-550-auth");
	assert_string_equal(ids(*state, "432", b, sizeof(b)), "smtp-432");
}

static void
test_generic_and_nothing(void **state)
{
	struct finding f;
	char b[512];

	memset(&f, 0, sizeof(f));
	memcpy(f.code, "550", 4);
	memcpy(f.status, "5.1.1", 6);
	assert_string_equal(ids(*state, "250 2.0.0 Ok", b, sizeof(b)),
	    "generic");
	assert_string_equal(ids(*state, "15530", b, sizeof(b)), "");
	assert_string_equal(ids(*state, "5531 other", b, sizeof(b)), "");
	assert_string_equal(ids(*state, "", b, sizeof(b)), "");
	explain_generic(*state, &f, false, b, sizeof(b));
	assert_string_equal(b, "550: Requested action not taken: mailbox "
	    "unavailable (not found, no access, or refused for policy "
	    "reasons). 5.1.1: Permanent failure, addressing status: bad "
	    "destination mailbox address.");
}

/* A dialog: success lines are no failure, each failure counts once. */
static void
test_dialog(void **state)
{
	char b[512];

	assert_string_equal(ids(*state, "S: 250 OK\nS: 550 5.1.1 no\n"
	    "S: 550 5.1.1 no\n", b, sizeof(b)), "smtp-550");
	assert_string_equal(ids(*state, "S: 250 OK\nS: 557 5.1.1 no\n",
	    b, sizeof(b)), "generic");
}

/* What plain-text bounces say, as sisimai's corpus has them. */
static void
test_plain_bounces(void **state)
{
	struct finding f;
	char b[512];

	explained(*state, "From: MAILER-DAEMON@mx.example\nSubject: failure "
	    "notice\n\n<user@example.net>:\n550: 5.1.1 <user@example.net>... "
	    "User Unknown\n", false, b, sizeof(b), &f);
	assert_string_equal(f.status, "5.1.1");
	assert_string_equal(f.recipient, "user@example.net");
	assert_string_equal(f.reason->id, "user_unknown");
	/* The sender in MAIL FROM is never the recipient. */
	explained(*state, "From: MAILER-DAEMON@mx.example\nSubject: Returned "
	    "mail\nX-Failed-Recipients: rcpt@example.org\n\nSMTP error after "
	    "MAIL FROM:<sender@example.com>: 550 5.7.1 rejected\n", false, b,
	    sizeof(b), &f);
	assert_string_equal(f.recipient, "rcpt@example.org");
	assert_string_equal(f.status, "5.7.1");
	/* Lotus Domino: no code at all, the words still tell. */
	explained(*state, "From: Postmaster@example.jp\nSubject: DELIVERY "
	    "FAILURE\n\nYour message\nwas not delivered to:\n  u@example.jp\n"
	    "because:\n  User u (u@example.jp) not listed in Domino "
	    "Directory\n", false, b, sizeof(b), &f);
	assert_string_equal(f.recipient, "u@example.jp");
	assert_int_equal(f.status[0], '5');
	assert_true(f.inferred);
}

/* A report's Status: 5.0.0 says less than the diagnostic's 5.1.1. */
static void
test_most_specific_status(void **state)
{
	struct finding f;
	char b[512];

	explained(*state, "Content-Type: multipart/report; boundary=\"b\"\n\n"
	    "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; "
	    "mx\n\nFinal-Recipient: rfc822; a@example.com\nAction: failed\n"
	    "Status: 5.0.0\nDiagnostic-Code: smtp; 550 5.1.1 <a@example.com>: "
	    "unknown\n\n--b--\n", false, b, sizeof(b), &f);
	assert_string_equal(f.status, "5.1.1");
	assert_string_equal(f.code, "550");
	assert_int_equal(f.severity, SEVERITY_PERMANENT);
}

/* A deferral of the user's own Postfix is no OVHcloud give-up. */
static void
test_log_deferred(void **state)
{
	const char *line = "Dec  7 03:01:02 mx postfix/smtp[1234]: "
	    "4F3A212345: to=<a@example.net>, relay=none, delay=30, "
	    "delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to "
	    "mx.example.net[192.0.2.7]:25: Connection timed out)";
	struct collected c;
	struct explainer x;
	char b[512] = "";

	memset(&c, 0, sizeof(c));
	c.buffer = b;
	c.size = sizeof(b);
	assert_true(explain_start(&x, *state, false, collect, &c));
	explain_line(&x, line, strlen(line));
	explain_end(&x);
	assert_string_equal(b, "generic");
	assert_int_equal(c.last.severity, SEVERITY_TEMPORARY);
	assert_string_equal(c.last.status, "4.4.1");
	assert_string_equal(c.last.queue_id, "4F3A212345");
	assert_string_equal(c.last.recipient, "a@example.net");
	assert_string_equal(c.last.reason->id, "network");
	assert_true(strstr(c.last.time.text, "-12-07T03:01:02") != NULL);
}

static void
test_log_lines(void **state)
{
	struct reply r;
	const char *bounced = "2026-12-07T03:01:02.123456+01:00 mx "
	    "postfix/smtp[1]: ABCDEF12: to=<u@example.org>, "
	    "relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced "
	    "(host mx.example.org[192.0.2.1] said: 550 5.1.1 <u@example.org>: "
	    "User unknown (in reply to RCPT TO command))";
	const char *exim = "2026-12-07 03:01:02 1abcDE-000123-AB ** "
	    "u@example.org R=dnslookup T=remote_smtp H=mx.example.org "
	    "[192.0.2.1]: SMTP error from remote mail server after RCPT "
	    "TO:<u@example.org>: 550 5.1.1 User unknown";

	(void)state;
	assert_true(explain_log_line(bounced, strlen(bounced), 0, &r));
	assert_string_equal(r.code, "550");
	assert_string_equal(r.status, "5.1.1");
	assert_string_equal(r.remote_host, "mx.example.org[192.0.2.1]");
	assert_string_equal(r.time.text, "2026-12-07T03:01:02+01:00");
	assert_int_equal(r.severity, SEVERITY_PERMANENT);
	assert_true(explain_log_line(exim, strlen(exim), 0, &r));
	assert_string_equal(r.recipient, "u@example.org");
	assert_string_equal(r.queue_id, "1abcDE-000123-AB");
	assert_string_equal(r.status, "5.1.1");
	/* What was delivered, and what is no log line, are no failure. */
	assert_false(explain_log_line("Dec  7 03:01:02 mx postfix/smtp[1]: "
	    "AB12345: to=<u@x.org>, status=sent (250 2.0.0 Ok)", 80, 0, &r));
	assert_false(explain_log_line("a\nfoo postfix/smtp[553]: size=553 "
	    "12:55:30 10.0.0.553", 50, 0, &r));
}

static void
test_mailtime(void **state)
{
	struct mailtime t;

	(void)state;
	assert_true(mailtime_rfc5322("Mon, 7 Dec 2026 03:01:02 +0100", 30,
	    &t));
	assert_string_equal(t.text, "2026-12-07T03:01:02+01:00");
	assert_int_equal(t.seconds, 1796608862LL);
	assert_false(mailtime_rfc5322("yesterday", 9, &t));
	/* A syslog stamp in January, read in December: last year's? No. */
	assert_int_equal(mailtime_log("Jan  2 00:00:00 x", 17,
	    1796608862, &t), 15);
	assert_string_equal(t.text, "2026-01-02T00:00:00");
	assert_int_equal(mailtime_log("Dec 31 00:00:00 x", 17,
	    1767225600 + 86400, &t), 15);	/* read on 2026-01-02 */
	assert_string_equal(t.text, "2025-12-31T00:00:00");
}

struct units {
	size_t	messages, lines;
	char	first[64];
};

static void
count_unit(enum split_unit unit, const char *text, size_t length,
    void *context)
{
	struct units *u = context;

	if (u->messages + u->lines == 0)
		snprintf(u->first, sizeof(u->first), "%.*s",
		    (int)(length < 63 ? length : 63), text);
	if (unit == SPLIT_MESSAGE)
		u->messages++;
	else
		u->lines++;
}

/* Fed a byte at a time, as a slow pipe gives it. */
static struct units
split(const char *text, bool one_message)
{
	struct splitter s = { 0 };
	struct units u = { 0, 0, "" };
	size_t i;

	assert_true(split_start(&s, one_message, count_unit, &u));
	for (i = 0; text[i] != '\0'; i++)
		split_feed(&s, text + i, 1);
	split_end(&s);
	split_free(&s);
	return u;
}

static void
test_split(void **state)
{
	struct units u;

	(void)state;
	/* mbox escapes a body's "From " after a blank line as ">From ". */
	u = split("From a@b Mon Dec  7 03:01:02 2026\nSubject: 1\n\nbody\n"
	    "From inside a body\n\nFrom c@d Mon Dec  7 03:01:02 2026\nSubject: "
	    "2\n\nx\n", false);
	assert_int_equal(u.messages, 2);
	assert_string_equal(u.first, "Subject: 1\n\nbody\nFrom inside a "
	    "body\n\n");
	u = split("Dec  7 03:01:02 mx postfix/smtp[1]: a\n\nDec  7 03:01:03 "
	    "mx postfix/smtp[1]: b\n", false);
	assert_int_equal(u.lines, 2);
	u = split("From a@b x\nSubject: y\n", true);
	assert_int_equal(u.messages, 1);
	u = split("550 5.1.1 words\nmore\n", false);
	assert_int_equal(u.messages, 1);
}

static void
found_owner(unsigned owner, void *context)
{
	*(unsigned *)context = owner;
}

static void
test_phrases(void **state)
{
	struct phrases *p = phrases_new();
	unsigned owner = 0;

	(void)state;
	assert_non_null(p);
	assert_true(phrases_add(p, "user unknown", 7));
	assert_true(phrases_add(p, "553", 9));
	assert_true(phrases_build(p));
	phrases_find(p, "550 USER UNKNOWN here", 20, found_owner, &owner);
	assert_int_equal(owner, 7);
	owner = 0;
	phrases_find(p, "15530", 5, found_owner, &owner);
	assert_int_equal(owner, 0);
	phrases_free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_decides),
		cmocka_unit_test(test_bare_code_lists_the_others),
		cmocka_unit_test(test_status_keeps_the_advice),
		cmocka_unit_test(test_generic_and_nothing),
		cmocka_unit_test(test_dialog),
		cmocka_unit_test(test_plain_bounces),
		cmocka_unit_test(test_most_specific_status),
		cmocka_unit_test(test_log_deferred),
		cmocka_unit_test(test_log_lines),
		cmocka_unit_test(test_mailtime),
		cmocka_unit_test(test_split),
		cmocka_unit_test(test_phrases),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
