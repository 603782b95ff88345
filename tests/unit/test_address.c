/* What --email and --domain accept. */
#include "unit.h"
#include "address.h"

static void
test_good_addresses(void **state)
{
	static const char *const good[] = {
		"jan@example.nl",
		"first.last+tag@sub.example.co.uk",
		"a&b@example.com",
		"o'brien@example.ie",
		"\"a<b>c\"@example.com",
		"\"with \\\" quote\"@example.com",
		"j\xc3\xb6rg@b\xc3\xbc" "cher.de",
		"x@xn--bcher-kva.de",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		if (address_problem(good[i]) != NULL)
			fail_msg("%s: %s", good[i], address_problem(good[i]));
}

static void
test_bad_addresses(void **state)
{
	static const struct {
		const char *address, *why;
	} bad[] = {
		{ "jan", "no '@'" },
		{ "@example.nl", "nothing before the '@'" },
		{ "jan@", "nothing after the '@'" },
		{ "jan@localhost", "the domain needs at least one '.'" },
		{ "jan..de@example.nl", "the part before '@' has '..'" },
		{ ".jan@example.nl",
		    "the part before '@' starts or ends with '.'" },
		{ "j an@example.nl",
		    "the part before '@' holds a character that needs quoting" },
		{ "a<b@example.nl",
		    "the part before '@' holds a character that needs quoting" },
		{ "\"open@example.nl",
		    "the quoted part before '@' is not closed" },
		{ "jan@-example.nl",
		    "a label of the domain starts or ends with '-'" },
		{ "jan@exa_mple.nl",
		    "the domain may hold only letters, digits, '-' and '.'" },
		{ "jan@example..nl", "the domain has an empty label" },
		{ "jan@ex&mple.nl",
		    "the domain may hold only letters, digits, '-' and '.'" },
		{ "j\xc3@example.nl", "not valid UTF-8" },
	};
	size_t i;
	const char *why;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		why = address_problem(bad[i].address);
		if (why == NULL || strcmp(why, bad[i].why) != 0)
			fail_msg("%s: got \"%s\", want \"%s\"",
			    bad[i].address, why ? why : "(accepted)",
			    bad[i].why);
	}
}

static void
test_lengths(void **state)
{
	char address[300];

	(void)state;
	memset(address, 'a', 65);
	strcpy(address + 65, "@example.nl");
	assert_string_equal(address_problem(address),
	    "the part before '@' is longer than 64 bytes");
	memset(address, 'a', 64);
	strcpy(address + 64, "@example.nl");
	assert_null(address_problem(address));
	memset(address, 'a', 260);
	address[260] = '\0';
	assert_string_equal(address_problem(address), "longer than 254 bytes");
}

static void
test_domains(void **state)
{
	(void)state;
	assert_null(domain_problem("example.nl"));
	assert_null(domain_problem("m\xc3\xbcller.de"));
	assert_string_equal(domain_problem(""), "the domain is empty");
	assert_string_equal(domain_problem("example.nl."),
	    "the domain has an empty label");
	assert_string_equal(domain_problem("a b.nl"),
	    "the domain may hold only letters, digits, '-' and '.'");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_addresses),
		cmocka_unit_test(test_bad_addresses),
		cmocka_unit_test(test_lengths),
		cmocka_unit_test(test_domains),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
