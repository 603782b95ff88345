#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#include "explain.h"

static bool
is_word(char c)
{
	return isalnum((unsigned char)c) != 0;
}

/*
 * Whether the needle occurs in the text, ignoring case, and not as part of
 * a longer word or number: "553" is in "553 5.7.1" but not in "15530".
 */
static bool
contains(const char *text, const char *needle)
{
	size_t n = strlen(needle), i;
	const char *at;

	for (at = text; *at != '\0'; at++) {
		for (i = 0; i < n && at[i] != '\0'; i++)
			if (tolower((unsigned char)at[i]) !=
			    tolower((unsigned char)needle[i]))
				break;
		if (i < n)
			continue;
		if (at > text && is_word(needle[0]) && is_word(at[-1]))
			continue;
		if (is_word(needle[n - 1]) && is_word(at[n]))
			continue;
		return true;
	}
	return false;
}

const struct known_error *
explain(const struct dataset *data, const char *text)
{
	size_t i, j;

	for (i = 0; i < data->nerrors; i++)
		for (j = 0; j < data->errors[i].nmatch; j++)
			if (contains(text, data->errors[i].match[j]))
				return &data->errors[i];
	return NULL;
}
