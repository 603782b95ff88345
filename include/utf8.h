#ifndef OVHMAIL_UTF8_H
#define OVHMAIL_UTF8_H

#include <stddef.h>
#include <stdio.h>

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
