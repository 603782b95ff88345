/*
 * explain: the failures in a text matched to the known errors and the
 * standards' meanings.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "explain.h"
#include "i18n.h"

struct search {
	const struct error_book	*book;
	struct explanation	*out;
	bool			 one_line;	/* words, or a single line */
};

static bool
is_word(char c)
{
	return isalnum((unsigned char)c) != 0;
}

/*
 * Whether the needle occurs in the text, ignoring case, and not as part of
 * a longer word or number: "553" is in "553 5.7.1" but not in "15530".
 */
static bool
contains(const char *text, const char *needle)
{
	size_t n = strlen(needle), i;
	const char *at;

	for (at = text; *at != '\0'; at++) {
		for (i = 0; i < n && at[i] != '\0'; i++)
			if (tolower((unsigned char)at[i]) !=
			    tolower((unsigned char)needle[i]))
				break;
		if (i < n)
			continue;
		if (at > text && is_word(needle[0]) && is_word(at[-1]))
			continue;
		if (is_word(needle[n - 1]) && is_word(at[n]))
			continue;
		return true;
	}
	return false;
}

static bool
same(const char *documented, const char *found)
{
	return documented != NULL && strcmp(documented, found) == 0;
}

static bool
named_by_text(const struct known_error *e, const struct reply *reply,
    const char *text)
{
	size_t i;

	if (e->code != NULL && reply->code[0] != '\0' &&
	    strcmp(e->code, reply->code) != 0)
		return false;
	for (i = 0; i < e->nmatch; i++)
		if (contains(text, e->match[i]))
			return true;
	return false;
}

/* Which way a documented error may match a reply, tried in this order. */
enum by {
	BY_TEXT,		/* one of its texts, the code agreeing */
	BY_CODE_AND_STATUS,
	BY_CODE,		/* the reply has no status */
	BY_STATUS,		/* the reply has no code */
	BY_COUNT
};

static bool
matches(const struct known_error *e, const struct reply *reply,
    const char *text, enum by by)
{
	bool code = reply->code[0] != '\0', status = reply->status[0] != '\0';

	switch (by) {
	case BY_TEXT:
		return named_by_text(e, reply, text);
	case BY_CODE_AND_STATUS:
		return code && status && same(e->code, reply->code) &&
		    same(e->status, reply->status);
	case BY_CODE:
		return code && !status && same(e->code, reply->code);
	case BY_STATUS:
		return !code && status && same(e->status, reply->status);
	case BY_COUNT:
		break;
	}
	return false;
}

static void
fill_in(struct finding *f, const struct reply *reply)
{
	if (f->code[0] == '\0')
		memcpy(f->code, reply->code, sizeof(f->code));
	if (f->status[0] == '\0')
		memcpy(f->status, reply->status, sizeof(f->status));
}

static void
add(struct explanation *out, const struct reply *reply,
    const struct known_error *error)
{
	struct finding *f;
	size_t i;

	for (i = 0; i < out->count; i++) {
		f = &out->findings[i];
		if (f->error != error ||
		    strcmp(f->recipient, reply->recipient) != 0)
			continue;
		/* A documented error is one failure whatever lines tell it. */
		if (error != NULL) {
			fill_in(f, reply);
			return;
		}
		if (strcmp(f->code, reply->code) == 0 &&
		    strcmp(f->status, reply->status) == 0)
			return;
	}
	if (out->count == EXPLAIN_MAX_FINDINGS) {
		out->left_out++;
		return;
	}
	f = &out->findings[out->count++];
	memcpy(f->code, reply->code, sizeof(f->code));
	memcpy(f->status, reply->status, sizeof(f->status));
	memcpy(f->recipient, reply->recipient, sizeof(f->recipient));
	f->error = error;
}

/*
 * The documented errors that match, by the first way that finds any; a
 * status alone names an error only when one error has it.
 */
static size_t
add_documented(struct search *s, const struct reply *reply,
    const char *text)
{
	const struct error_book *book = s->book;
	size_t i, n = 0;
	int by;

	for (by = BY_TEXT; by < BY_COUNT && n == 0; by++) {
		for (i = 0; i < book->nerrors; i++)
			if (matches(&book->errors[i], reply, text,
			    (enum by)by))
				n++;
		if (n == 0 || (by == BY_STATUS && n > 1))
			n = 0;
		else
			for (i = 0; i < book->nerrors; i++)
				if (matches(&book->errors[i], reply, text,
			    (enum by)by))
					add(s->out, reply, &book->errors[i]);
	}
	return n;
}

/* Success and "go on" replies are failures only when asked about alone. */
static bool
is_failure(const struct reply *reply)
{
	char first = reply->code[0] != '\0' ? reply->code[0] : reply->status[0];

	return first == '4' || first == '5';
}

static void
found(const struct reply *reply, void *context)
{
	struct search *s = context;
	char text[BOUNCE_MAX_LINE + 1];
	size_t i;
	bool reply_like = reply->code[0] != '\0' || reply->status[0] != '\0';

	if (reply_like && !is_failure(reply) && !s->one_line)
		return;
	for (i = 0; i < reply->length; i++)
		text[i] = reply->text[i] == '\0' ? ' ' : reply->text[i];
	text[i] = '\0';
	if (add_documented(s, reply, text) == 0 && reply_like)
		add(s->out, reply, NULL);
}

static bool
one_line(const char *text, size_t length)
{
	while (length > 0 && (text[length - 1] == '\n' ||
	    text[length - 1] == '\r'))
		length--;
	return memchr(text, '\n', length) == NULL;
}

void
explain(const struct error_book *book, const char *text, size_t length,
    struct explanation *out)
{
	struct search s = { book, out, one_line(text, length) };

	out->count = 0;
	out->left_out = 0;
	out->stopped = bounce_read(text, length, found, &s);
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
