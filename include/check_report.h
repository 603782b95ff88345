#ifndef OVHMAIL_CHECK_REPORT_H
#define OVHMAIL_CHECK_REPORT_H

#include <stdio.h>

#include "check.h"

/*
 * The report of "ovhmail check": text, json, and the answer of a
 * monitoring plugin (Monitoring Plugins Development Guidelines).
 */

/* A plugin's exit statuses, which Nagios and Icinga read. */
enum plugin_status {
	PLUGIN_OK,
	PLUGIN_WARNING,
	PLUGIN_CRITICAL,
	PLUGIN_UNKNOWN
};

void	check_report_text(FILE *, const struct check_result *, bool colour);
void	check_report_summary(FILE *, const struct check_result *, size_t,
	    size_t left_out);
void	check_report_json(FILE *, const struct check_result *, size_t,
	    size_t left_out);

/*
 * Prints the plugin's answer and returns its status: CRITICAL when a
 * current server does not work or its certificate has fewer than
 * critical_days left, WARNING when fewer than warning_days or when only
 * a legacy server does not work, UNKNOWN when this machine kept the
 * check from being made (check_run() leaves that to main()).
 */
enum plugin_status check_report_nagios(FILE *, const struct check_result *,
	    size_t, const struct check_options *);

#endif
