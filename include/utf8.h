#ifndef OVHMAIL_UTF8_H
#define OVHMAIL_UTF8_H

#include <stddef.h>

/* Offset of the first byte that is not well-formed UTF-8, or length. */
size_t	utf8_invalid_at(const char *text, size_t length);

#endif
