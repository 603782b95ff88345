#ifndef OVHMAIL_EXPLAIN_REPORT_H
#define OVHMAIL_EXPLAIN_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "errors.h"
#include "explain.h"

/* What explain found: text for people, json for programs (ovhmail(1)). */
void	text_findings(FILE *, const struct error_book *,
	    const struct explanation *, bool colour);
void	json_findings(FILE *, const struct error_book *,
	    const struct explanation *);

#endif
