#ifndef OVHMAIL_LOOKUP_REPORT_H
#define OVHMAIL_LOOKUP_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "lookup.h"

/*
 * The lookups (imap, pop, smtp, list) and webmail as text; their json,
 * env and fields are the items' (format.h).
 */
void	text_record(FILE *, const struct record *, bool colour);
void	text_table(FILE *, const struct answer *, bool colour);
void	text_webmail(FILE *, const struct offer *);

#endif
