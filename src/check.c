/*
 * check: every chosen server checked at once, step by step, within one
 * deadline.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "check.h"
#include "check_report.h"
#include "explain.h"
#include "i18n.h"
#include "login.h"
#include "net.h"
#include "probe.h"
#include "tls.h"
#include "monotonic.h"

/*
 * What one entry's check needs as it goes.  Each entry is checked in a
 * thread of its own, all at once, and writes only to its own run and
 * result; the answer and the TLS context are shared and only read.
 */
struct run {
	const struct check_options *options;
	const struct dataset	*data;
	const struct answer	*answer;
	const struct record	*record;
	SSL_CTX			*ctx;
	int			 timeout;	/* seconds, for messages */
	long			 deadline_ms;	/* of the whole check */
	bool			 connected;
	bool			 talking;	/* the protocol got going */
	struct check_result	*result;
	struct resolver		 resolver;
	struct addresses	 addresses;
	struct conn		 conn;
	pthread_t		 thread;
	bool			 threaded;	/* to be joined */
};

static struct step *
step(struct run *run, const char *name, enum step_status status,
    const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static struct step *
step(struct run *run, const char *name, enum step_status status,
    const char *fmt, ...)
{
	struct check_result *r = run->result;
	struct step *s;
	va_list ap;

	if (r->nsteps == CHECK_MAX_STEPS)
		r->nsteps--;	/* cannot happen: the last step wins */
	s = &r->steps[r->nsteps++];
	s->name = name;
	s->status = status;
	va_start(ap, fmt);
	vsnprintf(s->detail, sizeof(s->detail), gettext(fmt), ap);
	va_end(ap);
	return s;
}

/* Marks the entry as not working, with the verdict a person reads. */
static bool
fail(struct run *run, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static bool
fail(struct run *run, const char *fmt, ...)
{
	va_list ap;

	run->result->works = false;
	if (run->result->verdict[0] != '\0')
		return false;
	va_start(ap, fmt);
	vsnprintf(run->result->verdict, sizeof(run->result->verdict),
	    gettext(fmt), ap);
	va_end(ap);
	return false;
}

/*
 * This machine, not the server, stopped the check (out of descriptors,
 * say): the check says so and ends with EX_OSERR.
 */
static bool
fail_here(struct run *run, int error)
{
	run->result->local = error;
	return fail(run, "cannot be checked from here: %s (a limit of this "
	    "machine, not the server)", strerror(error));
}

static void
hint(struct run *run, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
hint(struct run *run, const char *fmt, ...)
{
	va_list ap;

	if (run->result->hint[0] != '\0')
		return;
	va_start(ap, fmt);
	vsnprintf(run->result->hint, sizeof(run->result->hint), gettext(fmt),
	    ap);
	va_end(ap);
}

/* Another encrypted way to the same service, from the same table. */
static const struct record *
alternative(const struct run *run)
{
	const struct server *s = run->record->server;
	size_t i;

	for (i = 0; i < run->answer->count; i++) {
		const struct record *other = &run->answer->records[i];

		if (other->server->protocol == s->protocol &&
		    other->server->port != s->port &&
		    other->server->security != SECURITY_NONE)
			return other;
	}
	return NULL;
}

static void
hint_alternative(struct run *run, const char *otherwise)
{
	const struct record *other = alternative(run);

	if (other == NULL) {
		hint(run, "%s", gettext(otherwise));
		return;
	}
	hint(run, "try %d with %s (ovhmail check %s %s)", other->server->port,
	    security_label(other->server->security),
	    protocol_name(other->server->protocol),
	    other->server->ssl ? "--ssl" : "--no-ssl");
}

static const char *
host(const struct run *run)
{
	return run->record->host;
}

static int
port(const struct run *run)
{
	return run->record->server->port;
}

static bool
resolve(struct run *run, struct addresses *addresses)
{
	char list[512] = "";
	const char *error;
	size_t i, used = 0;

	if ((error = net_resolve_finish(&run->resolver, run->deadline_ms,
	    addresses)) != NULL) {
		step(run, "dns", STEP_FAIL, "%s: %s", host(run), error);
		if (run->resolver.local != 0)
			return fail_here(run, run->resolver.local);
		hint(run, "check the host name, and that this machine can "
		    "resolve names (is it online?)");
		return fail(run, "%s cannot be resolved", host(run));
	}
	for (i = 0; i < addresses->count && used < sizeof(list); i++)
		used += (size_t)snprintf(list + used, sizeof(list) - used,
		    "%s%s", i == 0 ? "" : ", ", addresses->list[i].text);
	if (addresses->found > addresses->count)
		step(run, "dns", STEP_NOTE, ngettext("%s; %zu more address "
		    "left out", "%s; %zu more addresses left out",
		    addresses->found - addresses->count), list,
		    addresses->found - addresses->count);
	else
		step(run, "dns", STEP_OK, "%s", list);
	return true;
}

static const char *
connect_words(enum net_connect how, int error)
{
	switch (how) {
	case NET_REFUSED:
		return _("connection refused");
	case NET_TIMEOUT:
		return _("no answer (timed out)");
	case NET_UNREACHABLE:
		return _("network unreachable");
	case NET_CONNECTED:
		return _("connected");
	case NET_FAILED:
		break;
	}
	return strerror(error);
}

static void
diagnose_connect(struct run *run, bool refused, bool timed_out)
{
	if (timed_out && !refused) {
		fail(run, "no answer from %s port %d within %d s: the port "
		    "seems blocked on this network", host(run), port(run),
		    run->timeout);
		hint_alternative(run, "ask the network's administrator to "
		    "allow this port, or try from another network");
	} else if (refused) {
		fail(run, "%s refused the connection on port %d", host(run),
		    port(run));
		hint_alternative(run, "check the port with 'ovhmail list'; "
		    "a firewall may be rejecting it");
	} else {
		fail(run, "cannot reach %s from this machine", host(run));
		hint(run, "check this machine's network connection");
	}
}

/* Tries every address, as mail clients do; the first to answer wins. */
static bool
connect_any(struct run *run, const struct addresses *addresses)
{
	struct attempt attempts[NET_MAX_ADDRESSES];
	char tried[512] = "";
	size_t i, used = 0;
	bool refused = false, timed_out = false;
	long begin = monotonic_ms();
	int fd, winner;

	winner = net_connect_first(addresses, run->deadline_ms, attempts, &fd);
	if (winner >= 0)
		run->result->connect_ms = monotonic_ms() - begin;
	for (i = 0; i < addresses->count && (winner < 0 || i < (size_t)winner);
	    i++) {
		refused |= attempts[i].how == NET_REFUSED;
		timed_out |= attempts[i].how == NET_TIMEOUT;
		if (used < sizeof(tried))
			used += (size_t)snprintf(tried + used,
			    sizeof(tried) - used, "%s%s: %s", used == 0 ? "" :
			    "; ", addresses->list[i].text,
			    connect_words(attempts[i].how, attempts[i].error));
	}
	if (winner < 0) {
		step(run, "connect", STEP_FAIL, "port %d: %s", port(run),
		    tried);
		if (addresses->count > 0 &&
		    net_local_error(attempts[0].error))
			return fail_here(run, attempts[0].error);
		diagnose_connect(run, refused, timed_out);
		return false;
	}
	if (used > 0)
		step(run, "connect", STEP_NOTE, "%s port %d (first %s)",
		    addresses->list[winner].text, port(run), tried);
	else
		step(run, "connect", STEP_OK, "%s port %d",
		    addresses->list[winner].text, port(run));
	conn_init(&run->conn, fd, run->deadline_ms);
	run->connected = true;
	return true;
}

/* What the reports say of the certificate, kept whether it is good or not. */
static void
keep_certificate(struct run *run, const struct tls_info *info)
{
	struct check_certificate *kept = &run->result->certificate;

	if (!info->has_certificate)
		return;
	kept->seen = true;
	snprintf(kept->subject, sizeof(kept->subject), "%s", info->subject);
	snprintf(kept->issuer, sizeof(kept->issuer), "%s", info->issuer);
	snprintf(kept->not_after, sizeof(kept->not_after), "%s",
	    info->not_after);
	kept->days_left = info->days_left;
}

/* "87 days left", "3 days ago": how far the expiry is, either way. */
static void
days_words(const struct tls_info *info, char *words, size_t size)
{
	unsigned long days = (unsigned long)(info->days_left < 0 ?
	    -info->days_left : info->days_left);

	if (info->days_left < 0)
		snprintf(words, size, ngettext("%lu day ago", "%lu days ago",
		    days), days);
	else
		snprintf(words, size, ngettext("%lu day left", "%lu days left",
		    days), days);
}

/* A mail client stops at a bad certificate, and so does the check. */
static bool
describe_certificate(struct run *run, const struct tls_info *info)
{
	char days[64];

	keep_certificate(run, info);
	days_words(info, days, sizeof(days));
	step(run, "certificate", info->verified ? STEP_OK : STEP_FAIL,
	    "%s, issued by %s, expires %s (%s), %s, %s", info->subject,
	    info->issuer, info->expires, days, info->name_matches ?
	    _("name matches") : _("name does not match"), info->verified ?
	    _("trusted") : info->verify_error);
	if (info->verified)
		return true;
	if (info->expired) {
		fail(run, "the certificate of %s expired on %s", host(run),
		    info->expires);
		hint(run, "the server's certificate must be renewed; do not "
		    "accept it in the mail client");
	} else if (!info->name_matches) {
		fail(run, "the certificate is for %s, not %s", info->subject,
		    host(run));
		hint(run, "check the server name with 'ovhmail list'; a "
		    "proxy on this network may be intercepting TLS");
	} else {
		fail(run, "the certificate of %s is not trusted: %s",
		    host(run), info->verify_error);
		hint(run, "a proxy or antivirus on this network may be "
		    "intercepting TLS; --cafile FILE trusts another CA");
	}
	return false;
}

static bool
start_tls(struct run *run)
{
	struct tls_info info;
	char reason[256];
	long begin = monotonic_ms();

	switch (tls_start(&run->conn, run->ctx, host(run), &info, reason,
	    sizeof(reason))) {
	case TLS_OK:
		run->result->tls_ms = monotonic_ms() - begin;
		step(run, "tls", STEP_OK, "%s, %s", info.version, info.cipher);
		return describe_certificate(run, &info);
	case TLS_TIMEOUT:
		step(run, "tls", STEP_FAIL, "no TLS answer within %d s",
		    run->timeout);
		fail(run, "%s port %d does not answer TLS", host(run),
		    port(run));
		hint(run, "the port may expect plain text first: check "
		    "--ssl and --no-ssl with 'ovhmail list'");
		return false;
	case TLS_NOT_TLS:
		step(run, "tls", STEP_FAIL, "the server answered, but not in "
		    "TLS (%s)", reason);
		fail(run, "%s port %d speaks plain text, not TLS", host(run),
		    port(run));
		hint(run, "this port wants STARTTLS or no SSL: check the "
		    "port and the SSL setting with 'ovhmail list'");
		return false;
	case TLS_CLOSED:
	case TLS_FAILED:
		break;
	}
	step(run, "tls", STEP_FAIL, "%s", reason);
	fail(run, "the TLS handshake with %s failed: %s", host(run), reason);
	hint(run, "a proxy or filter on this network may be blocking TLS");
	return false;
}

static const char *
io_words(enum io status)
{
	switch (status) {
	case IO_TIMEOUT:
		return _("nothing within the timeout");
	case IO_STALLED:
		return _("a partial line, then nothing");
	case IO_CLOSED:
		return _("the server closed the connection");
	case IO_TOO_LONG:
		return _("a reply too long");
	case IO_ERROR:
		return _("a read error");
	case IO_OK:
		break;
	}
	return _("ok");
}

static bool
greet(struct run *run)
{
	enum protocol protocol = run->record->server->protocol;
	enum greeting greeting = GREETING_FOREIGN;
	char text[256];
	enum io status;

	status = probe_greeting(&run->conn, protocol, text, sizeof(text),
	    &greeting);
	if (status == IO_TIMEOUT) {
		step(run, "greeting", STEP_FAIL, "the server said nothing "
		    "within %d s", run->timeout);
		fail(run, "%s port %d accepted the connection but said "
		    "nothing", host(run), port(run));
		hint(run, "the port may expect TLS from the first byte "
		    "(try --ssl), or a filter holds the connection");
		return false;
	}
	if (status == IO_STALLED) {
		step(run, "greeting", STEP_FAIL, "\"%s\", then nothing within "
		    "%d s", text, run->timeout);
		hint(run, "the server or a filter on the way stopped in the "
		    "middle of a line: try again, or from another network");
		return fail(run, "the greeting of %s started but did not "
		    "finish", host(run));
	}
	if (status != IO_OK) {
		step(run, "greeting", STEP_FAIL, "%s", io_words(status));
		return fail(run, "no greeting from %s: %s", host(run),
		    io_words(status));
	}
	if (greeting == GREETING_FOREIGN) {
		step(run, "greeting", STEP_FAIL, "\"%s\"", text);
		fail(run, "%s port %d does not speak %s", host(run), port(run),
		    protocol_label(protocol));
		hint(run, "check the port with 'ovhmail list'");
		return false;
	}
	step(run, "greeting", greeting == GREETING_OK ? STEP_OK : STEP_FAIL,
	    "%s", text);
	run->talking = true;
	if (greeting == GREETING_REFUSED)
		return fail(run, "%s refuses clients: \"%s\"", host(run), text);
	return true;
}

static bool
capabilities(struct run *run, struct capabilities *caps)
{
	enum protocol protocol = run->record->server->protocol;
	enum io status = probe_capabilities(&run->conn, protocol, caps);

	if (status != IO_OK) {
		step(run, "capabilities", STEP_FAIL, "%s", io_words(status));
		return fail(run, "%s did not list its capabilities: %s",
		    host(run), io_words(status));
	}
	step(run, "capabilities", STEP_OK, "AUTH %s%s%s",
	    caps->auth[0] != '\0' ? caps->auth : _("(none)"),
	    caps->starttls ? ", STARTTLS" : "",
	    caps->login_disabled ? ", LOGINDISABLED" : "");
	return true;
}

static bool
upgrade(struct run *run, struct capabilities *caps)
{
	enum protocol protocol = run->record->server->protocol;
	char reply[256];
	bool accepted;

	if (!caps->starttls) {
		step(run, "starttls", STEP_FAIL, "not offered");
		fail(run, "%s does not offer STARTTLS on port %d", host(run),
		    port(run));
		hint_alternative(run, "check the port with 'ovhmail list'");
		return false;
	}
	if (probe_starttls(&run->conn, protocol, &accepted, reply,
	    sizeof(reply)) != IO_OK || !accepted) {
		step(run, "starttls", STEP_FAIL, "\"%s\"", reply);
		return fail(run, "%s refused STARTTLS", host(run));
	}
	/*
	 * Whatever follows the answer in plain text was meant to pass for
	 * TLS (CVE-2011-0411): a server does not do that, an attacker does.
	 */
	if (conn_pending(&run->conn)) {
		step(run, "starttls", STEP_FAIL, "\"%s\", then more in plain "
		    "text before TLS began", reply);
		hint(run, "someone on the way may be injecting commands: "
		    "do not use this network for mail");
		return fail(run, "%s sent plain text after accepting "
		    "STARTTLS: an attack, or a broken server", host(run));
	}
	step(run, "starttls", STEP_OK, "\"%s\"", reply);
	return start_tls(run) && capabilities(run, caps);
}

/* A client must be able to log in without sending the password bare. */
static void
judge_login(struct run *run, const struct capabilities *caps)
{
	const struct server *s = run->record->server;
	bool can_login = caps->auth[0] != '\0' ||
	    (s->protocol == PROTOCOL_IMAP && !caps->login_disabled) ||
	    (s->protocol == PROTOCOL_POP3 && (caps->user_pass || !caps->known));

	if (s->auth_required && !can_login) {
		step(run, "login", STEP_FAIL, "no way to log in is offered");
		fail(run, "%s offers no way to log in on port %d", host(run),
		    port(run));
		if (s->protocol == PROTOCOL_SMTP)
			hint(run, "without SMTP authentication, mail is "
			    "refused with \"553 ... relayed\" (ovhmail "
			    "explain 553)");
		return;
	}
	if (s->security == SECURITY_NONE)
		step(run, "login", STEP_NOTE, "the password would cross the "
		    "network unencrypted%s", caps->starttls ?
		    _("; the server offers STARTTLS") : "");
}

/* Why the password was not sent to a server whose check failed. */
static const char *
not_tried(const struct run *run)
{
	const char *why;

	if (!run->connected)
		return _("there was no connection");
	if (!login_may_send(&run->conn, &why))
		return why;
	return _("the check failed before the login");
}

/* What errors.json knows of the reply, else the usual causes. */
static void
explain_rejection(struct run *run, const char *reply)
{
	const struct known_error *known = NULL;

	if (run->options->errors != NULL)
		known = explain_best(run->options->errors, reply,
		    strlen(reply));
	if (known != NULL)
		hint(run, "%s %s (ovhmail explain %s)", gettext(known->meaning),
		    gettext(known->fix), known->code != NULL ? known->code :
		    known->status);
	else
		hint(run, "check the address and the password; if both are "
		    "right, the account may be blocked: log in to the webmail "
		    "to see (ovhmail webmail)");
}

/* The login test: only after everything else worked, and only in TLS. */
static void
log_in(struct run *run, bool ok, const struct capabilities *caps)
{
	const char *user = run->record->username;
	char reply[256];

	if (!ok) {
		step(run, "login", STEP_FAIL, "not tried, nothing was sent: %s",
		    not_tried(run));
		return;
	}
	switch (login_try(&run->conn, run->record->server->protocol, caps,
	    user, run->options->password, reply, sizeof(reply))) {
	case LOGIN_ACCEPTED:
		step(run, "login", STEP_OK, "%s accepted: \"%s\"", user, reply);
		return;
	case LOGIN_REJECTED:
		step(run, "login", STEP_FAIL, "%s rejected: \"%s\"", user,
		    reply);
		fail(run, "%s rejected the password of %s", host(run), user);
		explain_rejection(run, reply);
		return;
	case LOGIN_NOT_SENT:
		step(run, "login", STEP_FAIL, "not tried, nothing was sent: %s",
		    reply);
		fail(run, "the password was not sent to %s: %s", host(run),
		    reply);
		hint(run, "ovhmail sends a password only inside TLS whose "
		    "certificate verified");
		return;
	case LOGIN_TOO_LONG:
		step(run, "login", STEP_FAIL, "the server sent too many lines");
		fail(run, "%s sent too many lines during the login",
		    host(run));
		return;
	case LOGIN_BROKEN:
		break;
	}
	step(run, "login", STEP_FAIL, "the server stopped answering");
	fail(run, "%s stopped answering during the login", host(run));
}

/* Everything after the name is resolved: connect, TLS, the protocol. */
static void *
converse(void *argument)
{
	struct run *run = argument;
	enum security security = run->record->server->security;
	struct capabilities caps;
	long begin = monotonic_ms();
	bool ok;

	ok = connect_any(run, &run->addresses);
	ok = ok && (security != SECURITY_SSL || start_tls(run));
	ok = ok && greet(run) && capabilities(run, &caps);
	if (ok && security == SECURITY_STARTTLS)
		ok = upgrade(run, &caps);
	if (ok)
		judge_login(run, &caps);
	if (run->options->password != NULL)
		log_in(run, ok, &caps);
	/* The goodbye is ours, not the server's: it is not timed. */
	run->result->elapsed_ms = monotonic_ms() - begin;
	if (!run->connected)
		return NULL;
	if (run->talking)
		probe_goodbye(&run->conn, run->record->server->protocol);
	conn_close(&run->conn);
	return NULL;
}

/* Starts the entry's check, in a thread when one can be had. */
static void
start_entry(struct run *run)
{
	run->threaded = false;
	if (!resolve(run, &run->addresses))
		return;
	if (pthread_create(&run->thread, NULL, converse, run) == 0)
		run->threaded = true;
	else
		converse(run);
}

static void
finish_entry(struct run *run)
{
	if (run->threaded)
		pthread_join(run->thread, NULL);
	run->threaded = false;
	if (run->result->works)
		snprintf(run->result->verdict, sizeof(run->result->verdict),
		    "works");
}

/*
 * The legacy entries (MX Plan's plain-text IMAP and POP3) are not what
 * a client should use: they are checked only with --legacy, as export
 * writes them only then.
 */
static bool
needs_legacy(const struct record *record,
    const struct check_options *options)
{
	return record->server->status == STATUS_LEGACY && !options->legacy;
}

static bool
chosen(const struct record *record, const struct query *query,
    const struct check_options *options)
{
	if (query->protocol != PROTOCOL_ANY &&
	    record->server->protocol != query->protocol)
		return false;
	return !options->ssl_given || record->server->ssl == query->ssl;
}

/* As a plugin: its status, and no message, for main() to exit with. */
static int
report_plugin(const struct check_options *options,
    struct check_result *results, size_t n, struct problem *problem)
{
	enum plugin_status status;

	status = check_report_nagios(stdout, results, n, options);
	if (status != PLUGIN_OK)
		problem_set(problem, (int)status, NULL, "%s", "");
	return problem->status;
}

static int
report(const struct check_options *options, struct check_result *results,
    size_t n, size_t left_out, struct problem *problem)
{
	size_t i, working = 0;
	int local = 0;

	for (i = 0; i < n; i++) {
		working += results[i].works;
		if (results[i].local != 0)
			local = results[i].local;
	}
	/* This machine kept the check from being made: main's UNKNOWN. */
	if (local != 0 && options->format == CHECK_NAGIOS)
		return problem_set(problem, EX_OSERR, "check", "%s",
		    strerror(local));
	if (options->format == CHECK_NAGIOS)
		return report_plugin(options, results, n, problem);
	if (options->format == CHECK_JSON)
		check_report_json(stdout, results, n, left_out);
	else
		check_report_summary(stdout, results, n, left_out);
	if (local != 0)
		return problem_set(problem, EX_OSERR, "check", "%s",
		    strerror(local));
	if (working < n)
		return problem_set(problem, EX_UNAVAILABLE, "check",
		    ngettext("%zu of %zu server does not work from here",
		    "%zu of %zu servers do not work from here", n),
		    n - working, n);
	return EX_OK;
}

/*
 * The chosen entries, each with its run and result; the count.  The
 * legacy entries left out are counted in *left_out.
 */
static size_t
choose(const struct answer *answer, const struct query *query,
    const struct check_options *options, struct run *runs,
    struct check_result *results, size_t *left_out)
{
	size_t i, n = 0;

	*left_out = 0;
	for (i = 0; i < answer->count; i++) {
		if (!chosen(&answer->records[i], query, options))
			continue;
		if (needs_legacy(&answer->records[i], options)) {
			(*left_out)++;
			continue;
		}
		runs[n].options = options;
		runs[n].answer = answer;
		runs[n].record = &answer->records[i];
		runs[n].timeout = options->timeout;
		runs[n].result = &results[n];
		results[n].record = runs[n].record;
		results[n].works = true;
		results[n].connect_ms = CHECK_NOT_MEASURED;
		results[n].tls_ms = CHECK_NOT_MEASURED;
		results[n].elapsed_ms = CHECK_NOT_MEASURED;
		n++;
	}
	return n;
}

/*
 * Every entry at once, within one deadline.  The name lookups (child
 * processes) all start before any thread does, so that no process forks
 * while threads run.  The text report keeps the table's order: an entry
 * is printed once it and all before it are done.
 */
static void
check_all(struct run *runs, size_t n, SSL_CTX *ctx,
    const struct check_options *options)
{
	long deadline = monotonic_ms() + options->timeout * 1000L;
	size_t i;

	for (i = 0; i < n; i++) {
		runs[i].ctx = ctx;
		runs[i].deadline_ms = deadline;
		net_resolve_start(runs[i].record->host,
		    runs[i].record->server->port, &runs[i].resolver);
	}
	for (i = 0; i < n; i++)
		start_entry(&runs[i]);
	for (i = 0; i < n; i++) {
		finish_entry(&runs[i]);
		if (options->format == CHECK_TEXT) {
			check_report_text(stdout, runs[i].result,
			    options->colour);
			fflush(stdout);
		}
	}
}

/* Nothing to check: the entries matched, if any, are all legacy. */
static int
none_chosen(size_t left_out, struct problem *problem)
{
	if (left_out > 0)
		return problem_set(problem, EX_UNAVAILABLE, "check",
		    ngettext("only %zu legacy server entry matches: add "
		    "--legacy to check it", "only %zu legacy server entries "
		    "match: add --legacy to check them", left_out), left_out);
	return problem_set(problem, EX_UNAVAILABLE, "check",
	    "no server entry matches");
}

int
check_run(const struct dataset *data, const struct query *query,
    const struct check_options *options, struct problem *problem)
{
	struct query all = *query;
	struct check_result *results = NULL;
	struct run *runs = NULL;
	struct answer answer;
	SSL_CTX *ctx;
	size_t n = 0, left_out = 0;

	/* A server that hangs up must not kill us with SIGPIPE. */
	signal(SIGPIPE, SIG_IGN);
	all.protocol = PROTOCOL_ANY;
	if (lookup(data, &all, &answer, problem) != EX_OK)
		return problem->status;
	if ((ctx = tls_context(options->cafile, problem)) == NULL)
		goto done;
	if ((results = calloc(answer.count, sizeof(*results))) == NULL ||
	    (runs = calloc(answer.count, sizeof(*runs))) == NULL) {
		problem_set(problem, EX_OSERR, NULL, "out of memory");
		goto done;
	}
	n = choose(&answer, query, options, runs, results, &left_out);
	for (size_t i = 0; i < n; i++)
		runs[i].data = data;
	check_all(runs, n, ctx, options);
	if (n == 0)
		none_chosen(left_out, problem);
	else
		report(options, results, n, left_out, problem);
done:
	free(runs);
	free(results);
	SSL_CTX_free(ctx);
	answer_free(&answer);
	return problem->status;
}
