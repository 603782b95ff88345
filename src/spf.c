/*
 * SPF records: RFC 7208 section 12's grammar, term by term, and the
 * section 4.6.4 limit of ten DNS-querying terms for one check.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "spf.h"

#define SPF_VERSION	"v=spf1"
#define MAX_NESTING	(SPF_MAX_LOOKUPS + 1)

bool
spf_is_record(const char *text, size_t length)
{
	size_t n = strlen(SPF_VERSION);

	return length >= n && strncasecmp(text, SPF_VERSION, n) == 0 &&
	    (length == n || text[n] == ' ');
}

/* A CIDR length from 0 to MAX, without sign or leading zeros. */
static bool
is_cidr(const char *text, int max)
{
	char *end;
	long n;

	if (!isdigit((unsigned char)text[0]) ||
	    (text[0] == '0' && text[1] != '\0') || strlen(text) > 3)
		return false;
	n = strtol(text, &end, 10);
	return *end == '\0' && n <= max;
}

/* "%{d}", "%{ir.}", "%%", "%_", "%-": one macro-expand, and its length. */
static size_t
macro_length(const char *at)
{
	size_t i = 2;

	if (at[1] == '%' || at[1] == '_' || at[1] == '-')
		return 2;
	if (at[1] != '{' || strchr("slodiphcrtvSLODIPHCRTV", at[2]) == NULL ||
	    at[2] == '\0')
		return 0;
	i = 3;
	while (isdigit((unsigned char)at[i]))
		i++;
	if (at[i] == 'r' || at[i] == 'R')
		i++;
	while (at[i] != '\0' && strchr(".-+,/_=", at[i]) != NULL)
		i++;
	return at[i] == '}' ? i + 1 : 0;
}

/* RFC 7208's macro-string: visible ASCII, '%' only in macros. */
static bool
is_macro_string(const char *text)
{
	size_t n;

	while (*text != '\0') {
		if (*text == '%') {
			if ((n = macro_length(text)) == 0)
				return false;
			text += n;
		} else if (*text < 0x21 || *text > 0x7e)
			return false;
		else
			text++;
	}
	return true;
}

/* RFC 7208's toplabel: letters, digits and inner '-', not all digits. */
static bool
is_top_label(const char *label, size_t length)
{
	bool letter = false;
	size_t i;

	if (length == 0 || label[0] == '-' || label[length - 1] == '-')
		return false;
	for (i = 0; i < length; i++) {
		if (isalpha((unsigned char)label[i]))
			letter = true;
		else if (!isdigit((unsigned char)label[i]) && label[i] != '-')
			return false;
	}
	return letter;
}

/*
 * A domain-spec: a macro-string that ends in a macro or in a top label
 * that is not all digits, with no empty label ("a..b", ".a").
 */
static bool
is_domain_spec(const char *text)
{
	const char *last;
	size_t length = strlen(text);

	if (length == 0 || !is_macro_string(text))
		return false;
	if (text[length - 1] == '}' || strchr(text, '%') != NULL)
		return true;
	if (text[0] == '.' || strstr(text, "..") != NULL)
		return false;
	if (text[length - 1] == '.')
		length--;
	for (last = text + length; last > text && last[-1] != '.'; last--)
		;
	if (last == text)
		return false;	/* "localhost": one label */
	return is_top_label(last, (size_t)(text + length - last));
}

/* What follows the first '/' of a or mx: "N", "/M" or "N//M". */
static bool
is_dual_cidr(const char *text)
{
	char v4[8];
	const char *v6 = strstr(text, "//");
	size_t n = v6 != NULL ? (size_t)(v6 - text) : strlen(text);

	if (text[0] == '/')
		return is_cidr(text + 1, 128);
	if (n >= sizeof(v4))
		return false;
	memcpy(v4, text, n);
	v4[n] = '\0';
	return is_cidr(v4, 32) && (v6 == NULL || is_cidr(v6 + 2, 128));
}

/* ip4:ADDRESS[/N], ip6:ADDRESS[/N]. */
static bool
is_network(const char *value, int family)
{
	unsigned char address[16];
	char text[64];
	const char *slash = strchr(value, '/');
	size_t n = slash != NULL ? (size_t)(slash - value) : strlen(value);

	if (n >= sizeof(text) || (slash != NULL &&
	    !is_cidr(slash + 1, family == AF_INET ? 32 : 128)))
		return false;
	memcpy(text, value, n);
	text[n] = '\0';
	return inet_pton(family, text, address) == 1;
}

/* A domain-spec, then the CIDR lengths that a and mx may have. */
static bool
is_domain_and_cidr(const char *value)
{
	const char *slash = strchr(value, '/');
	char *domain;
	bool ok;

	if (slash == NULL)
		return is_domain_spec(value);
	if ((domain = strndup(value, (size_t)(slash - value))) == NULL)
		return false;
	ok = is_domain_spec(domain) && is_dual_cidr(slash + 1);
	free(domain);
	return ok;
}

static bool
is_named(const struct spf_term *term, const char *name)
{
	return strcasecmp(term->name, name) == 0;
}

/* CIDR is what followed a '/' right after the name, or NULL. */
static const char *
check_mechanism(const struct spf_term *term, const char *cidr)
{
	const char *value = term->value;

	if (is_named(term, "all"))
		return value == NULL && cidr == NULL ? NULL :
		    N_("'all' takes no value");
	if (is_named(term, "a") || is_named(term, "mx")) {
		if (value != NULL)
			return is_domain_and_cidr(value) ? NULL :
			    N_("has a bad domain or /length");
		return cidr == NULL || is_dual_cidr(cidr) ? NULL :
		    N_("has a bad /length");
	}
	if (cidr != NULL)
		return N_("takes no /length there");
	if (is_named(term, "include") || is_named(term, "exists"))
		return value != NULL && is_domain_spec(value) ? NULL :
		    N_("needs ':' and a domain");
	if (is_named(term, "ip4") || is_named(term, "ip6"))
		return value != NULL && is_network(value,
		    term->name[2] == '4' ? AF_INET : AF_INET6) ? NULL :
		    N_("needs ':' and an IP address, with an optional /length");
	if (is_named(term, "ptr"))
		return value == NULL || is_domain_spec(value) ? NULL :
		    N_("has a bad domain");
	return N_("is not an SPF mechanism");
}

/* name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ) */
static bool
is_modifier_name(const char *name)
{
	if (!isalpha((unsigned char)*name))
		return false;
	for (; *name != '\0'; name++)
		if (!isalnum((unsigned char)*name) && strchr("-_.", *name) ==
		    NULL)
			return false;
	return true;
}

static const char *
check_modifier(const struct spf_term *term)
{
	if (!is_modifier_name(term->name))
		return N_("is not an SPF term");
	if (is_named(term, "redirect") || is_named(term, "exp"))
		return is_domain_spec(term->value) ? NULL :
		    N_("needs a domain after '='");
	return is_macro_string(term->value) ? NULL : N_("has a bad value");
}

/* Cuts one term (in place) into qualifier, name and value. */
static const char *
read_term(char *text, struct spf_term *term)
{
	char *rest;
	const char *cidr = NULL;
	bool qualified = *text != '\0' && strchr("+-~?", *text) != NULL;

	term->qualifier = qualified ? *text++ : '+';
	term->name = text;
	rest = text + strcspn(text, ":/=");
	if (rest == text)
		return N_("is not an SPF term");
	if (*rest == '=') {
		*rest = '\0';
		term->modifier = true;
		term->value = rest + 1;
		if (qualified)
			return N_("a modifier takes no qualifier");
		return check_modifier(term);
	}
	if (*rest == ':')
		term->value = rest + 1;
	else if (*rest == '/')
		cidr = rest + 1;
	*rest = '\0';
	return check_mechanism(term, cidr);
}

/* redirect= and exp= may each appear once (RFC 7208 6). */
static bool
is_repeated(const struct spf_record *spf, const struct spf_term *term)
{
	size_t i;

	if (!term->modifier || (!is_named(term, "redirect") &&
	    !is_named(term, "exp")))
		return false;
	for (i = 0; i < spf->count; i++)
		if (spf->terms[i].modifier &&
		    strcasecmp(spf->terms[i].name, term->name) == 0)
			return true;
	return false;
}

static void
copy_term(char *out, size_t size, const char *term)
{
	if (size > 0)
		snprintf(out, size, "%s", term);
}

int
spf_parse(const char *text, size_t length, struct spf_record *spf,
    const char **why, char *term_text, size_t term_size)
{
	struct spf_term term;
	char *at, *end;

	memset(spf, 0, sizeof(*spf));
	copy_term(term_text, term_size, "");
	*why = NULL;
	if (!spf_is_record(text, length) ||
	    memchr(text, '\0', length) != NULL) {
		*why = N_("does not start with v=spf1");
		return -1;
	}
	if ((spf->text = strndup(text, length)) == NULL) {
		*why = N_("out of memory");
		return -1;
	}
	for (at = spf->text + strlen(SPF_VERSION); *at != '\0'; at = end) {
		while (*at == ' ')
			at++;
		if (*at == '\0')
			break;
		end = at + strcspn(at, " ");
		if (*end != '\0')
			*end++ = '\0';
		copy_term(term_text, term_size, at);
		memset(&term, 0, sizeof(term));
		if ((*why = read_term(at, &term)) != NULL)
			return -1;
		if (is_repeated(spf, &term))
			*why = N_("may appear only once");
		else if (spf->count == SPF_MAX_TERMS)
			*why = N_("one term too many");
		if (*why != NULL)
			return -1;
		spf->terms[spf->count++] = term;
	}
	copy_term(term_text, term_size, "");
	return 0;
}

void
spf_free(struct spf_record *spf)
{
	free(spf->text);
	spf->text = NULL;
	spf->count = 0;
}

const char *
spf_nested_domain(const struct spf_term *term)
{
	if ((!term->modifier && is_named(term, "include")) ||
	    (term->modifier && is_named(term, "redirect")))
		return term->value;
	return NULL;
}

/* The terms that make the checker ask DNS (RFC 7208 4.6.4). */
static bool
costs_lookup(const struct spf_term *term, bool ends_in_all)
{
	if (term->modifier)
		return is_named(term, "redirect") && !ends_in_all;
	return is_named(term, "include") || is_named(term, "a") ||
	    is_named(term, "mx") || is_named(term, "ptr") ||
	    is_named(term, "exists");
}

bool
spf_costs_lookup(const struct spf_record *spf, size_t i)
{
	bool ends_in_all = false;
	size_t t;

	for (t = 0; t < spf->count; t++)
		if (!spf->terms[t].modifier && is_named(&spf->terms[t], "all"))
			ends_in_all = true;
	return costs_lookup(&spf->terms[i], ends_in_all);
}

static void
count_record(const struct spf_record *, spf_fetch, void *, struct spf_count *,
    int depth, int limit);

static void
fail_nested(struct spf_count *count, const char *domain, int why)
{
	if (count->failed)
		return;
	count->failed = true;
	count->failed_why = why;
	snprintf(count->failed_domain, sizeof(count->failed_domain), "%s",
	    domain);
}

/* Follows include: and redirect= into the record they name. */
static void
count_nested(const char *domain, spf_fetch fetch, void *context,
    struct spf_count *count, int depth, int limit)
{
	struct spf_record nested;
	const char *why;
	char *record = NULL;
	int found;

	if (strchr(domain, '%') != NULL)
		return;		/* a macro: known only for one sender */
	if ((found = fetch(context, domain, &record)) != 0) {
		fail_nested(count, domain, found);
		return;
	}
	if (spf_parse(record, strlen(record), &nested, &why, NULL, 0) != 0)
		fail_nested(count, domain, 2);
	else
		count_record(&nested, fetch, context, count, depth + 1, limit);
	spf_free(&nested);
	free(record);
}

/* Counts until LIMIT: each lookup past it would be one more question. */
static void
count_record(const struct spf_record *spf, spf_fetch fetch, void *context,
    struct spf_count *count, int depth, int limit)
{
	bool ends_in_all = false;
	const char *domain;
	size_t i;

	for (i = 0; i < spf->count; i++)
		if (!spf->terms[i].modifier && is_named(&spf->terms[i], "all"))
			ends_in_all = true;
	for (i = 0; i < spf->count && count->total < limit; i++) {
		if (!costs_lookup(&spf->terms[i], ends_in_all))
			continue;
		if (++count->total > SPF_MAX_LOOKUPS)
			count->over = true;
		if (count->total >= limit)
			break;
		domain = spf_nested_domain(&spf->terms[i]);
		if (domain != NULL && depth < MAX_NESTING)
			count_nested(domain, fetch, context, count, depth,
			    limit);
	}
}

static void
count_until(const struct spf_record *spf, spf_fetch fetch, void *context,
    struct spf_count *count, int limit)
{
	memset(count, 0, sizeof(*count));
	count_record(spf, fetch, context, count, 0, limit);
	count->lookups = count->total > SPF_MAX_LOOKUPS ?
	    SPF_MAX_LOOKUPS + 1 : count->total;
}

void
spf_count_lookups(const struct spf_record *spf, spf_fetch fetch, void *context,
    struct spf_count *count)
{
	count_until(spf, fetch, context, count, SPF_MAX_LOOKUPS + 1);
}

void
spf_count_total(const struct spf_record *spf, spf_fetch fetch, void *context,
    struct spf_count *count)
{
	count_until(spf, fetch, context, count, SPF_COUNT_MAX);
}

/* --- merging */

/* Whether the space-separated words of TEXT hold WORD, in any case. */
static bool
has_word(const char *text, const char *word, size_t length)
{
	const char *at = text;
	size_t n;

	while (*at != '\0') {
		n = strcspn(at, " ");
		if (n == length && strncasecmp(at, word, length) == 0)
			return true;
		at += n;
		at += strspn(at, " ");
	}
	return false;
}

/* Adds WORD (N bytes) unless the merged text has it; '+' is implied. */
static void
add_word(char *merged, const char *word, size_t n)
{
	size_t used = strlen(merged);

	if (n > 0 && word[0] == '+') {
		word++;
		n--;
	}
	if (n == 0 || has_word(merged, word, n))
		return;
	merged[used++] = ' ';
	memcpy(merged + used, word, n);
	merged[used + n] = '\0';
}

/* What ends the merged record: its "all", else a redirect=; one exp=. */
struct ending {
	char	*tail;
	char	*exp;
};

/* "redirect=DOMAIN" as "include:DOMAIN", beside the other terms. */
static void
add_include(char *merged, const char *domain)
{
	size_t n = strlen("include:") + strlen(domain);
	char *word;

	if ((word = malloc(n + 1)) == NULL)
		return;
	snprintf(word, n + 1, "include:%s", domain);
	add_word(merged, word, n);
	free(word);
}

/*
 * Term T of SPF, whose text is WORD (N bytes), into the merged record:
 * the first "all" ends it; without one anywhere, the first redirect=.
 */
static void
merge_term(char *merged, struct ending *end, const struct spf_record *spf,
    size_t t, const char *word, size_t n, bool any_all)
{
	const struct spf_term *term = &spf->terms[t];

	if (!term->modifier && is_named(term, "all")) {
		if (end->tail == NULL)
			end->tail = strndup(word, n);
	} else if (term->modifier && is_named(term, "redirect")) {
		if (!any_all && end->tail == NULL)
			end->tail = strndup(word, n);
		else
			add_include(merged, term->value);
	} else if (term->modifier && is_named(term, "exp")) {
		if (end->exp == NULL)
			end->exp = strndup(word, n);
	} else
		add_word(merged, word, n);
}

static bool
has_all(const struct spf_record *spf)
{
	size_t t;

	for (t = 0; t < spf->count; t++)
		if (!spf->terms[t].modifier && is_named(&spf->terms[t], "all"))
			return true;
	return false;
}

/*
 * The record TEXT, whose terms SPF holds: its words after "v=spf1" are
 * those terms, in order (spf_parse cuts its own copy at ':' and '=').
 */
static void
merge_record(char *merged, struct ending *end, const char *text,
    size_t length, const struct spf_record *spf, bool any_all)
{
	const char *at = text + strlen(SPF_VERSION), *stop = text + length;
	size_t t, n;

	for (t = 0; t < spf->count; t++) {
		while (at < stop && *at == ' ')
			at++;
		for (n = 0; at + n < stop && at[n] != ' '; n++)
			;
		merge_term(merged, end, spf, t, at, n, any_all);
		at += n;
	}
}

char *
spf_merge(const char *const texts[], const size_t lengths[], size_t n,
    const char *prefix, const char **why)
{
	struct spf_record *spf;
	struct ending end = { NULL, NULL };
	char *merged = NULL;
	size_t i, size = strlen(SPF_VERSION) + 1;
	bool any_all = false;

	*why = N_("out of memory");
	if ((spf = calloc(n, sizeof(*spf))) == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		if (spf_parse(texts[i], lengths[i], &spf[i], why, NULL, 0) !=
		    0) {
			*why = N_("one of them is not valid SPF");
			goto done;
		}
		any_all = any_all || has_all(&spf[i]);
		size += lengths[i] + 1;
	}
	/* A redirect= becomes "include:", one byte shorter. */
	size += prefix != NULL ? strlen(prefix) + 1 : 0;
	if ((merged = malloc(size)) == NULL)
		goto done;
	snprintf(merged, size, "%s", SPF_VERSION);
	if (prefix != NULL)
		add_word(merged, prefix, strlen(prefix));
	for (i = 0; i < n; i++)
		merge_record(merged, &end, texts[i], lengths[i], &spf[i],
		    any_all);
	if (end.tail != NULL)
		add_word(merged, end.tail, strlen(end.tail));
	if (end.exp != NULL)
		add_word(merged, end.exp, strlen(end.exp));
	*why = NULL;
done:
	for (i = 0; i < n; i++)
		spf_free(&spf[i]);
	free(spf);
	free(end.tail);
	free(end.exp);
	return merged;
}
