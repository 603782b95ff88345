#ifndef OVHMAIL_JSON_WRITE_H
#define OVHMAIL_JSON_WRITE_H

#include <stdbool.h>
#include <stdio.h>

#include <cjson/cJSON.h>

/*
 * The one JSON writer of the reports: objects, arrays, strings, numbers,
 * true, false and null, as jq prints them (two spaces a level, "[]" and
 * "{}" when empty, a newline at the end).  The writer keeps the depth and
 * the commas; KEY is the member's name inside an object, NULL inside an
 * array or at the top.  Strings are escaped as json_print_string() does.
 */
#define JSON_MAX_DEPTH	16

struct json_writer {
	FILE	*out;
	int	 depth;
	bool	 empty[JSON_MAX_DEPTH];	/* nothing yet at that depth */
};

void	json_start(struct json_writer *, FILE *);
/* After the value at the top: the final newline. */
void	json_end(struct json_writer *);

void	json_open_object(struct json_writer *, const char *key);
void	json_close_object(struct json_writer *);
void	json_open_array(struct json_writer *, const char *key);
void	json_close_array(struct json_writer *);

/* A string, or null for NULL. */
void	json_string(struct json_writer *, const char *key, const char *);
void	json_integer(struct json_writer *, const char *key, long long);
void	json_bool(struct json_writer *, const char *key, bool);
void	json_null(struct json_writer *, const char *key);
/* A parsed value, whole: another command's report inside this one. */
void	json_tree(struct json_writer *, const char *key, const cJSON *);

#endif
