/* --password-command: its checks and {email} filled in, shell-quoted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "password_command.h"
#include "quote.h"

/*
 * Every client's file holds the command on one line (msmtp, aerc) or in
 * one quoted string (mbsync, neomutt): a line break or another control
 * character would end it early and turn the rest into settings.
 */
const char *
password_command_problem(const char *command)
{
	const unsigned char *c;

	if (command[0] == '\0')
		return _("the command is empty");
	for (c = (const unsigned char *)command; *c != '\0'; c++)
		if (*c < 0x20 || *c == 0x7f)
			return _("the command holds a control character "
			    "(a line break, say)");
	return NULL;
}

char *
password_command_expand(const char *command, const char *email)
{
	size_t mark = strlen(PASSWORD_COMMAND_MARK), length = 0;
	const char *s = command, *at;
	char *text = NULL;
	FILE *memory;

	if ((memory = open_memstream(&text, &length)) == NULL)
		return NULL;
	while ((at = strstr(s, PASSWORD_COMMAND_MARK)) != NULL) {
		fwrite(s, 1, (size_t)(at - s), memory);
		quote_shell(memory, email);
		s = at + mark;
	}
	fputs(s, memory);
	if (fclose(memory) != 0) {
		free(text);
		return NULL;
	}
	return text;
}
