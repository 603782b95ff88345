/* DMARC records (RFC 7489): their syntax, for verify. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dmarc.h"
#include "i18n.h"

#define VERSION_TAG	"v=DMARC1"

bool
dmarc_is_record(const char *text, size_t length)
{
	size_t n = strlen(VERSION_TAG), i = n;

	if (length < n || strncmp(text, VERSION_TAG, n) != 0)
		return false;
	while (i < length && (text[i] == ' ' || text[i] == '\t'))
		i++;
	return i == length || text[i] == ';';
}

/* One tag=value, with the blanks around each part trimmed. */
struct tag {
	const char	*name, *value;
	size_t		 name_length, value_length;
};

static void
trim(const char **text, size_t *length)
{
	while (*length > 0 && isspace((unsigned char)**text)) {
		(*text)++;
		(*length)--;
	}
	while (*length > 0 && isspace((unsigned char)(*text)[*length - 1]))
		(*length)--;
}

static bool
read_tag(const char *text, size_t length, struct tag *tag)
{
	const char *eq = memchr(text, '=', length);

	if (eq == NULL)
		return false;
	tag->name = text;
	tag->name_length = (size_t)(eq - text);
	tag->value = eq + 1;
	tag->value_length = length - tag->name_length - 1;
	trim(&tag->name, &tag->name_length);
	trim(&tag->value, &tag->value_length);
	return tag->name_length > 0;
}

static bool
is(const char *text, size_t length, const char *word)
{
	return strlen(word) == length && strncmp(text, word, length) == 0;
}

static bool
is_policy(const struct tag *tag)
{
	return is(tag->value, tag->value_length, "none") ||
	    is(tag->value, tag->value_length, "quarantine") ||
	    is(tag->value, tag->value_length, "reject");
}

static bool
is_percent(const struct tag *tag)
{
	size_t i;
	int n = 0;

	if (tag->value_length == 0 || tag->value_length > 3)
		return false;
	for (i = 0; i < tag->value_length; i++) {
		if (!isdigit((unsigned char)tag->value[i]))
			return false;
		n = n * 10 + (tag->value[i] - '0');
	}
	return n <= 100;
}

/* What is wrong with one tag, or NULL. */
static const char *
check_tag(const struct tag *tag, char *policy, size_t policy_size)
{
	if (is(tag->name, tag->name_length, "p")) {
		if (!is_policy(tag))
			return N_("p= must be none, quarantine or reject");
		snprintf(policy, policy_size, "%.*s", (int)tag->value_length,
		    tag->value);
	} else if (is(tag->name, tag->name_length, "sp") && !is_policy(tag))
		return N_("sp= must be none, quarantine or reject");
	else if (is(tag->name, tag->name_length, "pct") && !is_percent(tag))
		return N_("pct= must be a number from 0 to 100");
	else if (is(tag->name, tag->name_length, "v"))
		return N_("v= may only come first");
	return NULL;
}

const char *
dmarc_problem(const char *text, size_t length, char *policy,
    size_t policy_size)
{
	const char *at, *end = text + length, *semi, *why;
	struct tag tag;
	size_t n;

	snprintf(policy, policy_size, "%s", "");
	if (!dmarc_is_record(text, length))
		return N_("does not start with v=DMARC1");
	if (memchr(text, '\0', length) != NULL)
		return N_("holds a NUL byte");
	at = memchr(text, ';', length);
	for (at = at != NULL ? at + 1 : end; at < end; at = semi + 1) {
		semi = memchr(at, ';', (size_t)(end - at));
		if (semi == NULL)
			semi = end;
		n = (size_t)(semi - at);
		if (n == 0 || (n == 1 && isspace((unsigned char)*at)))
			continue;
		if (!read_tag(at, n, &tag)) {
			trim(&at, &n);
			if (n == 0)
				continue;
			return N_("holds a part that is not tag=value");
		}
		if ((why = check_tag(&tag, policy, policy_size)) != NULL)
			return why;
	}
	return policy[0] == '\0' ? N_("has no p= policy") : NULL;
}

bool
dmarc_has_tag(const char *text, size_t length, const char *name)
{
	const char *at, *end = text + length, *semi;
	struct tag tag;

	if (!dmarc_is_record(text, length))
		return false;
	for (at = text; at < end; at = semi + 1) {
		semi = memchr(at, ';', (size_t)(end - at));
		if (semi == NULL)
			semi = end;
		if (read_tag(at, (size_t)(semi - at), &tag) &&
		    is(tag.name, tag.name_length, name) &&
		    tag.value_length > 0)
			return true;
	}
	return false;
}
