/*
 * DNS over UDP and TCP with one deadline.  res_nquery(3) would do the
 * sending, but it gives each try its own timeout in whole seconds, folds
 * SERVFAIL and a timeout into one TRY_AGAIN and takes an IPv6 server only
 * through resolv.conf; sending here keeps the deadline, the response code
 * and any address.  The query itself comes from res_nmkquery(3).
 */
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <resolv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "dns_query.h"
#include "i18n.h"

#define MAX_SERVERS	3	/* MAXNS */
#define RESEND_MS	1000	/* UDP is sent again after this long */
#define UDP_SIZE	512	/* no EDNS: larger answers come over TCP */
/* A thread asks one question: its buffers are a TCP answer at most. */
#define DNS_THREAD_STACK	((size_t)256 * 1024)

struct dns_resolver {
	struct __res_state	 state;		/* for res_nmkquery */
	struct sockaddr_storage	 servers[MAX_SERVERS];
	socklen_t		 lengths[MAX_SERVERS];
	size_t			 nservers;
	struct timespec		 deadline;	/* CLOCK_MONOTONIC */
};

/* A question on its way: the query and where the answer goes. */
struct exchange {
	const unsigned char	*query;
	size_t			 query_length;
	const char		*name;
	int			 type;
	struct dns_answer	*answer;
};

static long
ms_until(const struct timespec *deadline)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (deadline->tv_sec - now.tv_sec) * 1000L +
	    (deadline->tv_nsec - now.tv_nsec) / 1000000L;
}

static void
deadline_in(struct timespec *deadline, long ms)
{
	clock_gettime(CLOCK_MONOTONIC, deadline);
	deadline->tv_sec += ms / 1000;
	deadline->tv_nsec += (ms % 1000) * 1000000L;
	if (deadline->tv_nsec >= 1000000000L) {
		deadline->tv_sec++;
		deadline->tv_nsec -= 1000000000L;
	}
}

static bool
parse_port(const char *text, in_port_t *port)
{
	char *end;
	long n;

	if (text[0] < '0' || text[0] > '9')
		return false;
	errno = 0;
	n = strtol(text, &end, 10);
	if (*end != '\0' || errno != 0 || n < 1 || n > 65535)
		return false;
	*port = htons((in_port_t)n);
	return true;
}

static bool
parse_ipv6(const char *text, in_port_t port, struct sockaddr_storage *ss,
    socklen_t *length)
{
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;

	memset(ss, 0, sizeof(*ss));
	sin6->sin6_family = AF_INET6;
	sin6->sin6_port = port;
	*length = sizeof(*sin6);
	return inet_pton(AF_INET6, text, &sin6->sin6_addr) == 1;
}

static bool
parse_ipv4(const char *text, in_port_t port, struct sockaddr_storage *ss,
    socklen_t *length)
{
	struct sockaddr_in *sin = (struct sockaddr_in *)ss;

	memset(ss, 0, sizeof(*ss));
	sin->sin_family = AF_INET;
	sin->sin_port = port;
	*length = sizeof(*sin);
	return inet_pton(AF_INET, text, &sin->sin_addr) == 1;
}

/* "192.0.2.1", "192.0.2.1:5353", "2001:db8::1", "[2001:db8::1]:5353". */
static bool
parse_address(const char *text, struct sockaddr_storage *ss,
    socklen_t *length)
{
	char host[INET6_ADDRSTRLEN + 2];
	const char *colon = strrchr(text, ':');
	in_port_t port = htons(NS_DEFAULTPORT);
	size_t n;

	if (text[0] == '[') {
		const char *close = strchr(text, ']');

		if (close == NULL || (n = (size_t)(close - text - 1)) >=
		    sizeof(host))
			return false;
		memcpy(host, text + 1, n);
		host[n] = '\0';
		if (close[1] != '\0' && (close[1] != ':' ||
		    !parse_port(close + 2, &port)))
			return false;
		return parse_ipv6(host, port, ss, length);
	}
	if (colon != NULL && strchr(text, ':') != colon)
		return parse_ipv6(text, port, ss, length);
	if ((n = colon != NULL ? (size_t)(colon - text) : strlen(text)) >=
	    sizeof(host))
		return false;
	memcpy(host, text, n);
	host[n] = '\0';
	if (colon != NULL && !parse_port(colon + 1, &port))
		return false;
	return parse_ipv4(host, port, ss, length);
}

bool
dns_resolver_address_ok(const char *address)
{
	struct sockaddr_storage ss;
	socklen_t length;

	return parse_address(address, &ss, &length);
}

/* resolv.conf's servers: IPv4 in nsaddr_list, IPv6 in _u._ext.nsaddrs. */
static void
system_servers(struct dns_resolver *resolver)
{
	struct __res_state *state = &resolver->state;
	int i;

	for (i = 0; i < state->nscount && i < MAX_SERVERS; i++) {
		struct sockaddr_storage *ss =
		    &resolver->servers[resolver->nservers];

		memset(ss, 0, sizeof(*ss));
		if (state->nsaddr_list[i].sin_family == AF_INET) {
			memcpy(ss, &state->nsaddr_list[i],
			    sizeof(state->nsaddr_list[i]));
			resolver->lengths[resolver->nservers++] =
			    sizeof(struct sockaddr_in);
		} else if (state->_u._ext.nsaddrs[i] != NULL) {
			memcpy(ss, state->_u._ext.nsaddrs[i],
			    sizeof(struct sockaddr_in6));
			resolver->lengths[resolver->nservers++] =
			    sizeof(struct sockaddr_in6);
		}
	}
}

int
dns_resolver_open(const char *address, int seconds,
    struct dns_resolver **resolverp, struct problem *problem)
{
	struct dns_resolver *resolver;

	*resolverp = NULL;
	if ((resolver = calloc(1, sizeof(*resolver))) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	deadline_in(&resolver->deadline, seconds * 1000L);
	if (res_ninit(&resolver->state) != 0) {
		free(resolver);
		return problem_set(problem, EX_OSERR, "resolv.conf",
		    "cannot set up the resolver");
	}
	if (address == NULL)
		system_servers(resolver);
	else if (parse_address(address, &resolver->servers[0],
	    &resolver->lengths[0]))
		resolver->nservers = 1;
	if (resolver->nservers == 0) {
		dns_resolver_free(resolver);
		if (address != NULL)
			return problem_set(problem, EX_USAGE, "--resolver",
			    "'%s' is not IP, IP:PORT or [IPv6]:PORT", address);
		return problem_set(problem, EX_CONFIG, "resolv.conf",
		    "no name server to ask");
	}
	*resolverp = resolver;
	return EX_OK;
}

void
dns_resolver_free(struct dns_resolver *resolver)
{
	if (resolver == NULL)
		return;
	res_nclose(&resolver->state);
	free(resolver);
}

static int
open_socket(const struct sockaddr_storage *server, socklen_t length,
    int type)
{
	int fd, flags;

	if ((fd = socket(server->ss_family, type | SOCK_CLOEXEC, 0)) < 0)
		return -1;
	if ((flags = fcntl(fd, F_GETFL)) < 0 ||
	    fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0 ||
	    (connect(fd, (const struct sockaddr *)server, length) != 0 &&
	    errno != EINPROGRESS)) {
		close(fd);
		return -1;
	}
	return fd;
}

/* Waits for EVENTS until the deadline: 1 ready, 0 timed out, -1 error. */
static int
wait_for(int fd, short events, const struct timespec *deadline, long cap)
{
	struct pollfd pfd = { fd, events, 0 };
	long ms = ms_until(deadline);
	int n;

	if (cap >= 0 && cap < ms)
		ms = cap;
	if (ms <= 0)
		return 0;
	do
		n = poll(&pfd, 1, (int)ms);
	while (n < 0 && errno == EINTR);
	if (n > 0 && (pfd.revents & (POLLERR | POLLNVAL)) &&
	    !(pfd.revents & events))
		return -1;
	return n;
}

/* The status a well-formed response gives. */
static enum dns_status
status_of(const struct exchange *exchange)
{
	switch (exchange->answer->rcode) {
	case ns_r_noerror:
		return dns_answer_count(exchange->answer, exchange->type) > 0 ?
		    DNS_OK : DNS_NODATA;
	case ns_r_nxdomain:
		return DNS_NXDOMAIN;
	case ns_r_servfail:
		return DNS_SERVFAIL;
	case ns_r_refused:
		return DNS_REFUSED;
	}
	return DNS_BROKEN;
}

/*
 * Reads a response; one with another id or question is not ours and is
 * dropped (returns false), as a spoofed or late one would be.
 */
static bool
accept_response(const struct exchange *exchange, const unsigned char *buf,
    size_t length)
{
	dns_answer_free(exchange->answer);
	if (length < NS_HFIXEDSZ ||
	    memcmp(buf, exchange->query, 2) != 0 ||
	    dns_parse(buf, length, exchange->name, exchange->type,
	    exchange->answer) != 0) {
		dns_answer_free(exchange->answer);
		return false;
	}
	return true;
}

static enum dns_status
ask_udp(const struct sockaddr_storage *server, socklen_t server_length,
    const struct timespec *until, const struct exchange *exchange)
{
	unsigned char buf[UDP_SIZE * 2];
	enum dns_status status = DNS_TIMEOUT;
	struct timespec resend = { 0, 0 };	/* long past: send now */
	ssize_t n;
	int fd, ready;

	if ((fd = open_socket(server, server_length, SOCK_DGRAM)) < 0)
		return DNS_BROKEN;
	for (;;) {
		if (ms_until(&resend) <= 0) {
			if (send(fd, exchange->query, exchange->query_length,
			    0) < 0)
				break;
			deadline_in(&resend, RESEND_MS);
		}
		ready = wait_for(fd, POLLIN, until, ms_until(&resend));
		if (ready < 0)
			status = DNS_BROKEN;	/* ICMP: nothing listens */
		if (ready < 0 || (ready == 0 && ms_until(until) <= 0))
			break;
		if (ready == 0)
			continue;
		if ((n = recv(fd, buf, sizeof(buf), 0)) < 0) {
			if (errno == EAGAIN || errno == EINTR)
				continue;
			status = DNS_BROKEN;	/* ICMP: nothing listens */
			break;
		}
		if (accept_response(exchange, buf, (size_t)n)) {
			status = exchange->answer->truncated ? DNS_OK :
			    status_of(exchange);
			break;
		}
	}
	close(fd);
	return status;
}

/* Writes or reads all of LENGTH bytes before the deadline. */
static bool
transfer(int fd, bool writing, unsigned char *buf, size_t length,
    const struct timespec *until)
{
	size_t done = 0;
	ssize_t n;

	while (done < length) {
		if (wait_for(fd, writing ? POLLOUT : POLLIN, until, -1) != 1)
			return false;
		if (writing)
			n = send(fd, buf + done, length - done, MSG_NOSIGNAL);
		else
			n = recv(fd, buf + done, length - done, 0);
		if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
			return false;
		if (n > 0)
			done += (size_t)n;
	}
	return true;
}

static enum dns_status
ask_tcp(const struct sockaddr_storage *server, socklen_t server_length,
    const struct timespec *until, const struct exchange *exchange)
{
	unsigned char *buf = NULL;
	unsigned char prefix[2];
	enum dns_status status = DNS_BROKEN;
	size_t length;
	int fd;

	if ((fd = open_socket(server, server_length, SOCK_STREAM)) < 0)
		return DNS_BROKEN;
	ns_put16((unsigned)exchange->query_length, prefix);
	if (!transfer(fd, true, prefix, 2, until) ||
	    !transfer(fd, true, (unsigned char *)exchange->query,
	    exchange->query_length, until) ||
	    !transfer(fd, false, prefix, 2, until))
		goto done;
	length = ns_get16(prefix);
	if ((buf = malloc(length > 0 ? length : 1)) == NULL ||
	    !transfer(fd, false, buf, length, until))
		goto done;
	if (accept_response(exchange, buf, length) &&
	    !exchange->answer->truncated)
		status = status_of(exchange);
done:
	if (status == DNS_BROKEN && ms_until(until) <= 0)
		status = DNS_TIMEOUT;
	free(buf);
	close(fd);
	return status;
}

/* One server, until its share of the time is up. */
static enum dns_status
ask_server(const struct dns_resolver *resolver, size_t i,
    const struct exchange *exchange)
{
	struct timespec until;
	long left = ms_until(&resolver->deadline);
	enum dns_status status;

	if (left <= 0)
		return DNS_TIMEOUT;
	deadline_in(&until, left / (long)(resolver->nservers - i));
	status = ask_udp(&resolver->servers[i], resolver->lengths[i], &until,
	    exchange);
	if (status == DNS_OK && exchange->answer->truncated)
		status = ask_tcp(&resolver->servers[i], resolver->lengths[i],
		    &resolver->deadline, exchange);
	return status;
}

/* The query for the question, made with res_nmkquery(3); false if none. */
static bool
make_query(const struct dns_resolver *resolver, struct dns_question *q,
    unsigned char query[NS_PACKETSZ], struct exchange *exchange)
{
	int n;

	memset(q->answer, 0, sizeof(*q->answer));
	exchange->query = query;
	exchange->name = q->name;
	exchange->type = q->type;
	exchange->answer = q->answer;
	n = res_nmkquery((res_state)&resolver->state, ns_o_query, q->name,
	    ns_c_in, q->type, NULL, 0, NULL, query, NS_PACKETSZ);
	exchange->query_length = n > 0 ? (size_t)n : 0;
	return n > 0;
}

/* Another server may know better than one that failed. */
static enum dns_status
ask_servers(const struct dns_resolver *resolver,
    const struct exchange *exchange)
{
	enum dns_status status = DNS_TIMEOUT;
	size_t i;

	for (i = 0; i < resolver->nservers; i++) {
		status = ask_server(resolver, i, exchange);
		if (dns_status_answered(status))
			break;
	}
	return status;
}

enum dns_status
dns_query(const struct dns_resolver *resolver, const char *name, int type,
    struct dns_answer *answer)
{
	struct dns_question q = { name, answer, type, DNS_TIMEOUT };
	unsigned char query[NS_PACKETSZ];
	struct exchange exchange;

	if (!make_query(resolver, &q, query, &exchange))
		return DNS_BROKEN;
	return ask_servers(resolver, &exchange);
}

/* One question of many, asked in a thread of its own. */
struct asking {
	const struct dns_resolver	*resolver;
	struct dns_question		*question;
	struct exchange			 exchange;
	unsigned char			 query[NS_PACKETSZ];
	pthread_t			 thread;
	bool				 started;
};

static void *
ask_in_thread(void *context)
{
	struct asking *a = context;

	a->question->status = ask_servers(a->resolver, &a->exchange);
	return NULL;
}

/*
 * The queries are made here, one after the other, as res_nmkquery(3)
 * reads the resolver's state; only the sending and the waiting run side
 * by side, each thread on its own sockets, all within the resolver's one
 * deadline.  A thread that cannot start is asked here.
 */
void
dns_query_many(const struct dns_resolver *resolver,
    struct dns_question *questions, size_t n)
{
	struct asking *asking = calloc(n, sizeof(*asking));
	pthread_attr_t attr;
	size_t i;

	if (asking == NULL || pthread_attr_init(&attr) != 0) {
		for (i = 0; i < n; i++)
			questions[i].status = dns_query(resolver,
			    questions[i].name, questions[i].type,
			    questions[i].answer);
		free(asking);
		return;
	}
	pthread_attr_setstacksize(&attr, DNS_THREAD_STACK);
	for (i = 0; i < n; i++) {
		asking[i].resolver = resolver;
		asking[i].question = &questions[i];
		questions[i].status = DNS_BROKEN;
		if (!make_query(resolver, &questions[i], asking[i].query,
		    &asking[i].exchange))
			continue;
		asking[i].started = pthread_create(&asking[i].thread, &attr,
		    ask_in_thread, &asking[i]) == 0;
		if (!asking[i].started)
			ask_in_thread(&asking[i]);
	}
	for (i = 0; i < n; i++)
		if (asking[i].started)
			pthread_join(asking[i].thread, NULL);
	pthread_attr_destroy(&attr);
	free(asking);
}

bool
dns_status_answered(enum dns_status status)
{
	return status == DNS_OK || status == DNS_NXDOMAIN ||
	    status == DNS_NODATA;
}

const char *
dns_status_words(enum dns_status status)
{
	switch (status) {
	case DNS_OK:
		return N_("answered");
	case DNS_NXDOMAIN:
		return N_("the domain does not exist (NXDOMAIN)");
	case DNS_NODATA:
		return N_("no such record (the name exists)");
	case DNS_SERVFAIL:
		return N_("the DNS server failed to answer (SERVFAIL)");
	case DNS_REFUSED:
		return N_("the DNS server refused the question (REFUSED)");
	case DNS_TIMEOUT:
		return N_("no answer from the DNS server in time");
	case DNS_BROKEN:
		break;
	}
	return N_("no usable answer from the DNS server (a malformed answer, "
	    "or nothing listens there)");
}

const char *
dns_type_name(int type)
{
	switch (type) {
	case ns_t_mx:
		return "MX";
	case ns_t_txt:
		return "TXT";
	case ns_t_cname:
		return "CNAME";
	case ns_t_srv:
		return "SRV";
	}
	return "?";
}
