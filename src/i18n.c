/* The locale and the message catalogs (gettext). */
#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

/* The locale of the messages, as setlocale(3) picks it. */
static const char *
messages_locale(void)
{
	static const char *const names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char *value;
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if ((value = getenv(names[i])) != NULL && value[0] != '\0')
			return value;
	return "C";
}

static bool
is_c_locale(const char *name)
{
	return strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0 ||
	    strncmp(name, "C.", 2) == 0;
}

void
i18n_start(void)
{
	const char *dir = getenv("OVHMAIL_LOCALEDIR");

	/*
	 * gettext translates nothing in the C locale, whatever LANGUAGE says;
	 * loading C.UTF-8 would only cost every run 0.4 ms and 200 kB.
	 */
	if (is_c_locale(messages_locale()))
		return;
	/* gettext converts to the terminal's character set, named by LC_CTYPE. */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	bindtextdomain(TEXTDOMAIN, dir != NULL && dir[0] == '/' ? dir :
	    LOCALEDIR);
	textdomain(TEXTDOMAIN);
}

void
i18n_stop(void)
{
	setlocale(LC_MESSAGES, "C");
}
