/*
 * Loopback peers for the check tests, each the kind of server a user may
 * meet when a setup goes wrong.  Every peer listens on 127.0.0.1 only and
 * exits by itself after LIFETIME seconds.
 *
 *	peer silent PORT		accepts, then says nothing
 *	peer say PORT TEXT		sends TEXT (\r and \n understood)
 *	peer tls PORT CERT KEY TEXT	TLS with that certificate, then TEXT
 *	peer blackhole PORT		never accepts; its queue is kept full,
 *					so connects time out as on a
 *					filtered port
 *	peer wait PORT...		exits 0 once every port accepts
 */
#include <netinet/in.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#define LIFETIME	120	/* seconds */
#define HOLD_MS		30000	/* how long a connection is held open */

static int	port_number(const char *);

static struct sockaddr_in
loopback(int port)
{
	struct sockaddr_in sa;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((unsigned short)port);
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return sa;
}

static int
listen_on(int port, int backlog)
{
	struct sockaddr_in sa = loopback(port);
	int s = socket(AF_INET, SOCK_STREAM, 0), one = 1;

	if (s < 0 || setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one,
	    sizeof(one)) != 0 || bind(s, (struct sockaddr *)&sa,
	    sizeof(sa)) != 0 || listen(s, backlog) != 0) {
		fprintf(stderr, "peer: port %d: %s\n", port, strerror(errno));
		exit(1);
	}
	return s;
}

static int
connect_to(int port)
{
	struct sockaddr_in sa = loopback(port);
	int s = socket(AF_INET, SOCK_STREAM, 0);

	if (s >= 0 && connect(s, (struct sockaddr *)&sa, sizeof(sa)) == 0)
		return s;
	if (s >= 0)
		close(s);
	return -1;
}

/* "\r\n" in an argument stands for CR LF. */
static void
unescape(char *text)
{
	char *in = text, *out = text;

	for (; *in != '\0'; in++) {
		if (in[0] == '\\' && (in[1] == 'r' || in[1] == 'n')) {
			*out++ = in[1] == 'r' ? '\r' : '\n';
			in++;
		} else
			*out++ = *in;
	}
	*out = '\0';
}

/* Keeps the connection until the client leaves or HOLD_MS pass. */
static void
hold(int fd, SSL *ssl)
{
	struct pollfd pfd = { fd, POLLIN, 0 };
	char buffer[512];

	while (poll(&pfd, 1, HOLD_MS) > 0) {
		if (ssl != NULL ? SSL_read(ssl, buffer, sizeof(buffer)) <= 0 :
		    read(fd, buffer, sizeof(buffer)) <= 0)
			break;
	}
}

static void
serve(int listener, SSL_CTX *ctx, const char *text)
{
	SSL *ssl = NULL;
	int fd;

	for (;;) {
		if ((fd = accept(listener, NULL, NULL)) < 0)
			continue;
		if (ctx != NULL) {
			ssl = SSL_new(ctx);
			SSL_set_fd(ssl, fd);
			if (SSL_accept(ssl) != 1) {
				SSL_free(ssl);
				close(fd);
				continue;
			}
		}
		if (text != NULL) {
			if (ssl != NULL)
				SSL_write(ssl, text, (int)strlen(text));
			else if (write(fd, text, strlen(text)) < 0)
				perror("peer: write");
		}
		hold(fd, ssl);
		if (ssl != NULL) {
			SSL_shutdown(ssl);
			SSL_free(ssl);
			ssl = NULL;
		}
		close(fd);
	}
}

static SSL_CTX *
tls_server(const char *cert, const char *key)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());

	if (ctx == NULL || SSL_CTX_use_certificate_chain_file(ctx, cert) != 1 ||
	    SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1) {
		ERR_print_errors_fp(stderr);
		exit(1);
	}
	return ctx;
}

/* Fills the accept queue so that the kernel drops further SYNs. */
static void
blackhole(int port)
{
	int listener = listen_on(port, 0);
	int i;

	(void)listener;
	for (i = 0; i < 4; i++) {
		struct sockaddr_in sa = loopback(port);
		int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);

		if (s >= 0)
			(void)connect(s, (struct sockaddr *)&sa, sizeof(sa));
	}
	for (;;)
		pause();
}

static int
wait_for(int argc, char *argv[])
{
	struct timespec pause_time = { 0, 100000000L };
	int i, tries, fd;

	for (i = 0; i < argc; i++) {
		for (tries = 0; tries < 200; tries++) {
			if ((fd = connect_to(port_number(argv[i]))) >= 0) {
				close(fd);
				break;
			}
			nanosleep(&pause_time, NULL);
		}
		if (tries == 200) {
			fprintf(stderr, "peer: nothing listens on %s\n",
			    argv[i]);
			return 1;
		}
	}
	return 0;
}

static int
port_number(const char *text)
{
	char *end;
	long port = strtol(text, &end, 10);

	if (*text == '\0' || *end != '\0' || port < 1 || port > 65535) {
		fprintf(stderr, "peer: '%s' is not a port\n", text);
		exit(2);
	}
	return (int)port;
}

static int
usage(void)
{
	fputs("usage: peer silent PORT | say PORT TEXT | "
	    "tls PORT CERT KEY TEXT | blackhole PORT | wait PORT...\n", stderr);
	return 2;
}

int
main(int argc, char *argv[])
{
	if (argc < 3)
		return usage();
	if (strcmp(argv[1], "wait") == 0)
		return wait_for(argc - 2, argv + 2);
	alarm(LIFETIME);
	/* A client that hangs up first must not end the peer for the next. */
	signal(SIGPIPE, SIG_IGN);
	if (strcmp(argv[1], "silent") == 0 && argc == 3)
		serve(listen_on(port_number(argv[2]), 8), NULL, NULL);
	else if (strcmp(argv[1], "say") == 0 && argc == 4) {
		unescape(argv[3]);
		serve(listen_on(port_number(argv[2]), 8), NULL, argv[3]);
	} else if (strcmp(argv[1], "tls") == 0 && argc == 6) {
		unescape(argv[5]);
		serve(listen_on(port_number(argv[2]), 8), tls_server(argv[3],
		    argv[4]), argv[5]);
	} else if (strcmp(argv[1], "blackhole") == 0 && argc == 3)
		blackhole(port_number(argv[2]));
	return usage();
}
