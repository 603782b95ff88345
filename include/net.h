#ifndef OVHMAIL_NET_H
#define OVHMAIL_NET_H

#include <sys/socket.h>
#include <sys/types.h>

#include <stdbool.h>
#include <stddef.h>

#include <openssl/ssl.h>

/*
 * The network side of "ovhmail check": name resolution, connecting, and
 * reading and writing lines over a plain or TLS connection.  Every wait
 * ends at one deadline (a monotonic_ms() time) that the caller sets for
 * all the steps together, so that a peer cannot stretch the check by
 * answering slowly, or by never stopping.
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
	size_t		found;	/* how many the name has: may be more */
};

/*
 * getaddrinfo(3) waits as long as the system's resolver is told to, so it
 * runs in a child process, killed at the deadline.  Starting every lookup
 * before finishing any lets them all run at once.
 */
struct resolver {
	pid_t		 pid;	/* -1: the lookup could not start */
	int		 fd;
	const char	*error;	/* why not */
	int		 local;	/* errno, when this machine is why */
};

/*
 * An errno that says this machine ran out of something (descriptors,
 * memory, processes): a local failure, never the server's.
 */
bool		 net_local_error(int error);

void		 net_resolve_start(const char *host, int port,
		    struct resolver *);
/* The addresses of the host, IPv6 and IPv4; NULL, or what went wrong. */
const char	*net_resolve_finish(struct resolver *, long deadline_ms,
		    struct addresses *);

enum net_connect {
	NET_CONNECTED,
	NET_REFUSED,
	NET_TIMEOUT,
	NET_UNREACHABLE,
	NET_FAILED
};

/* How the connection to each address went. */
struct attempt {
	enum net_connect	how;
	int			error;	/* errno's value */
};

/*
 * Connects to every address at once and keeps the first to answer (the
 * first in the list, of those answering together), so that addresses
 * that do not answer cost the deadline once, not once each.  Returns the
 * index of the address connected to, its non-blocking socket in *fd, or
 * -1; attempts[] says how the others went (NET_TIMEOUT for those still
 * waiting when another answered).
 */
int	net_connect_first(const struct addresses *, long deadline_ms,
	    struct attempt attempts[NET_MAX_ADDRESSES], int *fd);

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
	long	 deadline_ms;	/* every wait ends there */
	size_t	 received;	/* bytes, all told */
	char	 buffer[8192];
	size_t	 length;
};

void		conn_init(struct conn *, int fd, long deadline_ms);
void		conn_close(struct conn *);
/* A line without its CRLF.  On IO_STALLED, line holds the part. */
enum io		conn_read_line(struct conn *, char *line, size_t size);
enum io		conn_write(struct conn *, const char *text);
/* Whether bytes came that no conn_read_line() has taken yet. */
bool		conn_pending(const struct conn *);
/* Forgets them: what came in plain text must not pass for TLS. */
void		conn_discard(struct conn *);
/* Waits until the socket is readable or writable, until the deadline. */
bool		conn_wait(const struct conn *, bool write);

#endif
