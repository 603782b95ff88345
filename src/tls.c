/* TLS for check: the trusted certificates, contexts and what a peer showed. */
#include <arpa/inet.h>
#include <malloc.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sysexits.h>
#include <time.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include "i18n.h"
#include "infile.h"
#include "secret.h"
#include "tls.h"

#define SECONDS_PER_DAY	86400

static void *
plain_malloc(size_t size, const char *file, int line)
{
	(void)file;
	(void)line;
	return malloc(size);
}

static void
wiping_free(void *area, const char *file, int line)
{
	(void)file;
	(void)line;
	if (area != NULL)
		secret_wipe(area, malloc_usable_size(area));
	free(area);
}

/* realloc(3) would free the old block unwiped: a copy is made instead. */
static void *
wiping_realloc(void *area, size_t size, const char *file, int line)
{
	size_t old;
	void *moved;

	if (area == NULL)
		return malloc(size);
	if (size == 0) {
		wiping_free(area, file, line);
		return NULL;
	}
	if ((moved = malloc(size)) == NULL)
		return NULL;
	old = malloc_usable_size(area);
	memcpy(moved, area, old < size ? old : size);
	wiping_free(area, file, line);
	return moved;
}

bool
tls_wipe_freed_memory(void)
{
	return CRYPTO_set_mem_functions(plain_malloc, wiping_realloc,
	    wiping_free) == 1;
}

/*
 * OpenSSL 3.0 finishes a store on first use: the index of its
 * certificates is sorted, and each certificate's extensions are decoded
 * and cached in it.  The check's threads share the store, so that is all
 * done here, before any of them starts, and from then on it is only read.
 */
static bool
store_finish(X509_STORE *store)
{
	STACK_OF(X509) *certs = X509_STORE_get1_all_certs(store);
	X509_STORE_CTX *lookup = X509_STORE_CTX_new();
	X509_OBJECT *found;
	bool ok = certs != NULL && lookup != NULL &&
	    X509_STORE_CTX_init(lookup, store, NULL, NULL);

	for (int i = 0; ok && i < sk_X509_num(certs); i++) {
		X509 *cert = sk_X509_value(certs, i);

		(void)X509_check_purpose(cert, -1, 0);
		found = X509_STORE_CTX_get_obj_by_subject(lookup, X509_LU_X509,
		    X509_get_subject_name(cert));
		X509_OBJECT_free(found);
	}
	X509_STORE_CTX_free(lookup);
	sk_X509_pop_free(certs, X509_free);
	return ok;
}

/* A bundle of every CA there is holds some 200 kB. */
#define CAFILE_MAX_BYTES	(16UL * 1024 * 1024)

/*
 * The certificates of --cafile, read through infile_read() rather than
 * by OpenSSL, which would wait for ever on a FIFO and read a device to
 * its end.
 */
static int
load_cafile(X509_STORE *store, const char *cafile, struct problem *problem)
{
	STACK_OF(X509_INFO) *infos = NULL;
	X509_INFO *info;
	BIO *bio = NULL;
	size_t length;
	char *text;
	int added = 0;

	if (infile_read(cafile, INFILE_FILE, CAFILE_MAX_BYTES, &text, &length,
	    problem) != EX_OK)
		return problem->status;
	if ((bio = BIO_new_mem_buf(text, (int)length)) != NULL)
		infos = PEM_X509_INFO_read_bio(bio, NULL, NULL, NULL);
	for (int i = 0; i < sk_X509_INFO_num(infos); i++) {
		info = sk_X509_INFO_value(infos, i);
		if (info->x509 != NULL && X509_STORE_add_cert(store,
		    info->x509) == 1)
			added++;
	}
	sk_X509_INFO_pop_free(infos, X509_INFO_free);
	BIO_free(bio);
	free(text);
	ERR_clear_error();
	if (added == 0)
		problem_set(problem, EX_DATAERR, cafile,
		    "cannot load the certificates to trust");
	return problem->status;
}

SSL_CTX *
tls_context(const char *cafile, struct problem *problem)
{
	SSL_CTX *ctx;

	if ((ctx = SSL_CTX_new(TLS_client_method())) == NULL) {
		problem_set(problem, EX_SOFTWARE, NULL, "cannot set up TLS");
		return NULL;
	}
	SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
	if (cafile != NULL) {
		if (load_cafile(SSL_CTX_get_cert_store(ctx), cafile,
		    problem) != EX_OK) {
			SSL_CTX_free(ctx);
			return NULL;
		}
	} else if (!SSL_CTX_set_default_verify_paths(ctx))
		problem_set(problem, EX_NOINPUT, "TLS",
		    "cannot load the certificates to trust");
	if (problem->status == EX_OK &&
	    !store_finish(SSL_CTX_get_cert_store(ctx)))
		problem_set(problem, EX_SOFTWARE, "TLS",
		    "cannot load the certificates to trust");
	if (problem->status != EX_OK) {
		SSL_CTX_free(ctx);
		return NULL;
	}
	return ctx;
}

static bool
is_ip(const char *host)
{
	unsigned char buffer[16];

	return inet_pton(AF_INET, host, buffer) == 1 ||
	    inet_pton(AF_INET6, host, buffer) == 1;
}

static void
name_text(X509_NAME *name, char *text, size_t size)
{
	BIO *bio = BIO_new(BIO_s_mem());
	int n = 0;

	text[0] = '\0';
	if (bio == NULL)
		return;
	if (X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253) >= 0)
		n = BIO_read(bio, text, (int)size - 1);
	text[n > 0 ? n : 0] = '\0';
	BIO_free(bio);
}

/*
 * Whole days from now until WHEN, rounded down: a certificate that
 * expired an hour ago has -1 days left, not 0, so that days_left < 0
 * says "expired" exactly.
 */
static long
days_until(const ASN1_TIME *when)
{
	long long seconds;
	int days, rest;

	if (!ASN1_TIME_diff(&days, &rest, NULL, when))
		return 0;
	seconds = (long long)days * SECONDS_PER_DAY + rest;
	if (seconds >= 0)
		return (long)(seconds / SECONDS_PER_DAY);
	return -(long)((-seconds + SECONDS_PER_DAY - 1) / SECONDS_PER_DAY);
}

static void
describe_expiry(X509 *cert, struct tls_info *info)
{
	const ASN1_TIME *not_after = X509_get0_notAfter(cert);
	struct tm tm;

	if (ASN1_TIME_to_tm(not_after, &tm)) {
		strftime(info->expires, sizeof(info->expires), "%Y-%m-%d",
		    &tm);
		strftime(info->not_after, sizeof(info->not_after),
		    "%Y-%m-%dT%H:%M:%SZ", &tm);
	}
	info->days_left = days_until(not_after);
	info->expired = X509_cmp_current_time(not_after) < 0;
}

static void
describe_certificate(SSL *ssl, const char *host, struct tls_info *info)
{
	X509 *cert = SSL_get0_peer_certificate(ssl);
	long result;

	if (cert == NULL) {
		snprintf(info->verify_error, sizeof(info->verify_error),
		    "the server sent no certificate");
		return;
	}
	name_text(X509_get_subject_name(cert), info->subject,
	    sizeof(info->subject));
	name_text(X509_get_issuer_name(cert), info->issuer,
	    sizeof(info->issuer));
	info->has_certificate = true;
	describe_expiry(cert, info);
	info->name_matches = is_ip(host) ?
	    X509_check_ip_asc(cert, host, 0) == 1 :
	    X509_check_host(cert, host, 0, 0, NULL) == 1;
	result = SSL_get_verify_result(ssl);
	info->verified = result == X509_V_OK;
	if (!info->verified)
		snprintf(info->verify_error, sizeof(info->verify_error), "%s",
		    X509_verify_cert_error_string(result));
}

/* OpenSSL's words when the peer's bytes are not a TLS record at all. */
static bool
looks_not_tls(unsigned long error)
{
	int reason = ERR_GET_REASON(error);

	return reason == SSL_R_WRONG_VERSION_NUMBER ||
	    reason == SSL_R_PACKET_LENGTH_TOO_LONG ||
	    reason == SSL_R_UNKNOWN_PROTOCOL ||
	    reason == SSL_R_RECORD_LENGTH_MISMATCH;
}

static enum tls_result
handshake(struct conn *conn, char *reason, size_t size)
{
	unsigned long error;
	int n, why;

	for (;;) {
		ERR_clear_error();
		if ((n = SSL_connect(conn->ssl)) == 1)
			return TLS_OK;
		why = SSL_get_error(conn->ssl, n);
		if (why == SSL_ERROR_WANT_READ || why == SSL_ERROR_WANT_WRITE) {
			if (!conn_wait(conn, why == SSL_ERROR_WANT_WRITE))
				return TLS_TIMEOUT;
			continue;
		}
		error = ERR_peek_last_error();
		if (error == 0) {
			snprintf(reason, size, "%s", _("the connection closed"));
			return TLS_CLOSED;
		}
		if (ERR_reason_error_string(error) != NULL)
			snprintf(reason, size, "%s",
			    ERR_reason_error_string(error));
		else
			ERR_error_string_n(error, reason, size);
		return looks_not_tls(error) ? TLS_NOT_TLS : TLS_FAILED;
	}
}

enum tls_result
tls_start(struct conn *conn, SSL_CTX *ctx, const char *host,
    struct tls_info *info, char *reason, size_t size)
{
	enum tls_result result;
	X509_VERIFY_PARAM *param;

	memset(info, 0, sizeof(*info));
	reason[0] = '\0';
	conn_discard(conn);
	if ((conn->ssl = SSL_new(ctx)) == NULL ||
	    !SSL_set_fd(conn->ssl, conn->fd)) {
		snprintf(reason, size, "%s", _("cannot set up TLS"));
		return TLS_FAILED;
	}
	SSL_set_verify(conn->ssl, SSL_VERIFY_NONE, NULL);
	param = SSL_get0_param(conn->ssl);
	if (is_ip(host))
		X509_VERIFY_PARAM_set1_ip_asc(param, host);
	else {
		SSL_set_tlsext_host_name(conn->ssl, host);
		X509_VERIFY_PARAM_set1_host(param, host, 0);
	}
	if ((result = handshake(conn, reason, size)) != TLS_OK)
		return result;
	snprintf(info->version, sizeof(info->version), "%s",
	    SSL_get_version(conn->ssl));
	snprintf(info->cipher, sizeof(info->cipher), "%s",
	    SSL_get_cipher_name(conn->ssl));
	describe_certificate(conn->ssl, host, info);
	return TLS_OK;
}
