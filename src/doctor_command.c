/*
 * ovhmail doctor ADDRESS [FILE...]: discover, verify, check, audit and
 * explain, each run as ovhmail's own command with --format json, side by
 * side within one --timeout; their reports are read back and joined
 * (src/doctor_judge.c, src/doctor_report.c).  A step's member in the
 * report is what that command itself prints.
 */
#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "address.h"
#include "cleanup.h"
#include "commands.h"
#include "doctor.h"
#include "errors.h"
#include "handoff.h"
#include "i18n.h"
#include "lookup.h"
#include "monotonic.h"
#include "secret.h"
#include "spawn.h"

#define MAX_ARGS	(48 + DOCTOR_MAX_FILES)
#define INPUT_WAIT_MS	1000	/* for the first byte on standard input */

/* One command line for a step, its numbers kept beside it. */
struct args {
	char	*v[MAX_ARGS + 1];
	int	 n;
	char	 numbers[4][24];
	int	 nnumbers;
};

struct run {
	const struct options	*options;
	const struct dataset	*data;
	struct doctor		*d;
	char			 self[PATH_MAX];
	long			 deadline;	/* monotonic_ms() */
	int			 seconds;	/* the whole --timeout */
	struct spawned		 children[DOCTOR_STEPS];
	int			 password_fd;	/* the check's, or -1 */
	struct cleanup		 signals;	/* while the steps run */
	bool			 guarded;
};

static void
arg(struct args *a, const char *word)
{
	if (a->n < MAX_ARGS)
		a->v[a->n++] = (char *)word;
	a->v[a->n] = NULL;
}

static void
arg_number(struct args *a, const char *option, long number)
{
	char *text = a->numbers[a->nnumbers++ % 4];

	snprintf(text, sizeof(a->numbers[0]), "%ld", number);
	arg(a, option);
	arg(a, text);
}

/* The command word and what every step is given. */
static void
args_start(struct args *a, const struct run *run, const char *command)
{
	memset(a, 0, sizeof(*a));
	arg(a, run->self);
	arg(a, command);
	arg(a, "--format");
	arg(a, "json");
}

/* What is left of the whole --timeout, in whole seconds, at least one. */
static long
seconds_left(const struct run *run)
{
	long left = (run->deadline - monotonic_ms()) / 1000;

	return left < 1 ? 1 : left;
}

/*
 * A step's --timeout: what is left, less a quarter of it, from one to
 * five seconds, kept for the step to report what it found before the end.
 */
static long
step_seconds(const struct run *run)
{
	long left = seconds_left(run), margin = left / 4;

	margin = margin < 1 ? 1 : margin > 5 ? 5 : margin;
	return left > margin ? left - margin : 1;
}

/*
 * DNS that does not answer must not take the time of the steps that wait
 * for discover: it has a third of the whole, verify what is left.
 */
static void
args_dns(struct args *a, const struct run *run, long seconds)
{
	const struct options *options = run->options;

	if (options->resolver != NULL) {
		arg(a, "--resolver");
		arg(a, options->resolver);
	}
	if (options->dkim_selector != NULL) {
		arg(a, "--dkim-selector");
		arg(a, options->dkim_selector);
	}
	arg_number(a, "--timeout", seconds);
}

/* The offer, region and server the steps after discover compare with. */
static void
args_offer(struct args *a, const struct doctor *d)
{
	arg(a, "--offer");
	arg(a, d->offer->id);
	arg(a, "--region");
	arg(a, d->region->id);
	if (d->server > 0)
		arg_number(a, "--server", d->server);
}

static int
start(struct run *run, enum doctor_step step, const struct args *a, int in,
    int keep, struct problem *problem)
{
	return spawn_start(&run->children[step], a->v, in, keep, problem);
}

static int
start_discover(struct run *run, struct problem *problem)
{
	struct args a;

	args_start(&a, run, "discover");
	args_dns(&a, run, run->seconds / 3 > 0 ? run->seconds / 3 : 1);
	arg(&a, "--");
	arg(&a, run->d->address);
	return start(run, DOCTOR_DISCOVER, &a, -1, -1, problem);
}

/* verify compares with the offer given, else with what it discovers. */
static int
start_verify(struct run *run, struct problem *problem)
{
	const struct query *query = &run->options->query;
	struct args a;

	args_start(&a, run, "verify");
	args_dns(&a, run, step_seconds(run));
	if (query->offer != NULL) {
		arg(&a, "--offer");
		arg(&a, query->offer);
	}
	if (query->region != NULL) {
		arg(&a, "--region");
		arg(&a, query->region);
	}
	if (query->server_number > 0)
		arg_number(&a, "--server", query->server_number);
	arg(&a, "--");
	arg(&a, run->d->domain);
	return start(run, DOCTOR_VERIFY, &a, -1, -1, problem);
}

/*
 * Whether standard input holds something to explain: not a terminal, not
 * closed, not the password (--password-fd 0), and not a pipe left open
 * with nothing in it (ssh without a terminal, a cron job's): what is
 * given there comes at once.
 */
static bool
input_given(const struct options *options)
{
	struct pollfd pfd = { STDIN_FILENO, POLLIN, 0 };
	struct stat st;

	if (options->login && options->password_fd == STDIN_FILENO)
		return false;
	/* A closed standard input is held write-only (see main()). */
	if (fstat(STDIN_FILENO, &st) != 0 || isatty(STDIN_FILENO) ||
	    (fcntl(STDIN_FILENO, F_GETFL) & O_ACCMODE) == O_WRONLY)
		return false;
	if (S_ISREG(st.st_mode) || S_ISCHR(st.st_mode))
		return true;
	return poll(&pfd, 1, INPUT_WAIT_MS) > 0;
}

/*
 * The error the user saw: --error's words, else what standard input
 * holds unless it is a terminal, grouped as --summary does so that a
 * whole day's log is read in flat memory and the report stays short.
 */
static int
start_explain(struct run *run, struct problem *problem)
{
	const char *text = run->options->error_text;
	struct args a;

	if (text == NULL && !input_given(run->options)) {
		run->d->steps[DOCTOR_EXPLAIN].skipped = true;
		return EX_OK;
	}
	args_start(&a, run, "explain");
	arg(&a, "--summary");
	if (text != NULL) {
		arg(&a, "--");
		arg(&a, text);
	}
	return start(run, DOCTOR_EXPLAIN, &a, text != NULL ? -1 :
	    STDIN_FILENO, -1, problem);
}

/*
 * The servers of the offer found, from here; with --login, the password
 * goes the way it was given, or through a pipe once read here.
 */

static int
start_check(struct run *run, struct problem *problem)
{
	const struct options *options = run->options;
	int keep = -1;
	struct args a;

	args_start(&a, run, "check");
	args_offer(&a, run->d);
	arg_number(&a, "--timeout", step_seconds(run));
	if (options->cafile != NULL) {
		arg(&a, "--cafile");
		arg(&a, options->cafile);
	}
	if (options->login) {
		arg(&a, "--login");
		arg(&a, "--email");
		arg(&a, run->d->address);
		keep = run->password_fd >= 0 ? run->password_fd :
		    options->password_fd;
		if (keep >= 0)
			arg_number(&a, "--password-fd", keep);
		else {
			arg(&a, "--password-command");
			arg(&a, options->password_command);
		}
	}
	/* --password-fd 0: standard input is the password's, left as it is. */
	return start(run, DOCTOR_CHECK, &a, keep == STDIN_FILENO ?
	    STDIN_FILENO : -1, keep, problem);
}

static int
start_audit(struct run *run, struct problem *problem)
{
	struct args a;
	size_t i;

	if (run->d->nfiles == 0) {
		run->d->steps[DOCTOR_AUDIT].skipped = true;
		return EX_OK;
	}
	args_start(&a, run, "audit");
	args_offer(&a, run->d);
	arg(&a, "--");
	for (i = 0; i < run->d->nfiles; i++)
		arg(&a, run->d->files[i]);
	return start(run, DOCTOR_AUDIT, &a, -1, -1, problem);
}

/*
 * The first line a step wrote on standard error that is not a note: the
 * cause, where a last line may only sum it up ("said above").
 */
static void
first_words(const struct spawned *s, char *why, size_t size)
{
	const char *line = s->stderr_text != NULL ? s->stderr_text : "";
	size_t length;

	for (; *line != '\0'; line += length + (line[length] == '\n')) {
		length = strcspn(line, "\n");
		if (length == 0 || strncmp(line, "ovhmail: note:", 14) == 0 ||
		    strncmp(line, "Try 'ovhmail", 12) == 0)
			continue;
		if (strncmp(line, "ovhmail: ", 9) == 0) {
			line += 9;
			length -= 9;
		}
		snprintf(why, size, "%.*s", (int)length, line);
		return;
	}
}

/* The statuses each command ends with when it did its work. */
static bool
status_made(enum doctor_step step, int status)
{
	switch (step) {
	case DOCTOR_VERIFY:
		return status == EX_OK || status == 1;
	case DOCTOR_CHECK:
		return status == EX_OK || status == EX_UNAVAILABLE;
	case DOCTOR_AUDIT:
		return true;
	case DOCTOR_EXPLAIN:	/* 69: words no reply explain knows */
		return status == EX_OK || status == EX_UNAVAILABLE;
	default:
		return status == EX_OK;
	}
}

/* A step's end: its JSON, or why it could not be made. */
static void
take_step(struct run *run, enum doctor_step step)
{
	struct doctor_step_result *r = &run->d->steps[step];
	struct spawned *s = &run->children[step];
	const char *end;

	if (r->skipped || s->pid == 0)
		return;
	r->status = s->status;
	if (s->stderr_text != NULL)
		r->said = strdup(s->stderr_text);
	if (s->late) {
		snprintf(r->why, sizeof(r->why), _("not finished within the "
		    "timeout (%d s)"), run->seconds);
		return;
	}
	/* The length with the NUL, so that nothing may follow the JSON. */
	if (s->stdout_text != NULL && !s->cut && status_made(step, s->status))
		(void)json_doc_parse(s->stdout_text, s->stdout_length + 1, &end,
		    &r->doc);
	r->made = r->doc != NULL;
	if (!r->made) {
		first_words(s, r->why, sizeof(r->why));
		if (r->why[0] == '\0')
			snprintf(r->why, sizeof(r->why), "ended with status %d",
			    s->status);
	}
}

/*
 * What doctor found, from discover's report: the offer given wins, then
 * DNS's; without either, the table's defaults, marked as assumed.
 */
static int
choose_offer(struct run *run, struct problem *problem)
{
	const struct json_doc *doc = run->d->steps[DOCTOR_DISCOVER].doc;
	const cJSON *root = doc != NULL ? json_doc_root(doc) : NULL;
	const cJSON *offer = cJSON_GetObjectItemCaseSensitive(root, "offer");
	const cJSON *region = cJSON_GetObjectItemCaseSensitive(root, "region");
	const cJSON *number = cJSON_GetObjectItemCaseSensitive(root,
	    "server_number");
	struct query query = run->options->query;
	bool found = cJSON_IsString(offer) && (query.offer == NULL ||
	    strcmp(query.offer, offer->valuestring) == 0);

	run->d->assumed = query.offer == NULL && !cJSON_IsString(offer);
	if (query.offer == NULL && found)
		query.offer = offer->valuestring;
	if (query.region == NULL && found && cJSON_IsString(region))
		query.region = region->valuestring;
	if (query.server_number == 0 && found && cJSON_IsNumber(number))
		query.server_number = (int)number->valuedouble;
	run->d->server = query.server_number;
	return lookup_offer(run->data, &query, &run->d->offer,
	    &run->d->region, problem);
}

/* Read before the clock starts: the time to type it is the user's. */
static int
read_password(struct run *run, struct problem *problem)
{
	const struct options *options = run->options;
	struct secret_source source = { -1, NULL, run->d->address, 0 };
	char *password = NULL;
	int fds[2] = { -1, -1 };

	if (!options->login || options->password_command != NULL)
		return EX_OK;
	/* Given: for check alone, which spawn_start() leaves it to. */
	if (options->password_fd >= 0) {
		if (secret_fd_open(options->password_fd, problem) == EX_OK)
			(void)fcntl(options->password_fd, F_SETFD, FD_CLOEXEC);
		return problem->status;
	}
	if (secret_guard_process(problem) != EX_OK)
		return problem->status;
	if ((password = secret_alloc(SECRET_MAX)) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	if (secret_read(&source, password, problem) == EX_OK) {
		/* A pipe holds far more than SECRET_MAX: this never blocks. */
		if (pipe(fds) != 0 ||
		    dprintf(fds[1], "%s\n", password) < 0) {
			problem_set(problem, EX_OSERR, "--login", "%s",
			    strerror(errno));
			if (fds[0] >= 0)
				close(fds[0]);
		} else {
			(void)fcntl(fds[0], F_SETFD, FD_CLOEXEC);
			run->password_fd = fds[0];
		}
		if (fds[1] >= 0)
			close(fds[1]);
	}
	secret_free(password, SECRET_MAX);
	return problem->status;
}

/*
 * The steps find the data and errors.json as this process did: the table
 * handed over as check's helper is, errors.json by its path.  JSON is
 * for programs: the steps' messages in it do not vary with the locale.
 */
static int
prepare_steps(struct run *run, struct problem *problem)
{
	if (!spawn_self(run->self, sizeof(run->self)))
		return problem_set(problem, EX_OSERR, "/proc/self/exe",
		    "cannot find this program to run its steps");
	if (!run->d->translate && setenv("LC_ALL", "C", 1) != 0)
		return problem_set(problem, EX_OSERR, "LC_ALL", "%s",
		    strerror(errno));
	if (handoff_errors(run->data, problem) != EX_OK)
		return problem->status;
	return handoff_give(run->data, problem);
}

static int
run_steps(struct run *run, struct problem *problem)
{
	enum doctor_step step;

	run->deadline = monotonic_ms() + run->seconds * 1000L;
	spawn_guard(&run->signals, true);
	run->guarded = true;
	if (start_discover(run, problem) != EX_OK ||
	    start_verify(run, problem) != EX_OK ||
	    start_explain(run, problem) != EX_OK)
		return problem->status;
	spawn_wait(run->children, DOCTOR_STEPS, DOCTOR_DISCOVER,
	    run->deadline);
	if (spawn_stopped() != 0)
		return problem_set(problem, EX_TEMPFAIL, NULL, "%s", "");
	take_step(run, DOCTOR_DISCOVER);
	if (choose_offer(run, problem) != EX_OK)
		return problem->status;
	if (start_check(run, problem) != EX_OK ||
	    start_audit(run, problem) != EX_OK)
		return problem->status;
	if (run->password_fd >= 0) {
		close(run->password_fd);
		run->password_fd = -1;
	}
	spawn_wait(run->children, DOCTOR_STEPS, DOCTOR_STEPS, run->deadline);
	if (spawn_stopped() != 0)
		return problem_set(problem, EX_TEMPFAIL, NULL, "%s", "");
	for (step = DOCTOR_VERIFY; step < DOCTOR_STEPS; step++)
		take_step(run, step);
	return EX_OK;
}

/* The files given, else those of the usual places that exist. */
static int
gather_files(const struct options *options, struct doctor *d,
    struct problem *problem)
{
	int i;

	if (options->nwords - 1 > DOCTOR_MAX_FILES)
		return problem_set(problem, EX_USAGE, "doctor", "at most %d "
		    "files", DOCTOR_MAX_FILES);
	if (options->nwords == 1) {
		d->nfiles = doctor_files_find(getenv("HOME"), d->files,
		    DOCTOR_MAX_FILES, &d->files_left_out);
		return EX_OK;
	}
	for (i = 1; i < options->nwords; i++)
		if ((d->files[d->nfiles++] = strdup(options->words[i])) ==
		    NULL)
			return problem_set(problem, EX_OSERR, NULL,
			    "out of memory");
	return EX_OK;
}

/* 75 when a step could not be made, else 1 for any problem. */
static int
doctor_status(const struct doctor *d, struct problem *problem)
{
	enum doctor_step step;

	for (step = 0; step < DOCTOR_STEPS; step++)
		if (!d->steps[step].made && !d->steps[step].skipped)
			return problem_set(problem, EX_TEMPFAIL, NULL, "%s", "");
	if (d->nproblems > 0)
		return problem_set(problem, 1, NULL, "%s", "");
	return EX_OK;
}

int
doctor_command(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	struct doctor d;
	struct run run;
	struct error_book *book = NULL;
	char *path = NULL;
	const char *why, *at;
	size_t i;
	int sig;

	memset(&d, 0, sizeof(d));
	memset(&run, 0, sizeof(run));
	run.options = options;
	run.data = data;
	run.d = &d;
	run.password_fd = -1;
	run.seconds = options->timeout > 0 ? options->timeout : DOCTOR_WAIT;
	d.address = options->words[0];
	d.translate = options->format == FORMAT_TEXT;
	d.login = options->login;
	d.offer_given = options->query.offer != NULL;
	d.error_text = options->error_text;
	d.data = data;
	if ((why = address_problem(d.address)) != NULL) {
		problem_set(problem, EX_USAGE, "doctor", "'%s' is not an "
		    "e-mail address: %s", problem_echo(d.address), why);
		goto done;
	}
	at = strrchr(d.address, '@');
	d.domain = at + 1;
	if (gather_files(options, &d, problem) != EX_OK ||
	    errors_locate(data->path, &path, problem) != EX_OK ||
	    errors_load(path, &book, problem) != EX_OK ||
	    read_password(&run, problem) != EX_OK ||
	    prepare_steps(&run, problem) != EX_OK ||
	    run_steps(&run, problem) != EX_OK)
		goto done;
	doctor_judge(&d, book);
	if (options->format == FORMAT_JSON)
		doctor_report_json(stdout, &d);
	else
		doctor_report_text(stdout, &d);
	doctor_status(&d, problem);
done:
	spawn_wait(run.children, DOCTOR_STEPS, DOCTOR_STEPS, monotonic_ms());
	for (i = 0; i < DOCTOR_STEPS; i++)
		spawn_free(&run.children[i]);
	if (run.password_fd >= 0)
		close(run.password_fd);
	doctor_free(&d);
	errors_free(book);
	free(path);
	/* Asked to end: its steps ended, it ends as the signal would. */
	if (run.guarded && (sig = spawn_stopped()) != 0)
		cleanup_reraise(sig);
	if (run.guarded)
		spawn_guard(&run.signals, false);
	return problem->status;
}
