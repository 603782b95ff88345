/*
 * explain: the words, the --file paths or standard input, streamed into
 * the explainer; each finding printed as it is found, or the summary.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "bounce.h"
#include "commands.h"
#include "errors.h"
#include "explain.h"
#include "explain_input.h"
#include "explain_report.h"
#include "explain_summary.h"
#include "i18n.h"

/* Where the findings go: printed as found, or into the summary. */
struct explain_run {
	struct explainer	 explainer;
	struct explain_input	 input;
	struct explain_printer	 printer;
	struct summary		 summary;
	bool			 summarising;
};

static char *
join_words(char **words, int count)
{
	size_t size = 1, used = 0, n;
	char *text;
	int i;

	for (i = 0; i < count; i++)
		size += strlen(words[i]) + 1;
	if ((text = malloc(size)) == NULL)
		return NULL;
	for (i = 0; i < count; i++) {
		if (i > 0)
			text[used++] = ' ';
		n = strlen(words[i]);
		memcpy(text + used, words[i], n);
		used += n;
	}
	text[used] = '\0';
	return text;
}

static int
read_words(struct explain_run *run, const struct options *options,
    struct problem *problem)
{
	char *text = join_words(options->words, options->nwords);

	if (text == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	explain_message(&run->explainer, text, strlen(text));
	if (run->explainer.failures == 0)
		problem_set(problem, EX_UNAVAILABLE, "explain",
		    "no known error matches '%s'", problem_echo(text));
	free(text);
	return problem->status;
}

/* "-", as a word or a --file, is standard input, a terminal too. */
static bool
is_stdin(const char *path)
{
	return strcmp(path, "-") == 0;
}

static int
read_inputs(struct explain_run *run, const struct options *options,
    struct problem *problem)
{
	bool dash = options->nwords == 1 && is_stdin(options->words[0]);
	size_t i;

	if (options->nfiles == 0 && !dash && isatty(STDIN_FILENO))
		return problem_set(problem, EX_USAGE, "explain", "give the "
		    "server's error, e.g. 'ovhmail explain 553', a bounce or "
		    "a log on standard input ('ovhmail explain -' to paste "
		    "one), or --file PATH");
	if (options->nfiles == 0)
		input_read_fd(&run->input, STDIN_FILENO, "standard input",
		    false);
	for (i = 0; i < options->nfiles; i++)
		if (is_stdin(options->files[i]))
			input_read_fd(&run->input, STDIN_FILENO,
			    "standard input", false);
		else
			input_read_path(&run->input, options->files[i]);
	input_done(&run->input);
	/* Nothing at all to explain is a mistake, but not for a summary. */
	if (options->nfiles == 0 && !run->input.nonblank &&
	    run->input.status == EX_OK && !options->summary)
		return problem_set(problem, EX_USAGE, "explain", "give the "
		    "server's error, e.g. 'ovhmail explain 553', a bounce or "
		    "a log on standard input, or --file PATH");
	return EX_OK;
}

/* The bounds that cut what was read, said once each on stderr. */
static void
say_cuts(const struct explain_run *run)
{
	unsigned cut = run->input.split.cut, stopped = run->explainer.stopped;

	if (cut & SPLIT_CUT_LINE)
		fprintf(stderr, _("ovhmail: explain: note: lines longer than "
		    "%d KiB were read up to there\n"), SPLIT_MAX_LINE / 1024);
	if (cut & SPLIT_CUT_MESSAGE)
		fprintf(stderr, _("ovhmail: explain: note: messages longer "
		    "than %lu MiB were read up to there\n"),
		    SPLIT_MAX_MESSAGE >> 20);
	if (stopped & BOUNCE_STOPPED_DEPTH)
		fprintf(stderr, _("ovhmail: explain: note: MIME parts nested "
		    "deeper than 8 levels were not read\n"));
	if (stopped & BOUNCE_STOPPED_BOUNDARY)
		fprintf(stderr, _("ovhmail: explain: note: a MIME boundary "
		    "longer than %d bytes was not followed\n"),
		    BOUNCE_MAX_BOUNDARY);
	if (stopped & BOUNCE_STOPPED_PARTS)
		fprintf(stderr, _("ovhmail: explain: note: MIME parts past "
		    "the 256th were not read\n"));
}

static int
report(struct explain_run *run, const struct options *options,
    const struct error_book *book, struct problem *problem)
{
	say_cuts(run);
	if (run->summarising) {
		summary_sort(&run->summary);
		if (options->format == FORMAT_JSON)
			json_summary(stdout, book, &run->summary,
			    &run->explainer);
		else
			text_summary(stdout, book, &run->summary,
			    &run->explainer, command_colour());
	} else
		report_end(&run->printer);
	if (problem->status == EX_OK && !run->summarising &&
	    run->explainer.failures == 0 && run->input.status == EX_OK)
		problem_set(problem, EX_UNAVAILABLE, "explain", "no known "
		    "error and no SMTP reply in the input");
	/* Files that could not be read were reported as they came. */
	if (problem->status == EX_OK && run->input.status != EX_OK)
		problem_set(problem, run->input.status, "explain", "%zu of "
		    "the inputs could not be read whole (said above)",
		    run->input.skipped);
	return problem->status;
}

static bool
run_start(struct explain_run *run, const struct options *options,
    const struct error_book *book)
{
	explain_given *given = report_finding;
	void *context = &run->printer;

	memset(run, 0, sizeof(*run));
	run->summarising = options->summary;
	if (run->summarising) {
		if (!summary_start(&run->summary))
			return false;
		given = summary_add;
		context = &run->summary;
	} else
		report_start(&run->printer, stdout, book,
		    options->format == FORMAT_JSON, command_colour());
	return explain_start(&run->explainer, book, options->nwords > 0,
	    given, context) && input_start(&run->input, &run->explainer);
}

static void
run_free(struct explain_run *run)
{
	input_end(&run->input);
	explain_end(&run->explainer);
	summary_free(&run->summary);
}

int
explain_command(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	struct error_book *book = NULL;
	struct explain_run *run = NULL;
	char *path = NULL;

	if (errors_locate(data->path, &path, problem) != EX_OK ||
	    errors_load(path, &book, problem) != EX_OK)
		goto done;
	if (options->nwords > 0 && options->nfiles > 0) {
		problem_set(problem, EX_USAGE, "--file", "give the error's "
		    "words or --file, not both");
		goto done;
	}
	if ((run = malloc(sizeof(*run))) == NULL ||
	    !run_start(run, options, book)) {
		problem_set(problem, EX_OSERR, NULL, "out of memory");
		goto done;
	}
	if ((options->nwords > 0 && !(options->nwords == 1 &&
	    is_stdin(options->words[0])) ? read_words(run, options, problem) :
	    read_inputs(run, options, problem)) == EX_USAGE)
		goto done;
	report(run, options, book, problem);
done:
	if (run != NULL)
		run_free(run);
	free(run);
	errors_free(book);
	free(path);
	return problem->status;
}
