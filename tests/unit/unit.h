#ifndef OVHMAIL_UNIT_H
#define OVHMAIL_UNIT_H

/* cmocka 1.1 needs these before its header. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "data.h"

/* The shipped table; the tests run from the top of the source tree. */
#define SHIPPED_DATA	"data/servers.json"

static inline struct dataset *
load_shipped(void)
{
	struct problem problem = { EX_OK, "" };
	struct dataset *data = NULL;

	if (data_load(SHIPPED_DATA, &data, &problem) != EX_OK)
		fail_msg("%s", problem.message);
	return data;
}

/* Group setup and teardown for tests that read the shipped table. */
static inline int
setup_shipped(void **state)
{
	*state = load_shipped();
	return *state == NULL ? -1 : 0;
}

static inline int
teardown_shipped(void **state)
{
	data_free(*state);
	return 0;
}

/* A fresh directory and the path of a file in it, for each test. */
struct temp_file {
	char	dir[64];
	char	path[128];
};

static inline struct temp_file *
temp_file_new(const char *name)
{
	struct temp_file *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return NULL;
	strcpy(f->dir, "/tmp/ovhmail-test-XXXXXX");
	if (mkdtemp(f->dir) == NULL) {
		free(f);
		return NULL;
	}
	snprintf(f->path, sizeof(f->path), "%s/%s", f->dir, name);
	return f;
}

/* Removes the file, or a directory made at its path, and the directory. */
static inline void
temp_file_free(struct temp_file *f)
{
	if (f == NULL)
		return;
	unlink(f->path);
	rmdir(f->path);
	rmdir(f->dir);
	free(f);
}

/* Whether the text ends with the tail: messages start with a path. */
static inline void
assert_ends_with(const char *text, const char *tail)
{
	size_t n = strlen(text), m = strlen(tail);

	if (n < m || strcmp(text + n - m, tail) != 0)
		fail_msg("\"%s\" does not end with \"%s\"", text, tail);
}

#endif
