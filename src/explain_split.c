/*
 * explain: a stream cut into messages (mbox, a message) or log lines,
 * within fixed bounds however large the stream.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "explain_split.h"
#include "mailtime.h"

bool
split_start(struct splitter *s, bool one_message, split_given *given,
    void *context)
{
	char *line = s->line, *whole = s->whole;
	size_t whole_size = s->whole_size;
	unsigned cut = s->cut;

	memset(s, 0, sizeof(*s));
	s->given = given;
	s->context = context;
	s->line = line != NULL ? line : malloc(SPLIT_MAX_LINE);
	s->whole = whole;
	s->whole_size = whole_size;
	s->cut = cut;
	s->blank_before = true;
	s->shape = one_message ? SHAPE_MESSAGE : SHAPE_UNKNOWN;
	s->one_message = one_message;
	s->failed = s->line == NULL;
	return !s->failed;
}

void
split_free(struct splitter *s)
{
	free(s->line);
	free(s->whole);
	s->line = s->whole = NULL;
	s->whole_size = 0;
}

bool
split_is_log_line(const char *line, size_t length)
{
	struct mailtime t;

	return mailtime_log(line, length, time(NULL), &t) > 0;
}

/* "Name: value": printable ASCII up to a colon, as RFC 5322 has it. */
static bool
is_header(const char *line, size_t length)
{
	size_t n = 0;

	while (n < length && n < 76 && line[n] > 0x20 && line[n] < 0x7f &&
	    line[n] != ':')
		n++;
	return n > 0 && n < length && line[n] == ':';
}

static bool
is_blank(const char *line, size_t length)
{
	size_t i;

	for (i = 0; i < length; i++)
		if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
			return false;
	return true;
}

static bool
is_mbox_from(const char *line, size_t length)
{
	return length > 5 && memcmp(line, "From ", 5) == 0;
}

static enum split_shape
shape_of(const char *line, size_t length)
{
	/* A byte order mark says nothing of the shape. */
	if (length >= 3 && memcmp(line, "\357\273\277", 3) == 0) {
		line += 3;
		length -= 3;
	}
	if (is_mbox_from(line, length))
		return SHAPE_MBOX;
	if (split_is_log_line(line, length))
		return SHAPE_LOG;
	if (is_header(line, length))
		return SHAPE_MESSAGE;
	return SHAPE_TEXT;
}

/* Appends to the message or text, growing it up to BOUND. */
static void
keep(struct splitter *s, const char *bytes, size_t length, size_t bound)
{
	size_t size;
	char *grown;

	if (s->whole_cut || s->failed || length == 0)
		return;
	if (length > bound - s->whole_used) {
		s->whole_cut = true;
		/* A text that grows too long is no cut: it is a log. */
		if (s->shape != SHAPE_TEXT)
			s->cut |= SPLIT_CUT_MESSAGE;
		return;
	}
	if (s->whole_used + length > s->whole_size) {
		for (size = s->whole_size > 0 ? s->whole_size : 65536;
		    size < s->whole_used + length; size *= 2)
			;
		if ((grown = realloc(s->whole, size)) == NULL) {
			s->failed = true;
			return;
		}
		s->whole = grown;
		s->whole_size = size;
	}
	memcpy(s->whole + s->whole_used, bytes, length);
	s->whole_used += length;
}

static void
give_whole(struct splitter *s)
{
	if (!s->failed && s->whole_used > 0)
		s->given(SPLIT_MESSAGE, s->whole, s->whole_used, s->context);
	s->whole_used = 0;
	s->whole_cut = false;
}

/* A text too long to be a bounce is a log: its lines, one at a time. */
static void
text_to_log(struct splitter *s)
{
	const char *at = s->whole, *end, *nl;

	s->shape = SHAPE_LOG;
	if (at == NULL)
		return;
	end = at + s->whole_used;
	while (at < end) {
		nl = memchr(at, '\n', (size_t)(end - at));
		if (nl == NULL)
			nl = end;
		s->given(SPLIT_LINE, at, (size_t)(nl - at), s->context);
		at = nl + 1;
	}
	s->whole_used = 0;
}

static void
take_line(struct splitter *s, const char *line, size_t length)
{
	bool blank = is_blank(line, length);

	if (s->shape == SHAPE_UNKNOWN && !blank)
		s->shape = shape_of(line, length);
	/* A file of a folder is a message, but a log left there is a log. */
	else if (s->one_message && s->whole_used == 0 && !blank &&
	    split_is_log_line(line, length))
		s->shape = SHAPE_LOG;
	switch (s->shape) {
	case SHAPE_MBOX:
		if (s->blank_before && is_mbox_from(line, length)) {
			give_whole(s);
			break;
		}
		/* FALLTHROUGH */
	case SHAPE_MESSAGE:
	case SHAPE_UNKNOWN:
		keep(s, line, length, SPLIT_MAX_MESSAGE);
		keep(s, "\n", 1, SPLIT_MAX_MESSAGE);
		break;
	case SHAPE_TEXT:
		/*
		 * Too long for a bounce, or a log after a first line cut
		 * (tail -c) or marked (a byte order mark): a log.
		 */
		if (length + 1 > SPLIT_MAX_TEXT - s->whole_used ||
		    (s->lines < SPLIT_LOOK_LINES &&
		    split_is_log_line(line, length))) {
			text_to_log(s);
			s->given(SPLIT_LINE, line, length, s->context);
			break;
		}
		keep(s, line, length, SPLIT_MAX_TEXT);
		keep(s, "\n", 1, SPLIT_MAX_TEXT);
		break;
	case SHAPE_LOG:
		if (!blank && !s->failed)
			s->given(SPLIT_LINE, line, length, s->context);
		break;
	}
	s->blank_before = blank;
	s->lines++;
}

static void
end_line(struct splitter *s)
{
	take_line(s, s->line, s->line_used);
	s->line_used = 0;
	s->line_cut = false;
}

void
split_feed(struct splitter *s, const char *bytes, size_t length)
{
	const char *nl;
	size_t n, room;

	while (length > 0 && !s->failed) {
		nl = memchr(bytes, '\n', length);
		n = nl != NULL ? (size_t)(nl - bytes) : length;
		room = SPLIT_MAX_LINE - s->line_used;
		if (n > room) {
			s->line_cut = true;
			s->cut |= SPLIT_CUT_LINE;
		}
		memcpy(s->line + s->line_used, bytes, n < room ? n : room);
		s->line_used += n < room ? n : room;
		if (nl == NULL)
			return;
		end_line(s);
		bytes = nl + 1;
		length -= n + 1;
	}
}

void
split_end(struct splitter *s)
{
	if (s->line_used > 0 || s->line_cut)
		end_line(s);
	if (s->shape != SHAPE_LOG)
		give_whole(s);
	s->whole_used = 0;
}
