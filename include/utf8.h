#ifndef OVHMAIL_UTF8_H
#define OVHMAIL_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/*
 * The character at TEXT: its length in bytes and its code point, or 0
 * when the bytes there are not well-formed UTF-8.
 */
size_t	utf8_decode(const char *text, size_t length, unsigned long *code);

/*
 * Whether a terminal would act on the character rather than show it:
 * C0 and C1 controls, DEL, the line and paragraph separators, and the
 * marks and overrides that reorder bidirectional text (U+061C, U+200E,
 * U+200F, U+202A-U+202E, U+2066-U+2069).
 */
bool	utf8_is_hidden(unsigned long code);

/* Offset of the first byte that is not well-formed UTF-8, or length. */
size_t	utf8_invalid_at(const char *text, size_t length);

/*
 * How many columns the text takes on a terminal, counted as one per
 * character: right for the Latin scripts the translations use.
 */
size_t	utf8_columns(const char *text);
size_t	utf8_columns_n(const char *text, size_t length);

/* Spaces after TEXT up to WIDTH columns. */
void	utf8_pad(FILE *, const char *text, size_t width);

#endif
