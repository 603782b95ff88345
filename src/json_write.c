/* The one JSON writer of the reports: depth, commas and layout kept here. */
#include <stdio.h>

#include "format.h"
#include "json_write.h"

void
json_start(struct json_writer *w, FILE *out)
{
	w->out = out;
	w->depth = 0;
	w->empty[0] = true;
}

void
json_end(struct json_writer *w)
{
	putc('\n', w->out);
}

/* Before a value: the comma and line of the one before, the key. */
static void
begin_value(struct json_writer *w, const char *key)
{
	int i;

	if (w->depth > 0) {
		fputs(w->empty[w->depth] ? "\n" : ",\n", w->out);
		for (i = 0; i < w->depth; i++)
			fputs("  ", w->out);
	}
	w->empty[w->depth] = false;
	if (key != NULL) {
		json_print_string(w->out, key);
		fputs(": ", w->out);
	}
}

/* A value past JSON_MAX_DEPTH is a bug of the caller: it is not nested. */
static void
open_value(struct json_writer *w, const char *key, int bracket)
{
	begin_value(w, key);
	putc(bracket, w->out);
	if (w->depth + 1 < JSON_MAX_DEPTH)
		w->empty[++w->depth] = true;
}

static void
close_value(struct json_writer *w, int bracket)
{
	int i;

	if (w->depth == 0)
		return;
	if (!w->empty[w->depth--]) {
		putc('\n', w->out);
		for (i = 0; i < w->depth; i++)
			fputs("  ", w->out);
	}
	putc(bracket, w->out);
}

void
json_open_object(struct json_writer *w, const char *key)
{
	open_value(w, key, '{');
}

void
json_open_array(struct json_writer *w, const char *key)
{
	open_value(w, key, '[');
}

void
json_close_object(struct json_writer *w)
{
	close_value(w, '}');
}

void
json_close_array(struct json_writer *w)
{
	close_value(w, ']');
}

void
json_string(struct json_writer *w, const char *key, const char *value)
{
	begin_value(w, key);
	if (value == NULL)
		fputs("null", w->out);
	else
		json_print_string(w->out, value);
}

void
json_integer(struct json_writer *w, const char *key, long long value)
{
	begin_value(w, key);
	fprintf(w->out, "%lld", value);
}

void
json_bool(struct json_writer *w, const char *key, bool value)
{
	begin_value(w, key);
	fputs(value ? "true" : "false", w->out);
}

void
json_null(struct json_writer *w, const char *key)
{
	begin_value(w, key);
	fputs("null", w->out);
}

/*
 * A parsed tree written again, as the reports write theirs: what another
 * ovhmail command printed, held inside a larger report.  A number keeps
 * its integer value: every number the commands print is one.  Deeper
 * than the writer's depth, a value is null rather than a broken nesting.
 */
void
json_tree(struct json_writer *w, const char *key, const cJSON *value)
{
	const cJSON *item;

	if (value == NULL || cJSON_IsNull(value) || cJSON_IsInvalid(value) ||
	    ((cJSON_IsArray(value) || cJSON_IsObject(value)) &&
	    w->depth + 2 >= JSON_MAX_DEPTH))
		json_null(w, key);
	else if (cJSON_IsBool(value))
		json_bool(w, key, cJSON_IsTrue(value));
	else if (cJSON_IsNumber(value))
		json_integer(w, key, (long long)value->valuedouble);
	else if (cJSON_IsString(value))
		json_string(w, key, value->valuestring);
	else if (cJSON_IsArray(value)) {
		json_open_array(w, key);
		cJSON_ArrayForEach(item, value) {
			json_tree(w, NULL, item);
		}
		json_close_array(w);
	} else {
		json_open_object(w, key);
		cJSON_ArrayForEach(item, value) {
			json_tree(w, item->string, item);
		}
		json_close_object(w);
	}
}
