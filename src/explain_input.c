/*
 * explain: standard input, files, gzip files and directories of messages,
 * streamed in fixed-size pieces.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <zlib.h>

#include "explain_input.h"
#include "i18n.h"
#include "infile.h"
#include "monotonic.h"

#define CHUNK	65536

/* Once a second on a terminal: how far the reading has come. */
static void
show_progress(struct explain_input *in)
{
	long now;

	if (!in->progress || (now = monotonic_ms()) - in->shown < 1000)
		return;
	in->shown = now;
	fputs("\r", stderr);
	fprintf(stderr, _("ovhmail: explain: %llu MiB read, %zu messages, "
	    "%zu log lines, %zu failures"), in->bytes >> 20,
	    in->explainer->messages, in->explainer->lines,
	    in->explainer->failures);
	fflush(stderr);
}

void
input_done(struct explain_input *in)
{
	if (in->progress && in->shown > 0)
		fputs("\r\033[K", stderr);
	in->shown = 0;
}

static void
unit_given(enum split_unit unit, const char *text, size_t length,
    void *context)
{
	struct explain_input *in = context;

	if (unit == SPLIT_LINE)
		explain_line(in->explainer, text, length);
	else
		explain_message(in->explainer, text, length);
}

bool
input_start(struct explain_input *in, struct explainer *explainer)
{
	memset(in, 0, sizeof(*in));
	in->explainer = explainer;
	/* Findings on a terminal would run into the line that counts. */
	in->progress = isatty(STDERR_FILENO) == 1 &&
	    isatty(STDOUT_FILENO) == 0;
	in->status = EX_OK;
	return split_start(&in->split, false, unit_given, in);
}

void
input_end(struct explain_input *in)
{
	input_done(in);
	split_free(&in->split);
}

/* Reports the problem, keeps the first status, and skips the file. */
static bool
skip(struct explain_input *in, struct problem *problem)
{
	input_done(in);
	problem_report(problem);
	if (in->status == EX_OK)
		in->status = problem->status;
	in->skipped++;
	return false;
}

static void
feed(struct explain_input *in, const char *bytes, size_t n)
{
	size_t i;

	for (i = 0; !in->nonblank && i < n; i++)
		in->nonblank = bytes[i] != ' ' && bytes[i] != '\t' &&
		    bytes[i] != '\n' && bytes[i] != '\r';
	in->bytes += n;
	split_feed(&in->split, bytes, n);
	show_progress(in);
}

/* read(2) again after a signal; -1 on an error. */
static ssize_t
read_some(int fd, char *buffer, size_t size)
{
	ssize_t n;

	while ((n = read(fd, buffer, size)) < 0 && errno == EINTR)
		;
	return n;
}

/* Whether the bytes given so far are too many for those taken. */
static bool
is_bomb(unsigned long long given, unsigned long long taken)
{
	return given > INPUT_RATIO_FROM && given / INPUT_MAX_RATIO > taken;
}

/*
 * The rest of a gzip stream, whose first HAVE bytes are in IN_BUF:
 * members one after the other, as gzip(1) writes them; what follows the
 * last one and is not gzip is left, as gzip(1) leaves it.
 */
static int
inflate_all(struct explain_input *in, int fd, const char *name,
    unsigned char *in_buf, size_t have, struct problem *problem)
{
	unsigned char *out = malloc(CHUNK);
	unsigned long long given = 0, taken = have;
	size_t members = 0;
	bool full = false, truncated;
	z_stream z;
	ssize_t n = 0;
	int rc = Z_OK;

	memset(&z, 0, sizeof(z));
	if (out == NULL || inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
		free(out);
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	}
	z.next_in = in_buf;
	z.avail_in = (uInt)have;
	for (;;) {
		if (z.avail_in == 0 && !full) {
			if ((n = read_some(fd, (char *)in_buf, CHUNK)) <= 0)
				break;
			z.next_in = in_buf;
			z.avail_in = (uInt)n;
			taken += (unsigned long long)n;
		}
		z.next_out = out;
		z.avail_out = CHUNK;
		rc = inflate(&z, Z_NO_FLUSH);
		full = z.avail_out == 0;
		/* What came out before an error is read all the same. */
		feed(in, (const char *)out, CHUNK - z.avail_out);
		given += CHUNK - z.avail_out;
		if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
			break;
		if (is_bomb(given, taken)) {
			in->bombs++;
			problem_set(problem, EX_DATAERR, name, "expands more "
			    "than %d times: the rest was not read (a gzip "
			    "bomb?)", INPUT_MAX_RATIO);
			break;
		}
		if (rc == Z_STREAM_END) {
			members++;
			full = false;
			/* What follows a member and is no gzip is left, as gzip(1) leaves it. */
			if (z.avail_in > 0 && z.next_in[0] != 0x1f)
				break;
			if (inflateReset(&z) != Z_OK)
				break;
		}
	}
	truncated = rc != Z_STREAM_END && (members == 0 || z.total_in > 0);
	inflateEnd(&z);
	free(out);
	if (problem->status != EX_OK)
		return problem->status;
	if (n < 0)
		return problem_set(problem, EX_IOERR, name, "%s",
		    strerror(errno));
	if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
		return problem_set(problem, EX_DATAERR, name, "is not valid "
		    "gzip data: %s", z.msg != NULL ? z.msg : "corrupt");
	if (truncated)
		return problem_set(problem, EX_DATAERR, name, "ends before "
		    "its gzip data does: what was read is explained");
	return EX_OK;
}

static int
read_stream(struct explain_input *in, int fd, const char *name,
    struct problem *problem)
{
	unsigned char *buffer = malloc(CHUNK);
	size_t have = 0;
	ssize_t n = 1;
	int status = EX_OK;

	if (buffer == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	/* Two bytes tell gzip's magic; a pipe may give one at a time. */
	while (have < 2 && (n = read_some(fd, (char *)buffer + have,
	    CHUNK - have)) > 0)
		have += (size_t)n;
	if (n >= 0 && have >= 2 && buffer[0] == 0x1f && buffer[1] == 0x8b)
		status = inflate_all(in, fd, name, buffer, have, problem);
	else if (n >= 0) {
		feed(in, (const char *)buffer, have);
		while ((n = read_some(fd, (char *)buffer, CHUNK)) > 0)
			feed(in, (const char *)buffer, (size_t)n);
	}
	if (n < 0 && status == EX_OK)
		status = problem_set(problem, EX_IOERR, name, "%s",
		    strerror(errno));
	free(buffer);
	return status;
}

bool
input_read_fd(struct explain_input *in, int fd, const char *name,
    bool one_message)
{
	struct problem problem = { EX_OK, "" };

	/* Findings name the file they come from; standard input, none. */
	in->explainer->file = fd == STDIN_FILENO ? NULL : name;
	split_start(&in->split, one_message, unit_given, in);
	read_stream(in, fd, name, &problem);
	split_end(&in->split);
	in->explainer->file = NULL;
	if (problem.status != EX_OK)
		return skip(in, &problem);
	return true;
}

static bool
read_file(struct explain_input *in, const char *path, enum infile_kind kind,
    bool one_message)
{
	struct problem problem = { EX_OK, "" };
	struct stat st;
	bool ok;
	int fd;

	if ((fd = infile_open(path, kind, &st, &problem)) < 0)
		return skip(in, &problem);
	ok = input_read_fd(in, fd, path, one_message);
	close(fd);
	return ok;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *
joined(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *path = malloc(n);

	if (path != NULL)
		snprintf(path, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ?
		    "" : "/", name);
	return path;
}

/*
 * A folder's entry is read only as the regular file it is: a symbolic
 * link could lead out of it, to /proc/kmsg say, which never ends.
 */
static bool
read_entry(struct explain_input *in, const char *path)
{
	struct problem problem = { EX_OK, "" };
	struct stat st;

	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		problem_set(&problem, EX_NOINPUT, path, "is a symbolic link "
		    "in a folder: not followed");
		return skip(in, &problem);
	}
	return read_file(in, path, INFILE_FILE, true);
}

/* The names in a batch, sorted, each file read as a message. */
static void
read_batch(struct explain_input *in, const char *dir, char **names,
    size_t count)
{
	char *path;
	size_t i;

	qsort(names, count, sizeof(*names), by_name);
	for (i = 0; i < count; i++) {
		if ((path = joined(dir, names[i])) != NULL)
			read_entry(in, path);
		free(path);
		free(names[i]);
	}
}

static bool
is_directory(const char *dir, const char *name)
{
	char *path = joined(dir, name);
	struct stat st;
	bool yes = path != NULL && lstat(path, &st) == 0 &&
	    S_ISDIR(st.st_mode);

	free(path);
	return yes;
}

/*
 * The files of DIR, by name, a batch at a time so that a directory of any
 * size is read in bounded memory.  Dot files and directories are left.
 */
static bool
read_files(struct explain_input *in, const char *dir)
{
	struct problem problem = { EX_OK, "" };
	char **names = malloc(INPUT_DIR_BATCH * sizeof(*names));
	struct dirent *entry;
	size_t count = 0;
	DIR *d;

	if (names == NULL || (d = opendir(dir)) == NULL) {
		free(names);
		problem_set(&problem, names == NULL ? EX_OSERR : EX_NOINPUT,
		    dir, "%s", strerror(errno));
		return skip(in, &problem);
	}
	while ((entry = readdir(d)) != NULL) {
		if (entry->d_name[0] == '.' || is_directory(dir,
		    entry->d_name))
			continue;
		if ((names[count] = strdup(entry->d_name)) != NULL)
			count++;
		if (count == INPUT_DIR_BATCH) {
			read_batch(in, dir, names, count);
			count = 0;
		}
	}
	read_batch(in, dir, names, count);
	closedir(d);
	free(names);
	return true;
}

/* A Maildir (cur/ and new/), or a folder of messages. */
static bool
read_directory(struct explain_input *in, const char *dir)
{
	static const char *const maildir[] = { "cur", "new", NULL };
	bool is_maildir = false, ok = true;
	char *sub;
	size_t i;

	for (i = 0; maildir[i] != NULL; i++)
		is_maildir |= is_directory(dir, maildir[i]);
	if (!is_maildir)
		return read_files(in, dir);
	for (i = 0; maildir[i] != NULL; i++) {
		if (!is_directory(dir, maildir[i]))
			continue;
		if ((sub = joined(dir, maildir[i])) == NULL)
			return false;
		ok &= read_files(in, sub);
		free(sub);
	}
	return ok;
}

bool
input_read_path(struct explain_input *in, const char *path)
{
	struct stat st;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return read_directory(in, path);
	return read_file(in, path, INFILE_FILE_OR_PIPE, false);
}
