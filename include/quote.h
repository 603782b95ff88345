#ifndef OVHMAIL_QUOTE_H
#define OVHMAIL_QUOTE_H

#include <stddef.h>
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

/*
 * A value of aerc's accounts.conf as its ini parser (go-ini) reads it back:
 * bare when that is safe; else between backquotes, which go-ini takes
 * literally, so that "#" and ";" do not start a comment; and between """
 * when the text holds a backquote (an e-mail address never holds """).
 */
void	quote_ini(FILE *, const char *);

/* The user part of a URL (RFC 3986 userinfo), %-encoded. */
void	quote_url_user(FILE *, const char *);

/*
 * Text from outside the program (arguments, paths, data-file strings,
 * server bytes) as a terminal may safely show it: every character that a
 * terminal would act on (see utf8_is_hidden(): C0, DEL, C1, bidi marks
 * and overrides) is escaped visibly, and bytes that are not well-formed
 * UTF-8 are shown as \xNN.  The escapes are \a \b \t \n \v \f \r \e
 * for those C0 controls, \xNN for the other bytes below 0x80 and for
 * malformed bytes, and \uXXXX for characters from U+0080 up, e.g.
 * "\e]0;x\a", "\u009b", "\u202e", "\xff".  A backslash is left as it
 * is, so that quoting quoted text changes nothing.  Everything else,
 * accented letters included, is printed as it is.
 */
void	quote_terminal(FILE *, const char *);
/* The same for LENGTH bytes, which may hold NUL (shown as \x00). */
void	quote_terminal_n(FILE *, const char *, size_t length);

/*
 * TEXT copied to BUFFER, or its start if it is longer than SIZE - 1
 * bytes: then cut on a character boundary and ended with "...", so that
 * a message can echo a value of any length and still say what is wrong.
 * SIZE is at least 4.  Returns BUFFER.  The copy is not escaped: print it with quote_terminal().
 */
const char	*quote_cut(char *buffer, size_t size, const char *text);

#endif
