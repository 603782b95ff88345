/*
 * libFuzzer target: the audit readers.  The first byte picks a reader (or
 * the detection that picks one by content, as audit does), the rest is
 * the file; what the reader makes is judged against data/servers.json and
 * reported in both formats.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "audit.h"
#include "audit_judge.h"
#include "audit_report.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static audit_reader *const readers[] = {
	audit_read_msmtp, audit_read_mbsync, audit_read_mutt, audit_read_aerc,
	audit_read_prefs, audit_read_autoconfig, audit_read_autodiscover,
	audit_read_mobileconfig
};

#define NREADERS	(sizeof(readers) / sizeof(readers[0]))

static struct dataset *data;

static void
judge_all(const struct audit_file *file)
{
	static struct audit_verdict verdict;
	struct problem problem = { EX_OK, "" };
	struct query query = { NULL, NULL, 0, PROTOCOL_ANY, true, NULL, false,
		-1 };
	struct audit_report report;
	FILE *out = fopen("/dev/null", "w");
	size_t i;
	int format;

	if (out == NULL || data == NULL) {
		if (out != NULL)
			fclose(out);
		return;
	}
	for (format = 0; format < 2; format++) {
		audit_report_start(&report, out, format == 0 ? FORMAT_TEXT :
		    FORMAT_JSON);
		audit_report_file(&report, file);
		for (i = 0; i < file->count; i++) {
			audit_judge(data, &query, &file->accounts[i], &verdict);
			audit_report_verdict(&report, file, &verdict);
		}
		problem.status = EX_OK;
		audit_report_end(&report, &problem);
	}
	fclose(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	struct problem problem = { EX_OK, "" };
	struct audit_file file;
	char *text;
	size_t which;

	if (data == NULL)
		data_load("data/servers.json", &data, &problem);
	problem.status = EX_OK;
	if (size == 0 || size > AUDIT_MAX_BYTES || (text = malloc(size)) == NULL)
		return 0;
	which = bytes[0] % (NREADERS + 1);
	memcpy(text, bytes + 1, size - 1);
	text[size - 1] = '\0';
	memset(&file, 0, sizeof(file));
	file.path = "fuzz";
	if (which == NREADERS)
		audit_parse("fuzz", text, size - 1, &file, &problem);
	else if ((file.accounts = calloc(AUDIT_MAX_ACCOUNTS,
	    sizeof(*file.accounts))) != NULL) {
		file.format = "fuzz";
		readers[which](text, size - 1, &file, &problem);
	}
	if (problem.status == EX_OK)
		judge_all(&file);
	audit_file_free(&file);
	free(text);
	return 0;
}
