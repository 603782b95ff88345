#ifndef OVHMAIL_LIMITS_REPORT_H
#define OVHMAIL_LIMITS_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "data.h"

/*
 * limits as text; its json, env and fields are the items' (format.h).
 * Quotas for the same plan that disagree are shown together.
 */
void	text_limits(FILE *, const struct offer *, bool colour);

#endif
