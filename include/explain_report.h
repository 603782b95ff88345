#ifndef OVHMAIL_EXPLAIN_REPORT_H
#define OVHMAIL_EXPLAIN_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "errors.h"
#include "explain.h"
#include "explain_summary.h"
#include "json_write.h"

/*
 * What explain found, text for people, json for programs (ovhmail(1)):
 * each finding printed as it is found, or the summary at the end.
 */
struct explain_printer {
	FILE			*out;
	const struct error_book	*book;
	bool			 json;
	bool			 colour;
	size_t			 printed;
	struct json_writer	 writer;
};

void	report_start(struct explain_printer *, FILE *,
	    const struct error_book *, bool json, bool colour);
/* An explain_given. */
void	report_finding(const struct finding *, void *printer);
void	report_end(struct explain_printer *);

void	text_summary(FILE *, const struct error_book *,
	    const struct summary *, const struct explainer *, bool colour);
void	json_summary(FILE *, const struct error_book *,
	    const struct summary *, const struct explainer *);

#endif
