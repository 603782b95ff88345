/* discover and verify of many domains: the list, and workers side by side. */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "address.h"
#include "dns_many.h"
#include "infile.h"

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* The next word of *AT, NUL-terminated in place, or NULL. */
static char *
next_word(char **at)
{
	char *word;

	while (is_space(**at))
		(*at)++;
	if (**at == '\0')
		return NULL;
	word = *at;
	while (**at != '\0' && !is_space(**at))
		(*at)++;
	if (**at != '\0')
		*(*at)++ = '\0';
	return word;
}

static int
add_entry(struct domain_list *list, char *text, char *selector, char *pair,
    size_t line, const char *path, struct problem *problem)
{
	if (list->count == DNS_MAX_DOMAINS)
		return problem_set(problem, EX_DATAERR, path != NULL ? path :
		    "verify", "more than %d domains", DNS_MAX_DOMAINS);
	list->entries[list->count++] = (struct domain_entry){ text, selector,
	    pair, line };
	return EX_OK;
}

/* "example.com [selector [pair]]  # comment" */
static int
read_line(struct domain_list *list, char *line, size_t number,
    const char *path, struct problem *problem)
{
	char *hash = strchr(line, '#'), *at = line, *domain, *s1, *s2;

	if (hash != NULL)
		*hash = '\0';
	if ((domain = next_word(&at)) == NULL)
		return EX_OK;
	s1 = next_word(&at);
	s2 = next_word(&at);
	if (next_word(&at) != NULL)
		return problem_set(problem, EX_DATAERR, path, "line %zu: "
		    "more than a domain and two DKIM selectors", number);
	/* The same rule as --dkim-selector's: one DNS label. */
	if ((s1 != NULL && !selector_ok(s1)) || (s2 != NULL &&
	    !selector_ok(s2)))
		return problem_set(problem, EX_DATAERR, path, "line %zu: "
		    "'%s' is not a DKIM selector, e.g. ovhmo1234567-selector1",
		    number, problem_echo(s2 != NULL && !selector_ok(s2) ? s2 :
		    s1));
	return add_entry(list, domain, s1, s2, number, path, problem);
}

int
domain_list_parse(struct domain_list *list, char *text, size_t length,
    const char *name, struct problem *problem)
{
	char *line, *end;
	size_t number = 0;

	if (memchr(text, '\0', length) != NULL)
		return problem_set(problem, EX_DATAERR, name, "holds a NUL "
		    "byte: not a list of domains");
	for (line = text; problem->status == EX_OK && line < text + length;
	    line = end + 1) {
		if ((end = memchr(line, '\n', (size_t)(text + length - line)))
		    == NULL)
			end = text + length;
		*end = '\0';
		read_line(list, line, ++number, name, problem);
	}
	return problem->status;
}

static int
read_file(struct domain_list *list, const char *path, struct problem *problem)
{
	const char *name = strcmp(path, "-") == 0 ? "standard input" : path;
	size_t length;

	if ((strcmp(path, "-") == 0 ? infile_read_fd(STDIN_FILENO, name,
	    DNS_MAX_LIST_BYTES, &list->text, &length, problem) :
	    infile_read(path, INFILE_FILE_OR_PIPE, DNS_MAX_LIST_BYTES,
	    &list->text, &length, problem)) != EX_OK)
		return problem->status;
	return domain_list_parse(list, list->text, length, name, problem);
}

/* The list's entries, before any file is read. */
int
domain_list_start(struct domain_list *list, struct problem *problem)
{
	memset(list, 0, sizeof(*list));
	if ((list->entries = calloc(DNS_MAX_DOMAINS, sizeof(*list->entries)))
	    == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	return EX_OK;
}

int
domain_list_read(char **words, int nwords, const char *path,
    struct domain_list *list, struct problem *problem)
{
	int i;

	if (domain_list_start(list, problem) != EX_OK)
		return problem->status;
	for (i = 0; i < nwords && problem->status == EX_OK; i++)
		add_entry(list, words[i], NULL, NULL, 0, NULL, problem);
	if (problem->status == EX_OK && path != NULL)
		read_file(list, path, problem);
	if (problem->status == EX_OK && list->count == 0 && path != NULL)
		problem_set(problem, EX_DATAERR, strcmp(path, "-") == 0 ?
		    "standard input" : path, "no domain in it");
	else if (problem->status == EX_OK && list->count == 0)
		problem_set(problem, EX_USAGE, NULL, "give a domain, e.g. "
		    "'example.nl', or an address, or --domains FILE");
	return problem->status;
}

void
domain_list_free(struct domain_list *list)
{
	free(list->entries);
	free(list->text);
	memset(list, 0, sizeof(*list));
}

/* The pool's shared state, under its lock. */
struct pool {
	pthread_mutex_t	 lock;
	pthread_cond_t	 worked;	/* an item is worked, or handed out */
	size_t		 next;		/* the next item to take */
	size_t		 handed;	/* items handed out, in order */
	size_t		 window;	/* worked ahead of the handing out */
	size_t		 count;
	bool		*done;
	dns_work	*work;
	void		*context;
};

static void *
worker(void *arg)
{
	struct pool *p = arg;
	size_t i;

	for (;;) {
		pthread_mutex_lock(&p->lock);
		/*
		 * A slow domain must not let the others pile up their
		 * results: the workers stay within a window of it.
		 */
		while (p->next < p->count && p->next >= p->handed + p->window)
			pthread_cond_wait(&p->worked, &p->lock);
		i = p->next < p->count ? p->next++ : p->count;
		pthread_mutex_unlock(&p->lock);
		if (i == p->count)
			return NULL;
		p->work(i, p->context);
		pthread_mutex_lock(&p->lock);
		p->done[i] = true;
		pthread_cond_broadcast(&p->worked);
		pthread_mutex_unlock(&p->lock);
	}
}

/* DONE for each item in order, waiting for the workers where needed. */
static void
hand_out(struct pool *p, dns_work *done)
{
	size_t i;

	for (i = 0; i < p->count; i++) {
		pthread_mutex_lock(&p->lock);
		while (!p->done[i])
			pthread_cond_wait(&p->worked, &p->lock);
		pthread_mutex_unlock(&p->lock);
		done(i, p->context);
		pthread_mutex_lock(&p->lock);
		p->handed = i + 1;
		pthread_cond_broadcast(&p->worked);
		pthread_mutex_unlock(&p->lock);
	}
}

int
dns_run_all(size_t count, int jobs, dns_work *work, dns_work *done,
    void *context, struct problem *problem)
{
	struct pool p = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER,
		0, 0, (size_t)jobs * DNS_WINDOW_PER_JOB, count, NULL, work,
		context };
	pthread_t *threads = calloc((size_t)jobs, sizeof(*threads));
	int started = 0;

	if (threads == NULL || (p.done = calloc(count, sizeof(*p.done))) ==
	    NULL) {
		free(threads);
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	}
	while (started < jobs && (size_t)started < count &&
	    pthread_create(&threads[started], NULL, worker, &p) == 0)
		started++;
	/* No thread at all: the work is done here, the window aside. */
	if (started == 0) {
		p.window = count;
		worker(&p);
	}
	hand_out(&p, done);
	while (started > 0)
		pthread_join(threads[--started], NULL);
	free(threads);
	free(p.done);
	return EX_OK;
}
