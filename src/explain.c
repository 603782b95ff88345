/*
 * explain: the failures in a text matched to the known errors and the
 * standards' meanings.
 */
#include <stdarg.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "explain.h"
#include "explain_log.h"
#include "i18n.h"
#include "phrases.h"
#include "utf8.h"

/* The documented errors and reasons a text names, from the book's index. */
struct named {
	const struct error_book	*book;
	bool			*errors;	/* by the error's index */
	size_t			 reason;	/* the first reason named */
};

static void
name_found(unsigned owner, void *context)
{
	struct named *n = context;

	if (owner < n->book->nerrors)
		n->errors[owner] = true;
	else if (owner - n->book->nerrors < n->reason)
		n->reason = owner - n->book->nerrors;
}

static bool
same(const char *documented, const char *found)
{
	return documented != NULL && strcmp(documented, found) == 0;
}

/* Which way a documented error may match a reply, tried in this order. */
enum by {
	BY_TEXT,		/* one of its texts, the code agreeing */
	BY_CODE_AND_STATUS,
	BY_CODE,		/* the reply's status, if any, no other */
	BY_STATUS,		/* the reply has no code: a DSN or words */
	BY_COUNT
};

/*
 * A status contradicts an entry that has another one.  A status alone
 * names an entry only in a report or in words typed: a log's deferral
 * with dsn=4.4.1 is the user's own server retrying, not OVHcloud's
 * legacy give-up that has the same status.
 */
/*
 * A reply with no words of its own: "550", "550 5.1.1 <a@b>", a report's
 * Status alone.  Only such a reply is matched by its code: a reply's
 * words must agree with an entry's (BY_TEXT) for OVHcloud's advice.
 */
static bool
is_bare(const struct reply *reply)
{
	size_t i, letters = 0;
	bool inside = false;

	for (i = 0; i < reply->length && letters < 4; i++) {
		if (reply->text[i] == '<')
			inside = true;
		else if (reply->text[i] == '>')
			inside = false;
		else if (!inside && isalpha((unsigned char)reply->text[i]))
			letters++;
	}
	return letters < 4;
}

static bool
matches(const struct known_error *e, const struct reply *reply,
    bool text_named, bool asked, enum by by)
{
	bool code = reply->code[0] != '\0', status = reply->status[0] != '\0';
	bool agrees = !status || e->status == NULL ||
	    same(e->status, reply->status);

	switch (by) {
	case BY_TEXT:
		return text_named && agrees && (!code || e->code == NULL ||
		    same(e->code, reply->code));
	case BY_CODE_AND_STATUS:
		return code && status && same(e->code, reply->code) &&
		    same(e->status, reply->status) && is_bare(reply);
	case BY_CODE:
		return code && same(e->code, reply->code) && agrees &&
		    is_bare(reply);
	case BY_STATUS:
		return !code && status && (reply->dsn || asked) &&
		    same(e->status, reply->status);
	case BY_COUNT:
		break;
	}
	return false;
}

/* The best documented error in F, and the others that match as well. */
static void
document(const struct explainer *x, const struct reply *reply,
    const bool *named, struct finding *f)
{
	const struct error_book *book = x->book;
	const struct known_error *e;
	size_t i;
	int by;

	for (by = BY_TEXT; by < BY_COUNT && f->error == NULL; by++)
		for (i = 0; i < book->nerrors; i++) {
			e = &book->errors[i];
			if (!matches(e, reply, named[i], x->asked, (enum by)by))
				continue;
			if (f->error == NULL)
				f->error = e;
			else if (f->nalso < EXPLAIN_MAX_ALSO)
				f->also[f->nalso++] = e;
		}
	/* One status shared by several entries says none of them. */
	if (by - 1 == BY_STATUS && f->nalso > 0) {
		f->error = NULL;
		f->nalso = 0;
	}
}

static bool
listed(const char **list, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], s) == 0)
			return true;
	return false;
}

/* The text's first reason, else the status's, else the entry's. */
static const struct reason *
reason_of(const struct error_book *book, const struct finding *f,
    size_t named)
{
	size_t i;

	if (named < book->nreasons)
		return &book->reasons[named];
	for (i = 0; f->status[0] != '\0' && i < book->nreasons; i++)
		if (listed(book->reasons[i].status, book->reasons[i].nstatus,
		    f->status))
			return &book->reasons[i];
	if (f->error != NULL && f->error->reason != NULL)
		return f->error->reason;
	return errors_reason(book, "other");
}

/*
 * The reason's status of the class the bounce has: a returned message
 * failed for good, a warning of delay is temporary.
 */
static const char *
status_of_class(const struct reason *reason, char class)
{
	size_t i;

	for (i = 0; i < reason->nstatus; i++)
		if (reason->status[i][0] == class)
			return reason->status[i];
	return reason->status[0];
}

/*
 * What the server said, as it said it: one line, white space folded,
 * bytes that are not printable ASCII or UTF-8 text left to the reports'
 * quoting; the NULs a reader let through become spaces.
 */
static void
reply_words(struct finding *f, const struct reply *reply)
{
	size_t i, n = 0;
	bool space = false;

	for (i = 0; i < reply->length && n + 1 < sizeof(f->reply); i++) {
		unsigned char c = (unsigned char)reply->text[i];

		if (c == '\0' || c == ' ' || c == '\t' || c == '\r' ||
		    c == '\n') {
			space = n > 0;
			continue;
		}
		if (space && n + 2 < sizeof(f->reply))
			f->reply[n++] = ' ';
		space = false;
		f->reply[n++] = (char)c;
	}
	f->reply[n] = '\0';
	/* JSON holds UTF-8 only: a byte that is not, or a cut one, is '?'. */
	for (i = 0; (i += utf8_invalid_at(f->reply + i, n - i)) < n; i++)
		f->reply[i] = '?';
}

static enum severity
severity_of(const struct reply *reply, const struct finding *f)
{
	char first = f->code[0] != '\0' ? f->code[0] : f->status[0];

	if (reply->severity != SEVERITY_UNKNOWN)
		return reply->severity;
	return first == '4' ? SEVERITY_TEMPORARY : SEVERITY_PERMANENT;
}

/* Success and "go on" replies are failures only when asked about alone. */
static bool
is_failure(const struct reply *reply)
{
	char first = reply->code[0] != '\0' ? reply->code[0] : reply->status[0];

	return reply->failure || first == '4' || first == '5';
}

/*
 * The finding a reply makes, or false.  A line with neither code nor
 * status is a failure only when it names an OVHcloud error, or, in a
 * bounce, a recipient and a reason: its status is then the reason's.
 */
static bool
make_finding(struct explainer *x, const struct reply *reply,
    struct finding *f)
{
	const struct error_book *book = x->book;
	bool reply_like = reply->code[0] != '\0' || reply->status[0] != '\0';
	struct named n = { book, x->named, book->nreasons };

	if (reply_like && !is_failure(reply) && !x->one_line)
		return false;
	memset(x->named, 0, book->nerrors * sizeof(*x->named));
	memset(f, 0, sizeof(*f));
	memcpy(f->code, reply->code, sizeof(f->code));
	memcpy(f->status, reply->status, sizeof(f->status));
	memcpy(f->recipient, reply->recipient, sizeof(f->recipient));
	phrases_find(book->phrases, reply->text, reply->length, name_found,
	    &n);
	/* A bounce's words as a whole tell a reason, not which error. */
	if (!reply->named)
		document(x, reply, x->named, f);
	f->reason = reason_of(book, f, n.reason);
	if (!reply_like && f->error == NULL) {
		if (x->asked || f->recipient[0] == '\0')
			return false;
		if (n.reason < book->nreasons && f->reason->nstatus > 0)
			snprintf(f->status, sizeof(f->status), "%s",
			    status_of_class(f->reason, reply->severity ==
			    SEVERITY_TEMPORARY ? '4' : '5'));
		else if (reply->named)
			snprintf(f->status, sizeof(f->status), "%s",
			    reply->severity == SEVERITY_TEMPORARY ? "4.0.0" :
			    "5.0.0");
		else
			return false;
		f->inferred = true;
	}
	f->severity = severity_of(reply, f);
	f->time = reply->time;
	f->file = x->file;
	if (!reply->named)
		reply_words(f, reply);
	memcpy(f->remote_host, reply->remote_host, sizeof(f->remote_host));
	memcpy(f->queue_id, reply->queue_id, sizeof(f->queue_id));
	return true;
}

static void
give(struct explainer *x, const struct finding *f)
{
	x->failures++;
	x->given(f, x->context);
}

/* The same failure told again: the same recipient, and the same cause. */
static bool
same_failure(const struct finding *a, const struct finding *b)
{
	/* What words alone tell of a recipient is one failure. */
	if (a->inferred && b->inferred)
		return strcmp(a->recipient, b->recipient) == 0;
	if (a->error != b->error || strcmp(a->recipient, b->recipient) != 0)
		return false;
	return a->error != NULL || (strcmp(a->code, b->code) == 0 &&
	    strcmp(a->status, b->status) == 0);
}

static void
fill_in(struct finding *into, const struct finding *f)
{
	if (into->code[0] == '\0')
		memcpy(into->code, f->code, sizeof(into->code));
	if (into->status[0] == '\0' || into->inferred) {
		memcpy(into->status, f->status, sizeof(into->status));
		into->inferred = f->inferred;
	}
	if (into->remote_host[0] == '\0')
		memcpy(into->remote_host, f->remote_host,
		    sizeof(into->remote_host));
	if (into->time.text[0] == '\0')
		into->time = f->time;
}

static void
merge(struct explainer *x, const struct finding *f)
{
	size_t i;

	for (i = 0; i < x->nmerged; i++)
		if (same_failure(&x->merged[i], f)) {
			fill_in(&x->merged[i], f);
			return;
		}
	if (x->nmerged == EXPLAIN_MAX_MERGED) {
		give(x, f);
		return;
	}
	x->merged[x->nmerged++] = *f;
}

/* X.0.0 says only the class. */
static bool
is_vague(const char *status)
{
	return status[0] == '\0' || strcmp(status + 1, ".0.0") == 0;
}

/*
 * The text beside a report, for a recipient the report left vague
 * (Status: 5.0.0 and no diagnostic): its reply says more.
 */
static void
refine(struct explainer *x, const struct finding *f)
{
	struct finding *into;
	size_t i;

	for (i = 0; i < x->nmerged; i++) {
		into = &x->merged[i];
		if (strcasecmp(into->recipient, f->recipient) != 0 ||
		    !is_vague(into->status) || is_vague(f->status) ||
		    (into->status[0] != '\0' && f->status[0] != into->status[0]))
			continue;
		memcpy(into->status, f->status, sizeof(into->status));
		if (into->code[0] == '\0')
			memcpy(into->code, f->code, sizeof(into->code));
		if (into->error == NULL && f->error != NULL) {
			into->error = f->error;
			into->reason = f->reason;
		}
		if (into->reason == NULL || strcmp(into->reason->id, "other") ==
		    0)
			into->reason = f->reason;
	}
}

static void
reply_found(const struct reply *reply, void *context)
{
	struct explainer *x = context;
	struct finding f;

	if (!make_finding(x, reply, &f))
		return;
	if (reply->beside)
		refine(x, &f);
	else
		merge(x, &f);
}

/* A finding from words only is dropped where the recipient has another. */
static bool
told_otherwise(const struct explainer *x, const struct finding *f)
{
	size_t i;

	for (i = 0; f->inferred && i < x->nmerged; i++)
		if (!x->merged[i].inferred &&
		    strcmp(x->merged[i].recipient, f->recipient) == 0)
			return true;
	return false;
}

/*
 * A reply that named no recipient, in a bounce that names one only: the
 * failure is that recipient's.
 */
static void
fill_recipients(struct explainer *x)
{
	const char *only = NULL;
	size_t i;

	for (i = 0; i < x->nmerged; i++) {
		if (!x->merged[i].inferred)
			continue;
		if (only != NULL && strcmp(only, x->merged[i].recipient) != 0)
			return;
		only = x->merged[i].recipient;
	}
	for (i = 0; only != NULL && i < x->nmerged; i++)
		if (!x->merged[i].inferred && x->merged[i].recipient[0] == '\0')
			memcpy(x->merged[i].recipient, only,
			    sizeof(x->merged[i].recipient));
}

static bool
one_line(const char *text, size_t length)
{
	while (length > 0 && (text[length - 1] == '\n' ||
	    text[length - 1] == '\r'))
		length--;
	return memchr(text, '\n', length) == NULL;
}

bool
explain_start(struct explainer *x, const struct error_book *book,
    bool asked, explain_given *given, void *context)
{
	memset(x, 0, sizeof(*x));
	x->book = book;
	x->asked = asked;
	x->given = given;
	x->context = context;
	x->now = time(NULL);
	x->merged = malloc(EXPLAIN_MAX_MERGED * sizeof(*x->merged));
	x->named = calloc(book->nerrors + 1, sizeof(*x->named));
	return x->merged != NULL && x->named != NULL;
}

void
explain_end(struct explainer *x)
{
	free(x->merged);
	free(x->named);
	x->merged = NULL;
	x->named = NULL;
}

void
explain_message(struct explainer *x, const char *text, size_t length)
{
	size_t i;

	x->messages++;
	x->nmerged = 0;
	x->one_line = one_line(text, length);
	x->stopped |= bounce_read(text, length, reply_found, x);
	fill_recipients(x);
	for (i = 0; i < x->nmerged; i++)
		if (!told_otherwise(x, &x->merged[i]))
			give(x, &x->merged[i]);
	x->nmerged = 0;
}

void
explain_line(struct explainer *x, const char *line, size_t length)
{
	struct reply reply;
	struct finding f;

	x->lines++;
	x->one_line = true;
	if (explain_log_line(line, length, x->now, &reply) &&
	    make_finding(x, &reply, &f))
		give(x, &f);
}

static void
first_error(const struct finding *f, void *context)
{
	const struct known_error **best = context;

	if (*best == NULL)
		*best = f->error;
}

const struct known_error *
explain_best(const struct error_book *book, const char *text,
    size_t length)
{
	const struct known_error *best = NULL;
	struct explainer x;

	if (explain_start(&x, book, true, first_error, &best))
		explain_message(&x, text, length);
	explain_end(&x);
	return best;
}

const char *
explain_severity(enum severity severity)
{
	return severity == SEVERITY_TEMPORARY ? N_("temporary") :
	    N_("permanent");
}

/* Generic meanings. */

/* The standards' meanings that apply to a finding; NULL where none. */
struct parts {
	const struct generic_meaning	*reply;	/* the code itself */
	const struct generic_meaning	*reply_class;
	const struct generic_meaning	*reply_category;
	const struct generic_meaning	*status_class;
	const struct generic_meaning	*subject;
	const struct generic_meaning	*detail;
};

static void
find_parts(const struct error_book *book, const struct finding *f,
    struct parts *p)
{
	const char *rest = strchr(f->status, '.');
	char name[24];

	memset(p, 0, sizeof(*p));
	if (f->code[0] != '\0') {
		p->reply = errors_generic(book, f->code);
		snprintf(name, sizeof(name), "%cyz", f->code[0]);
		p->reply_class = errors_generic(book, name);
		snprintf(name, sizeof(name), "x%cz", f->code[1]);
		p->reply_category = errors_generic(book, name);
	}
	if (rest != NULL) {
		snprintf(name, sizeof(name), "%c.X.X", f->status[0]);
		p->status_class = errors_generic(book, name);
		snprintf(name, sizeof(name), "X.%.*s.X",
		    (int)strcspn(rest + 1, "."), rest + 1);
		p->subject = errors_generic(book, name);
		snprintf(name, sizeof(name), "X%s", rest);
		p->detail = errors_generic(book, name);
	}
}

static void
put(char *buffer, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
put(char *buffer, size_t size, const char *fmt, ...)
{
	size_t used = strlen(buffer);
	va_list ap;

	va_start(ap, fmt);
	if (used < size)
		vsnprintf(buffer + used, size - used, fmt, ap);
	va_end(ap);
}

static const char *
meaning_of(const struct generic_meaning *g, bool translate)
{
	if (g == NULL)
		return "?";
	return translate ? gettext(g->meaning) : g->meaning;
}

void
explain_generic(const struct error_book *book, const struct finding *f,
    bool translate, char *buffer, size_t size)
{
	struct parts p;

	find_parts(book, f, &p);
	buffer[0] = '\0';
	if (p.reply != NULL)
		put(buffer, size, "%s: %s.", f->code,
		    meaning_of(p.reply, translate));
	else if (f->code[0] != '\0')
		put(buffer, size, "%s: %s, %s.", f->code,
		    meaning_of(p.reply_class, translate),
		    meaning_of(p.reply_category, translate));
	if (f->status[0] == '\0')
		return;
	put(buffer, size, "%s%s: %s", buffer[0] != '\0' ? " " : "",
	    f->status, meaning_of(p.status_class, translate));
	if (p.subject != NULL)
		put(buffer, size, ", %s", meaning_of(p.subject, translate));
	if (p.detail != NULL)
		put(buffer, size, ": %s", meaning_of(p.detail, translate));
	put(buffer, size, ".");
}

void
explain_generic_sources(const struct error_book *book,
    const struct finding *f, char *buffer, size_t size)
{
	const struct generic_meaning *used[6];
	const struct source *seen[6] = { NULL };
	struct parts p;
	size_t i, j, n = 0;

	find_parts(book, f, &p);
	used[0] = p.reply;
	used[1] = p.reply == NULL ? p.reply_class : NULL;
	used[2] = p.reply == NULL ? p.reply_category : NULL;
	used[3] = p.status_class;
	used[4] = p.subject;
	used[5] = p.detail;
	buffer[0] = '\0';
	for (i = 0; i < 6; i++) {
		if (used[i] == NULL)
			continue;
		for (j = 0; j < n && seen[j] != used[i]->source; j++)
			;
		if (j < n)
			continue;
		seen[n++] = used[i]->source;
		put(buffer, size, "%s%s (%s)", buffer[0] != '\0' ? "; " : "",
		    used[i]->source->title, used[i]->source->date);
	}
}
