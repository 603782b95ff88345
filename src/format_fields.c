/* --field: the values asked for, one a line. */
#include <string.h>
#include <sysexits.h>

#include "format.h"

static int
check_fields(const struct item *item, const char *const *fields,
    size_t nfields, struct problem *problem)
{
	char choices[256] = "";
	const char *field;
	size_t i;

	for (i = 0; i < nfields; i++)
		if (item_get(item, fields[i]) == NULL)
			break;
	if (i == nfields)
		return EX_OK;
	field = fields[i];
	for (i = 0; i < item->count; i++)
		problem_list_append(choices, sizeof(choices), item->keys[i]);
	return problem_set(problem, EX_USAGE, "--field",
	    "unknown field '%s' (choose %s)", problem_echo(field),
	    choices);
}

int
format_fields(FILE *out, const struct item *items, size_t count,
    const char *const *fields, size_t nfields, struct problem *problem)
{
	char number[VALUE_TEXT_MAX];
	size_t i, j;

	if (count > 0 && check_fields(&items[0], fields, nfields,
	    problem) != EX_OK)
		return problem->status;
	for (i = 0; i < count; i++)
		for (j = 0; j < nfields; j++) {
			fputs(value_text(item_get(&items[i], fields[j]),
			    number, sizeof(number)), out);
			putc('\n', out);
		}
	return EX_OK;
}
