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
 *	peer script PORT CERT KEY RECORD STEP...
 *					plays the steps in turn for each
 *					client, then holds the connection:
 *		>TEXT			sends TEXT
 *		*TEXT			sends TEXT again and again, until the
 *					client goes
 *		~TEXT			the same, every half second
 *		<			reads a line
 *		tls			starts TLS as the server, with CERT
 *					and KEY ("-" when no step says tls)
 *					and appends every byte it receives to
 *					the file RECORD
 *	peer mute PORT			a UDP socket that reads and never
 *					answers: a DNS server gone silent
 *	peer wait PORT...		exits 0 once every port accepts
 *
 * In TEXT, \r \n \a \e and \xNN stand for those bytes.
 */
#include <netinet/in.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#define LIFETIME	900	/* seconds: the suite under valgrind included */
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

/* The byte that \C stands for, or -1. */
static int
escaped(const char *in)
{
	static const char letters[] = "rnae", bytes[] = "\r\n\a\033";
	char hex[3] = { 0 }, *end;
	const char *at;

	if (in[0] == 'x' && isxdigit((unsigned char)in[1]) &&
	    isxdigit((unsigned char)in[2])) {
		memcpy(hex, in + 1, 2);
		return (int)strtoul(hex, &end, 16);
	}
	if (in[0] != '\0' && (at = strchr(letters, in[0])) != NULL)
		return bytes[at - letters];
	return -1;
}

/* Escapes in an argument (see the top) made into their bytes, in place. */
static size_t
unescape(char *text)
{
	char *in = text, *out = text;
	int byte;

	for (; *in != '\0'; in++) {
		if (in[0] == '\\' && (byte = escaped(in + 1)) >= 0) {
			*out++ = (char)byte;
			in += in[1] == 'x' ? 3 : 1;
		} else
			*out++ = *in;
	}
	*out = '\0';
	return (size_t)(out - text);
}

/* One client's connection, and where what it sends is written down. */
struct client {
	int	 fd;
	SSL	*ssl;
	FILE	*record;	/* NULL: nowhere */
};

/* Reads what came, recording it; 0 when the client went or HOLD_MS passed. */
static int
receive(struct client *c, char *buffer, int size)
{
	struct pollfd pfd = { c->fd, POLLIN, 0 };
	int n;

	if ((c->ssl == NULL || SSL_pending(c->ssl) == 0) &&
	    poll(&pfd, 1, HOLD_MS) <= 0)
		return 0;
	n = c->ssl != NULL ? SSL_read(c->ssl, buffer, size) :
	    (int)read(c->fd, buffer, (size_t)size);
	if (n > 0 && c->record != NULL) {
		fwrite(buffer, 1, (size_t)n, c->record);
		fflush(c->record);
	}
	return n > 0 ? n : 0;
}

static bool
send_text(struct client *c, const char *text, size_t length)
{
	if (c->ssl != NULL)
		return SSL_write(c->ssl, text, (int)length) > 0;
	return write(c->fd, text, length) == (ssize_t)length;
}

/* Keeps the connection until the client leaves or HOLD_MS pass. */
static void
hold(struct client *c)
{
	char buffer[512];
	int n;

	do
		n = receive(c, buffer, sizeof(buffer));
	while (n > 0);
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
		struct client c = { fd, ssl, NULL };

		/* A client that hangs up at once is one of the cases. */
		if (text != NULL)
			(void)send_text(&c, text, strlen(text));
		hold(&c);
		if (ssl != NULL) {
			SSL_shutdown(ssl);
			SSL_free(ssl);
			ssl = NULL;
		}
		close(fd);
	}
}

static SSL_CTX	*tls_server(const char *, const char *);

/* Reads one line, byte by byte so that nothing after it is taken. */
static bool
read_line(struct client *c)
{
	char byte = '\0';

	while (byte != '\n')
		if (receive(c, &byte, 1) == 0)
			return false;
	return true;
}

static bool
play(struct client *c, SSL_CTX *ctx, char *step)
{
	static const struct timespec half_second = { 0, 500000000L };
	size_t length;

	switch (step[0]) {
	case '<':
		return read_line(c);
	case '>':
		length = unescape(step + 1);
		return send_text(c, step + 1, length);
	case '*':
	case '~':
		length = unescape(step + 1);
		while (send_text(c, step + 1, length))
			if (step[0] == '~')
				nanosleep(&half_second, NULL);
		return false;
	default:
		break;
	}
	if (ctx == NULL || (c->ssl = SSL_new(ctx)) == NULL)
		return false;
	SSL_set_fd(c->ssl, c->fd);
	return SSL_accept(c->ssl) == 1;
}

static void
serve_script(int listener, SSL_CTX *ctx, const char *record, int nsteps,
    char *steps[])
{
	struct client c;
	char *step;
	int i;

	for (;;) {
		if ((c.fd = accept(listener, NULL, NULL)) < 0)
			continue;
		c.ssl = NULL;
		c.record = fopen(record, "a");
		for (i = 0; i < nsteps; i++) {
			/* Each client gets the steps as written. */
			if ((step = strdup(steps[i])) == NULL)
				break;
			if (!play(&c, ctx, step)) {
				free(step);
				break;
			}
			free(step);
		}
		if (i == nsteps)
			hold(&c);
		if (c.ssl != NULL) {
			SSL_shutdown(c.ssl);
			SSL_free(c.ssl);
		}
		if (c.record != NULL)
			fclose(c.record);
		close(c.fd);
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

static void
mute(int port)
{
	struct sockaddr_in sa = loopback(port);
	char buf[512];
	int s = socket(AF_INET, SOCK_DGRAM, 0);

	if (s < 0 || bind(s, (struct sockaddr *)&sa, sizeof(sa)) != 0) {
		fprintf(stderr, "peer: port %d: %s\n", port, strerror(errno));
		exit(1);
	}
	for (;;)
		(void)recv(s, buf, sizeof(buf), 0);
}

static int
wait_for(int argc, char *argv[])
{
	struct timespec pause_time = { 0, 100000000L };
	int i, tries, fd;

	/* A minute: servers start slowly on a machine busy with other suites. */
	for (i = 0; i < argc; i++) {
		for (tries = 0; tries < 600; tries++) {
			if ((fd = connect_to(port_number(argv[i]))) >= 0) {
				close(fd);
				break;
			}
			nanosleep(&pause_time, NULL);
		}
		if (tries == 600) {
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
	    "tls PORT CERT KEY TEXT | blackhole PORT | mute PORT |\n"
	    "       script PORT CERT KEY RECORD STEP... | wait PORT...\n",
	    stderr);
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
	else if (strcmp(argv[1], "script") == 0 && argc >= 7)
		serve_script(listen_on(port_number(argv[2]), 8),
		    strcmp(argv[3], "-") == 0 ? NULL : tls_server(argv[3],
		    argv[4]), argv[5], argc - 6, argv + 6);
	else if (strcmp(argv[1], "mute") == 0 && argc == 3)
		mute(port_number(argv[2]));
	return usage();
}
