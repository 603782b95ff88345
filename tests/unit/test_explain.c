/* Matching a server's error text against the known errors. */
#include "unit.h"
#include "explain.h"

static void
test_matches(void **state)
{
	static const char *const texts[] = {
		"553",
		"553 sorry, that domain isn't allowed to be relayed thru this "
		    "MTA (#5.7.1)",
		"Server said: 553 5.7.1",
		"SORRY, THAT DOMAIN ISN'T ALLOWED TO BE RELAYED THRU THIS MTA",
		"(553)",
	};
	const struct known_error *error;
	size_t i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		if ((error = explain(*state, texts[i])) == NULL)
			fail_msg("no match for \"%s\"", texts[i]);
		assert_string_equal(error->id, "smtp-553-relay");
	}
}

static void
test_no_match(void **state)
{
	assert_null(explain(*state, "15530"));
	assert_null(explain(*state, "5531 other"));
	assert_null(explain(*state, "550 mailbox unavailable"));
	assert_null(explain(*state, ""));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_matches),
		cmocka_unit_test(test_no_match),
	};

	return cmocka_run_group_tests(tests, setup_shipped,
	    teardown_shipped);
}
