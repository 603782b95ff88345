/*
 * libFuzzer target: the data-file loader and validator, and, when a file
 * passes, the lookup and every machine format over each of its offers.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "data.h"
#include "format.h"
#include "item.h"
#include "lookup_report.h"
#include "lookup.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
exercise(const struct dataset *data)
{
	struct problem problem = { EX_OK, "" };
	struct answer answer;
	struct item item;
	FILE *out = fopen("/dev/null", "w");
	size_t i, j;

	for (i = 0; i < data->noffers && out != NULL; i++) {
		struct query query = { data->offers[i].id, NULL, 7,
			PROTOCOL_ANY, true, "a@b.example", false, -1 };

		problem.status = EX_OK;
		if (lookup(data, &query, &answer, &problem) != EX_OK)
			continue;
		for (j = 0; j < answer.count; j++) {
			item_from_record(&item, &answer.records[j], true);
			format_json(out, &item, 1, false);
			format_env(out, &item, 1);
			text_record(out, &answer.records[j], false);
		}
		text_table(out, &answer, true);
		answer_free(&answer);
	}
	if (out != NULL)
		fclose(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	struct problem problem = { EX_OK, "" };
	struct dataset *data = NULL;
	char *text = malloc(size + 1);

	if (text == NULL)
		return 0;
	memcpy(text, bytes, size);
	text[size] = '\0';
	if (data_parse("fuzz.json", text, size, &data, &problem) == EX_OK)
		exercise(data);
	data_free(data);
	free(text);
	return 0;
}
