/* SHA-1 and name-based UUIDs (RFC 4122), for mobileconfig payloads. */
#include <stdio.h>
#include <string.h>

#include "uuid.h"

/* SHA-1 as FIPS 180-4 has it; here it names things, it secures nothing. */

struct sha1_state {
	uint32_t	h[5];
	uint8_t		block[64];
	size_t		used;
	uint64_t	length;
};

static uint32_t
rotate(uint32_t x, int n)
{
	return (x << n) | (x >> (32 - n));
}

static void
sha1_block(struct sha1_state *s)
{
	uint32_t w[80], a, b, c, d, e, f, k, t;
	size_t i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)s->block[i * 4] << 24 |
		    (uint32_t)s->block[i * 4 + 1] << 16 |
		    (uint32_t)s->block[i * 4 + 2] << 8 | s->block[i * 4 + 3];
	for (; i < 80; i++)
		w[i] = rotate(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
	a = s->h[0];
	b = s->h[1];
	c = s->h[2];
	d = s->h[3];
	e = s->h[4];
	for (i = 0; i < 80; i++) {
		if (i < 20) {
			f = (b & c) | (~b & d);
			k = 0x5a827999;
		} else if (i < 40) {
			f = b ^ c ^ d;
			k = 0x6ed9eba1;
		} else if (i < 60) {
			f = (b & c) | (b & d) | (c & d);
			k = 0x8f1bbcdc;
		} else {
			f = b ^ c ^ d;
			k = 0xca62c1d6;
		}
		t = rotate(a, 5) + f + e + k + w[i];
		e = d;
		d = c;
		c = rotate(b, 30);
		b = a;
		a = t;
	}
	s->h[0] += a;
	s->h[1] += b;
	s->h[2] += c;
	s->h[3] += d;
	s->h[4] += e;
}

static void
sha1_add(struct sha1_state *s, const uint8_t *data, size_t length)
{
	size_t i;

	for (i = 0; i < length; i++) {
		s->block[s->used++] = data[i];
		if (s->used == sizeof(s->block)) {
			sha1_block(s);
			s->used = 0;
		}
	}
}

static void
sha1_init(struct sha1_state *s)
{
	static const uint32_t initial[5] = { 0x67452301, 0xefcdab89,
		0x98badcfe, 0x10325476, 0xc3d2e1f0 };

	memset(s, 0, sizeof(*s));
	memcpy(s->h, initial, sizeof(initial));
}

static void
sha1_finish(struct sha1_state *s, uint8_t digest[SHA1_SIZE])
{
	uint8_t pad = 0x80, zero = 0, bits[8];
	uint64_t total = s->length * 8;
	int i;

	sha1_add(s, &pad, 1);
	while (s->used != 56)
		sha1_add(s, &zero, 1);
	for (i = 0; i < 8; i++)
		bits[i] = (uint8_t)(total >> (56 - 8 * i));
	sha1_add(s, bits, 8);
	for (i = 0; i < SHA1_SIZE; i++)
		digest[i] = (uint8_t)(s->h[i / 4] >> (24 - 8 * (i % 4)));
}

void
sha1(const void *data, size_t length, uint8_t digest[SHA1_SIZE])
{
	struct sha1_state s;

	sha1_init(&s);
	sha1_add(&s, data, length);
	s.length = length;
	sha1_finish(&s, digest);
}

/* 6ba7b811-9dad-11d1-80b4-00c04fd430c8, RFC 4122 appendix C. */
static const uint8_t url_namespace[16] = {
	0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
	0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8
};

void
uuid_from_name(const char *name, char text[UUID_TEXT_SIZE])
{
	struct sha1_state s;
	uint8_t digest[SHA1_SIZE];
	size_t length = strlen(name);

	sha1_init(&s);
	sha1_add(&s, url_namespace, sizeof(url_namespace));
	sha1_add(&s, (const uint8_t *)name, length);
	s.length = sizeof(url_namespace) + length;
	sha1_finish(&s, digest);
	digest[6] = (digest[6] & 0x0f) | 0x50;
	digest[8] = (digest[8] & 0x3f) | 0x80;
	snprintf(text, UUID_TEXT_SIZE,
	    "%02X%02X%02X%02X-%02X%02X-%02X%02X-%02X%02X-"
	    "%02X%02X%02X%02X%02X%02X", digest[0], digest[1], digest[2],
	    digest[3], digest[4], digest[5], digest[6], digest[7], digest[8],
	    digest[9], digest[10], digest[11], digest[12], digest[13],
	    digest[14], digest[15]);
}
