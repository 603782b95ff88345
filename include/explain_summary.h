#ifndef OVHMAIL_EXPLAIN_SUMMARY_H
#define OVHMAIL_EXPLAIN_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>

#include "explain.h"

/*
 * explain --summary: the failures grouped by what explains them (the
 * OVHcloud error, or the generic code and status), severity and reason.
 * Each group counts its failures and its distinct recipients, keeps the
 * first few recipients, the recipient domains and remote hosts most hit,
 * and the first and last time seen.  Memory is bounded: at most
 * SUMMARY_MAX_GROUPS groups (the failures of any others are counted as
 * left out), recipients counted exactly up to a budget and estimated past
 * it (HyperLogLog), and the most hit found among SUMMARY_TRACKED
 * candidates (the space-saving algorithm).
 */

#define SUMMARY_MAX_GROUPS	1000
#define SUMMARY_SAMPLES		5
#define SUMMARY_SHOWN		5	/* domains and hosts shown */
#define SUMMARY_TRACKED		32
#define SUMMARY_NAME		256
#define SUMMARY_EXACT_BUDGET	(1UL << 20)	/* recipients held exactly */
#define SUMMARY_HLL_BITS	12

struct tally {
	char			name[SUMMARY_NAME];
	unsigned long long	count;
};

struct recipient_count {
	unsigned long long	*hashes;	/* open addressing, 0: empty */
	size_t			 size, used;
	unsigned char		*registers;	/* HyperLogLog, once estimated */
};

struct group {
	const struct known_error *error;
	char			 code[4];
	char			 status[16];
	enum severity		 severity;
	const struct reason	*reason;
	bool			 inferred;
	unsigned long long	 count;
	struct recipient_count	 recipients;
	char			 samples[SUMMARY_SAMPLES][BOUNCE_MAX_ADDRESS + 1];
	size_t			 nsamples;
	struct tally		 domains[SUMMARY_TRACKED];
	size_t			 ndomains;
	struct tally		 hosts[SUMMARY_TRACKED];
	size_t			 nhosts;
	struct mailtime		 first, last;
};

struct summary {
	struct group		*groups;	/* SUMMARY_MAX_GROUPS */
	size_t			 ngroups;
	unsigned long long	 left_out;	/* failures of groups not kept */
	size_t			 exact;		/* recipients held exactly */
};

bool	summary_start(struct summary *);
void	summary_free(struct summary *);
/* An explain_given: adds the finding. */
void	summary_add(const struct finding *, void *summary);
/* The groups by count, most first. */
void	summary_sort(struct summary *);
unsigned long long	summary_recipients(const struct group *);
/* The most hit of TALLY, at most SUMMARY_SHOWN, most first; their count. */
size_t	summary_top(const struct tally *, size_t n,
	    struct tally top[SUMMARY_SHOWN]);

#endif
