#ifndef OVHMAIL_JSON_DOC_H
#define OVHMAIL_JSON_DOC_H

#include <stddef.h>

#include <cjson/cJSON.h>

/*
 * A JSON document parsed by cJSON into an arena of its own: its nodes and
 * strings are allocated from a few large chunks and freed with them at
 * once, never one by one.  Documents are parsed one at a time, by one
 * thread (cJSON's allocator is global), and must not be changed with
 * cJSON's functions or given to cJSON_Delete().
 */
struct json_doc;

/*
 * cJSON_ParseWithLengthOpts(TEXT, LENGTH, END, true), the tree kept in a
 * new document.  Returns 0, or EINVAL (bad JSON, *END says where) or
 * ENOMEM; *DOC is NULL unless 0 is returned.
 */
int		 json_doc_parse(const char *text, size_t length,
		    const char **end, struct json_doc **doc);
const cJSON	*json_doc_root(const struct json_doc *);
/* Frees the document and every node and string of it; NULL is fine. */
void		 json_doc_free(struct json_doc *);

#endif
