/* Finding failures in a text and matching them to the known errors. */
#include "unit.h"
#include "explain.h"

static int
setup(void **state)
{
	struct problem problem = { EX_OK, "" };
	struct error_book *book = NULL;

	if (errors_load("data/errors.json", &book, &problem) != EX_OK)
		fail_msg("%s", problem.message);
	*state = book;
	return 0;
}

static int
teardown(void **state)
{
	errors_free(*state);
	return 0;
}

/* The ids of what TEXT explains, "generic" for none, comma-separated. */
static const char *
ids(const struct error_book *book, const char *text, char *buffer,
    size_t size)
{
	static struct explanation found;
	size_t i;

	explain(book, text, strlen(text), &found);
	buffer[0] = '\0';
	for (i = 0; i < found.count; i++)
		problem_list_append(buffer, size, found.findings[i].error ?
		    found.findings[i].error->id : "generic");
	return buffer;
}

static void
test_text_decides(void **state)
{
	char b[512];

	assert_string_equal(ids(*state, "553 sorry, that domain isn't allowed "
	    "to be relayed thru this MTA (#5.7.1)", b, sizeof(b)),
	    "smtp-553-relay");
	assert_string_equal(ids(*state, "SORRY, THAT DOMAIN ISN'T ALLOWED TO "
	    "BE RELAYED THRU THIS MTA", b, sizeof(b)), "smtp-553-relay");
	assert_string_equal(ids(*state, "553 5.1.3 mailbox name not allowed",
	    b, sizeof(b)), "smtp-553-mailbox");
	assert_string_equal(ids(*state, "553 5.1.3 Bad recipient address "
	    "syntax", b, sizeof(b)), "generic");
	assert_string_equal(ids(*state, "550 5.7.1 Rejected by policy: From "
	    "header domain does not align with authenticated domain", b,
	    sizeof(b)), "cross-domain-from");
}

static void
test_bare_code_shows_each_meaning(void **state)
{
	char b[512];

	assert_string_equal(ids(*state, "553", b, sizeof(b)),
	    "smtp-553-mailbox, smtp-553-relay");
	assert_string_equal(ids(*state, "(553)", b, sizeof(b)),
	    "smtp-553-mailbox, smtp-553-relay");
	assert_string_equal(ids(*state, "552", b, sizeof(b)),
	    "smtp-552, smtp-552-size");
}

static void
test_generic_and_nothing(void **state)
{
	struct finding f = { "550", "5.1.1", "", NULL };
	char b[512];

	assert_string_equal(ids(*state, "250 2.0.0 Ok", b, sizeof(b)),
	    "generic");
	assert_string_equal(ids(*state, "15530", b, sizeof(b)), "");
	assert_string_equal(ids(*state, "5531 other", b, sizeof(b)), "");
	assert_string_equal(ids(*state, "", b, sizeof(b)), "");
	explain_generic(*state, &f, false, b, sizeof(b));
	assert_string_equal(b, "550: Requested action not taken: mailbox "
	    "unavailable (not found, no access, or refused for policy "
	    "reasons). 5.1.1: Permanent failure, addressing status: bad "
	    "destination mailbox address.");
}

/* A log: success lines are no failure, each failure counts once. */
static void
test_log_lines(void **state)
{
	char b[512];

	assert_string_equal(ids(*state, "S: 250 OK\nS: 550 5.1.1 no\n"
	    "S: 550 5.1.1 no\n", b, sizeof(b)), "generic");
	assert_string_equal(ids(*state, "a\nfoo postfix/smtp[553]: size=553 "
	    "12:55:30 10.0.0.553\n", b, sizeof(b)), "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_decides),
		cmocka_unit_test(test_bare_code_shows_each_meaning),
		cmocka_unit_test(test_generic_and_nothing),
		cmocka_unit_test(test_log_lines),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
