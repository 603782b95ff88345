/* E-mail addresses and domains as given on the command line, checked. */
#include <stdbool.h>
#include <string.h>

#include "address.h"
#include "i18n.h"
#include "utf8.h"

#define MAX_ADDRESS	254
#define MAX_LOCAL	64
#define MAX_DOMAIN	253
#define MAX_LABEL	63

static bool
is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

static bool
is_atext(char c)
{
	return is_alnum(c) || (unsigned char)c >= 0x80 ||
	    strchr("!#$%&'*+-/=?^_`{|}~", c) != NULL;
}

/*
 * A character that a terminal acts on rather than shows (a C1 control,
 * a bidirectional override) would reach "Username:" and the exported
 * files: no address holds one.
 */
static bool
has_hidden(const char *text, size_t length)
{
	unsigned long code;
	size_t n;

	while (length > 0) {
		if ((n = utf8_decode(text, length, &code)) == 0 ||
		    utf8_is_hidden(code))
			return true;
		text += n;
		length -= n;
	}
	return false;
}

/*
 * Characters that show as nothing or as a space: "ex\u200b.fr" looks like
 * "ex.fr" and is another domain (IDNA2008 disallows them).
 */
static bool
is_invisible(unsigned long code)
{
	return code == 0xa0 || code == 0xad || code == 0x34f ||
	    code == 0x115f || code == 0x1160 || code == 0x180e ||
	    (code >= 0x200b && code <= 0x200d) ||
	    (code >= 0x2060 && code <= 0x2064) || code == 0x3164 ||
	    (code >= 0xfe00 && code <= 0xfe0f) || code == 0xfeff ||
	    code == 0xffa0 || (code >= 0xe0000 && code <= 0xe0fff);
}

static bool
has_invisible(const char *text, size_t length)
{
	unsigned long code;
	size_t n;

	while (length > 0 && (n = utf8_decode(text, length, &code)) != 0) {
		if (is_invisible(code))
			return true;
		text += n;
		length -= n;
	}
	return false;
}

static const char *
label_problem(const char *label, size_t length)
{
	size_t i;

	if (length == 0)
		return _("the domain has an empty label");
	if (length > MAX_LABEL)
		return _("a label of the domain is longer than 63 bytes");
	if (label[0] == '-' || label[length - 1] == '-')
		return _("a label of the domain starts or ends with '-'");
	for (i = 0; i < length; i++)
		if (!is_alnum(label[i]) && label[i] != '-' &&
		    (unsigned char)label[i] < 0x80)
			return _("the domain may hold only letters, digits, "
			    "'-' and '.'");
	return NULL;
}

const char *
domain_problem(const char *domain)
{
	size_t length = strlen(domain);
	const char *label, *dot, *why;

	if (length == 0)
		return _("the domain is empty");
	if (length > MAX_DOMAIN)
		return _("the domain is longer than 253 bytes");
	if (utf8_invalid_at(domain, length) != length)
		return _("the domain is not valid UTF-8");
	if (has_hidden(domain, length))
		return _("the domain holds a control character or a "
		    "bidirectional override");
	if (has_invisible(domain, length))
		return _("the domain holds an invisible character (U+200B, "
		    "say)");
	if (strchr(domain, '.') == NULL)
		return _("the domain needs at least one '.'");
	for (label = domain; ; label = dot + 1) {
		dot = strchr(label, '.');
		if ((why = label_problem(label, dot == NULL ?
		    strlen(label) : (size_t)(dot - label))) != NULL)
			return why;
		if (dot == NULL)
			return NULL;
	}
}

static const char *
quoted_problem(const char *local, size_t length)
{
	size_t i;

	if (length < 2 || local[length - 1] != '"')
		return _("the quoted part before '@' is not closed");
	for (i = 1; i < length - 1; i++) {
		if ((unsigned char)local[i] < 0x20 || local[i] == 0x7f)
			return _("the part before '@' holds a control character");
		if (local[i] == '"')
			return _("a '\"' inside the quoted part needs a '\\'");
		if (local[i] == '\\' && ++i == length - 1)
			return _("the quoted part before '@' ends in '\\'");
	}
	return NULL;
}

static const char *
local_problem(const char *local, size_t length)
{
	size_t i;

	if (length == 0)
		return _("nothing before the '@'");
	if (length > MAX_LOCAL)
		return _("the part before '@' is longer than 64 bytes");
	if (local[0] == '"')
		return quoted_problem(local, length);
	if (local[0] == '.' || local[length - 1] == '.')
		return _("the part before '@' starts or ends with '.'");
	for (i = 0; i < length; i++) {
		if (local[i] == '.' && local[i + 1] == '.')
			return _("the part before '@' has '..'");
		if (local[i] != '.' && !is_atext(local[i]))
			return _("the part before '@' holds a character that "
			    "needs quoting");
	}
	return NULL;
}

const char *
address_problem(const char *address)
{
	size_t length = strlen(address);
	const char *at = strrchr(address, '@');
	const char *why;

	if (length > MAX_ADDRESS)
		return _("longer than 254 bytes");
	if (utf8_invalid_at(address, length) != length)
		return _("not valid UTF-8");
	if (has_hidden(address, length))
		return _("holds a control character or a bidirectional "
		    "override");
	if (has_invisible(address, length))
		return _("holds an invisible character (U+200B, say)");
	if (at == NULL)
		return _("no '@'");
	if ((why = local_problem(address, (size_t)(at - address))) != NULL)
		return why;
	if (at[1] == '\0')
		return _("nothing after the '@'");
	return domain_problem(at + 1);
}

bool
selector_ok(const char *text)
{
	size_t n = strspn(text, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

	return n > 0 && text[n] == '\0' && n <= 63;
}

const char *
real_name_problem(const char *name)
{
	size_t n = strlen(name), i;

	if (n == 0 || n > 128)
		return N_("give a name of 1 to 128 bytes");
	if (utf8_invalid_at(name, n) < n || has_hidden(name, n))
		return N_("a name is UTF-8 text without control or "
		    "bidirectional characters");
	if (has_invisible(name, n))
		return N_("a name holds no invisible character (U+200B, say): "
		    "it would show as another");
	if (name[0] == ' ' || name[n - 1] == ' ')
		return N_("a name starts and ends with a letter, not a space");
	for (i = 0; i < n; i++)
		if ((unsigned char)name[i] < 0x20 || name[i] == 0x7f ||
		    name[i] == '"' || name[i] == '\\')
			return N_("a name holds no control character, quote or "
			    "backslash");
	return NULL;
}
