/* Punycode (RFC 3492), for internationalised domain names. */
#include <stdint.h>
#include <string.h>

#include "punycode.h"

/* The parameters of RFC 3492 section 5. */
enum {
	BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700,
	INITIAL_BIAS = 72, INITIAL_N = 128
};

#define MAX_LABEL	63
#define MAX_POINTS	MAX_LABEL	/* a label has no more code points */

struct sink {
	char	*at;
	size_t	 left;
	bool	 ok;
};

static void
put(struct sink *sink, char c)
{
	if (sink->left <= 1) {
		sink->ok = false;
		return;
	}
	*sink->at++ = c;
	sink->left--;
	*sink->at = '\0';
}

static char
digit(uint32_t d)
{
	return (char)(d < 26 ? 'a' + d : '0' + d - 26);
}

static uint32_t
adapt(uint32_t delta, uint32_t points, bool first)
{
	uint32_t k = 0;

	delta = first ? delta / DAMP : delta / 2;
	delta += delta / points;
	while (delta > ((BASE - TMIN) * TMAX) / 2) {
		delta /= BASE - TMIN;
		k += BASE;
	}
	return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
}

/* Decodes a label of UTF-8 (already checked well-formed) to code points. */
static size_t
decode(const char *label, size_t length, uint32_t *points)
{
	const unsigned char *s = (const unsigned char *)label;
	size_t i = 0, n = 0, extra;
	uint32_t c;

	while (i < length && n < MAX_POINTS + 1) {
		c = s[i];
		extra = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
		c &= extra == 0 ? 0x7f : (0x3f >> extra);
		for (i++; extra > 0 && i < length; extra--, i++)
			c = (c << 6) | (s[i] & 0x3f);
		points[n++] = c;
	}
	return n;
}

static void
encode_label(struct sink *sink, const uint32_t *points, size_t count)
{
	uint32_t n = INITIAL_N, delta = 0, bias = INITIAL_BIAS, m, q, k, t;
	size_t i, handled = 0, basic = 0;

	for (i = 0; i < count; i++)
		if (points[i] < 0x80) {
			put(sink, (char)points[i]);
			basic++;
		}
	handled = basic;
	if (basic > 0)
		put(sink, '-');
	while (handled < count) {
		for (m = UINT32_MAX, i = 0; i < count; i++)
			if (points[i] >= n && points[i] < m)
				m = points[i];
		delta += (m - n) * (uint32_t)(handled + 1);
		n = m;
		for (i = 0; i < count; i++) {
			if (points[i] < n)
				delta++;
			if (points[i] != n)
				continue;
			for (q = delta, k = BASE; ; k += BASE) {
				t = k <= bias ? TMIN : k >= bias + TMAX ?
				    TMAX : k - bias;
				if (q < t)
					break;
				put(sink, digit(t + (q - t) % (BASE - t)));
				q = (q - t) / (BASE - t);
			}
			put(sink, digit(q));
			bias = adapt(delta, (uint32_t)(handled + 1),
			    handled == basic);
			delta = 0;
			handled++;
		}
		delta++;
		n++;
	}
}

static bool
add_label(struct sink *sink, const char *label, size_t length)
{
	uint32_t points[MAX_POINTS + 1];
	char *start = sink->at;
	size_t i, count;
	bool ascii = true;

	for (i = 0; i < length; i++)
		if ((unsigned char)label[i] >= 0x80)
			ascii = false;
	if (ascii) {
		for (i = 0; i < length; i++)
			put(sink, (char)(label[i] >= 'A' && label[i] <= 'Z' ?
			    label[i] - 'A' + 'a' : label[i]));
		return sink->ok;
	}
	if ((count = decode(label, length, points)) > MAX_POINTS)
		return false;
	for (i = 0; i < count; i++)
		if (points[i] >= 'A' && points[i] <= 'Z')
			points[i] += 'a' - 'A';
	put(sink, 'x');
	put(sink, 'n');
	put(sink, '-');
	put(sink, '-');
	encode_label(sink, points, count);
	return sink->ok && (size_t)(sink->at - start) <= MAX_LABEL;
}

bool
domain_to_ascii(const char *domain, char *ascii, size_t size)
{
	struct sink sink = { ascii, size, size > 0 };
	const char *label, *dot;

	if (size > 0)
		ascii[0] = '\0';
	for (label = domain; sink.ok; label = dot + 1) {
		dot = strchr(label, '.');
		if (!add_label(&sink, label, dot == NULL ? strlen(label) :
		    (size_t)(dot - label)))
			return false;
		if (dot == NULL)
			break;
		put(&sink, '.');
	}
	return sink.ok;
}
