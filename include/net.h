#ifndef OVHMAIL_NET_H
#define OVHMAIL_NET_H

#include <sys/socket.h>

#include <stdbool.h>
#include <stddef.h>

#include <openssl/ssl.h>

/*
 * The network side of "ovhmail check": name resolution, connecting, and
 * reading and writing lines over a plain or TLS connection, where every
 * wait is bounded by the connection's timeout.
 */

#define NET_MAX_ADDRESSES	16

struct address {
	struct sockaddr_storage	sa;
	socklen_t		length;
	char			text[64];	/* "192.0.2.1" or "2001:db8::1" */
};

struct addresses {
	struct address	list[NET_MAX_ADDRESSES];
	size_t		count;
};

/*
 * Every address of the host, IPv6 and IPv4, found within the timeout;
 * NULL, or what went wrong.
 */
const char	*net_resolve(const char *host, int port, int timeout_ms,
		    struct addresses *);

enum net_connect {
	NET_CONNECTED,
	NET_REFUSED,
	NET_TIMEOUT,
	NET_UNREACHABLE,
	NET_FAILED
};

/* Connects within the timeout; the socket is non-blocking. */
enum net_connect	net_connect(const struct address *, int timeout_ms,
			    int *fd, int *error);

enum io {
	IO_OK,
	IO_TIMEOUT,	/* nothing came within the timeout */
	IO_STALLED,	/* part of a line came, then nothing */
	IO_CLOSED,	/* the peer closed the connection */
	IO_TOO_LONG,
	IO_ERROR
};

struct conn {
	int	 fd;
	SSL	*ssl;		/* NULL until TLS starts */
	int	 timeout_ms;
	char	 buffer[8192];
	size_t	 length;
};

void		conn_init(struct conn *, int fd, int timeout_ms);
void		conn_close(struct conn *);
/* A line without its CRLF.  On IO_STALLED, line holds the part. */
enum io		conn_read_line(struct conn *, char *line, size_t size);
enum io		conn_write(struct conn *, const char *text);
/* Waits until the socket is readable or writable, within the timeout. */
bool		conn_wait(const struct conn *, bool write, long deadline_ms);
long		conn_now_ms(void);

#endif
