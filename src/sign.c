/*
 * export mobileconfig --sign in ovhmail-check: the profile in a CMS
 * signed-data envelope (DER, content attached, the signer's certificate
 * and the --chain certificates inside), which iOS and macOS show as
 * verified when the chain leads to a CA they trust.  It is what
 * "openssl smime -sign -nodetach -binary -outform der" writes.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "cli.h"
#include "commands.h"
#include "export.h"
#include "infile.h"
#include "secret.h"
#include "sign.h"

/* More than any real chain, fewer than a mistaken bundle of every CA. */
#define MAX_CHAIN	16

/* A certificate or key file: PEM is text, and none is this large. */
#define PEM_MAX_BYTES	(1024UL * 1024)

/* A PEM file read whole through infile_read(), so that a FIFO cannot block. */
struct pem {
	char	*text;
	size_t	 length;
	BIO	*bio;
};

static int
pem_open(struct pem *pem, const char *path, struct problem *problem)
{
	memset(pem, 0, sizeof(*pem));
	if (infile_read(path, INFILE_FILE, PEM_MAX_BYTES, &pem->text,
	    &pem->length, problem) != EX_OK)
		return problem->status;
	if ((pem->bio = BIO_new_mem_buf(pem->text, (int)pem->length)) == NULL)
		return problem_set(problem, EX_OSERR, path, "out of memory");
	return EX_OK;
}

/* The text may be a private key: it is wiped before it is freed. */
static void
pem_close(struct pem *pem)
{
	BIO_free(pem->bio);
	if (pem->text != NULL)
		secret_wipe(pem->text, pem->length);
	free(pem->text);
}

static X509 *
read_certificate(const char *path, struct problem *problem)
{
	X509 *cert = NULL;
	struct pem pem;

	if (pem_open(&pem, path, problem) == EX_OK &&
	    (cert = PEM_read_bio_X509(pem.bio, NULL, NULL, NULL)) == NULL)
		problem_set(problem, EX_DATAERR, path,
		    "not a PEM certificate");
	pem_close(&pem);
	return cert;
}

/* No passphrase is asked for: an encrypted key is refused. */
static int
refuse_passphrase(char *buffer, int size, int writing, void *encrypted)
{
	(void)buffer;
	(void)size;
	(void)writing;
	*(bool *)encrypted = true;
	return -1;
}

static EVP_PKEY *
read_key(const char *path, X509 *cert, const char *cert_path,
    struct problem *problem)
{
	bool encrypted = false;
	EVP_PKEY *key = NULL;
	struct pem pem;

	if (pem_open(&pem, path, problem) == EX_OK)
		key = PEM_read_bio_PrivateKey(pem.bio, NULL, refuse_passphrase,
		    &encrypted);
	pem_close(&pem);
	if (problem->status != EX_OK)
		return NULL;
	if (key == NULL && encrypted)
		problem_set(problem, EX_DATAERR, path, "the key is encrypted, "
		    "and ovhmail asks no passphrase: decrypt a copy (openssl "
		    "pkey -in KEY -out FILE) and keep it private");
	else if (key == NULL)
		problem_set(problem, EX_DATAERR, path,
		    "not a PEM private key");
	else if (X509_check_private_key(cert, key) != 1) {
		problem_set(problem, EX_DATAERR, path, "the key does not "
		    "match the certificate %s", cert_path);
		EVP_PKEY_free(key);
		key = NULL;
	}
	return key;
}

/* Whether CERT is the signer's or one the chain has already. */
static bool
is_repeated(X509 *cert, X509 *signer, STACK_OF(X509) *chain)
{
	int i;

	if (X509_cmp(cert, signer) == 0)
		return true;
	for (i = 0; i < sk_X509_num(chain); i++)
		if (X509_cmp(cert, sk_X509_value(chain, i)) == 0)
			return true;
	return false;
}

/*
 * Every certificate in the file, in order; at least one.  The signer's
 * own certificate and repeats are left out, as certbot's fullchain.pem
 * holds the signer first: CMS_sign() fails on a repeat.
 */
static int
read_chain(const char *path, X509 *signer, STACK_OF(X509) *chain,
    struct problem *problem)
{
	int found = 0;

	struct pem pem;
	X509 *cert;

	if (path == NULL)
		return EX_OK;
	if (pem_open(&pem, path, problem) != EX_OK) {
		pem_close(&pem);
		return problem->status;
	}
	while ((cert = PEM_read_bio_X509(pem.bio, NULL, NULL, NULL)) != NULL) {
		found++;
		if (is_repeated(cert, signer, chain)) {
			X509_free(cert);
			continue;
		}
		if (sk_X509_num(chain) == MAX_CHAIN ||
		    !sk_X509_push(chain, cert)) {
			X509_free(cert);
			problem_set(problem, EX_DATAERR, path, "more than %d "
			    "certificates in the chain file", MAX_CHAIN);
			break;
		}
	}
	pem_close(&pem);
	if (problem->status == EX_OK && found == 0)
		problem_set(problem, EX_DATAERR, path,
		    "no PEM certificate in the chain file");
	ERR_clear_error();
	return problem->status;
}

/* The envelope around TEXT, as DER, in a buffer of its own. */
static int
envelope(const char *text, size_t length, X509 *cert, EVP_PKEY *key,
    STACK_OF(X509) *chain, char **der, size_t *der_length,
    struct problem *problem)
{
	BIO *in = BIO_new_mem_buf(text, (int)length);
	BIO *out = BIO_new(BIO_s_mem());
	CMS_ContentInfo *cms = NULL;
	char *bytes;
	long n;

	if (in != NULL && out != NULL &&
	    (cms = CMS_sign(cert, key, chain, in, CMS_BINARY)) != NULL &&
	    i2d_CMS_bio(out, cms) == 1 &&
	    (n = BIO_get_mem_data(out, &bytes)) > 0 &&
	    (*der = malloc((size_t)n)) != NULL) {
		memcpy(*der, bytes, (size_t)n);
		*der_length = (size_t)n;
	} else
		problem_set(problem, EX_SOFTWARE, "--sign",
		    "cannot sign the profile: %s",
		    ERR_reason_error_string(ERR_peek_last_error()) != NULL ?
		    ERR_reason_error_string(ERR_peek_last_error()) :
		    "out of memory");
	CMS_ContentInfo_free(cms);
	BIO_free(in);
	BIO_free(out);
	return problem->status;
}

int
sign_profile(const char *text, size_t length,
    const struct export_signer *signer, char **der, size_t *der_length,
    struct problem *problem)
{
	STACK_OF(X509) *chain;
	EVP_PKEY *key = NULL;
	X509 *cert;

	/* A BIO's length is an int. */
	if (length > (size_t)0x7fffffff ||
	    (chain = sk_X509_new_null()) == NULL)
		return problem_set(problem, EX_SOFTWARE, "--sign",
		    "out of memory");
	if ((cert = read_certificate(signer->cert, problem)) != NULL &&
	    (key = read_key(signer->key, cert, signer->cert,
	    problem)) != NULL &&
	    read_chain(signer->chain, cert, chain, problem) == EX_OK)
		envelope(text, length, cert, key, chain, der, der_length,
		    problem);
	sk_X509_pop_free(chain, X509_free);
	EVP_PKEY_free(key);
	X509_free(cert);
	return problem->status;
}

int
export_signed(const struct options *options,
    const struct export_format *format, const struct dataset *data,
    struct export_request *request, struct problem *problem)
{
	request->seal = sign_profile;
	return export_run(format, data, &options->query, request, problem);
}
