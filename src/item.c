/* An answer as named values, which every format prints. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "item.h"

static void
add(struct item *item, const char *key, struct value value)
{
	if (item->count < ITEM_MAX_VALUES) {
		item->keys[item->count] = key;
		item->values[item->count] = value;
		item->count++;
	}
}

static void
add_string(struct item *item, const char *key, const char *s)
{
	struct value value = { VALUE_STRING, s, 0, false, NULL, 0 };

	if (s == NULL)
		value.type = VALUE_NULL;
	add(item, key, value);
}

static void
add_integer(struct item *item, const char *key, long n)
{
	struct value value = { VALUE_INTEGER, NULL, n, false, NULL, 0 };

	add(item, key, value);
}

static void
add_boolean(struct item *item, const char *key, bool b)
{
	struct value value = { VALUE_BOOLEAN, NULL, 0, b, NULL, 0 };

	add(item, key, value);
}

static void
add_list(struct item *item, const char *key, const char **list, size_t n)
{
	struct value value = { VALUE_LIST, NULL, 0, false, list, n };

	add(item, key, value);
}

static void
start(struct item *item)
{
	memset(item, 0, sizeof(*item));
}

/* In a table, IMAP with SSL becomes OVHMAIL_IMAP_SSL_HOST and so on. */
static void
set_table_prefix(struct item *item, const struct server *server)
{
	char *p;

	snprintf(item->env_prefix, sizeof(item->env_prefix), "%s_%s_",
	    protocol_name(server->protocol), server->ssl ? "SSL" : "NOSSL");
	for (p = item->env_prefix; *p != '\0'; p++)
		*p = (char)toupper((unsigned char)*p);
}

void
item_from_record(struct item *item, const struct record *record,
    bool in_table)
{
	const struct server *server = record->server;

	start(item);
	if (in_table)
		set_table_prefix(item, server);
	add_string(item, "offer", record->offer->id);
	add_string(item, "region", record->region->id);
	add_string(item, "protocol", protocol_name(server->protocol));
	add_boolean(item, "ssl", server->ssl);
	add_string(item, "host", record->host);
	add_list(item, "aliases", server->aliases, server->naliases);
	add_integer(item, "port", server->port);
	add_string(item, "security", security_name(server->security));
	add_string(item, "status", status_name(server->status));
	add_boolean(item, "auth_required", server->auth_required);
	add_string(item, "auth_method", auth_method_name(server->auth_method));
	add_string(item, "username", record->username);
	add_string(item, "source", server->source->title);
}

void
item_from_webmail(struct item *item, const struct offer *offer)
{
	start(item);
	add_string(item, "offer", offer->id);
	add_string(item, "webmail", offer->webmail);
	add_string(item, "source", offer->webmail_source->title);
}

void
item_from_sending(struct item *item, const struct offer *offer,
    const struct sending_limit *limit)
{
	start(item);
	add_string(item, "offer", offer->id);
	add_string(item, "limit", limit_scope_name(limit->scope));
	add_string(item, "plan", NULL);
	add_integer(item, "per_hour", limit->per_hour);
	add_string(item, "size", NULL);
	add_boolean(item, "conflict", false);
	add_string(item, "source", limit->source->title);
	add_string(item, "date", limit->source->date);
}

void
item_from_quota(struct item *item, const struct offer *offer,
    const struct quota *quota, bool conflict)
{
	start(item);
	add_string(item, "offer", offer->id);
	add_string(item, "limit", "quota");
	add_string(item, "plan", quota->plan);
	add_string(item, "per_hour", NULL);
	add_string(item, "size", quota->size);
	add_boolean(item, "conflict", conflict);
	add_string(item, "source", quota->source->title);
	add_string(item, "date", quota->source->date);
}

const struct value *
item_get(const struct item *item, const char *key)
{
	size_t i;

	for (i = 0; i < item->count; i++)
		if (strcmp(item->keys[i], key) == 0)
			return &item->values[i];
	return NULL;
}

/* The loader keeps lists short enough for VALUE_TEXT_MAX. */
static const char *
join_list(const struct value *value, char *buffer, size_t size)
{
	size_t i, used = 0;
	int n;

	buffer[0] = '\0';
	for (i = 0; i < value->nlist && used < size; i++) {
		n = snprintf(buffer + used, size - used, "%s%s",
		    i > 0 ? " " : "", value->list[i]);
		if (n < 0)
			break;
		used += (size_t)n;
	}
	return buffer;
}

const char *
value_text(const struct value *value, char *buffer, size_t size)
{
	switch (value->type) {
	case VALUE_STRING:
		return value->string;
	case VALUE_INTEGER:
		snprintf(buffer, size, "%ld", value->integer);
		return buffer;
	case VALUE_BOOLEAN:
		return value->boolean ? "true" : "false";
	case VALUE_LIST:
		return join_list(value, buffer, size);
	case VALUE_NULL:
		break;
	}
	return "";
}
