/* The pieces export is built from: hashing, quoting, atomic output. */
#include <sys/stat.h>

#include "unit.h"
#include "output.h"
#include "password_command.h"
#include "punycode.h"
#include "quote.h"
#include "uuid.h"

static void
assert_sha1(const char *text, size_t length, const char *hex)
{
	uint8_t digest[SHA1_SIZE];
	char got[2 * SHA1_SIZE + 1];
	size_t i;

	sha1(text, length, digest);
	for (i = 0; i < SHA1_SIZE; i++)
		snprintf(got + 2 * i, 3, "%02x", digest[i]);
	assert_string_equal(got, hex);
}

/* FIPS 180-2 appendix A and the empty string. */
static void
test_sha1_vectors(void **state)
{
	static char million[1000000];

	(void)state;
	assert_sha1("", 0, "da39a3ee5e6b4b0d3255bfef95601890afd80709");
	assert_sha1("abc", 3, "a9993e364706816aba3e25717850c26c9cd0d89d");
	assert_sha1("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	    56, "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
	memset(million, 'a', sizeof(million));
	assert_sha1(million, sizeof(million),
	    "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

/* The same as Python's uuid.uuid5(uuid.NAMESPACE_URL, name). */
static void
test_uuid_v5(void **state)
{
	char text[UUID_TEXT_SIZE];

	(void)state;
	uuid_from_name("ovhmail:test", text);
	assert_string_equal(text, "A0EECC34-7E48-57E1-AD67-FA7DC6560BCD");
	uuid_from_name("http://www.example.com/", text);
	assert_int_equal(text[14], '5');
	assert_true(strchr("89AB", text[19]) != NULL);
}

static void
assert_expanded(const char *command, const char *email, const char *want)
{
	char *got = password_command_expand(command, email);

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

/* Every {email} becomes one shell word; nothing else is touched. */
static void
test_password_command(void **state)
{
	(void)state;
	assert_expanded(PASSWORD_COMMAND_DEFAULT, "jan@example.nl",
	    "secret-tool lookup ovhmail jan@example.nl");
	assert_expanded("pass show mail/{email} | head -n 1", "o'brien@x.ie",
	    "pass show mail/'o'\\''brien@x.ie' | head -n 1");
	assert_expanded("get {email} {email}", "a b@x.nl",
	    "get 'a b@x.nl' 'a b@x.nl'");
	assert_expanded("rbw get mail", "a@x.nl", "rbw get mail");
	assert_expanded("{email", "a@x.nl", "{email");
	assert_null(password_command_problem("pass show {email}"));
	assert_non_null(password_command_problem(""));
	assert_non_null(password_command_problem("pass\nrm -rf ~"));
	assert_non_null(password_command_problem("pass\tshow"));
}

static void
assert_ascii(const char *domain, const char *want)
{
	char ascii[256];

	assert_true(domain_to_ascii(domain, ascii, sizeof(ascii)));
	assert_string_equal(ascii, want);
}

/* Values from Python's idna and punycode codecs and RFC 3492. */
static void
test_punycode(void **state)
{
	char small[8];

	(void)state;
	assert_ascii("example.nl", "example.nl");
	assert_ascii("Example.NL", "example.nl");
	assert_ascii("b\xc3\xbc" "cher.de", "xn--bcher-kva.de");
	assert_ascii("m\xc3\xbcnchen.de", "xn--mnchen-3ya.de");
	assert_ascii("\xc3\xbc.example", "xn--tda.example");
	assert_ascii("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e.jp",
	    "xn--wgv71a119e.jp");
	assert_ascii("m\xc3\xbcnchen-stra\xc3\x9f" "e.example",
	    "xn--mnchen-strae-v9a90b.example");
	assert_false(domain_to_ascii("b\xc3\xbc" "cher.de", small,
	    sizeof(small)));
}

typedef void	quoter(FILE *, const char *);

static void
assert_quoted(quoter *quote, const char *text, const char *want)
{
	char *got = NULL;
	size_t length = 0;
	FILE *out = open_memstream(&got, &length);

	assert_non_null(out);
	quote(out, text);
	fclose(out);
	assert_string_equal(got, want);
	free(got);
}

static void
test_quoting(void **state)
{
	(void)state;
	assert_quoted(quote_shell, "jan@example.nl", "jan@example.nl");
	assert_quoted(quote_shell, "o'brien@x.ie", "'o'\\''brien@x.ie'");
	assert_quoted(quote_shell, "", "");
	assert_quoted(quote_shell, "a b$c", "'a b$c'");
	assert_quoted(quote_xml, "\"a<b&c>'\"", "&quot;a&lt;b&amp;c&gt;&apos;&quot;");
	assert_quoted(quote_xml, "j\xc3\xb6rg", "j\xc3\xb6rg");
	assert_quoted(quote_double, "a\"b\\c", "\"a\\\"b\\\\c\"");
	assert_quoted(quote_muttrc, "a`b$c\"", "\"a\\`b\\$c\\\"\"");
	assert_quoted(escape_muttrc, "'o'\\''b'", "'o'\\\\''b'");
	assert_quoted(quote_url_user, "o'brien@x.ie", "o%27brien%40x.ie");
	assert_quoted(quote_url_user, "j\xc3\xb6rg", "j%C3%B6rg");
}

static int
setup(void **state)
{
	*state = temp_file_new("file");
	return *state == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	temp_file_free(*state);
	return 0;
}

static void
test_output_replaces_whole(void **state)
{
	struct temp_file *f = *state;
	struct problem problem = { EX_OK, "" };
	struct stat st;
	char text[16] = "";
	FILE *fp;

	assert_int_equal(output_write(f->path, "old\n", 4, true, &problem),
	    EX_OK);
	assert_int_equal(output_write(f->path, "new\n", 4, true, &problem),
	    EX_OK);
	assert_non_null(fp = fopen(f->path, "r"));
	assert_non_null(fgets(text, sizeof(text), fp));
	fclose(fp);
	assert_string_equal(text, "new\n");
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
}

static void
test_output_failure_leaves_nothing(void **state)
{
	struct temp_file *f = *state;
	struct problem problem = { EX_OK, "" };
	char missing[160];

	assert_int_equal(mkdir(f->path, 0700), 0);
	assert_int_equal(output_write(f->path, "x", 1, false, &problem),
	    EX_CANTCREAT);
	assert_ends_with(problem.message, "/file: Is a directory");
	assert_int_equal(rmdir(f->path), 0);
	assert_int_equal(rmdir(f->dir), 0);	/* nothing left beside it */
	assert_int_equal(mkdir(f->dir, 0700), 0);
	snprintf(missing, sizeof(missing), "%s/no/file", f->dir);
	problem.status = EX_OK;
	assert_int_equal(output_write(missing, "x", 1, false, &problem),
	    EX_CANTCREAT);
}

#define CASE(f)	cmocka_unit_test_setup_teardown(f, setup, teardown)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sha1_vectors),
		cmocka_unit_test(test_uuid_v5),
		cmocka_unit_test(test_quoting),
		cmocka_unit_test(test_punycode),
		cmocka_unit_test(test_password_command),
		CASE(test_output_replaces_whole),
		CASE(test_output_failure_leaves_nothing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
