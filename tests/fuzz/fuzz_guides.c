/*
 * libFuzzer target: the guides.json loader and validator, and, when a file
 * passes, every client's steps for every offer of the shipped table, as
 * text and as json, for people and for programs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "data.h"
#include "format.h"
#include "guide.h"
#include "guide_report.h"
#include "guides.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct dataset *table;

/* The table the steps are filled from; run from the top of the tree. */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct problem problem = { EX_OK, "" };

	(void)argc;
	(void)argv;
	if (data_load("data/servers.json", &table, &problem) != EX_OK) {
		problem_report(&problem);
		abort();
	}
	return 0;
}

static void
exercise(const struct guides *guides, FILE *out)
{
	struct problem problem;
	struct guide guide;
	size_t i, j;
	int machine;

	for (i = 0; i < guides->nclients; i++)
		for (j = 0; j < table->noffers; j++)
			for (machine = 0; machine < 2; machine++) {
				struct query query = { table->offers[j].id,
					NULL, 7, PROTOCOL_ANY, true,
					machine ? NULL : "a@b.example",
					false, -1 };

				problem.status = EX_OK;
				if (guide_build(&guides->clients[i], table,
				    &query, machine, &guide, &problem) != EX_OK)
					continue;
				if (machine)
					json_guide(out, &guide);
				else
					text_guide(out, &guide, true);
				guide_free(&guide);
			}
}

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	struct problem problem = { EX_OK, "" };
	struct guides *guides = NULL;
	char *text = malloc(size + 1);
	FILE *out;

	if (text == NULL)
		return 0;
	memcpy(text, bytes, size);
	text[size] = '\0';
	if (guides_parse("fuzz.json", text, size, &guides, &problem) == EX_OK &&
	    (out = fopen("/dev/null", "w")) != NULL) {
		exercise(guides, out);
		fclose(out);
	}
	guides_free(guides);
	free(text);
	return 0;
}
