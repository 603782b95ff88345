#ifndef OVHMAIL_STRPRINTF_H
#define OVHMAIL_STRPRINTF_H

#include <stdarg.h>

/*
 * A new string, as printf(3) would print it: the caller's to free; NULL
 * when out of memory.  asprintf(3) is not in C11 nor POSIX.
 */
char	*str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char	*str_vprintf(const char *fmt, va_list);

#endif
