/*
 * SPF syntax (RFC 7208 12) and the lookup count, DMARC syntax (RFC 7489),
 * and what --resolver takes.
 */
#include "unit.h"
#include "dmarc.h"
#include "dns_query.h"
#include "spf.h"

static void
test_good_records(void **state)
{
	static const char *const good[] = {
		"v=spf1",
		"v=spf1 include:mx.ovh.com ~all",
		"V=SPF1 Include:MX.OVH.COM -ALL ",
		"v=spf1  a mx a/24 mx//64 a:%{d}.example/26//48 ptr ?all",
		"v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 ip4:198.51.100.7 -all",
		"v=spf1 exists:%{ir}.%{l1r-}.example.com redirect=_spf.example.com",
		"v=spf1 include:mx.ovh.com. ~all",
		"v=spf1 -all exp=explain._spf.%{d} moo=cow",
	};
	struct spf_record spf;
	const char *why;
	char term[64];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		if (spf_parse(good[i], strlen(good[i]), &spf, &why, term,
		    sizeof(term)) != 0)
			fail_msg("%s: '%s' %s", good[i], term, why);
		spf_free(&spf);
	}
}

static void
test_bad_records(void **state)
{
	static const struct {
		const char *record, *term, *why;
	} bad[] = {
		{ "v=spf10 a", "", "does not start with v=spf1" },
		{ "spf1 a", "", "does not start with v=spf1" },
		{ "v=spf1 include mx.ovh.com ~all", "include",
		    "needs ':' and a domain" },
		{ "v=spf1 include:mx.ovh.com ~al", "~al",
		    "is not an SPF mechanism" },
		{ "v=spf1 include:", "include:", "needs ':' and a domain" },
		{ "v=spf1 include:localhost", "include:localhost",
		    "needs ':' and a domain" },
		{ "v=spf1 include:a..b", "include:a..b",
		    "needs ':' and a domain" },
		{ "v=spf1 include:a.b/24", "include:a.b/24",
		    "needs ':' and a domain" },
		{ "v=spf1 ip4:192.0.2.0/33", "ip4:192.0.2.0/33",
		    "needs ':' and an IP address, with an optional /length" },
		{ "v=spf1 ip4:2001:db8::1", "ip4:2001:db8::1",
		    "needs ':' and an IP address, with an optional /length" },
		{ "v=spf1 a/024", "a/024", "has a bad /length" },
		{ "v=spf1 all:x", "all:x", "'all' takes no value" },
		{ "v=spf1 ~redirect=a.example", "~redirect=a.example",
		    "a modifier takes no qualifier" },
		{ "v=spf1 redirect=a.example redirect=b.example",
		    "redirect=b.example", "may appear only once" },
		{ "v=spf1 exists:%{x}.example", "exists:%{x}.example",
		    "needs ':' and a domain" },
		{ "v=spf1 1x=y", "1x=y", "is not an SPF term" },
	};
	struct spf_record spf;
	const char *why;
	char term[64];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (spf_parse(bad[i].record, strlen(bad[i].record), &spf,
		    &why, term, sizeof(term)) == 0)
			fail_msg("%s: accepted", bad[i].record);
		assert_string_equal(why, bad[i].why);
		assert_string_equal(term, bad[i].term);
		spf_free(&spf);
	}
}

static void
test_too_many_terms(void **state)
{
	char record[8 + 3 * (SPF_MAX_TERMS + 1)];
	struct spf_record spf;
	const char *why;
	int i;

	(void)state;
	strcpy(record, "v=spf1");
	for (i = 0; i <= SPF_MAX_TERMS; i++)
		strcat(record, " mx");
	assert_int_equal(spf_parse(record, strlen(record), &spf, &why, NULL,
	    0), -1);
	assert_string_equal(why, "one term too many");
	spf_free(&spf);
}

/* Each domain's record includes the next: u.example, v.example, ... */
static int
fetch_chain(void *context, const char *domain, char **record)
{
	char text[64];

	(void)context;
	if (strcmp(domain, "none.example") == 0)
		return 1;
	if (domain[0] == 'z')
		snprintf(text, sizeof(text), "v=spf1 -all");
	else
		snprintf(text, sizeof(text), "v=spf1 a include:%c.example ~all",
		    domain[0] + 1);
	*record = strdup(text);
	return *record == NULL ? -1 : 0;
}

static void
count(const char *record, struct spf_count *result)
{
	struct spf_record spf;
	const char *why;

	assert_int_equal(spf_parse(record, strlen(record), &spf, &why, NULL,
	    0), 0);
	spf_count_lookups(&spf, fetch_chain, NULL, result);
	spf_free(&spf);
}

static void
test_lookup_count(void **state)
{
	struct spf_count result;

	(void)state;
	count("v=spf1 ip4:192.0.2.1 -all", &result);
	assert_int_equal(result.lookups, 0);
	count("v=spf1 a mx ptr exists:x.example -all", &result);
	assert_int_equal(result.lookups, 4);
	assert_false(result.over);
	/* Each record of the chain costs two: its a and its include. */
	count("v=spf1 include:v.example -all", &result);
	assert_int_equal(result.lookups, 9);	/* v to z, and four a */
	assert_false(result.over);
	count("v=spf1 mx include:u.example -all", &result);
	assert_true(result.over);
	assert_int_equal(result.lookups, SPF_MAX_LOOKUPS + 1);
	/* redirect is ignored beside all (RFC 7208 6.1). */
	count("v=spf1 redirect=a.example -all", &result);
	assert_int_equal(result.lookups, 0);
	count("v=spf1 include:none.example", &result);
	assert_true(result.failed);
	assert_string_equal(result.failed_domain, "none.example");
	assert_int_equal(result.failed_why, 1);
	/* A macro is expanded per sender: counted, not followed. */
	count("v=spf1 include:%{d}.example", &result);
	assert_int_equal(result.lookups, 1);
}

static void
test_resolver_addresses(void **state)
{
	(void)state;
	assert_true(dns_resolver_address_ok("192.0.2.1"));
	assert_true(dns_resolver_address_ok("127.0.0.1:12053"));
	assert_true(dns_resolver_address_ok("2001:db8::53"));
	assert_true(dns_resolver_address_ok("[2001:db8::53]:5353"));
	assert_true(dns_resolver_address_ok("[::1]"));
	assert_false(dns_resolver_address_ok("ns.example.com"));
	assert_false(dns_resolver_address_ok("192.0.2.1:0"));
	assert_false(dns_resolver_address_ok("192.0.2.1:65536"));
	assert_false(dns_resolver_address_ok("192.0.2.1:"));
	assert_false(dns_resolver_address_ok("[2001:db8::53]5353"));
	assert_false(dns_resolver_address_ok("[192.0.2.1]:53"));
	assert_false(dns_resolver_address_ok(""));
}

static void
test_dmarc(void **state)
{
	static const struct {
		const char *record, *why, *policy;
	} cases[] = {
		{ "v=DMARC1; p=none", NULL, "none" },
		{ "v=DMARC1;p=reject;pct=100;rua=mailto:a@b.example", NULL,
		    "reject" },
		{ "v=DMARC1 ; p = quarantine ; sp=none;", NULL, "quarantine" },
		{ "v=DMARC1; p=maybe", "p= must be none, quarantine or reject",
		    "" },
		{ "v=DMARC1; rua=mailto:a@b.example", "has no p= policy", "" },
		{ "v=DMARC1; p=none; pct=101",
		    "pct= must be a number from 0 to 100", "none" },
		{ "v=DMARC1; p=none; junk", "holds a part that is not tag=value",
		    "none" },
		{ "v=DMARC1; p=none; v=DMARC1", "v= may only come first",
		    "none" },
		{ "v=dmarc1; p=none", "does not start with v=DMARC1", "" },
		{ "v=DMARC10; p=none", "does not start with v=DMARC1", "" },
	};
	const char *why;
	char policy[16];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		why = dmarc_problem(cases[i].record, strlen(cases[i].record),
		    policy, sizeof(policy));
		if (cases[i].why == NULL && why != NULL)
			fail_msg("%s: %s", cases[i].record, why);
		if (cases[i].why != NULL)
			assert_string_equal(why != NULL ? why : "(none)",
			    cases[i].why);
		assert_string_equal(policy, cases[i].policy);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_records),
		cmocka_unit_test(test_bad_records),
		cmocka_unit_test(test_too_many_terms),
		cmocka_unit_test(test_lookup_count),
		cmocka_unit_test(test_resolver_addresses),
		cmocka_unit_test(test_dmarc),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
