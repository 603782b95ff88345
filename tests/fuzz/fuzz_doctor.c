/*
 * libFuzzer target: doctor's judge and report over its steps' JSON.  The
 * input is cut at NUL bytes into what discover, verify, check, audit and
 * explain printed, in that order (a part that is not JSON is a step not
 * made); the judge reads them against data/servers.json and
 * data/errors.json, and the report is written in both formats.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "doctor.h"
#include "lookup.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct dataset *data;
static struct error_book *book;

static void
load(void)
{
	struct problem problem = { EX_OK, "" };

	if (data == NULL)
		data_load("data/servers.json", &data, &problem);
	problem.status = EX_OK;
	if (book == NULL)
		errors_load("data/errors.json", &book, &problem);
}

/* The steps' parts of BYTES, each parsed into its step's result. */
static void
take_steps(struct doctor *d, const char *bytes, size_t size)
{
	const char *part = bytes, *end = bytes + size, *stop, *after;
	int step;

	for (step = 0; step < DOCTOR_STEPS && part <= end; step++) {
		stop = memchr(part, '\0', (size_t)(end - part));
		if (stop == NULL)
			stop = end;
		if (json_doc_parse(part, (size_t)(stop - part) + (stop < end),
		    &after, &d->steps[step].doc) == 0)
			d->steps[step].made = true;
		else
			snprintf(d->steps[step].why, sizeof(d->steps[step].why),
			    "ended with status 75");
		part = stop + 1;
	}
}

static void
report(const struct doctor *d)
{
	FILE *out = fopen("/dev/null", "w");

	if (out == NULL)
		return;
	doctor_report_text(out, d);
	doctor_report_json(out, d);
	fclose(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	struct problem problem = { EX_OK, "" };
	struct query query = { NULL, NULL, 0, PROTOCOL_ANY, true, NULL, false,
		-1 };
	struct doctor d;
	char *text;

	load();
	if (data == NULL || book == NULL || (text = malloc(size + 1)) == NULL)
		return 0;
	memcpy(text, bytes, size);
	text[size] = '\0';
	memset(&d, 0, sizeof(d));
	d.address = "jan@example.com";
	d.domain = "example.com";
	d.data = data;
	d.login = size > 0 && bytes[0] % 2 == 1;
	d.error_text = "535 5.7.8 authentication failed";
	if ((d.files[0] = strdup("/home/jan/.msmtprc")) != NULL)
		d.nfiles = 1;
	if (lookup_offer(data, &query, &d.offer, &d.region, &problem) == EX_OK) {
		take_steps(&d, text, size);
		doctor_judge(&d, book);
		report(&d);
	}
	doctor_free(&d);
	free(text);
	return 0;
}
