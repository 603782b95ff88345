/*
 * slowdns PORT UPSTREAM DELAY_MS: a DNS proxy over UDP on 127.0.0.1:PORT
 * that sends each query on to 127.0.0.1:UPSTREAM and its answer back
 * DELAY_MS later, as a resolver far away would; for the many-domain
 * tests and bench/verify.sh.  At most MAX_FLIGHT queries at once; it runs
 * until killed.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_FLIGHT	512
#define MAX_PACKET	4096

struct flight {
	int			 fd;		/* to upstream; -1: free */
	struct sockaddr_in	 client;
	unsigned char		 answer[MAX_PACKET];
	ssize_t			 length;	/* 0: not answered yet */
	long long		 due;		/* ms, when answered */
};

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int
udp_socket(int port, bool bind_it)
{
	struct sockaddr_in a;
	int fd = socket(AF_INET, SOCK_DGRAM, 0);

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((unsigned short)port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd < 0 || (bind_it ? bind(fd, (struct sockaddr *)&a,
	    sizeof(a)) : connect(fd, (struct sockaddr *)&a, sizeof(a))) != 0) {
		perror("slowdns: socket");
		exit(1);
	}
	return fd;
}

/* A query from a client: on to upstream, on a socket of its own. */
static void
take_query(int in, int upstream, struct flight *f)
{
	unsigned char packet[MAX_PACKET];
	socklen_t len = sizeof(f->client);
	ssize_t n;
	int i;

	n = recvfrom(in, packet, sizeof(packet), 0,
	    (struct sockaddr *)&f[MAX_FLIGHT - 1].client, &len);
	if (n <= 0)
		return;
	for (i = 0; i < MAX_FLIGHT - 1 && f[i].fd >= 0; i++)
		;
	if (i == MAX_FLIGHT - 1)
		return;		/* full: dropped, as a loaded server does */
	f[i].client = f[MAX_FLIGHT - 1].client;
	f[i].fd = udp_socket(upstream, false);
	f[i].length = 0;
	if (send(f[i].fd, packet, (size_t)n, 0) != n) {
		close(f[i].fd);
		f[i].fd = -1;
	}
}

int
main(int argc, char *argv[])
{
	static struct flight f[MAX_FLIGHT];
	struct pollfd p[MAX_FLIGHT];
	int in, upstream, delay, i, n, timeout;
	long long now;

	if (argc != 4) {
		fprintf(stderr, "usage: slowdns PORT UPSTREAM DELAY_MS\n");
		return 2;
	}
	in = udp_socket(atoi(argv[1]), true);
	upstream = atoi(argv[2]);
	delay = atoi(argv[3]);
	for (i = 0; i < MAX_FLIGHT; i++)
		f[i].fd = -1;
	for (;;) {
		now = now_ms();
		timeout = -1;
		p[0] = (struct pollfd){ in, POLLIN, 0 };
		for (i = 0, n = 1; i < MAX_FLIGHT - 1; i++) {
			if (f[i].fd < 0)
				continue;
			if (f[i].length > 0 && f[i].due <= now) {
				sendto(in, f[i].answer, (size_t)f[i].length, 0,
				    (struct sockaddr *)&f[i].client,
				    sizeof(f[i].client));
				close(f[i].fd);
				f[i].fd = -1;
				continue;
			}
			if (f[i].length > 0) {
				if (timeout < 0 || f[i].due - now < timeout)
					timeout = (int)(f[i].due - now);
				continue;
			}
			p[n++] = (struct pollfd){ f[i].fd, POLLIN, 0 };
		}
		if (poll(p, (nfds_t)n, timeout) <= 0)
			continue;
		if (p[0].revents & POLLIN)
			take_query(in, upstream, f);
		for (i = 0; i < MAX_FLIGHT - 1; i++) {
			int j;

			for (j = 1; j < n && (f[i].fd < 0 || p[j].fd != f[i].fd);
			    j++)
				;
			if (j == n || !(p[j].revents & POLLIN))
				continue;
			f[i].length = recv(f[i].fd, f[i].answer,
			    sizeof(f[i].answer), 0);
			f[i].due = now_ms() + delay;
			if (f[i].length <= 0) {
				close(f[i].fd);
				f[i].fd = -1;
			}
		}
	}
}
