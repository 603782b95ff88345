/*
 * libFuzzer target: what a server sends to "ovhmail check", read by the
 * greeting, capability and STARTTLS readers of src/probe.c through a real
 * connection (a socket pair).  The first byte picks the protocol; the
 * rest is the server's side of the conversation, then end of file.
 */
#include <sys/socket.h>

#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "net.h"
#include "probe.h"
#include "monotonic.h"

#define MAX_BYTES	60000	/* what a socket pair holds without a reader */

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
converse(struct conn *conn, enum protocol protocol)
{
	struct capabilities caps;
	enum greeting greeting;
	char text[256];
	bool accepted;

	if (probe_greeting(conn, protocol, text, sizeof(text), &greeting) !=
	    IO_OK || probe_capabilities(conn, protocol, &caps) != IO_OK)
		return;
	(void)probe_starttls(conn, protocol, &accepted, text, sizeof(text));
	(void)conn_pending(conn);
	probe_goodbye(conn, protocol);
}

int
LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	int fds[2], buffer = 1 << 20;
	struct conn conn;

	if (size < 1 || size > MAX_BYTES ||
	    socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds) != 0)
		return 0;
	(void)setsockopt(fds[1], SOL_SOCKET, SO_SNDBUF, &buffer,
	    sizeof(buffer));
	if (write(fds[1], bytes + 1, size - 1) == (ssize_t)(size - 1)) {
		shutdown(fds[1], SHUT_WR);
		conn_init(&conn, fds[0], monotonic_ms() + 1000);
		converse(&conn, (enum protocol)(bytes[0] % PROTOCOL_COUNT));
		conn_close(&conn);
	} else
		close(fds[0]);
	close(fds[1]);
	return 0;
}
