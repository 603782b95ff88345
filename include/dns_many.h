#ifndef OVHMAIL_DNS_MANY_H
#define OVHMAIL_DNS_MANY_H

#include <stddef.h>

#include "problem.h"

/*
 * Many domains at once, for discover and verify: the list (the words, or
 * --domains FILE: a domain a line, optionally followed by its DKIM
 * selectors, '#' starting a comment), and a pool of workers that checks
 * JOBS domains at a time while the results are printed in the list's
 * order as soon as each is ready.
 */

#define DNS_MAX_DOMAINS		100000	/* domains in a list */
#define DNS_MAX_LIST_BYTES	(16UL << 20)
/* Results held, a job, while an earlier domain is still being read. */
#define DNS_WINDOW_PER_JOB	4

struct domain_entry {
	char	*text;		/* an address or a domain, as given */
	char	*selector;	/* or NULL */
	char	*pair;		/* its pair, or NULL */
	size_t	 line;		/* in --domains, or 0 */
};

struct domain_list {
	struct domain_entry	*entries;
	size_t			 count;
	char			*text;	/* the file's, which entries point in */
};

/*
 * The words, then the lines of PATH (NULL: none; "-": standard input).
 * A line that is not "DOMAIN [SELECTOR [SELECTOR]]" is an error naming
 * the file and the line.  The list is the caller's to free.
 */
int	domain_list_read(char **words, int nwords, const char *path,
	    struct domain_list *, struct problem *);
void	domain_list_free(struct domain_list *);
/* An empty list, and the lines of TEXT (LENGTH bytes, changed) added. */
int	domain_list_start(struct domain_list *, struct problem *);
int	domain_list_parse(struct domain_list *, char *text, size_t length,
	    const char *name, struct problem *);

/*
 * WORK(i) for each of COUNT items in up to JOBS threads; DONE(i) in the
 * calling thread, in order, as soon as item i and those before it are
 * worked.  WORK must touch nothing but item i.
 */
typedef void	dns_work(size_t i, void *context);
int	dns_run_all(size_t count, int jobs, dns_work *work, dns_work *done,
	    void *context, struct problem *);

#endif
