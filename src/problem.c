/* The one error helper: "ovhmail: WHAT: why", with the status that fits. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>

#include "i18n.h"
#include "problem.h"
#include "quote.h"

int
problem_set(struct problem *problem, int status, const char *subject,
    const char *fmt, ...)
{
	va_list ap;
	size_t used = 0;
	int n;

	if (problem->status != EX_OK)
		return problem->status;
	problem->status = status;
	problem->message[0] = '\0';
	if (subject != NULL) {
		n = snprintf(problem->message, sizeof(problem->message), "%s: ",
		    problem_echo(subject));
		if (n > 0)
			used = (size_t)n < sizeof(problem->message) ?
			    (size_t)n : sizeof(problem->message) - 1;
	}
	va_start(ap, fmt);
	vsnprintf(problem->message + used, sizeof(problem->message) - used,
	    gettext(fmt), ap);
	va_end(ap);
	return status;
}

int
problem_report(const struct problem *problem)
{
	fputs("ovhmail: ", stderr);
	quote_terminal(stderr, problem->message);
	putc('\n', stderr);
	return problem->status;
}

void
problem_list_append(char *list, size_t size, const char *item)
{
	size_t used = strlen(list);

	if (used < size)
		snprintf(list + used, size - used, "%s%s",
		    used == 0 ? "" : ", ", item);
}
