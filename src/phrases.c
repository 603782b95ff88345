/*
 * Phrases found in a text in one pass, indexed by their first two bytes
 * folded to lower case, so that a line is looked at once however many
 * phrases the data files hold.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "phrases.h"

#define BIGRAMS	65536

struct entry {
	const char	*phrase;
	size_t		 length;
	unsigned	 owner;
};

struct phrases {
	struct entry	*entries;	/* sorted by bigram once built */
	size_t		 count, size;
	uint32_t	*first;		/* BIGRAMS + 1 offsets into entries */
};

static unsigned char
folded(char c)
{
	unsigned char u = (unsigned char)c;

	return u >= 'A' && u <= 'Z' ? (unsigned char)(u + 32) : u;
}

static bool
is_word(char c)
{
	unsigned char u = (unsigned char)c;

	return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') ||
	    (u >= 'A' && u <= 'Z');
}

static unsigned
bigram(const char *s)
{
	return (unsigned)folded(s[0]) << 8 | folded(s[1]);
}

struct phrases *
phrases_new(void)
{
	return calloc(1, sizeof(struct phrases));
}

void
phrases_free(struct phrases *p)
{
	if (p == NULL)
		return;
	free(p->entries);
	free(p->first);
	free(p);
}

bool
phrases_add(struct phrases *p, const char *phrase, unsigned owner)
{
	struct entry *grown;
	size_t length = strlen(phrase);

	if (length < 2)
		return true;
	if (p->count == p->size) {
		p->size = p->size == 0 ? 64 : p->size * 2;
		grown = realloc(p->entries, p->size * sizeof(*grown));
		if (grown == NULL)
			return false;
		p->entries = grown;
	}
	p->entries[p->count++] = (struct entry){ phrase, length, owner };
	return true;
}

static int
by_bigram(const void *a, const void *b)
{
	unsigned x = bigram(((const struct entry *)a)->phrase);
	unsigned y = bigram(((const struct entry *)b)->phrase);

	return x < y ? -1 : x > y;
}

bool
phrases_build(struct phrases *p)
{
	size_t at = 0;
	unsigned key;

	if (p->count > 0)
		qsort(p->entries, p->count, sizeof(*p->entries), by_bigram);
	if ((p->first = malloc((BIGRAMS + 1) * sizeof(*p->first))) == NULL)
		return false;
	for (key = 0; key <= BIGRAMS; key++) {
		while (at < p->count && bigram(p->entries[at].phrase) < key)
			at++;
		p->first[key] = (uint32_t)at;
	}
	return true;
}

/* Whether PHRASE of LENGTH stands at AT, as whole words where it may. */
static bool
stands_at(const char *text, size_t length, size_t at, const char *phrase,
    size_t n)
{
	size_t i;

	if (n > length - at)
		return false;
	for (i = 0; i < n; i++)
		if (folded(text[at + i]) != folded(phrase[i]))
			return false;
	if (at > 0 && is_word(phrase[0]) && is_word(text[at - 1]))
		return false;
	return !(at + n < length && is_word(phrase[n - 1]) &&
	    is_word(text[at + n]));
}

void
phrases_find(const struct phrases *p, const char *text, size_t length,
    phrase_found *found, void *context)
{
	const struct entry *e;
	size_t at;
	unsigned key;

	if (p->first == NULL)
		return;
	for (at = 0; at + 1 < length; at++) {
		key = bigram(text + at);
		for (e = p->entries + p->first[key];
		    e < p->entries + p->first[key + 1]; e++)
			if (stands_at(text, length, at, e->phrase, e->length))
				found(e->owner, context);
	}
}

bool
phrase_in(const char *text, size_t length, const char *phrase)
{
	size_t n = strlen(phrase), at;

	for (at = 0; n > 0 && at + n <= length; at++)
		if (stands_at(text, length, at, phrase, n))
			return true;
	return false;
}
