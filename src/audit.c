/*
 * ovhmail audit FILE...: finds each file's format by what it holds, has
 * its reader describe the accounts, judges them (audit_judge.c) and
 * prints the findings (audit_report.c).
 */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "audit_judge.h"
#include "dns_command.h"
#include "audit_read.h"
#include "audit_report.h"
#include "i18n.h"
#include "commands.h"
#include "infile.h"
#include "utf8.h"

/*
 * Each format is recognised by its own syntax, not by a word that another
 * format's files may hold too: a muttrc's "source FILE" is not aerc's
 * "source = URL", which stands only inside an [account] section; an ssh
 * config's "Host NAME" is not msmtp's, whose files also say "from",
 * "auth" or "tls"; a shell's "set -eu" is not mutt's.  The words are
 * matched in any case, as the readers match them.
 */
enum syntax { SYNTAX_NONE, SYNTAX_PREFS, SYNTAX_MBSYNC, SYNTAX_AERC,
	SYNTAX_MUTT, SYNTAX_MSMTP, SYNTAX_MSMTP_HOST, SYNTAX_MSMTP_WORD };

/* Does the line's first word equal WORD, followed by a blank? */
static bool
first_word_is(const char *key, size_t n, const char *rest, const char *end,
    const char *word)
{
	return audit_is(key, n, word) && rest < end &&
	    audit_skip_space(rest, end) < end;
}

static bool
first_word_in(const char *key, size_t n, const char *rest, const char *end,
    const char *const *words)
{
	for (; *words != NULL; words++)
		if (first_word_is(key, n, rest, end, *words))
			return true;
	return false;
}

/* aerc's "source = scheme://..." or "outgoing = ...": a URL, always. */
static bool
is_aerc_url(const char *key, size_t n, const char *end)
{
	size_t k = strcspn(key, " \t=");
	const char *value;

	if (k > n)
		k = n;
	if (!audit_is(key, k, "source") && !audit_is(key, k, "outgoing"))
		return false;
	value = audit_skip_space(key + k, end);
	if (value == end || *value != '=')
		return false;
	value = audit_skip_space(value + 1, end);
	return strcspn(value, ":") < (size_t)(end - value) &&
	    strncmp(value + strcspn(value, ":"), "://", 3) == 0;
}

/*
 * mutt's "set [no|inv|&|?]variable": one of the mail variables, or a
 * name with an underscore as most of mutt's have (a shell's "set -eu",
 * csh's "set path" and Tcl's "set x 1" are none).
 */
static bool
is_mutt_variable(const char *s, const char *end)
{
	static const char *const mail[] = { "folder", "spoolfile", "record",
		"postponed", "mbox", "from", "realname", "hostname", "sendmail",
		NULL };
	size_t n;

	if (*s == '&' || *s == '?')
		s++;
	n = strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_");
	if (n == 0 || s + n > end || *s < 'a' || *s > 'z')
		return false;
	if (memchr(s, '_', n) != NULL)
		return true;
	for (size_t i = 0; mail[i] != NULL; i++)
		if (n == strlen(mail[i]) && strncmp(s, mail[i], n) == 0)
			return true;
	return false;
}

static enum syntax
line_syntax(const char *key, size_t n, const char *rest, const char *end,
    bool in_section)
{
	static const char *const mbsync[] = { "IMAPAccount", "IMAPStore",
		NULL };
	static const char *const mutt[] = { "account-hook", "mailboxes",
		NULL };
	static const char *const msmtp[] = { "account", "defaults", NULL };
	static const char *const msmtp_words[] = { "from", "auth", "tls",
		"tls_starttls", "tls_trust_file", "passwordeval", "logfile",
		NULL };

	if (n >= 10 && strncmp(key, "user_pref(", 10) == 0)
		return SYNTAX_PREFS;
	if (first_word_in(key, n, rest, end, mbsync))
		return SYNTAX_MBSYNC;
	if (in_section && is_aerc_url(key, n, end))
		return SYNTAX_AERC;
	if ((first_word_is(key, n, rest, end, "set") &&
	    is_mutt_variable(audit_skip_space(rest, end), end)) ||
	    first_word_in(key, n, rest, end, mutt))
		return SYNTAX_MUTT;
	if (first_word_in(key, n, rest, end, msmtp) ||
	    (n == strlen("defaults") && audit_is(key, n, "defaults")))
		return SYNTAX_MSMTP;
	if (first_word_is(key, n, rest, end, "host"))
		return SYNTAX_MSMTP_HOST;
	if (first_word_in(key, n, rest, end, msmtp_words))
		return SYNTAX_MSMTP_WORD;
	return SYNTAX_NONE;
}

/* The syntaxes seen in the text, a bit each. */
static unsigned
syntaxes_in(const char *text, size_t length)
{
	struct audit_lines lines;
	const char *key, *rest, *end;
	bool in_section = false;
	unsigned seen = 0;
	size_t n;

	audit_lines_start(&lines, text, length);
	while (audit_keyword_line(&lines, &key, &n, &rest, &end)) {
		while (end > key && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		if (*key == '[' && end[-1] == ']')
			in_section = true;
		else
			seen |= 1u << line_syntax(key, n, rest, end,
			    in_section);
	}
	/* msmtp's "host" alone is an ssh config's "Host" too. */
	if ((seen & 1u << SYNTAX_MSMTP_HOST) &&
	    (seen & 1u << SYNTAX_MSMTP_WORD))
		seen |= 1u << SYNTAX_MSMTP;
	return seen;
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
	/* By precedence, when a file holds more than one syntax. */
	static const struct {
		enum syntax	 syntax;
		const char	*format;
		audit_reader	*reader;
	} formats[] = {
		{ SYNTAX_MBSYNC, "mbsync", audit_read_mbsync },
		{ SYNTAX_PREFS, "prefs.js", audit_read_prefs },
		{ SYNTAX_AERC, "aerc", audit_read_aerc },
		{ SYNTAX_MUTT, "neomuttrc", audit_read_mutt },
		{ SYNTAX_MSMTP, "msmtp", audit_read_msmtp },
	};
	const char *s = text;
	unsigned seen;
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
	seen = syntaxes_in(text, length);
	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (seen & (1u << formats[i].syntax)) {
			*format = formats[i].format;
			return formats[i].reader;
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
	if (infile_read(path, INFILE_FILE, AUDIT_MAX_BYTES, &text, &length,
	    problem) == EX_OK)
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
audit_run(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	struct audit_report report;
	struct problem one;
	int i;

	/* The json report carries messages that programs read, as check's. */
	if (options->format == FORMAT_JSON)
		i18n_stop();
	audit_report_start(&report, stdout, options->format);
	for (i = 0; i < options->nwords; i++) {
		one.status = EX_OK;
		one.message[0] = '\0';
		if (audit_one(options, data, options->words[i], &report,
		    &one) != EX_OK) {
			report_file_problem(options->words[i], &one);
			audit_report_error(&report, options->words[i], &one);
		}
	}
	return audit_report_end(&report, problem);
}
