/* explain --summary: failures grouped, counted and sampled in bounded memory. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "explain_summary.h"

bool
summary_start(struct summary *s)
{
	memset(s, 0, sizeof(*s));
	s->groups = calloc(SUMMARY_MAX_GROUPS, sizeof(*s->groups));
	return s->groups != NULL;
}

void
summary_free(struct summary *s)
{
	size_t i;

	for (i = 0; i < s->ngroups; i++) {
		free(s->groups[i].recipients.hashes);
		free(s->groups[i].recipients.registers);
	}
	free(s->groups);
	s->groups = NULL;
}

/* FNV-1a, then a mix, so that HyperLogLog's bits are spread. */
static unsigned long long
hash_of(const char *s)
{
	unsigned long long h = 1469598103934665603ULL;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
		h *= 1099511628211ULL;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h != 0 ? h : 1;
}

static void
estimate_add(struct recipient_count *r, unsigned long long h)
{
	size_t index = (size_t)(h >> (64 - SUMMARY_HLL_BITS));
	unsigned long long rest = h << SUMMARY_HLL_BITS;
	unsigned char rank = 1;

	while (rank <= 64 - SUMMARY_HLL_BITS && !(rest & (1ULL << 63))) {
		rank++;
		rest <<= 1;
	}
	if (rank > r->registers[index])
		r->registers[index] = rank;
}

/* From exact to estimated: the hashes held go into the registers. */
static bool
to_estimate(struct summary *s, struct recipient_count *r)
{
	size_t i;

	if ((r->registers = calloc(1, 1UL << SUMMARY_HLL_BITS)) == NULL)
		return false;
	for (i = 0; i < r->size; i++)
		if (r->hashes[i] != 0)
			estimate_add(r, r->hashes[i]);
	s->exact -= r->used;
	free(r->hashes);
	r->hashes = NULL;
	r->size = 0;
	return true;
}

static bool
grow(struct recipient_count *r)
{
	size_t size = r->size == 0 ? 16 : r->size * 2, i, j;
	unsigned long long *table = calloc(size, sizeof(*table));

	if (table == NULL)
		return false;
	for (i = 0; i < r->size; i++) {
		if (r->hashes[i] == 0)
			continue;
		for (j = (size_t)r->hashes[i] & (size - 1); table[j] != 0;
		    j = (j + 1) & (size - 1))
			;
		table[j] = r->hashes[i];
	}
	free(r->hashes);
	r->hashes = table;
	r->size = size;
	return true;
}

/* Whether the recipient is new to the group (always false once estimated). */
static bool
count_recipient(struct summary *s, struct recipient_count *r,
    const char *recipient)
{
	unsigned long long h = hash_of(recipient);
	size_t j;

	if (r->registers == NULL && s->exact >= SUMMARY_EXACT_BUDGET &&
	    !to_estimate(s, r))
		return false;
	if (r->registers != NULL) {
		estimate_add(r, h);
		return false;
	}
	if (((r->used + 1) * 2 > r->size && !grow(r)) || r->hashes == NULL)
		return false;
	for (j = (size_t)h & (r->size - 1); r->hashes[j] != 0;
	    j = (j + 1) & (r->size - 1))
		if (r->hashes[j] == h)
			return false;
	r->hashes[j] = h;
	r->used++;
	s->exact++;
	return true;
}

unsigned long long
summary_recipients(const struct group *g)
{
	const struct recipient_count *r = &g->recipients;
	double m = (double)(1UL << SUMMARY_HLL_BITS), sum = 0, e;
	size_t i, zeros = 0;

	if (r->registers == NULL)
		return r->used;
	for (i = 0; i < (1UL << SUMMARY_HLL_BITS); i++) {
		sum += ldexp(1.0, -r->registers[i]);
		zeros += r->registers[i] == 0;
	}
	e = 0.7213 / (1 + 1.079 / m) * m * m / sum;
	if (e <= 2.5 * m && zeros > 0)
		e = m * log(m / (double)zeros);
	return (unsigned long long)(e + 0.5);
}

/* Space-saving: a name not tracked takes the place of the least counted. */
static void
tally_add(struct tally *t, size_t *n, const char *name)
{
	size_t i, least = 0;

	if (name[0] == '\0')
		return;
	for (i = 0; i < *n; i++) {
		if (strcmp(t[i].name, name) == 0) {
			t[i].count++;
			return;
		}
		if (t[i].count < t[least].count)
			least = i;
	}
	if (*n < SUMMARY_TRACKED)
		least = (*n)++;
	else
		t[least].count++;
	snprintf(t[least].name, sizeof(t[least].name), "%s", name);
	if (least == *n - 1 && t[least].count == 0)
		t[least].count = 1;
}

static int
by_tally(const void *a, const void *b)
{
	const struct tally *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->name, y->name);
}

size_t
summary_top(const struct tally *t, size_t n, struct tally top[SUMMARY_SHOWN])
{
	struct tally all[SUMMARY_TRACKED];
	size_t i;

	memcpy(all, t, n * sizeof(all[0]));
	qsort(all, n, sizeof(all[0]), by_tally);
	for (i = 0; i < n && i < SUMMARY_SHOWN; i++)
		top[i] = all[i];
	return i;
}

static bool
same_group(const struct group *g, const struct finding *f)
{
	if (g->error != f->error || g->severity != f->severity ||
	    g->reason != f->reason)
		return false;
	return g->error != NULL || (strcmp(g->code, f->code) == 0 &&
	    strcmp(g->status, f->status) == 0);
}

static struct group *
group_of(struct summary *s, const struct finding *f)
{
	struct group *g;
	size_t i;

	for (i = 0; i < s->ngroups; i++)
		if (same_group(&s->groups[i], f))
			return &s->groups[i];
	if (s->ngroups == SUMMARY_MAX_GROUPS)
		return NULL;
	g = &s->groups[s->ngroups++];
	g->error = f->error;
	memcpy(g->code, f->code, sizeof(g->code));
	memcpy(g->status, f->status, sizeof(g->status));
	g->severity = f->severity;
	g->reason = f->reason;
	g->inferred = f->inferred;
	return g;
}

static void
add_sample(struct group *g, const char *recipient)
{
	if (g->nsamples < SUMMARY_SAMPLES && recipient[0] != '\0')
		memcpy(g->samples[g->nsamples++], recipient,
		    strlen(recipient) + 1);
}

static void
add_time(struct group *g, const struct mailtime *t)
{
	if (t->text[0] == '\0')
		return;
	if (g->first.text[0] == '\0' || t->seconds < g->first.seconds)
		g->first = *t;
	if (g->last.text[0] == '\0' || t->seconds >= g->last.seconds)
		g->last = *t;
}

void
summary_add(const struct finding *f, void *context)
{
	struct summary *s = context;
	struct group *g = group_of(s, f);
	const char *at = strrchr(f->recipient, '@');
	char domain[SUMMARY_NAME];
	size_t i;

	if (g == NULL) {
		s->left_out++;
		return;
	}
	g->count++;
	if (f->recipient[0] != '\0' &&
	    count_recipient(s, &g->recipients, f->recipient))
		add_sample(g, f->recipient);
	if (at != NULL) {
		for (i = 0; at[i + 1] != '\0' && i < sizeof(domain) - 1; i++)
			domain[i] = at[i + 1] >= 'A' && at[i + 1] <= 'Z' ?
			    (char)(at[i + 1] + 32) : at[i + 1];
		domain[i] = '\0';
		tally_add(g->domains, &g->ndomains, domain);
	}
	tally_add(g->hosts, &g->nhosts, f->remote_host);
	add_time(g, &f->time);
}

static int
by_count(const void *a, const void *b)
{
	const struct group *x = a, *y = b;

	return x->count > y->count ? -1 : x->count < y->count;
}

void
summary_sort(struct summary *s)
{
	qsort(s->groups, s->ngroups, sizeof(*s->groups), by_count);
}
