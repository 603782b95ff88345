/* limits' text report: sending limits and quotas, with their sources. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "limits_report.h"
#include "quote.h"
#include "text_layout.h"

/*
 * A size as the table writes it, "2.5 MB to 5 GB", with the decimal
 * separator of the user's language: "2,5 MB".
 */
static void
print_size(FILE *out, const char *size)
{
	/* TRANSLATORS: the decimal separator of your language, as in
	   "2.5 MB"; French and Dutch write a comma. */
	const char *point = _(".");
	char buffer[256];
	size_t i, used = 0;

	for (i = 0; size[i] != '\0' && used + 8 < sizeof(buffer); i++) {
		if (size[i] == '.' && i > 0 && isdigit((unsigned char)
		    size[i - 1]) && isdigit((unsigned char)size[i + 1]) &&
		    strlen(point) < 8) {
			memcpy(buffer + used, point, strlen(point));
			used += strlen(point);
		} else
			buffer[used++] = size[i];
	}
	buffer[used] = '\0';
	quote_terminal(out, size[i] == '\0' ? buffer : size);
}

static void
print_quota(FILE *out, const struct offer *offer, size_t n)
{
	const struct quota *quota = &offer->limits.quotas[n];

	if (quota->plan != NULL) {
		quote_terminal(out, quota->plan);
		fputs(": ", out);
	}
	print_size(out, quota->size);
	fputs(" (", out);
	quote_terminal(out, quota->source->title);
	fputs(", ", out);
	quote_terminal(out, quota->source->date);
	putc(')', out);
}

/* Quotas for the same plan that disagree are shown together. */
void
text_limits(FILE *out, const struct offer *offer, bool colour)
{
	const struct limits *limits = &offer->limits;
	const struct sending_limit *limit;
	size_t i, j;

	text_bold(out, colour, offer->name);
	putc('\n', out);
	for (i = 0; i < limits->nsending; i++) {
		limit = &limits->sending[i];
		fputs("  ", out);
		fprintf(out, limit->scope == LIMIT_ACCOUNT ?
		    _("Sending: %ld messages an hour per account") :
		    _("Sending: %ld messages an hour per IP address"),
		    limit->per_hour);
		fputs(" (", out);
		quote_terminal(out, limit->source->title);
		fputs(", ", out);
		quote_terminal(out, limit->source->date);
		fputs(")\n", out);
	}
	for (i = 0; i < limits->nquotas; i++) {
		if (quota_first(offer, i) != i)
			continue;
		fputs("  ", out);
		fputs(_("Quota: "), out);
		print_quota(out, offer, i);
		for (j = i + 1; j < limits->nquotas; j++)
			if (quota_first(offer, j) == i) {
				fputs(_(" or "), out);
				print_quota(out, offer, j);
			}
		if (quota_disputed(offer, i))
			fputs(_(": OVHcloud's guides disagree"), out);
		putc('\n', out);
	}
}
