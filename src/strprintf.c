/* Formatted strings, allocated to their length. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "strprintf.h"

char *
str_vprintf(const char *fmt, va_list ap)
{
	va_list again;
	char *text;
	int n;

	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, again);
	va_end(again);
	if (n < 0 || (text = malloc((size_t)n + 1)) == NULL)
		return NULL;
	vsnprintf(text, (size_t)n + 1, fmt, ap);
	return text;
}

char *
str_printf(const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = str_vprintf(fmt, ap);
	va_end(ap);
	return text;
}
