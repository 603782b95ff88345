/* The dates of bounces and the stamps of mail logs, read into one form. */
#include <stdio.h>
#include <string.h>
#include <stdbool.h>
#include <strings.h>

#include "mailtime.h"

static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May",
	"Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* Jan to Dec, any case; called on every line of a log, so no locale. */
static int
month_of(const char *s)
{
	int i;

	for (i = 0; i < 12; i++)
		if ((s[0] | 0x20) == (months[i][0] | 0x20) &&
		    (s[1] | 0x20) == months[i][1] && (s[2] | 0x20) ==
		    months[i][2])
			return i + 1;
	return 0;
}

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* N digits at S as a number, or -1. */
static int
number(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Days from 1970-01-01 to the date (proleptic Gregorian). */
static long long
days_from_civil(int y, int m, int d)
{
	long long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int
days_in(int y, int mo)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
		30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return days[mo - 1] + (mo == 2 && leap);
}

static bool
valid(int y, int mo, int d, int h, int mi, int s)
{
	return y >= 1970 && y <= 9999 && mo >= 1 && mo <= 12 && d >= 1 &&
	    d <= days_in(y, mo) && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 &&
	    s >= 0 && s <= 60;
}

/* OFFSET in minutes east of UTC; NO_OFFSET: none written. */
#define NO_OFFSET	100000

static int
fill(struct mailtime *t, int y, int mo, int d, int h, int mi, int s,
    int offset)
{
	int len;

	if (!valid(y, mo, d, h, mi, s))
		return 0;
	len = snprintf(t->text, sizeof(t->text),
	    "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, s);
	if (offset != NO_OFFSET && len > 0)
		snprintf(t->text + len, sizeof(t->text) - (size_t)len,
		    "%c%02d:%02d", offset < 0 ? '-' : '+',
		    (offset < 0 ? -offset : offset) / 60,
		    (offset < 0 ? -offset : offset) % 60);
	t->seconds = days_from_civil(y, mo, d) * 86400 + (long long)h * 3600 +
	    (long long)mi * 60 + s - (offset != NO_OFFSET ?
	    (long long)offset * 60 : 0);
	return 1;
}

/* Skips spaces, and a comment in parentheses as RFC 5322 allows. */
static size_t
skip_space(const char *s, size_t at, size_t length)
{
	while (at < length && (s[at] == ' ' || s[at] == '\t'))
		at++;
	return at;
}

/* A run of up to MAX digits at *AT, as a number, or -1. */
static int
digits(const char *s, size_t *at, size_t length, size_t max)
{
	size_t n = 0;
	int v;

	while (*at + n < length && n < max && is_digit(s[*at + n]))
		n++;
	if (n == 0)
		return -1;
	v = number(s + *at, n);
	*at += n;
	return v;
}

/* "+0100", "-0500", or the obsolete "GMT", "UT", "Z". */
static int
zone(const char *s, size_t at, size_t length)
{
	int hh, mm;

	if (at + 5 <= length && (s[at] == '+' || s[at] == '-') &&
	    (hh = number(s + at + 1, 2)) >= 0 &&
	    (mm = number(s + at + 3, 2)) >= 0 && hh <= 23 && mm <= 59)
		return (s[at] == '-' ? -1 : 1) * (hh * 60 + mm);
	if (at + 2 <= length && (strncasecmp(s + at, "GMT", 3) == 0 ||
	    strncasecmp(s + at, "UT", 2) == 0 || s[at] == 'Z'))
		return 0;
	return NO_OFFSET;
}

int
mailtime_rfc5322(const char *v, size_t length, struct mailtime *t)
{
	size_t at = skip_space(v, 0, length);
	int d, mo, y, h, mi, s = 0;

	t->text[0] = '\0';
	t->seconds = -1;
	/* An optional day name: "Mon," */
	if (at + 4 <= length && v[at + 3] == ',')
		at = skip_space(v, at + 4, length);
	if ((d = digits(v, &at, length, 2)) < 0)
		return 0;
	at = skip_space(v, at, length);
	if (at + 3 > length || (mo = month_of(v + at)) == 0)
		return 0;
	at = skip_space(v, at + 3, length);
	if ((y = digits(v, &at, length, 4)) < 0)
		return 0;
	if (y < 100)
		y += y < 50 ? 2000 : 1900;
	at = skip_space(v, at, length);
	if ((h = digits(v, &at, length, 2)) < 0 || at >= length ||
	    v[at++] != ':' || (mi = digits(v, &at, length, 2)) < 0)
		return 0;
	if (at < length && v[at] == ':') {
		at++;
		if ((s = digits(v, &at, length, 2)) < 0)
			return 0;
	}
	return fill(t, y, mo, d, h, mi, s, zone(v, skip_space(v, at, length),
	    length));
}

/* "2026-12-07T03:01:02" or with a space for the T; its fields. */
static bool
iso_stamp(const char *s, size_t length, int f[6])
{
	if (length < 19 || s[4] != '-' || s[7] != '-' ||
	    (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':')
		return false;
	f[0] = number(s, 4);
	f[1] = number(s + 5, 2);
	f[2] = number(s + 8, 2);
	f[3] = number(s + 11, 2);
	f[4] = number(s + 14, 2);
	f[5] = number(s + 17, 2);
	return f[0] >= 0 && f[1] >= 0 && f[2] >= 0 && f[3] >= 0 &&
	    f[4] >= 0 && f[5] >= 0;
}

static size_t
log_iso(const char *s, size_t length, struct mailtime *t)
{
	size_t at = 19;
	int f[6], offset = NO_OFFSET;

	if (!iso_stamp(s, length, f))
		return 0;
	if (at < length && s[at] == '.')
		for (at++; at < length && is_digit(s[at]); at++)
			;
	if (s[10] == 'T' && at < length && (offset = zone(s, at,
	    length)) != NO_OFFSET)
		at += s[at] == 'Z' ? 1 : s[at + 3] == ':' ? 6 : 5;
	if (s[10] == 'T' && offset == NO_OFFSET && at + 6 <= length &&
	    (s[at] == '+' || s[at] == '-') && s[at + 3] == ':') {
		char hhmm[5] = { s[at + 1], s[at + 2], s[at + 4], s[at + 5] };
		int hm = number(hhmm, 4);

		if (hm >= 0) {
			offset = (s[at] == '-' ? -1 : 1) * (hm / 100 * 60 +
			    hm % 100);
			at += 6;
		}
	}
	if (at < length && s[at] != ' ')
		return 0;
	return fill(t, f[0], f[1], f[2], f[3], f[4], f[5], offset) ? at : 0;
}

/*
 * The length of the stamp alone, without reading the time: most lines of
 * a log tell of no failure, and their time is never needed.
 */
size_t
mailtime_log_length(const char *s, size_t length)
{
	size_t at = 19;

	if (length >= 19 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' ||
	    s[10] == ' ') && s[13] == ':' && s[16] == ':') {
		while (at < length && s[at] != ' ')
			at++;
		return at;
	}
	if (length >= 15 && s[3] == ' ' && s[6] == ' ' && s[9] == ':' &&
	    s[12] == ':' && month_of(s) != 0)
		return 15;
	return 0;
}

size_t
mailtime_log(const char *s, size_t length, time_t now, struct mailtime *t)
{
	struct tm today;
	int mo, d, h, mi, sec, y;
	size_t n;

	t->text[0] = '\0';
	t->seconds = -1;
	if ((n = log_iso(s, length, t)) > 0)
		return n;
	if (length < 15 || (mo = month_of(s)) == 0 || s[3] != ' ' ||
	    s[6] != ' ' || s[9] != ':' || s[12] != ':')
		return 0;
	d = s[4] == ' ' ? number(s + 5, 1) : number(s + 4, 2);
	h = number(s + 7, 2);
	mi = number(s + 10, 2);
	sec = number(s + 13, 2);
	if (d < 0 || h < 0 || mi < 0 || sec < 0 ||
	    gmtime_r(&now, &today) == NULL)
		return 0;
	y = today.tm_year + 1900;
	if (days_from_civil(y, mo, d) > days_from_civil(y, today.tm_mon + 1,
	    today.tm_mday) + 1)
		y--;
	return fill(t, y, mo, d, h, mi, sec, NO_OFFSET) ? 15 : 0;
}
