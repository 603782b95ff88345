/* Each output format, written to memory and read back. */
#include <cjson/cJSON.h>

#include "unit.h"
#include "errors.h"
#include "explain.h"
#include "explain_report.h"
#include "format.h"
#include "json_write.h"
#include "lookup.h"
#include "lookup_report.h"
#include "quote.h"

struct fixture {
	struct dataset	*data;
	struct answer	 answer;	/* IMAP with SSL, MX Plan, Europe */
	struct answer	 table;		/* the whole MX Plan table */
	char		*text;
	size_t		 length;
	FILE		*out;
};

static int
setup(void **state)
{
	struct query one = { NULL, NULL, 0, PROTOCOL_IMAP, true,
		"o'brien@example.ie", false, -1 };
	struct query all = { NULL, NULL, 0, PROTOCOL_ANY, true, NULL, false,
		-1 };
	struct problem problem = { EX_OK, "" };
	struct fixture *f = calloc(1, sizeof(*f));

	if (f == NULL || (f->data = load_shipped()) == NULL)
		return -1;
	if (lookup(f->data, &one, &f->answer, &problem) != EX_OK ||
	    lookup(f->data, &all, &f->table, &problem) != EX_OK)
		return -1;
	if ((f->out = open_memstream(&f->text, &f->length)) == NULL)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	if (f->out != NULL)
		fclose(f->out);
	free(f->text);
	answer_free(&f->answer);
	answer_free(&f->table);
	data_free(f->data);
	free(f);
	return 0;
}

static const char *
written(struct fixture *f)
{
	assert_int_equal(fflush(f->out), 0);
	return f->text;
}

static void
test_text_record(void **state)
{
	struct fixture *f = *state;

	text_record(f->out, &f->answer.records[0], false);
	assert_string_equal(written(f),
	    "MX Plan, Europe: IMAP\n"
	    "  Server:         ssl0.ovh.net\n"
	    "  Also named:     imap.mail.ovh.net\n"
	    "  Port:           993\n"
	    "  Security:       SSL/TLS\n"
	    "  Status:         current\n"
	    "  Authentication: required, normal password\n"
	    "  Username:       o'brien@example.ie\n"
	    "  Source:         ovh/docs pages/web_cloud/"
	    "email_and_collaborative_solutions/mx_plan/"
	    "how_to_configure_outlook_2016 (en-gb) (2026-01-09)\n");
}

/* A legacy entry says so, and why. */
static void
test_text_legacy(void **state)
{
	struct fixture *f = *state;

	text_record(f->out, &f->table.records[1], false);
	assert_non_null(strstr(written(f), "  Port:           143\n"
	    "  Security:       none\n"
	    "  Status:         legacy: current OVHcloud guides list SSL/TLS "
	    "only\n"));
}

static void
test_text_colour(void **state)
{
	struct fixture *f = *state;

	text_record(f->out, &f->answer.records[0], true);
	assert_non_null(strstr(written(f), "  \033[1mServer:\033[0m"));
}

static void
test_text_table(void **state)
{
	struct fixture *f = *state;

	text_table(f->out, &f->table, false);
	assert_string_equal(written(f),
	    "MX Plan, Europe\n"
	    "PROTOCOL  SSL  SERVER         PORT  SECURITY  AUTHENTICATION     "
	    "        STATUS\n"
	    "IMAP      on   ssl0.ovh.net    993  SSL/TLS   required, normal "
	    "password  current\n"
	    "IMAP      off  ssl0.ovh.net    143  none      required, normal "
	    "password  legacy\n"
	    "POP3      on   ssl0.ovh.net    995  SSL/TLS   required, normal "
	    "password  current\n"
	    "POP3      off  ssl0.ovh.net    110  none      required, normal "
	    "password  legacy\n"
	    "SMTP      on   ssl0.ovh.net    465  SSL/TLS   required, normal "
	    "password  current\n"
	    "SMTP      off  ssl0.ovh.net    587  STARTTLS  required, normal "
	    "password  current\n"
	    "Username: the full e-mail address\n"
	    "IMAP ssl0.ovh.net is also named: imap.mail.ovh.net\n"
	    "POP3 ssl0.ovh.net is also named: pop.mail.ovh.net\n"
	    "SMTP ssl0.ovh.net is also named: smtp.mail.ovh.net\n"
	    "Legacy: current OVHcloud guides list SSL/TLS only\n");
}

static void
test_json_reads_back(void **state)
{
	struct fixture *f = *state;
	struct item item;
	cJSON *json;

	item_from_record(&item, &f->answer.records[0], false);
	format_json(f->out, &item, 1, false);
	json = cJSON_Parse(written(f));
	assert_non_null(json);
	assert_string_equal(cJSON_GetObjectItem(json, "host")->valuestring,
	    "ssl0.ovh.net");
	assert_int_equal(cJSON_GetObjectItem(json, "port")->valueint, 993);
	assert_true(cJSON_IsTrue(cJSON_GetObjectItem(json, "ssl")));
	assert_string_equal(cJSON_GetObjectItem(json,
	    "security")->valuestring, "ssl");
	assert_string_equal(cJSON_GetObjectItem(json,
	    "username")->valuestring, "o'brien@example.ie");
	cJSON_Delete(json);
}

static void
test_json_table_is_an_array(void **state)
{
	struct fixture *f = *state;
	struct item items[6];
	cJSON *json;
	size_t i;

	for (i = 0; i < f->table.count; i++)
		item_from_record(&items[i], &f->table.records[i], true);
	format_json(f->out, items, f->table.count, true);
	json = cJSON_Parse(written(f));
	assert_true(cJSON_IsArray(json));
	assert_int_equal(cJSON_GetArraySize(json), 6);
	assert_true(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetArrayItem(json,
	    0), "username")));
	assert_int_equal(cJSON_GetObjectItem(cJSON_GetArrayItem(json, 5),
	    "port")->valueint, 587);
	cJSON_Delete(json);
}

static void
test_json_escapes(void **state)
{
	struct fixture *f = *state;
	struct item item;

	memset(&item, 0, sizeof(item));
	item.count = 1;
	item.keys[0] = "text";
	item.values[0].type = VALUE_STRING;
	item.values[0].string = "a\"b\\c\n\x01\xc3\xa9";
	format_json(f->out, &item, 1, false);
	assert_string_equal(written(f),
	    "{\n  \"text\": \"a\\\"b\\\\c\\n\\u0001\xc3\xa9\"\n}\n");
}

static void
test_env_quotes(void **state)
{
	struct fixture *f = *state;
	struct item item;

	item_from_record(&item, &f->answer.records[0], false);
	format_env(f->out, &item, 1);
	assert_non_null(strstr(written(f),
	    "OVHMAIL_HOST=ssl0.ovh.net\nOVHMAIL_ALIASES=imap.mail.ovh.net\n"
	    "OVHMAIL_PORT=993\n"));
	assert_non_null(strstr(f->text, "OVHMAIL_STATUS=current\n"));
	assert_non_null(strstr(f->text,
	    "OVHMAIL_USERNAME='o'\\''brien@example.ie'\n"));
	assert_non_null(strstr(f->text, "OVHMAIL_SSL=true\n"));
}

static void
test_env_table_prefix(void **state)
{
	struct fixture *f = *state;
	struct item item;

	item_from_record(&item, &f->table.records[5], true);
	format_env(f->out, &item, 1);
	assert_non_null(strstr(written(f), "OVHMAIL_SMTP_NOSSL_PORT=587\n"));
	assert_non_null(strstr(f->text, "OVHMAIL_SMTP_NOSSL_USERNAME=\n"));
}

static void
test_fields(void **state)
{
	static const char *const fields[] = { "port", "host", "ssl" };
	struct fixture *f = *state;
	struct problem problem = { EX_OK, "" };
	struct item item;

	item_from_record(&item, &f->answer.records[0], false);
	assert_int_equal(format_fields(f->out, &item, 1, fields, 3,
	    &problem), EX_OK);
	assert_string_equal(written(f), "993\nssl0.ovh.net\ntrue\n");
}

static void
test_unknown_field_prints_nothing(void **state)
{
	static const char *const fields[] = { "port", "hots" };
	struct fixture *f = *state;
	struct problem problem = { EX_OK, "" };
	struct item item;

	item_from_record(&item, &f->answer.records[0], false);
	assert_int_equal(format_fields(f->out, &item, 1, fields, 2,
	    &problem), EX_USAGE);
	assert_string_equal(written(f), "");
	assert_string_equal(problem.message, "--field: unknown field 'hots' "
	    "(choose offer, region, protocol, ssl, host, aliases, port, "
	    "security, status, auth_required, auth_method, username, "
	    "source)");
}

static void
test_explain_text_wraps(void **state)
{
	struct fixture *f = *state;
	struct problem problem = { EX_OK, "" };
	struct error_book *book = NULL;
	struct explain_printer printer;
	struct explainer x;
	const char *line;

	if (errors_load("data/errors.json", &book, &problem) != EX_OK)
		fail_msg("%s", problem.message);
	report_start(&printer, f->out, book, false, false);
	assert_true(explain_start(&x, book, true, report_finding, &printer));
	explain_message(&x, "relayed thru this MTA", 21);
	explain_end(&x);
	report_end(&printer);
	for (line = written(f); *line != '\0'; line += strcspn(line, "\n") + 1)
		assert_true(strcspn(line, "\n") <= 76);
	assert_non_null(strstr(f->text, "\nFix:         Turn on SMTP "
	    "authentication"));
	errors_free(book);
}

/* Text from outside reaches the terminal with its controls shown. */
static void
test_terminal_escapes(void **state)
{
	struct fixture *f = *state;

	quote_terminal(f->out, "a\033]0;PWNED\a\033[2J\nb\177"
	    "\302\233c\342\200\256d\342\201\246\330\234\342\200\217"
	    "\377\300\257\\e caf\303\251");
	quote_terminal_n(f->out, "\0x", 2);
	assert_string_equal(written(f), "a\\e]0;PWNED\\a\\e[2J\\nb\\x7f"
	    "\\u009bc\\u202ed\\u2066\\u061c\\u200f"
	    "\\xff\\xc0\\xaf\\e caf\303\251\\x00x");
}

/* A long value is cut on a character boundary, with an ellipsis. */
static void
test_cut_on_character(void **state)
{
	char buffer[8];

	(void)state;
	assert_string_equal(quote_cut(buffer, sizeof(buffer), "1234567"),
	    "1234567");
	assert_string_equal(quote_cut(buffer, sizeof(buffer), "12345678"),
	    "1234...");
	assert_string_equal(quote_cut(buffer, sizeof(buffer),
	    "\303\251\303\251\303\251\303\251"), "\303\251\303\251...");
	assert_string_equal(quote_cut(buffer, sizeof(buffer),
	    "ab\342\202\254\342\202\254"), "ab...");
}

/* JSON stays valid UTF-8 whatever bytes come in. */
static void
test_json_valid_utf8(void **state)
{
	struct fixture *f = *state;

	json_print_string(f->out, "a\377b\300\257\033\302\233\342\200\256"
	    "\303\251");
	assert_string_equal(written(f), "\"a\\ufffdb\\ufffd\\ufffd"
	    "\\u001b\\u009b\\u202e\303\251\"");
}

/* The writer keeps depth and commas: jq's layout, empty ones inline. */
static void
test_json_writer(void **state)
{
	struct fixture *f = *state;
	struct json_writer w;

	json_start(&w, f->out);
	json_open_object(&w, NULL);
	json_string(&w, "name", "a\"b");
	json_null(&w, "none");
	json_open_array(&w, "empty");
	json_close_array(&w);
	json_open_array(&w, "items");
	json_open_object(&w, NULL);
	json_integer(&w, "n", -7);
	json_bool(&w, "ok", true);
	json_close_object(&w);
	json_string(&w, NULL, NULL);
	json_close_array(&w);
	json_close_object(&w);
	json_end(&w);
	assert_string_equal(written(f), "{\n"
	    "  \"name\": \"a\\\"b\",\n"
	    "  \"none\": null,\n"
	    "  \"empty\": [],\n"
	    "  \"items\": [\n"
	    "    {\n"
	    "      \"n\": -7,\n"
	    "      \"ok\": true\n"
	    "    },\n"
	    "    null\n"
	    "  ]\n"
	    "}\n");
}

#define CASE(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		CASE(test_text_record),
		CASE(test_text_legacy),
		CASE(test_text_colour),
		CASE(test_text_table),
		CASE(test_json_reads_back),
		CASE(test_json_table_is_an_array),
		CASE(test_json_escapes),
		CASE(test_env_quotes),
		CASE(test_env_table_prefix),
		CASE(test_fields),
		CASE(test_unknown_field_prints_nothing),
		CASE(test_explain_text_wraps),
		CASE(test_terminal_escapes),
		CASE(test_cut_on_character),
		CASE(test_json_valid_utf8),
		CASE(test_json_writer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
