/*
 * ovhmail audit FILE...: finds each file's format by what it holds, has
 * its reader describe the accounts, judges them (audit_judge.c) and
 * prints the findings (audit_report.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <unistd.h>

#include "audit_judge.h"
#include "dns_command.h"
#include "audit_read.h"
#include "audit_report.h"
#include "utf8.h"

static bool
has_line_starting(const char *text, size_t length, const char *word)
{
	struct audit_lines lines;
	const char *line;
	size_t n, w = strlen(word);

	audit_lines_start(&lines, text, length);
	while (audit_line(&lines, &line, &n)) {
		while (n > 0 && (*line == ' ' || *line == '\t')) {
			line++;
			n--;
		}
		if (n >= w && strncmp(line, word, w) == 0)
			return true;
	}
	return false;
}

static audit_reader *
detect_xml(const char *text, const char **format, struct problem *problem)
{
	if (strstr(text, "<clientConfig") != NULL) {
		*format = "autoconfig";
		return audit_read_autoconfig;
	}
	if (strstr(text, "<Autodiscover") != NULL) {
		*format = "autodiscover";
		return audit_read_autodiscover;
	}
	if (strstr(text, "<plist") != NULL) {
		*format = "mobileconfig";
		return audit_read_mobileconfig;
	}
	problem_set(problem, EX_DATAERR, NULL, "XML, but not an autoconfig, "
	    "Autodiscover or mobileconfig file");
	return NULL;
}

audit_reader *
audit_detect(const char *text, size_t length, const char **format,
    struct problem *problem)
{
	static const struct {
		const char	*word;
		const char	*format;
		audit_reader	*reader;
	} lines[] = {
		{ "IMAPAccount", "mbsync", audit_read_mbsync },
		{ "IMAPStore", "mbsync", audit_read_mbsync },
		{ "user_pref(", "prefs.js", audit_read_prefs },
		{ "source", "aerc", audit_read_aerc },
		{ "outgoing", "aerc", audit_read_aerc },
		{ "set ", "neomuttrc", audit_read_mutt },
		{ "account", "msmtp", audit_read_msmtp },
		{ "host", "msmtp", audit_read_msmtp },
	};
	const char *s = text;
	size_t i;

	if (length >= 6 && memcmp(text, "bplist", 6) == 0) {
		problem_set(problem, EX_DATAERR, NULL, "a binary property list: "
		    "convert it to XML first (plistutil -i FILE -o FILE.xml)");
		return NULL;
	}
	if (length > 0 && (unsigned char)text[0] == 0x30) {
		problem_set(problem, EX_DATAERR, NULL, "a signed profile: audit "
		    "its content (openssl cms -verify -noverify -inform DER "
		    "-in FILE -out FILE.xml)");
		return NULL;
	}
	if (memchr(text, '\0', length) != NULL ||
	    utf8_invalid_at(text, length) != length) {
		problem_set(problem, EX_DATAERR, NULL, "not a text file in "
		    "UTF-8");
		return NULL;
	}
	if (length >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		s += 3;
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		s++;
	if (*s == '<')
		return detect_xml(s, format, problem);
	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++)
		if (has_line_starting(text, length, lines[i].word)) {
			*format = lines[i].format;
			return lines[i].reader;
		}
	problem_set(problem, EX_DATAERR, NULL, "not a configuration audit "
	    "knows (msmtp, mbsync, neomutt or mutt, aerc, Thunderbird "
	    "prefs.js, autoconfig, Autodiscover, mobileconfig)");
	return NULL;
}

/* The bounds on lines, checked once for every reader. */
static int
check_lines(const char *path, const char *text, size_t length,
    struct problem *problem)
{
	struct audit_lines lines;
	const char *line;
	size_t n;

	audit_lines_start(&lines, text, length);
	while (audit_line(&lines, &line, &n)) {
		if (lines.number > AUDIT_MAX_LINES)
			return problem_set(problem, EX_DATAERR, path,
			    "more than %d lines", AUDIT_MAX_LINES);
		if (n > AUDIT_MAX_LINE)
			return problem_set(problem, EX_DATAERR, path,
			    "line %d is longer than %d bytes", lines.number,
			    AUDIT_MAX_LINE);
	}
	return EX_OK;
}

int
audit_parse(const char *path, const char *text, size_t length,
    struct audit_file *file, struct problem *problem)
{
	audit_reader *reader;

	memset(file, 0, sizeof(*file));
	file->path = path;
	if (length > AUDIT_MAX_BYTES)
		return problem_set(problem, EX_DATAERR, path, "larger than %lu "
		    "bytes", AUDIT_MAX_BYTES);
	if (check_lines(path, text, length, problem) != EX_OK)
		return problem->status;
	if ((reader = audit_detect(text, length, &file->format,
	    problem)) == NULL)
		return problem->status;
	if ((file->accounts = calloc(AUDIT_MAX_ACCOUNTS,
	    sizeof(*file->accounts))) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	return reader(text, length, file, problem);
}

void
audit_file_free(struct audit_file *file)
{
	free(file->accounts);
	file->accounts = NULL;
}

/* The whole file, NUL-terminated, up to one byte past the bound. */
static int
read_file(const char *path, char **text, size_t *length,
    struct problem *problem)
{
	struct stat st;
	ssize_t got = 1;
	int fd;

	*text = NULL;
	*length = 0;
	if ((fd = open(path, O_RDONLY)) < 0)
		return problem_set(problem, EX_NOINPUT, path, "%s",
		    strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return problem_set(problem, EX_NOINPUT, path,
		    "not a regular file");
	}
	if ((*text = malloc(AUDIT_MAX_BYTES + 2)) == NULL) {
		close(fd);
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	}
	while (*length <= AUDIT_MAX_BYTES && (got = read(fd, *text + *length,
	    AUDIT_MAX_BYTES + 1 - *length)) > 0)
		*length += (size_t)got;
	close(fd);
	(*text)[*length] = '\0';
	if (got < 0)
		return problem_set(problem, EX_IOERR, path, "%s",
		    strerror(errno));
	return EX_OK;
}

/*
 * With --discover, each account's query as the DNS of its address's
 * domain fills it in, as --offer, --region and --server would (which
 * still win); an account without an address keeps the given query.
 */
static int
discover_queries(const struct options *options, const struct dataset *data,
    const struct audit_file *file, struct query *queries,
    struct problem *problem)
{
	struct options asking = *options;
	size_t i;

	asking.domain = NULL;
	for (i = 0; i < file->count; i++) {
		queries[i] = options->query;
		asking.query.email = file->accounts[i].address.text;
		if (options->discover && asking.query.email[0] != '\0' &&
		    discover_query(&asking, data, &queries[i],
		    problem) != EX_OK)
			return problem->status;
	}
	return EX_OK;
}

static int
judge_file(const struct options *options, const struct dataset *data,
    const struct audit_file *file, struct audit_report *report,
    struct problem *problem)
{
	struct query *queries = calloc(file->count + 1, sizeof(*queries));
	struct audit_verdict *verdict = malloc(sizeof(*verdict));
	size_t i;

	if (queries == NULL || verdict == NULL)
		problem_set(problem, EX_OSERR, NULL, "out of memory");
	else if (discover_queries(options, data, file, queries,
	    problem) == EX_OK) {
		audit_report_file(report, file);
		for (i = 0; i < file->count; i++) {
			audit_judge(data, &queries[i], &file->accounts[i],
			    verdict);
			audit_report_verdict(report, file, verdict);
		}
	}
	free(queries);
	free(verdict);
	return problem->status;
}

static int
audit_one(const struct options *options, const struct dataset *data,
    const char *path, struct audit_report *report, struct problem *problem)
{
	struct audit_file file;
	char *text;
	size_t length;

	memset(&file, 0, sizeof(file));
	file.path = path;
	if (read_file(path, &text, &length, problem) == EX_OK && text != NULL)
		audit_parse(path, text, length, &file, problem);
	free(text);
	if (problem->status == EX_OK)
		judge_file(options, data, &file, report, problem);
	audit_file_free(&file);
	return problem->status;
}

/* Names the file, unless the message does already. */
static void
report_file_problem(const char *path, const struct problem *one)
{
	size_t n = strlen(path);

	if (strncmp(one->message, path, n) == 0 && one->message[n] == ':')
		problem_report(one);
	else
		fprintf(stderr, "ovhmail: %s: %s\n", path, one->message);
}

int
audit_run(const struct dataset *data, const struct options *options,
    struct problem *problem)
{
	struct audit_report report;
	struct problem one;
	int i;

	audit_report_start(&report, stdout, options->format);
	for (i = 0; i < options->nwords; i++) {
		one.status = EX_OK;
		one.message[0] = '\0';
		if (audit_one(options, data, options->words[i], &report,
		    &one) != EX_OK) {
			report_file_problem(options->words[i], &one);
			audit_report_error(&report, options->words[i],
			    one.status);
		}
	}
	return audit_report_end(&report, problem);
}
