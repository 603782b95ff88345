#ifndef OVHMAIL_GUIDE_REPORT_H
#define OVHMAIL_GUIDE_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "guide.h"

/* A client's steps: numbered for people, or json for programs. */
void	text_guide(FILE *, const struct guide *, bool colour);
void	json_guide(FILE *, const struct guide *);

#endif
