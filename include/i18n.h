#ifndef OVHMAIL_I18N_H
#define OVHMAIL_I18N_H

#include <libintl.h>

/*
 * Messages for people go through gettext(3); po/ holds the translations.
 * What programs read (json, env, --field, export) never does, so that it
 * stays the same in every locale.
 */
#define _(text)		gettext(text)
#define N_(text)	text	/* marked for xgettext, translated later */

#define TEXTDOMAIN	"ovhmail"

/*
 * Takes the character set and the messages' language from the environment
 * (LC_ALL, LC_MESSAGES, LANG), and nothing else: numbers and dates keep
 * the C locale's form.
 */
void	i18n_start(void);

/* Back to the untranslated messages, for reports that programs read. */
void	i18n_stop(void);

#endif
