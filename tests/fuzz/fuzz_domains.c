/* libFuzzer target: a --domains list, as verify and discover read it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "dns_many.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	struct problem problem = { EX_OK, "" };
	struct domain_list list;
	char *text = malloc(size + 1);
	size_t i;

	if (text == NULL || domain_list_start(&list, &problem) != EX_OK)
		abort();
	memcpy(text, bytes, size);
	text[size] = '\0';
	domain_list_parse(&list, text, size, "fuzz", &problem);
	for (i = 0; i < list.count; i++)
		if (list.entries[i].text < text ||
		    list.entries[i].text >= text + size + 1 ||
		    strchr(list.entries[i].text, ' ') != NULL)
			abort();
	domain_list_free(&list);
	free(text);
	return 0;
}
