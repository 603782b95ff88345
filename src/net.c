/*
 * check: resolving and connecting with deadlines, and lines over plain or
 * TLS connections.
 */
#include <sys/socket.h>
#include <sys/wait.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>

#include "i18n.h"
#include "monotonic.h"
#include "net.h"

static int	wait_fd(int, short, long);

static void
copy_addresses(const struct addrinfo *list, struct addresses *addresses)
{
	const struct addrinfo *ai;

	for (ai = list; ai != NULL; ai = ai->ai_next) {
		struct address *a = &addresses->list[addresses->count];
		const void *ip = ai->ai_family == AF_INET6 ?
		    (const void *)&((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr :
		    (const void *)&((struct sockaddr_in *)ai->ai_addr)->sin_addr;

		addresses->found++;
		if (addresses->count == NET_MAX_ADDRESSES)
			continue;
		addresses->count++;
		memcpy(&a->sa, ai->ai_addr, ai->ai_addrlen);
		a->length = ai->ai_addrlen;
		inet_ntop(ai->ai_family, ip, a->text, sizeof(a->text));
	}
}

/* What the resolving child sends back through the pipe. */
struct resolved {
	int			error;	/* getaddrinfo()'s */
	int			system;	/* errno, for EAI_SYSTEM */
	struct addresses	addresses;
};

bool
net_local_error(int error)
{
	return error == EMFILE || error == ENFILE || error == ENOMEM ||
	    error == ENOBUFS || error == EAGAIN;
}

static void
resolve_in_child(const char *host, int port, int fd)
{
	struct resolved resolved;
	struct addrinfo hints, *list;
	char service[16];

	memset(&resolved, 0, sizeof(resolved));
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	snprintf(service, sizeof(service), "%d", port);
	resolved.error = getaddrinfo(host, service, &hints, &list);
	resolved.system = resolved.error == EAI_SYSTEM ? errno :
	    resolved.error == EAI_MEMORY ? ENOMEM : 0;
	if (resolved.error == 0) {
		copy_addresses(list, &resolved.addresses);
		freeaddrinfo(list);
	}
	if (write(fd, &resolved, sizeof(resolved)) != sizeof(resolved))
		_exit(1);
	_exit(0);
}

static bool
read_all(int fd, void *buffer, size_t size, long deadline_ms)
{
	char *at = buffer;
	ssize_t n;

	while (size > 0) {
		if (wait_fd(fd, POLLIN, deadline_ms) <= 0)
			return false;
		if ((n = read(fd, at, size)) <= 0) {
			if (n < 0 && errno == EINTR)
				continue;
			return false;
		}
		at += n;
		size -= (size_t)n;
	}
	return true;
}

void
net_resolve_start(const char *host, int port, struct resolver *resolver)
{
	int fds[2];

	resolver->pid = -1;
	resolver->fd = -1;
	resolver->error = NULL;
	resolver->local = 0;
	if (pipe(fds) != 0) {
		resolver->local = errno;
		resolver->error = strerror(errno);
		return;
	}
	if ((resolver->pid = fork()) < 0) {
		resolver->local = errno;
		resolver->error = strerror(errno);
		close(fds[0]);
		close(fds[1]);
		return;
	}
	if (resolver->pid == 0) {
		close(fds[0]);
		resolve_in_child(host, port, fds[1]);
	}
	close(fds[1]);
	resolver->fd = fds[0];
}

const char *
net_resolve_finish(struct resolver *resolver, long deadline,
    struct addresses *addresses)
{
	struct resolved resolved;
	const char *why = resolver->error;

	addresses->count = 0;
	addresses->found = 0;
	if (resolver->pid < 0)
		return why;
	if (!read_all(resolver->fd, &resolved, sizeof(resolved), deadline)) {
		kill(resolver->pid, SIGKILL);
		why = _("no answer from the name servers within the timeout");
	} else if (net_local_error(resolved.system)) {
		resolver->local = resolved.system;
		why = strerror(resolved.system);
	} else if (resolved.error != 0)
		why = gai_strerror(resolved.error);
	else
		*addresses = resolved.addresses;
	close(resolver->fd);
	waitpid(resolver->pid, NULL, 0);
	resolver->pid = -1;
	return why;
}

static int
wait_fd(int fd, short events, long deadline_ms)
{
	struct pollfd pfd = { fd, events, 0 };
	long left;
	int n;

	for (;;) {
		left = deadline_ms - monotonic_ms();
		if (left <= 0)
			return 0;
		n = poll(&pfd, 1, (int)left);
		if (n >= 0 || errno != EINTR)
			return n;
	}
}

static enum net_connect
classify(int error)
{
	switch (error) {
	case ECONNREFUSED:
		return NET_REFUSED;
	case ETIMEDOUT:
		return NET_TIMEOUT;
	case ENETUNREACH:
	case EHOSTUNREACH:
	case EADDRNOTAVAIL:
		return NET_UNREACHABLE;
	default:
		return NET_FAILED;
	}
}

/* Starts a connection; false with how and error when it failed at once. */
static bool
start_connect(const struct address *address, int *fd, struct attempt *a)
{
	a->how = NET_TIMEOUT;
	a->error = 0;
	if ((*fd = socket(address->sa.ss_family, SOCK_STREAM | SOCK_CLOEXEC |
	    SOCK_NONBLOCK, 0)) < 0) {
		a->error = errno;
		a->how = NET_FAILED;
		return false;
	}
	if (connect(*fd, (const struct sockaddr *)&address->sa,
	    address->length) != 0 && errno != EINPROGRESS) {
		a->error = errno;
		a->how = classify(a->error);
		close(*fd);
		*fd = -1;
		return false;
	}
	return true;
}

/* A connection in progress that poll() says is done: how did it go? */
static void
finish_connect(int *fd, struct attempt *a)
{
	socklen_t length = sizeof(a->error);

	if (getsockopt(*fd, SOL_SOCKET, SO_ERROR, &a->error, &length) != 0)
		a->error = errno;
	if (a->error == 0) {
		a->how = NET_CONNECTED;
		return;
	}
	a->how = classify(a->error);
	close(*fd);
	*fd = -1;
}

/* Polls the connections in progress once; false when none is left. */
static bool
poll_connects(struct pollfd pfds[], size_t n, struct attempt attempts[],
    long deadline_ms)
{
	size_t i, waiting = 0;
	long left = deadline_ms - monotonic_ms();

	for (i = 0; i < n; i++)
		waiting += pfds[i].fd >= 0;
	if (waiting == 0 || left <= 0)
		return false;
	if (poll(pfds, n, (int)left) < 0)
		return errno == EINTR;
	for (i = 0; i < n; i++)
		if (pfds[i].fd >= 0 && pfds[i].revents != 0)
			finish_connect(&pfds[i].fd, &attempts[i]);
	return true;
}

int
net_connect_first(const struct addresses *addresses, long deadline_ms,
    struct attempt attempts[NET_MAX_ADDRESSES], int *fd)
{
	struct pollfd pfds[NET_MAX_ADDRESSES];
	size_t i, n = addresses->count;
	int winner = -1;

	for (i = 0; i < n; i++) {
		pfds[i].events = POLLOUT;
		pfds[i].revents = 0;
		(void)start_connect(&addresses->list[i], &pfds[i].fd,
		    &attempts[i]);
	}
	while (winner < 0 && poll_connects(pfds, n, attempts, deadline_ms))
		for (i = 0; i < n && winner < 0; i++)
			if (attempts[i].how == NET_CONNECTED)
				winner = (int)i;
	for (i = 0; i < n; i++) {
		if (pfds[i].fd < 0 || (int)i == winner)
			continue;
		close(pfds[i].fd);
		if (attempts[i].how == NET_CONNECTED)
			attempts[i].how = NET_TIMEOUT;	/* one was enough */
		attempts[i].error = ETIMEDOUT;
	}
	*fd = winner >= 0 ? pfds[winner].fd : -1;
	return winner;
}

void
conn_init(struct conn *conn, int fd, long deadline_ms)
{
	memset(conn, 0, sizeof(*conn));
	conn->fd = fd;
	conn->deadline_ms = deadline_ms;
}

void
conn_close(struct conn *conn)
{
	if (conn->ssl != NULL) {
		SSL_shutdown(conn->ssl);
		SSL_free(conn->ssl);
		conn->ssl = NULL;
	}
	if (conn->fd >= 0)
		close(conn->fd);
	conn->fd = -1;
}

bool
conn_wait(const struct conn *conn, bool write)
{
	return wait_fd(conn->fd, write ? POLLOUT : POLLIN, conn->deadline_ms) >
	    0;
}

bool
conn_pending(const struct conn *conn)
{
	return conn->length > 0;
}

void
conn_discard(struct conn *conn)
{
	conn->length = 0;
}

/* Adds what the peer sent to the buffer, waiting until the deadline. */
static enum io
fill(struct conn *conn)
{
	size_t room = sizeof(conn->buffer) - conn->length;
	ssize_t n;
	int error;

	for (;;) {
		if (conn->ssl != NULL) {
			ERR_clear_error();
			n = SSL_read(conn->ssl, conn->buffer + conn->length,
			    (int)room);
			if (n > 0)
				break;
			error = SSL_get_error(conn->ssl, (int)n);
			if (error == SSL_ERROR_ZERO_RETURN)
				return IO_CLOSED;
			if (error != SSL_ERROR_WANT_READ &&
			    error != SSL_ERROR_WANT_WRITE)
				return n == 0 ? IO_CLOSED : IO_ERROR;
			if (!conn_wait(conn, error == SSL_ERROR_WANT_WRITE))
				return IO_TIMEOUT;
		} else {
			n = read(conn->fd, conn->buffer + conn->length, room);
			if (n > 0)
				break;
			if (n == 0)
				return IO_CLOSED;
			if (errno != EAGAIN && errno != EINTR)
				return errno == ECONNRESET ? IO_CLOSED :
				    IO_ERROR;
			if (!conn_wait(conn, false))
				return IO_TIMEOUT;
		}
	}
	conn->length += (size_t)n;
	conn->received += (size_t)n;
	return IO_OK;
}

static void
take_line(struct conn *conn, size_t end, char *line, size_t size)
{
	size_t n = end, skip = end + 1;

	if (n > 0 && conn->buffer[n - 1] == '\r')
		n--;
	if (n >= size)
		n = size - 1;
	memcpy(line, conn->buffer, n);
	line[n] = '\0';
	memmove(conn->buffer, conn->buffer + skip, conn->length - skip);
	conn->length -= skip;
}

enum io
conn_read_line(struct conn *conn, char *line, size_t size)
{
	const char *newline;
	enum io status;
	size_t n;

	line[0] = '\0';
	for (;;) {
		newline = memchr(conn->buffer, '\n', conn->length);
		if (newline != NULL) {
			take_line(conn, (size_t)(newline - conn->buffer),
			    line, size);
			return IO_OK;
		}
		if (conn->length == sizeof(conn->buffer))
			return IO_TOO_LONG;
		/* A peer that never stops sending never makes fill() wait. */
		status = monotonic_ms() < conn->deadline_ms ? fill(conn) :
		    IO_TIMEOUT;
		if (status == IO_OK)
			continue;
		if (conn->length > 0) {
			n = conn->length < size ? conn->length : size - 1;
			memcpy(line, conn->buffer, n);
			line[n] = '\0';
			if (status == IO_TIMEOUT)
				return IO_STALLED;
		}
		return status;
	}
}

enum io
conn_write(struct conn *conn, const char *text)
{
	size_t left = strlen(text);
	ssize_t n;
	int error;

	while (left > 0) {
		if (conn->ssl != NULL) {
			ERR_clear_error();
			n = SSL_write(conn->ssl, text, (int)left);
			if (n <= 0) {
				error = SSL_get_error(conn->ssl, (int)n);
				if (error != SSL_ERROR_WANT_READ &&
				    error != SSL_ERROR_WANT_WRITE)
					return IO_ERROR;
				if (!conn_wait(conn,
				    error == SSL_ERROR_WANT_WRITE))
					return IO_TIMEOUT;
				continue;
			}
		} else if ((n = write(conn->fd, text, left)) < 0) {
			if (errno == EPIPE || errno == ECONNRESET)
				return IO_CLOSED;
			if (errno != EAGAIN && errno != EINTR)
				return IO_ERROR;
			if (!conn_wait(conn, true))
				return IO_TIMEOUT;
			continue;
		}
		text += n;
		left -= (size_t)n;
	}
	return IO_OK;
}
