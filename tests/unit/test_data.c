/* The loader and validator: the shipped file, then every kind of bad file. */
#include <sys/stat.h>

#include "unit.h"

/* The smallest valid document; each case below breaks one thing in it. */
static const char mini[] =
"{\n"
"  \"schema\": 2,\n"
"  \"sources\": [ { \"id\": \"s\", \"title\": \"T\", \"date\": \"2024\" } ],\n"
"  \"regions\": [ { \"id\": \"eu\", \"name\": \"Europe\" },\n"
"    { \"id\": \"ca\", \"name\": \"America\" } ],\n"
"  \"offers\": [\n"
"    { \"id\": \"mxplan\", \"name\": \"MX Plan\", \"description\": \"d\",\n"
"      \"default\": true, \"webmail\": \"https://w.example/\",\n"
"      \"webmail_source\": \"s\",\n"
"      \"regions\": [ \"eu\" ], \"regions_source\": \"s\",\n"
"      \"servers\": [\n"
"        { \"protocol\": \"imap\", \"ssl\": true, \"region\": \"eu\",\n"
"          \"host\": \"ssl0.ovh.net\", \"aliases\": [ \"imap.ovh.net\" ],\n"
"          \"port\": 993, \"security\": \"ssl\",\n"
"          \"auth_required\": true, \"auth_method\": \"password-cleartext\",\n"
"          \"username\": \"email\", \"status\": \"current\", \"source\": \"s\" }\n"
"      ],\n"
"      \"limits\": { \"sending\": [ { \"scope\": \"ip\", \"per_hour\": 300,\n"
"        \"source\": \"s\" } ], \"quota\": [ { \"size\": \"5 GB\",\n"
"        \"source\": \"s\" } ] },\n"
"      \"dns\": [ { \"regions\": [ \"eu\" ], \"ttl\": 3600, \"mx\": [ { \"priority\": 1,\n"
"        \"host\": \"mx0.mail.ovh.net\" } ], \"mx_source\": \"s\",\n"
"        \"spf\": [ { \"value\": \"v=spf1 include:mx.ovh.com ~all\", \"source\": \"s\" } ],\n"
"        \"dkim\": { \"selector_prefix\": \"ovhmo\", \"selectors\": [ \"selector1\" ],\n"
"          \"type\": \"CNAME\", \"target\": \"<selector>.dkim\", \"source\": \"s\" },\n"
"        \"dmarc\": { \"record\": \"v=DMARC1; p=none\", \"advice\": \"a\",\n"
"          \"source\": \"s\" } } ] },\n"
"    { \"id\": \"emailpro\", \"name\": \"Email Pro\", \"description\": \"d\",\n"
"      \"default\": false, \"webmail\": \"https://w.example/\",\n"
"      \"webmail_source\": \"s\", \"server_number\": \"see N\",\n"
"      \"regions\": [ \"eu\", \"ca\" ], \"regions_source\": \"s\",\n"
"      \"servers\": [\n"
"        { \"protocol\": \"smtp\", \"ssl\": true, \"region\": \"eu\",\n"
"          \"host\": \"pro{N}.mail.ovh.net\", \"port\": 587,\n"
"          \"security\": \"starttls\", \"auth_required\": true,\n"
"          \"auth_method\": \"password-cleartext\",\n"
"          \"username\": \"email\", \"status\": \"current\", \"source\": \"s\" },\n"
"        { \"protocol\": \"smtp\", \"ssl\": false, \"region\": \"ca\",\n"
"          \"host\": \"pro.mail.ovh.ca\", \"port\": 25,\n"
"          \"security\": \"none\", \"auth_required\": true,\n"
"          \"auth_method\": \"password-cleartext\", \"username\": \"email\",\n"
"          \"status\": \"legacy\", \"reason\": \"old\", \"source\": \"s\" }\n"
"      ],\n"
"      \"limits\": { \"sending\": [], \"quota\": [ { \"size\": \"10 GB\",\n"
"        \"source\": \"s\" }, { \"size\": \"15 GB\", \"source\": \"s\" } ] },\n"
"      \"dns\": [ { \"regions\": [ \"eu\", \"ca\" ], \"ttl\": 3600, \"mx\": [ { \"priority\": 1,\n"
"        \"host\": \"mx0.mail.ovh.net\" } ], \"mx_source\": \"s\",\n"
"        \"spf\": [ { \"value\": \"v=spf1 include:mx.ovh.com ~all\", \"source\": \"s\" },\n"
"          { \"value\": \"v=spf1 include:mx.ovh.ca ~all\", \"source\": \"s\" } ],\n"
"        \"dkim\": { \"selector_prefix\": \"ovhemp\", \"selectors\": [ \"selector1\" ],\n"
"          \"type\": \"CNAME\", \"target\": \"<selector>.dkim\", \"source\": \"s\" },\n"
"        \"dmarc\": { \"record\": \"v=DMARC1; p=none\", \"advice\": \"a\",\n"
"          \"source\": \"s\" },\n"
"        \"srv\": [ { \"service\": \"_autodiscover\", \"priority\": 0, \"weight\": 0,\n"
"          \"port\": 443, \"host\": \"pro.mail.ovh.net\", \"status\": \"current\",\n"
"          \"source\": \"s\" } ] } ] }\n"
"  ]\n"
"}\n";

static int
setup(void **state)
{
	*state = temp_file_new("servers.json");
	return *state == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	struct temp_file *f = *state;

	chmod(f->path, 0600);
	temp_file_free(f);
	return 0;
}

static void
write_bytes(const char *path, const char *bytes, size_t length)
{
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	assert_int_equal(fwrite(bytes, 1, length, fp), length);
	assert_int_equal(fclose(fp), 0);
}

/* Loads the mini document with its first FROM replaced by TO. */
static int
load_variant(const struct temp_file *f, const char *from, const char *to,
    struct problem *problem)
{
	struct dataset *data = NULL;
	char text[sizeof(mini) + 1024];
	const char *at = strstr(mini, from);
	int status;

	if (at == NULL)
		fail_msg("\"%s\" is not in the mini document", from);
	snprintf(text, sizeof(text), "%.*s%s%s", (int)(at - mini), mini, to,
	    at + strlen(from));
	write_bytes(f->path, text, strlen(text));
	status = data_load(f->path, &data, problem);
	if (status == EX_OK)
		assert_non_null(data);
	else
		assert_null(data);
	data_free(data);
	return status;
}

static void
expect_bad(void **state, const char *from, const char *to, int status,
    const char *message_tail)
{
	struct problem problem = { EX_OK, "" };

	assert_int_equal(load_variant(*state, from, to, &problem), status);
	assert_ends_with(problem.message, message_tail);
}

static void
test_shipped_file_loads(void **state)
{
	struct dataset *data = load_shipped();
	size_t i, defaults = 0;

	(void)state;
	assert_int_equal(data->noffers, 4);
	for (i = 0; i < data->noffers; i++)
		defaults += data->offers[i].is_default;
	assert_int_equal(defaults, 1);
	assert_string_equal(data->offers[0].id, "mxplan");
	assert_int_equal(data->nregions, 3);
	assert_int_equal(data->offers[0].nregions, 3);
	assert_int_equal(data->offers[0].nservers, 14);
	data_free(data);
}

static void
test_mini_loads(void **state)
{
	struct problem problem = { EX_OK, "" };

	assert_int_equal(load_variant(*state, "{", "{", &problem), EX_OK);
	assert_string_equal(problem.message, "");
}

static void
test_missing_file(void **state)
{
	struct problem problem = { EX_OK, "" };
	struct dataset *data = NULL;
	const struct temp_file *f = *state;

	assert_int_equal(data_load(f->path, &data, &problem), EX_NOINPUT);
	assert_null(data);
	assert_ends_with(problem.message, "servers.json: No such file or "
	    "directory");
}

static void
test_directory(void **state)
{
	struct problem problem = { EX_OK, "" };
	struct dataset *data = NULL;
	const struct temp_file *f = *state;

	assert_int_equal(data_load(f->dir, &data, &problem), EX_NOINPUT);
	assert_ends_with(problem.message, ": Is a directory");
}

static void
test_unreadable(void **state)
{
	struct problem problem = { EX_OK, "" };
	struct dataset *data = NULL;
	const struct temp_file *f = *state;

	if (geteuid() == 0)
		skip();		/* root reads anything; the CLI test covers it */
	write_bytes(f->path, mini, strlen(mini));
	assert_int_equal(chmod(f->path, 0), 0);
	assert_int_equal(data_load(f->path, &data, &problem), EX_NOINPUT);
	assert_ends_with(problem.message, ": Permission denied");
}

static void
test_empty(void **state)
{
	struct problem problem = { EX_OK, "" };
	struct dataset *data = NULL;
	const struct temp_file *f = *state;

	write_bytes(f->path, "", 0);
	assert_int_equal(data_load(f->path, &data, &problem), EX_DATAERR);
	assert_ends_with(problem.message, "servers.json: file is empty");
}

static void
test_nul_byte(void **state)
{
	struct problem problem = { EX_OK, "" };
	struct dataset *data = NULL;
	const struct temp_file *f = *state;

	write_bytes(f->path, "{\n  \"a\0\": 1}", 13);
	assert_int_equal(data_load(f->path, &data, &problem), EX_DATAERR);
	assert_ends_with(problem.message, "line 2, column 5: NUL byte in the "
	    "file");
}

static void
test_not_utf8(void **state)
{
	expect_bad(state, "\"T\"", "\"\xc3\x28\"", EX_DATAERR,
	    "line 3, column 39: not valid UTF-8");
}

static void
test_not_json(void **state)
{
	expect_bad(state, "\"schema\": 2,", "\"schema\": 2 2,", EX_DATAERR,
	    "line 2, column 15: JSON syntax error");
}

static void
test_truncated(void **state)
{
	expect_bad(state, "\"s\" } ] } ] }\n  ]\n}\n",
	    "\"s\" } ] } ] }\n", EX_DATAERR,
	    "line 57, column 1: JSON ends too soon");
}

static void
test_trailing_garbage(void **state)
{
	expect_bad(state, "\"s\" } ] } ] }\n  ]\n}\n",
	    "\"s\" } ] } ] }\n  ]\n}\n]\n", EX_DATAERR,
	    "line 59, column 1: JSON syntax error");
}

static void
test_not_an_object(void **state)
{
	struct problem problem = { EX_OK, "" };
	struct dataset *data = NULL;
	const struct temp_file *f = *state;

	write_bytes(f->path, "[1, 2]\n", 7);
	assert_int_equal(data_load(f->path, &data, &problem), EX_DATAERR);
	assert_ends_with(problem.message, "servers.json: must be an object");
}

static void
test_wrong_schema(void **state)
{
	expect_bad(state, "\"schema\": 2", "\"schema\": 3", EX_DATAERR,
	    "schema 3 is not supported (this ovhmail reads schema 2)");
	expect_bad(state, "\"schema\": 2", "\"schema\": 1", EX_DATAERR,
	    "servers.json: schema 1 is no longer read: install the table of "
	    "this ovhmail (schema 2), or update the file as ovhmail-data(5) "
	    "says");
}

static void
test_wrong_types(void **state)
{
	expect_bad(state, "\"port\": 993", "\"port\": \"993\"", EX_DATAERR,
	    "offers[0].servers[0].port: must be a whole number from 1 to "
	    "65535");
	expect_bad(state, "\"ssl\": true", "\"ssl\": \"yes\"", EX_DATAERR,
	    "offers[0].servers[0].ssl: must be true or false");
	expect_bad(state, "\"name\": \"MX Plan\"", "\"name\": 7", EX_DATAERR,
	    "offers[0].name: must be a string");
	expect_bad(state, "\"regions\": [ \"eu\" ]", "\"regions\": \"eu\"",
	    EX_DATAERR, "offers[0].regions: must be an array");
	expect_bad(state, "\"aliases\": [ \"imap.ovh.net\" ]",
	    "\"aliases\": [ 5 ]", EX_DATAERR,
	    "offers[0].servers[0].aliases[0]: must be a string");
	expect_bad(state, "\"servers\": [\n        { \"protocol\": \"imap\"",
	    "\"servers\": [ 5, { \"protocol\": \"imap\"", EX_DATAERR,
	    "offers[0].servers[0]: must be an object");
	expect_bad(state, "\"schema\": 2", "\"schema\": \"1\"", EX_DATAERR,
	    "schema: must be a whole number from 0 to 2147483647");
}

static void
test_missing_fields(void **state)
{
	expect_bad(state, "\"host\": \"ssl0.ovh.net\", ", "", EX_DATAERR,
	    "offers[0].servers[0]: missing \"host\"");
	expect_bad(state, "\"offers\": [", "\"errors\": [], \"offers\": [", EX_DATAERR,
	    "servers.json: unknown key \"errors\"");
	expect_bad(state, "\"servers\": [\n        {",
	    "\"x\": 1, \"servers\": [\n        {", EX_DATAERR,
	    "offers[0]: unknown key \"x\"");
	expect_bad(state, "\"status\": \"current\", ", "", EX_DATAERR,
	    "offers[0].servers[0]: missing \"status\"");
	expect_bad(state, "\"status\": \"legacy\", \"reason\": \"old\", ",
	    "\"status\": \"legacy\", ", EX_DATAERR,
	    "offers[1].servers[1]: missing \"reason\": the entry is legacy");
	expect_bad(state, "\"status\": \"current\", ",
	    "\"status\": \"current\", \"reason\": \"r\", ", EX_DATAERR,
	    "offers[0].servers[0].reason: only legacy entries have a reason");
	expect_bad(state, "\"name\": \"MX Plan\"", "\"name\": \"\"",
	    EX_DATAERR, "offers[0].name: must not be empty");
}

static void
test_ports(void **state)
{
	static const char *const bad[] = { "0", "65536", "-1", "993.5",
		"1e9", "null", "true" };
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char to[32];

		snprintf(to, sizeof(to), "\"port\": %s", bad[i]);
		expect_bad(state, "\"port\": 993", to, EX_DATAERR,
		    "offers[0].servers[0].port: must be a whole number from "
		    "1 to 65535");
	}
	expect_bad(state, "\"port\": 993", "\"port\": 65535", EX_OK, "");
	expect_bad(state, "\"port\": 993", "\"port\": 1", EX_OK, "");
}

static void
test_unknown_values(void **state)
{
	expect_bad(state, "\"protocol\": \"imap\"", "\"protocol\": \"imaps\"",
	    EX_DATAERR, "offers[0].servers[0].protocol: unknown value "
	    "\"imaps\"");
	expect_bad(state, "\"security\": \"ssl\"", "\"security\": \"tls\"",
	    EX_DATAERR, "offers[0].servers[0].security: unknown value "
	    "\"tls\"");
	expect_bad(state, "\"auth_method\": \"password-cleartext\"",
	    "\"auth_method\": \"oauth\"", EX_DATAERR,
	    "offers[0].servers[0].auth_method: unknown value \"oauth\"");
	expect_bad(state, "\"username\": \"email\"",
	    "\"username\": \"local\"", EX_DATAERR,
	    "offers[0].servers[0].username: unknown value \"local\"");
}

static void
test_duplicates(void **state)
{
	expect_bad(state, "\"id\": \"emailpro\"", "\"id\": \"mxplan\"",
	    EX_DATAERR, "offers[1]: duplicate offer id \"mxplan\"");
	expect_bad(state, "{ \"id\": \"eu\", \"name\": \"Europe\" }",
	    "{ \"id\": \"eu\", \"name\": \"Europe\" },"
	    "{ \"id\": \"eu\", \"name\": \"Again\" }", EX_DATAERR,
	    "regions[1]: duplicate region id \"eu\"");
	expect_bad(state, "\"regions\": [ \"eu\" ]",
	    "\"regions\": [ \"eu\", \"eu\" ]", EX_DATAERR,
	    "offers[0].regions[1]: duplicate region id \"eu\"");
	expect_bad(state, "\"source\": \"s\" }\n      ],",
	    "\"source\": \"s\" },{ \"protocol\": \"imap\", \"ssl\": true, "
	    "\"region\": \"eu\", \"host\": \"x.ovh.net\", \"port\": 1, "
	    "\"security\": \"ssl\", \"auth_required\": true, "
	    "\"auth_method\": \"password-cleartext\", \"username\": "
	    "\"email\", \"status\": \"current\", \"source\": \"s\" }\n"
	    "      ],", EX_DATAERR,
	    "offers[0].servers[1]: duplicate server entry \"imap with SSL "
	    "in eu\"");
	expect_bad(state, "\"date\": \"2024\" }", "\"date\": \"2024\" },"
	    "{ \"id\": \"s\", \"title\": \"U\", \"date\": \"2025\" }",
	    EX_DATAERR, "sources[1]: duplicate source id \"s\"");
	expect_bad(state, "\"port\": 993,", "\"port\": 993, \"port\": 994,",
	    EX_DATAERR, "offers[0].servers[0]: duplicate key \"port\"");
}

static void
test_references(void **state)
{
	expect_bad(state, "\"region\": \"eu\"", "\"region\": \"ca\"",
	    EX_DATAERR, "offers[0].servers[0].region: the offer is not sold "
	    "in region \"ca\"");
	expect_bad(state, "\"region\": \"eu\"", "\"region\": \"xx\"",
	    EX_DATAERR, "offers[0].servers[0].region: no region has the id "
	    "\"xx\"");
	expect_bad(state, "\"regions\": [ \"eu\" ]",
	    "\"regions\": [ \"eu\", \"ca\" ]", EX_DATAERR,
	    "offers[0].servers: no entry for region \"ca\", where the offer "
	    "is sold");
	expect_bad(state, "\"webmail_source\": \"s\",\n      \"regions\"",
	    "\"webmail_source\": \"zz\",\n      \"regions\"", EX_DATAERR,
	    "offers[0].webmail_source: no source has the id \"zz\"");
	expect_bad(state, "\"default\": false", "\"default\": true",
	    EX_DATAERR, "offers \"mxplan\" and \"emailpro\" are both the "
	    "default");
	expect_bad(state, "\"default\": true", "\"default\": false",
	    EX_DATAERR, "no offer has \"default\": true");
}

static void
test_hosts(void **state)
{
	expect_bad(state, "\"ssl0.ovh.net\"", "\"ssl0..ovh.net\"", EX_DATAERR,
	    "offers[0].servers[0].host: \"ssl0..ovh.net\" is not a host "
	    "name");
	expect_bad(state, "\"ssl0.ovh.net\"", "\"ssl0.ovh.net; rm\"",
	    EX_DATAERR, "is not a host name");
	expect_bad(state, "\"ssl0.ovh.net\"", "\"ssl{N}.ovh.net\"",
	    EX_DATAERR, "holds \"{N}\" but the offer has no "
	    "\"server_number\"");
	expect_bad(state, "\"pro{N}.mail.ovh.net\"",
	    "\"pro{N}{N}.mail.ovh.net\"", EX_DATAERR,
	    "holds \"{N}\" more than once");
	expect_bad(state, "\"reason\": \"old\", \"source\": \"s\" }",
	    "\"reason\": \"old\", \"source\": \"s\" }, { \"protocol\": "
	    "\"imap\", \"ssl\": true, \"region\": \"ca\", \"host\": "
	    "\"pro{N}.ovh.ca\", \"port\": 993, \"security\": \"ssl\", "
	    "\"auth_required\": true, \"auth_method\": \"password-cleartext\", "
	    "\"username\": \"email\", \"status\": \"current\", \"source\": "
	    "\"s\" }",
	    EX_DATAERR, "offers[1].servers[2].host: \"pro{N}.ovh.ca\" and "
	    "\"pro.mail.ovh.ca\" must both hold \"{N}\" or neither: they are "
	    "in the same region");
	expect_bad(state, "\"ssl0.ovh.net\", \"aliases\": [ \"imap.ovh.net\"",
	    "\"ssl0.ovh.net\", \"aliases\": [ \"imap{N}.ovh.net\"",
	    EX_DATAERR, "offers[0].servers[0].aliases[0]: \"imap{N}.ovh.net\" "
	    "holds \"{N}\" but the offer has no \"server_number\"");
	expect_bad(state, "\"title\": \"T\"", "\"title\": \"T\\u001b[31m\"",
	    EX_DATAERR, "sources[0].title: contains a control character");
	expect_bad(state, "\"https://w.example/\"", "\"ftp://w.example/\"",
	    EX_DATAERR, "offers[0].webmail: \"ftp://w.example/\" is not an "
	    "http or https URL");
	expect_bad(state, "\"id\": \"mxplan\"", "\"id\": \"MX Plan\"",
	    EX_DATAERR, "offers[0].id: \"MX Plan\" is not an id (lower-case "
	    "letters, digits and -, at most 32)");
}

static void
test_dns(void **state)
{
	expect_bad(state, "\"dns\": [", "\"dnz\": [", EX_DATAERR,
	    "offers[0]: unknown key \"dnz\"");
	expect_bad(state, "\"priority\": 1", "\"priority\": -5", EX_DATAERR,
	    "offers[0].dns[0].mx[0].priority: must be a whole number from 0 "
	    "to 65535");
	expect_bad(state, "\"mx0.mail.ovh.net\"", "\"mx{N}.mail.ovh.net\"",
	    EX_DATAERR, "offers[0].dns[0].mx[0].host: \"mx{N}.mail.ovh.net\" "
	    "holds \"{N}\" but the offer has no \"server_number\"");
	expect_bad(state, "\"mx_source\": \"s\"", "\"mx_source\": \"t\"",
	    EX_DATAERR, "offers[0].dns[0].mx_source: no source has the id "
	    "\"t\"");
	expect_bad(state, "\"value\": \"v=spf1 include:mx.ovh.com ~all\"",
	    "\"value\": \"include:mx.ovh.com\"", EX_DATAERR,
	    "offers[0].dns[0].spf[0].value: \"include:mx.ovh.com\" does not "
	    "start with \"v=spf1\"");
	expect_bad(state, "\"spf\": [ { \"value\": \"v=spf1 include:mx.ovh.com "
	    "~all\", \"source\": \"s\" } ]", "\"spf\": []", EX_DATAERR,
	    "offers[0].dns[0].spf: must not be empty");
	expect_bad(state, "\"host\": \"pro.mail.ovh.net\"",
	    "\"host\": \"pro{N}.mail.ovh.net\"", EX_DATAERR,
	    "offers[1].dns[0].srv[0].host: \"pro{N}.mail.ovh.net\" holds "
	    "\"{N}\" but the servers of these regions are not numbered");
	expect_bad(state, "\"service\": \"_autodiscover\"",
	    "\"service\": \"autodiscover\"", EX_DATAERR,
	    "offers[1].dns[0].srv[0].service: \"autodiscover\" is not a "
	    "service label such as \"_autodiscover\"");
	expect_bad(state, "\"regions\": [ \"eu\", \"ca\" ], \"ttl\"",
	    "\"regions\": [ \"eu\" ], \"ttl\"", EX_DATAERR,
	    "offers[1].dns: no DNS settings for region \"ca\", where the "
	    "offer is sold");
	expect_bad(state, "\"regions\": [ \"eu\" ], \"ttl\"",
	    "\"regions\": [ \"ca\" ], \"ttl\"", EX_DATAERR,
	    "offers[0].dns[0].regions[0]: the offer is not sold in region "
	    "\"ca\"");
	expect_bad(state, "\"regions\": [ \"eu\", \"ca\" ], \"ttl\"",
	    "\"regions\": [ \"eu\", \"ca\", \"eu\" ], \"ttl\"", EX_DATAERR,
	    "offers[1].dns[0].regions[2]: region \"eu\" has DNS settings "
	    "already");
	expect_bad(state, "\"selectors\": [ \"selector1\" ]",
	    "\"selectors\": []", EX_DATAERR,
	    "offers[0].dns[0].dkim.selectors: must not be empty");
	expect_bad(state, "\"mx_source\": \"s\",", "\"mx_source\": \"s\", "
	    "\"notes\": [ { \"about\": \"mx\", \"text\": \"t\", "
	    "\"source\": \"s\" } ],", EX_OK, "");
	expect_bad(state, "\"mx_source\": \"s\",", "\"mx_source\": \"s\", "
	    "\"notes\": [ { \"about\": \"srv\", \"text\": \"t\", "
	    "\"source\": \"s\" } ],", EX_DATAERR,
	    "offers[0].dns[0].notes[0].about: unknown value \"srv\"");
	expect_bad(state, "\"mx_source\": \"s\",", "\"mx_source\": \"s\", "
	    "\"notes\": [ { \"about\": \"mx\", \"text\": \"t\", "
	    "\"source\": \"t\" } ],", EX_DATAERR,
	    "offers[0].dns[0].notes[0].source: no source has the id \"t\"");
	expect_bad(state, "\"mx_source\": \"s\",", "\"mx_source\": \"s\", "
	    "\"notes\": [ { \"about\": \"validation\", \"text\": \"t\", "
	    "\"source\": \"s\" } ],", EX_DATAERR,
	    "offers[0].dns[0].notes: a note about the validation record, but "
	    "there is none");
}

/* What the DNS verifier and the exports read through the C API. */
static void
test_dns_api(void **state)
{
	struct problem problem = { EX_OK, "" };
	const struct dns_profile *dns;
	const struct region *eu, *ca;
	const struct offer *emailpro;
	struct dataset *data = NULL;
	const struct temp_file *f = *state;

	write_bytes(f->path, mini, strlen(mini));
	assert_int_equal(data_load(f->path, &data, &problem), EX_OK);
	emailpro = data_offer(data, "emailpro");
	eu = data_region(data, "eu");
	ca = data_region(data, "ca");
	assert_non_null(emailpro);
	assert_non_null(ca);
	assert_ptr_equal(data_offer(data, NULL), &data->offers[0]);
	assert_null(data_region(data, "apac"));
	assert_false(offer_sold_in(&data->offers[0], ca));
	assert_null(offer_dns(&data->offers[0], ca));
	assert_true(offer_numbered_in(emailpro, eu));
	assert_false(offer_numbered_in(emailpro, ca));
	dns = offer_dns(emailpro, ca);
	assert_ptr_equal(dns, offer_dns(emailpro, eu));
	assert_int_equal(dns->nspf, 2);
	assert_string_equal(dns->spf[1].value, "v=spf1 include:mx.ovh.ca ~all");
	assert_string_equal(dns->dkim.selector_prefix, "ovhemp");
	assert_int_equal(dns->nsrv, 1);
	assert_int_equal(dns->srv[0].port, 443);
	assert_null(dns->validation.name);
	assert_int_equal(emailpro->servers[1].status, STATUS_LEGACY);
	assert_string_equal(emailpro->servers[1].reason, "old");
	assert_int_equal(data->offers[0].servers[0].naliases, 1);
	assert_true(quota_disputed(emailpro, 0));
	assert_true(quota_disputed(emailpro, 1));
	assert_int_equal(quota_first(emailpro, 1), 0);
	assert_false(quota_disputed(&data->offers[0], 0));
	data_free(data);
}

static void
test_deep_nesting(void **state)
{
	static char text[8192];

	memset(text, '[', 5000);
	text[5000] = '\0';
	expect_bad(state, "\"schema\": 2", text, EX_DATAERR,
	    "JSON syntax error");
}

/* \u0000 would end the C string early: "ssl0.ovh.net\u0000evil". */
static void
test_nul_escape(void **state)
{
	expect_bad(state, "\"ssl0.ovh.net\"", "\"ssl0.ovh.net\\u0000evil\"",
	    EX_DATAERR, "line 13, column 32: \\u0000 in a string");
	expect_bad(state, "\"MX Plan\"", "\"MX\\\\u0000 Plan\"", EX_OK, "");
}

/*
 * A tree of megabytes, which the document's arena holds in many chunks,
 * the later ones mapped: every value must still be where it was read.
 */
static void
test_large_document(void **state)
{
	static const char marker[] = "\"sources\": [ ";
	struct problem problem = { EX_OK, "" };
	struct dataset *data = NULL;
	const char *at = strstr(mini, marker) + strlen(marker);
	size_t i, count = 40000, size = sizeof(mini) + count * 80, used;
	char *text = malloc(size), expected[64];

	(void)state;
	assert_non_null(text);
	used = (size_t)snprintf(text, size, "%.*s", (int)(at - mini), mini);
	for (i = 0; i < count; i++)
		used += (size_t)snprintf(text + used, size - used,
		    "{ \"id\": \"x%zu\", \"title\": \"Title %zu\", "
		    "\"date\": \"2026\" }, ", i, i);
	used += (size_t)snprintf(text + used, size - used, "%s", at);
	assert_true(used < size);
	assert_int_equal(data_parse("large", text, used, &data, &problem),
	    EX_OK);
	assert_int_equal(data->nsources, count + 1);
	for (i = 0; i < count; i += 997) {
		snprintf(expected, sizeof(expected), "Title %zu", i);
		assert_string_equal(data->sources[i].title, expected);
	}
	assert_string_equal(data->sources[count].id, "s");
	data_free(data);
	free(text);
}

/* Where data_locate() looks with the environment set to HOME. */
static char *
located_with_home(const char *home)
{
	struct problem problem = { EX_OK, "" };
	char *path = NULL;

	unsetenv("OVHMAIL_DATA");
	unsetenv("XDG_DATA_HOME");
	setenv("HOME", home, 1);
	if (data_locate(NULL, &path, &problem) != EX_OK)
		assert_int_equal(problem.status, EX_NOINPUT);
	return path;
}

/* A HOME that is not an absolute path to a directory is ignored. */
static void
test_home_not_a_directory(void **state)
{
	const struct temp_file *f = *state;
	char cwd[4096], *path;

	path = located_with_home("/dev/null");
	assert_true(path == NULL || strncmp(path, "/dev/null", 9) != 0);
	free(path);

	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(f->dir), 0);
	assert_int_equal(mkdir(".local", 0700), 0);
	assert_int_equal(mkdir(".local/share", 0700), 0);
	assert_int_equal(mkdir(".local/share/ovhmail", 0700), 0);
	write_bytes(".local/share/ovhmail/servers.json", mini, strlen(mini));
	path = located_with_home(".");
	assert_int_equal(unlink(".local/share/ovhmail/servers.json"), 0);
	assert_int_equal(rmdir(".local/share/ovhmail"), 0);
	assert_int_equal(rmdir(".local/share"), 0);
	assert_int_equal(rmdir(".local"), 0);
	assert_int_equal(chdir(cwd), 0);
	assert_true(path == NULL || path[0] == '/');
	free(path);
}

#define CASE(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_file_loads),
		CASE(test_mini_loads),
		CASE(test_missing_file),
		CASE(test_directory),
		CASE(test_unreadable),
		CASE(test_empty),
		CASE(test_nul_byte),
		CASE(test_not_utf8),
		CASE(test_not_json),
		CASE(test_truncated),
		CASE(test_trailing_garbage),
		CASE(test_not_an_object),
		CASE(test_wrong_schema),
		CASE(test_wrong_types),
		CASE(test_missing_fields),
		CASE(test_ports),
		CASE(test_unknown_values),
		CASE(test_duplicates),
		CASE(test_references),
		CASE(test_hosts),
		CASE(test_dns),
		CASE(test_dns_api),
		CASE(test_deep_nesting),
		CASE(test_nul_escape),
		cmocka_unit_test(test_large_document),
		CASE(test_home_not_a_directory),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
