/*
 * libFuzzer target: argument parsing, and the words explain matches.  The
 * input is the arguments, separated by NUL bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cli.h"
#include "errors.h"
#include "explain.h"

#define MAX_ARGS	32

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	static struct error_book *book;	/* loaded once, for explain */
	struct problem problem = { EX_OK, "" };
	struct options options;
	char *text = malloc(size + 1), *argv[MAX_ARGS + 2], *at;
	int argc = 0;

	if (book == NULL && errors_load("data/errors.json", &book,
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
	    options.command == COMMAND_EXPLAIN && options.nwords > 0)
		explain_best(book, options.words[0],
		    strlen(options.words[0]));
	explain_best(book, text, size);
	free(text);
	return 0;
}
