/* The lookup over the shipped table: every offer, protocol and SSL mode. */
#include "unit.h"
#include "lookup.h"

static int
run(void **state, const char *offer, const char *region, int number,
    enum protocol protocol, bool ssl, struct answer *answer,
    struct problem *problem)
{
	struct query query = { offer, region, number, protocol, ssl, NULL,
		false, -1 };

	return lookup(*state, &query, answer, problem);
}

static void
expect_server(void **state, const char *offer, const char *region,
    int number, enum protocol protocol, bool ssl, const char *host,
    int port, enum security security)
{
	struct problem problem = { EX_OK, "" };
	struct answer answer;

	assert_int_equal(run(state, offer, region, number, protocol, ssl,
	    &answer, &problem), EX_OK);
	assert_int_equal(answer.count, 1);
	assert_string_equal(answer.records[0].host, host);
	assert_int_equal(answer.records[0].server->port, port);
	assert_int_equal(answer.records[0].server->security, security);
	assert_true(answer.records[0].server->auth_required);
	answer_free(&answer);
}

static void
expect_failure(void **state, const char *offer, const char *region,
    int number, enum protocol protocol, bool ssl, int status,
    const char *message)
{
	struct problem problem = { EX_OK, "" };
	struct answer answer;

	assert_int_equal(run(state, offer, region, number, protocol, ssl,
	    &answer, &problem), status);
	assert_null(answer.records);
	assert_string_equal(problem.message, message);
}

static void
test_mxplan(void **state)
{
	expect_server(state, NULL, NULL, 0, PROTOCOL_IMAP, true,
	    "ssl0.ovh.net", 993, SECURITY_SSL);
	expect_server(state, NULL, NULL, 0, PROTOCOL_IMAP, false,
	    "ssl0.ovh.net", 143, SECURITY_NONE);
	expect_server(state, NULL, NULL, 0, PROTOCOL_POP3, true,
	    "ssl0.ovh.net", 995, SECURITY_SSL);
	expect_server(state, NULL, NULL, 0, PROTOCOL_POP3, false,
	    "ssl0.ovh.net", 110, SECURITY_NONE);
	expect_server(state, "mxplan", "eu", 0, PROTOCOL_SMTP, true,
	    "ssl0.ovh.net", 465, SECURITY_SSL);
	expect_server(state, "mxplan", "eu", 0, PROTOCOL_SMTP, false,
	    "ssl0.ovh.net", 587, SECURITY_STARTTLS);
}

static void
test_mxplan_ca_apac(void **state)
{
	static const char *const regions[] = { "ca", "apac" };
	size_t i;

	for (i = 0; i < 2; i++) {
		expect_server(state, NULL, regions[i], 0, PROTOCOL_IMAP, true,
		    "imap.mail.ovh.ca", 993, SECURITY_SSL);
		expect_server(state, NULL, regions[i], 0, PROTOCOL_POP3, true,
		    "pop.mail.ovh.ca", 995, SECURITY_SSL);
		expect_server(state, NULL, regions[i], 0, PROTOCOL_SMTP, true,
		    "smtp.mail.ovh.ca", 465, SECURITY_SSL);
		expect_server(state, NULL, regions[i], 0, PROTOCOL_SMTP, false,
		    "smtp.mail.ovh.ca", 587, SECURITY_STARTTLS);
	}
	expect_failure(state, NULL, "ca", 0, PROTOCOL_IMAP, false,
	    EX_UNAVAILABLE, "imap: MX Plan, America has no entry without SSL "
	    "(try --ssl)");
}

static void
test_zimbra(void **state)
{
	expect_server(state, "zimbra", NULL, 0, PROTOCOL_IMAP, true,
	    "ssl0.ovh.net", 993, SECURITY_SSL);
	expect_server(state, "zimbra", "eu", 0, PROTOCOL_SMTP, false,
	    "ssl0.ovh.net", 587, SECURITY_STARTTLS);
	expect_failure(state, "zimbra", NULL, 0, PROTOCOL_POP3, false,
	    EX_UNAVAILABLE, "pop3: Zimbra, Europe has no entry without SSL "
	    "(try --ssl)");
	expect_failure(state, "zimbra", "ca", 0, PROTOCOL_IMAP, true,
	    EX_USAGE, "--region: Zimbra is not sold in region 'ca' (choose "
	    "eu)");
}

static void
test_numbered_offers(void **state)
{
	expect_server(state, "emailpro", NULL, 12, PROTOCOL_IMAP, true,
	    "pro12.mail.ovh.net", 993, SECURITY_SSL);
	expect_server(state, "emailpro", NULL, 1, PROTOCOL_POP3, true,
	    "pro1.mail.ovh.net", 995, SECURITY_SSL);
	expect_server(state, "emailpro", NULL, 999, PROTOCOL_SMTP, true,
	    "pro999.mail.ovh.net", 587, SECURITY_STARTTLS);
	expect_server(state, "exchange", NULL, 5, PROTOCOL_IMAP, true,
	    "ex5.mail.ovh.net", 993, SECURITY_SSL);
	expect_server(state, "exchange", NULL, 5, PROTOCOL_POP3, true,
	    "ex5.mail.ovh.net", 995, SECURITY_SSL);
	expect_server(state, "exchange", NULL, 5, PROTOCOL_SMTP, true,
	    "ex5.mail.ovh.net", 587, SECURITY_STARTTLS);
	expect_failure(state, "exchange", NULL, 5, PROTOCOL_SMTP, false,
	    EX_UNAVAILABLE, "smtp: Hosted Exchange, Europe has no entry "
	    "without SSL (try --ssl)");
}

/* Canada's Exchange has one fixed host: no number, and none wanted. */
static void
test_exchange_ca(void **state)
{
	expect_server(state, "exchange", "ca", 0, PROTOCOL_IMAP, true,
	    "ex.mail.ovh.ca", 993, SECURITY_SSL);
	expect_server(state, "exchange", "ca", 0, PROTOCOL_SMTP, true,
	    "ex.mail.ovh.ca", 587, SECURITY_STARTTLS);
	expect_failure(state, "exchange", "ca", 3, PROTOCOL_IMAP, true,
	    EX_USAGE, "--server: Hosted Exchange servers in region ca are "
	    "not numbered");
	expect_failure(state, "exchange", "apac", 3, PROTOCOL_IMAP, true,
	    EX_USAGE, "--region: Hosted Exchange is not sold in region "
	    "'apac' (choose eu, ca)");
}

static void
test_usage_errors(void **state)
{
	expect_failure(state, "emailpro", NULL, 0, PROTOCOL_IMAP, true,
	    EX_USAGE, "emailpro: give --server N: the number N of "
	    "pro<N>.mail.ovh.net is shown in the OVHcloud Control Panel: "
	    "Email Pro > General information > Connection");
	expect_failure(state, NULL, NULL, 3, PROTOCOL_IMAP, true, EX_USAGE,
	    "--server: MX Plan servers are not numbered");
	expect_failure(state, "gmail", NULL, 0, PROTOCOL_IMAP, true, EX_USAGE,
	    "--offer: unknown offer 'gmail' (choose mxplan, zimbra, "
	    "emailpro, exchange)");
	expect_failure(state, NULL, "us", 0, PROTOCOL_IMAP, true, EX_USAGE,
	    "--region: unknown region 'us' (choose eu, ca, apac)");
	expect_failure(state, "emailpro", "ca", 2, PROTOCOL_IMAP, true,
	    EX_USAGE, "--region: Email Pro is not sold in region 'ca' "
	    "(choose eu)");
}

static void
test_whole_table(void **state)
{
	struct problem problem = { EX_OK, "" };
	struct answer answer;

	assert_int_equal(run(state, NULL, NULL, 0, PROTOCOL_ANY, true,
	    &answer, &problem), EX_OK);
	assert_int_equal(answer.count, 6);
	assert_string_equal(answer.region->id, "eu");
	answer_free(&answer);
	assert_int_equal(run(state, NULL, "ca", 0, PROTOCOL_ANY, false,
	    &answer, &problem), EX_OK);
	assert_int_equal(answer.count, 4);
	answer_free(&answer);
	assert_int_equal(run(state, "emailpro", NULL, 4, PROTOCOL_ANY, true,
	    &answer, &problem), EX_OK);
	assert_int_equal(answer.count, 3);
	assert_string_equal(answer.region->id, "eu");
	answer_free(&answer);
}

static void
test_username_is_the_address(void **state)
{
	struct query query = { NULL, NULL, 0, PROTOCOL_IMAP, true,
		"jan@example.nl", false, -1 };
	struct problem problem = { EX_OK, "" };
	struct answer answer;

	assert_int_equal(lookup(*state, &query, &answer, &problem), EX_OK);
	assert_string_equal(answer.records[0].username, "jan@example.nl");
	answer_free(&answer);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mxplan),
		cmocka_unit_test(test_mxplan_ca_apac),
		cmocka_unit_test(test_zimbra),
		cmocka_unit_test(test_exchange_ca),
		cmocka_unit_test(test_numbered_offers),
		cmocka_unit_test(test_usage_errors),
		cmocka_unit_test(test_whole_table),
		cmocka_unit_test(test_username_is_the_address),
	};

	return cmocka_run_group_tests(tests, setup_shipped,
	    teardown_shipped);
}
