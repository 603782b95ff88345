#ifndef OVHMAIL_TEXT_LAYOUT_H
#define OVHMAIL_TEXT_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "data.h"

/*
 * What the text reports share: bold on a terminal, labels that line up,
 * lines wrapped after a hanging label, headings and sources.  Every text
 * from outside goes through quote_terminal().
 */
#define NELEMS(array)	(sizeof(array) / sizeof((array)[0]))

void	text_bold(FILE *, bool colour, const char *);
/* The columns the widest of the texts takes. */
size_t	text_widest(const char *const *texts, size_t count);
/* "OFFER, REGION" and TAIL, in bold, and a new line. */
void	text_heading(FILE *, bool colour, const struct offer *,
	    const struct region *, const char *tail);
/* "TITLE (DATE)" and a new line. */
void	text_source_line(FILE *, const struct source *);
/* NAME, then TEXT in lines of at most 76 columns, hanging at INDENT. */
void	text_wrapped(FILE *, bool colour, const char *name, size_t indent,
	    const char *text);

#endif
