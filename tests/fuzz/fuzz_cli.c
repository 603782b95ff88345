/*
 * libFuzzer target: argument parsing, and the text explain matches.  The
 * input is the arguments, separated by NUL bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cli.h"
#include "data.h"
#include "explain.h"

#define MAX_ARGS	32

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	static struct dataset *data;	/* loaded once, for explain */
	struct problem problem = { EX_OK, "" };
	struct options options;
	char *text = malloc(size + 1), *argv[MAX_ARGS + 2], *at;
	int argc = 0;

	if (data == NULL && data_load("data/servers.json", &data,
	    &problem) != EX_OK)
		abort();
	if (text == NULL)
		return 0;
	memcpy(text, bytes, size);
	text[size] = '\0';
	argv[argc++] = "ovhmail";
	for (at = text; at < text + size && argc <= MAX_ARGS;
	    at += strlen(at) + 1)
		argv[argc++] = at;
	argv[argc] = NULL;
	problem.status = EX_OK;
	if (cli_parse(argc, argv, &options, &problem) == EX_OK &&
	    options.command == COMMAND_EXPLAIN)
		(void)explain(data, options.words[0]);
	(void)explain(data, text);
	free(text);
	return 0;
}
