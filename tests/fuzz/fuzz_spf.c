/*
 * libFuzzer target: the SPF and DMARC readers, and the SPF lookup count.
 * The whole input is read as a DMARC record too.  The input's
 * lines are the records: the first is checked, and an include or
 * redirect gets the line its domain's length picks, so that records
 * include each other, themselves included, as deep as the input likes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dmarc.h"
#include "spf.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

struct lines {
	const char	*text;
	size_t		 size;
};

static int
fetch(void *context, const char *domain, char **record)
{
	const struct lines *lines = context;
	const char *at = lines->text, *end = at + lines->size, *nl;
	size_t n = strlen(domain) % 4;

	if (n == 3)
		return -1;
	while (n-- > 0 && (nl = memchr(at, '\n', (size_t)(end - at))) != NULL)
		at = nl + 1;
	nl = memchr(at, '\n', (size_t)(end - at));
	*record = strndup(at, nl != NULL ? (size_t)(nl - at) :
	    (size_t)(end - at));
	return *record == NULL ? -1 : 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	struct lines lines = { (const char *)bytes, size };
	const char *nl = memchr(bytes, '\n', size);
	struct spf_record spf;
	struct spf_count count;
	const char *why;
	char term[64], policy[16];

	if (memchr(bytes, '\0', size) != NULL)
		return 0;
	if (spf_parse(lines.text, nl != NULL ? (size_t)(nl - lines.text) :
	    size, &spf, &why, term, sizeof(term)) == 0)
		spf_count_lookups(&spf, fetch, &lines, &count);
	spf_free(&spf);
	(void)dmarc_problem(lines.text, size, policy, sizeof(policy));
	return 0;
}
