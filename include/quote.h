#ifndef OVHMAIL_QUOTE_H
#define OVHMAIL_QUOTE_H

#include <stdio.h>

/*
 * Printing text inside the syntax of another program, so that whatever
 * the text holds (quotes, &, <, non-ASCII) the result still parses and
 * reads back as the same text.
 */

/* A POSIX shell word: bare when safe, else in single quotes. */
void	quote_shell(FILE *, const char *);

/* XML character data and attribute values (double-quoted). */
void	quote_xml(FILE *, const char *);

/* Inside double quotes, with \ before " and \ (mbsync, aerc). */
void	quote_double(FILE *, const char *);

/* A muttrc string: double quotes, with \ before " \ ` and $. */
void	quote_muttrc(FILE *, const char *);
/* The same escapes without the quotes, for text inside backticks. */
void	escape_muttrc(FILE *, const char *);

/* The user part of a URL (RFC 3986 userinfo), %-encoded. */
void	quote_url_user(FILE *, const char *);

#endif
