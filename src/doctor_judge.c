/*
 * doctor's judgement: the problems each step's report shows, ranked by
 * how likely each is to be the cause of the user's trouble (the explained
 * error says where to look first), and a line for each step that found
 * nothing wrong.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "doctor.h"
#include "i18n.h"
#include "phrases.h"
#include "problem.h"
#include "quote.h"
#include "strprintf.h"

/*
 * How likely a cause each kind of problem is, the likeliest highest; a
 * problem where the explained error points gains RANK_FOCUS.
 */
enum {
	RANK_PASSWORD		= 10,	/* a password stored: a risk */
	RANK_UNREAD		= 15,	/* a client's file not read */
	RANK_DNS_OTHER		= 25,	/* autodiscover, SRV */
	RANK_SENDING_DNS	= 40,	/* SPF, DKIM, DMARC */
	RANK_CLIENT		= 55,	/* a client's setting */
	RANK_CLIENT_SERVER	= 60,	/* a client's server, port, security */
	RANK_SERVER		= 70,	/* a server does not work from here */
	RANK_LOGIN		= 75,	/* the login was refused */
	RANK_MX			= 80,	/* no mail comes in */
	RANK_NOT_MADE		= 85,	/* a step could not be made */
	RANK_NOT_OVHCLOUD	= 90,
	RANK_UNTESTED		= 94,	/* a test the error asks for */
	RANK_ERROR		= 95,	/* what the error the user saw means */
	RANK_FOCUS		= 100
};

#define MAX_ERRORS_SHOWN	10	/* explained errors made problems */

const char *
doctor_step_name(enum doctor_step step)
{
	static const char *const names[] = { "discover", "verify", "check",
		"audit", "explain" };

	return step < DOCTOR_STEPS ? names[step] : "";
}

/* A message for gettext, translated for the text report only. */
static const char *
say(const struct doctor *d, const char *message)
{
	return d->translate && message != NULL && message[0] != '\0' ?
	    gettext(message) : message;
}

/* FORMAT, said as say() does, filled in. */
static char *
print(const struct doctor *d, const char *format, ...)
{
	va_list ap;
	char *text;

	va_start(ap, format);
	text = str_vprintf(say(d, format), ap);
	va_end(ap);
	return text;
}

/* ONE or MANY as N asks, in the language's own plural for people. */
static char *
print_n(const struct doctor *d, const char *one, const char *many,
    unsigned long n, ...)
{
	va_list ap;
	char *text;

	va_start(ap, n);
	text = str_vprintf(d->translate ? ngettext(one, many, n) : n == 1 ? one :
	    many, ap);
	va_end(ap);
	return text;
}

static const cJSON *
member(const cJSON *object, const char *key)
{
	return cJSON_GetObjectItemCaseSensitive(object, key);
}

/* A string member, or FALLBACK. */
static const char *
text_of(const cJSON *object, const char *key, const char *fallback)
{
	const cJSON *value = member(object, key);

	return cJSON_IsString(value) ? value->valuestring : fallback;
}

static long
number_of(const cJSON *object, const char *key)
{
	const cJSON *value = member(object, key);

	return cJSON_IsNumber(value) ? (long)value->valuedouble : 0;
}

static bool
true_of(const cJSON *object, const char *key)
{
	return cJSON_IsTrue(member(object, key));
}

static const cJSON *
root_of(const struct doctor *d, enum doctor_step step)
{
	return d->steps[step].doc != NULL ?
	    json_doc_root(d->steps[step].doc) : NULL;
}

/*
 * A problem of KIND (a stable word for scripts); WHAT and FIX are taken
 * over (NULL WHAT: out of memory).  NULL when it could not be kept.
 */
static struct doctor_problem *
add(struct doctor *d, enum doctor_step step, const char *kind, int rank,
    unsigned focus, char *what, char *fix, const char *file, long line)
{
	struct doctor_problem *p;

	if (what == NULL || d->nproblems == DOCTOR_MAX_PROBLEMS) {
		if (what != NULL)
			d->left_out++;
		free(what);
		free(fix);
		return NULL;
	}
	p = &d->problems[d->nproblems++];
	p->step = step;
	p->kind = kind;
	p->rank = rank + ((focus & d->focus) ? RANK_FOCUS : 0);
	p->focus = focus;
	p->what = what;
	p->fix = fix;
	p->file = file;
	p->line = line;
	p->order = d->nproblems;
	return p;
}

static void
fine(struct doctor *d, enum doctor_step step, char *line)
{
	free(d->fine[step]);
	d->fine[step] = line;
}

/* A step that could not be made: why, and what then. */
static bool
not_made(struct doctor *d, enum doctor_step step, const char *what,
    const char *fix)
{
	const struct doctor_step_result *r = &d->steps[step];

	if (r->made || r->skipped)
		return false;
	add(d, step, "not_made", RANK_NOT_MADE, 0, print(d, what, r->why),
	    print(d, "%s", say(d, fix)), NULL, 0);
	return true;
}

/* --- the error the user saw: where it points */

static unsigned
focus_of(const char **names, size_t n)
{
	unsigned focus = 0;
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = 0; errors_look_at_ids[j] != NULL; j++)
			if (strcmp(names[i], errors_look_at_ids[j]) == 0)
				focus |= 1u << j;
	return focus;
}

/*
 * Where an error points: the error's own look_at; else its enhanced
 * status's ("X.7.26"), which is narrower than a reason that joins a login
 * refused with SPF failed; else its reason's.
 */
static unsigned
group_focus(const struct error_book *book, const cJSON *group)
{
	const char *id = text_of(group, "id", NULL);
	const char *reason = text_of(group, "reason", NULL);
	const char *status = text_of(group, "status", NULL);
	const struct generic_meaning *g;
	const struct reason *r;
	char detail[32];
	size_t i;

	for (i = 0; id != NULL && i < book->nerrors; i++)
		if (strcmp(book->errors[i].id, id) == 0 &&
		    book->errors[i].nlook_at > 0)
			return focus_of(book->errors[i].look_at,
			    book->errors[i].nlook_at);
	if (status != NULL && status[0] != '\0' &&
	    (size_t)snprintf(detail, sizeof(detail), "X%s", status + 1) <
	    sizeof(detail) && (g = errors_generic(book, detail)) != NULL &&
	    g->nlook_at > 0)
		return focus_of(g->look_at, g->nlook_at);
	if (reason != NULL && (r = errors_reason(book, reason)) != NULL)
		return focus_of(r->look_at, r->nlook_at);
	return 0;
}

struct words_reason {
	const struct error_book	*book;
	const struct reason	*first;
};

static void
reason_found(unsigned owner, void *context)
{
	struct words_reason *w = context;

	if (w->first == NULL && owner >= w->book->nerrors &&
	    owner - w->book->nerrors < w->book->nreasons)
		w->first = &w->book->reasons[owner - w->book->nerrors];
}

/*
 * Words explain knows no reply in ("Connection refused", as a client
 * says it) still name a reason by the reasons' texts.
 */
static const struct reason *
reason_of_words(const struct error_book *book, const char *text)
{
	struct words_reason w = { book, NULL };

	if (text != NULL && book->phrases != NULL)
		phrases_find(book->phrases, text, strlen(text), reason_found,
		    &w);
	return w.first;
}

static void
judge_focus(struct doctor *d, const struct error_book *book,
    const char *error_text)
{
	const cJSON *groups = member(root_of(d, DOCTOR_EXPLAIN), "groups");
	const cJSON *group;
	const struct reason *r;

	cJSON_ArrayForEach(group, groups) {
		d->focus |= group_focus(book, group);
	}
	if (cJSON_GetArraySize(groups) == 0 &&
	    (r = reason_of_words(book, error_text)) != NULL) {
		d->focus |= focus_of(r->look_at, r->nlook_at);
		d->words_reason = r;
	}
}

/* --- step 1: which offer */

/* What DNS names, and whether --offer, --region or --server say else. */
static void
judge_found(struct doctor *d, const cJSON *root)
{
	const struct offer *offer = data_offer(d->data, text_of(root,
	    "offer", ""));
	const struct region *region = data_region(d->data, text_of(root,
	    "region", ""));
	long number = number_of(root, "server_number");
	const char *sure = say(d, strcmp(text_of(root, "confidence", ""),
	    "certain") == 0 ? N_("certain") : N_("likely"));
	char *server;

	if (offer == NULL || region == NULL)
		return;
	server = number > 0 ? print(d, N_(", server %ld"), number) : NULL;
	if (offer != d->offer || region != d->region ||
	    (number > 0 && d->server > 0 && number != d->server))
		add(d, DOCTOR_DISCOVER, "offer_mismatch", RANK_NOT_OVHCLOUD - 1,
		    0, print(d, N_("the domain's DNS points at %s in %s%s (%s), "
		    "not at what was given: %s in %s"), offer->name,
		    region->name, server != NULL ? server : "", sure,
		    d->offer->name, d->region->name), print(d, N_("If the mailbox is on %s, "
		    "leave out --offer, --region and --server: the other steps "
		    "compared with what was given, and what they say to change "
		    "may be wrong."), offer->name), NULL, 0);
	else
		fine(d, DOCTOR_DISCOVER, print(d, N_("the domain's DNS points "
		    "at %s in %s (%s)"), offer->name, region->name, sure));
	free(server);
}

static void
judge_discover(struct doctor *d)
{
	const cJSON *root = root_of(d, DOCTOR_DISCOVER);

	if (not_made(d, DOCTOR_DISCOVER, N_("the domain's DNS could not be "
	    "read: %s"), N_("Check this machine's network and DNS resolver, "
	    "or give --resolver IP; the other steps used the table's default "
	    "offer and region, or --offer and --region.")))
		return;
	if (!true_of(root, "exists"))
		add(d, DOCTOR_DISCOVER, "nxdomain", RANK_NOT_OVHCLOUD, 0, print(d,
		    N_("%s does not exist in DNS (NXDOMAIN): no mail reaches "
		    "it"), d->domain), print(d, N_("Check the domain's "
		    "spelling and that it is registered and renewed; ovhmail "
		    "export dns --domain %s --offer %s gives the records to "
		    "publish."), d->domain, d->offer->id), NULL, 0);
	else if (!true_of(root, "ovhcloud") && !d->offer_given)
		add(d, DOCTOR_DISCOVER, "not_ovhcloud", RANK_NOT_OVHCLOUD, 0,
		    print(d,
		    N_("the MX records of %s are not OVHcloud's: mail sent to "
		    "it does not reach an OVHcloud mailbox"), d->domain),
		    print(d, N_("If the mailbox is at OVHcloud, publish the "
		    "records of ovhmail export dns --domain %s --offer OFFER; "
		    "give --offer to check the rest against that offer."),
		    d->domain), NULL, 0);
	else
		judge_found(d, root);
}

/* --- step 2: the domain's DNS */

/* A record's kind for people, and where the explained error looks. */
static const char *
record_label(const char *check, int *rank, unsigned *focus)
{
	*rank = RANK_DNS_OTHER;
	*focus = 0;
	if (strcmp(check, "mx") == 0) {
		*rank = RANK_MX;
		return "MX";
	}
	if (strcmp(check, "spf") == 0 || strcmp(check, "dkim") == 0 ||
	    strcmp(check, "dmarc") == 0) {
		*rank = RANK_SENDING_DNS;
		*focus = FOCUS_SENDING_DNS;
		return strcmp(check, "spf") == 0 ? "SPF" :
		    strcmp(check, "dkim") == 0 ? "DKIM" : "DMARC";
	}
	return strcmp(check, "srv") == 0 ? "SRV" : check;
}

static void
judge_record(struct doctor *d, const cJSON *record)
{
	const char *status = text_of(record, "status", "");
	const char *name = text_of(record, "name", "");
	const char *found = text_of(record, "found", NULL);
	const char *expected = text_of(record, "expected", NULL);
	const char *why = say(d, text_of(record, "why", NULL));
	const char *label, *kind = "record_missing";
	struct doctor_problem *p;
	unsigned focus;
	char *what;
	int rank;

	label = record_label(text_of(record, "check", ""), &rank, &focus);
	if (strcmp(status, "missing") == 0)
		what = print(d, N_("no %s record at %s"), label, name);
	else if (strcmp(status, "wrong") == 0) {
		kind = "record_wrong";
		what = print(d, N_("the %s record at %s is wrong: %s"), label,
		    name, found != NULL ? found : "");
	} else if (strcmp(status, "extra") == 0) {
		kind = "record_extra";
		what = print(d, N_("the %s record at %s should not be there: "
		    "%s"), label, name, found != NULL ? found : "");
		expected = NULL;
	} else if (strcmp(status, "unchecked") == 0 &&
	    (d->focus & FOCUS_SENDING_DNS) && strcmp(label, "DKIM") == 0) {
		/* A test to make, not a cause found: after the error. */
		kind = "record_unchecked";
		what = print(d, N_("the %s record at %s was not checked"),
		    label, name);
		rank = RANK_UNTESTED;
		focus = 0;
	} else
		return;
	/* The zone line goes apart, never wrapped: it is to be copied. */
	p = add(d, DOCTOR_VERIFY, kind, rank, focus, what, expected != NULL ?
	    (why != NULL ? print(d, N_("Publish the record below: %s"), why) :
	    print(d, N_("Publish the record below."))) : why != NULL ?
	    print(d, "%s", why) : print(d, N_("Remove it.")), NULL, 0);
	if (p != NULL && expected != NULL)
		p->record = strdup(expected);
}

static void
judge_verify(struct doctor *d)
{
	const cJSON *root = root_of(d, DOCTOR_VERIFY), *record;
	const char *state = text_of(root, "state", "");
	size_t before = d->nproblems;

	if (not_made(d, DOCTOR_VERIFY, N_("the domain's DNS could not be "
	    "checked: %s"), N_("Check this machine's network and DNS "
	    "resolver, or give --resolver IP.")))
		return;
	if (strcmp(state, "right") != 0 && strcmp(state, "wrong") != 0)
		return;
	cJSON_ArrayForEach(record, member(root, "records")) {
		judge_record(d, record);
	}
	if (d->nproblems == before)
		fine(d, DOCTOR_VERIFY, print(d, cJSON_GetArraySize(member(root,
		    "unchecked")) > 0 ? N_("the domain's DNS is what %s needs; "
		    "DKIM not checked (give --dkim-selector)") :
		    N_("the domain's DNS is what %s needs"), d->offer->name));
}

/* --- step 3: the servers from here */

/* The step of a check that failed: "connect", "tls", "login"... */
static const char *
failed_step(const cJSON *server)
{
	const cJSON *step;
	const char *status;

	cJSON_ArrayForEach(step, member(server, "steps")) {
		status = text_of(step, "status", "ok");
		if (strcmp(status, "ok") != 0 && strcmp(status, "note") != 0)
			return text_of(step, "step", "");
	}
	return "";
}

/* "imap 993 (ssl)": a server, as a failure lists those it concerns. */
static void
server_words(const cJSON *server, char *words, size_t size)
{
	snprintf(words, size, "%s %ld (%s)", text_of(server, "protocol", ""),
	    number_of(server, "port"), text_of(server, "security", ""));
}

/*
 * The servers that fail the same way are one problem: a refused
 * password, or a machine that cannot resolve names, is said once.
 */
static void
judge_failures(struct doctor *d, const cJSON *servers, const cJSON *first)
{
	const char *verdict = text_of(first, "verdict", "");
	const char *hint = text_of(first, "hint", "");
	bool login = strcmp(failed_step(first), "login") == 0;
	char list[1024] = "", words[128];
	const cJSON *server;
	size_t used = 0;

	cJSON_ArrayForEach(server, servers) {
		if (true_of(server, "works") ||
		    strcmp(text_of(server, "verdict", ""), verdict) != 0 ||
		    strcmp(text_of(server, "hint", ""), hint) != 0)
			continue;
		if (server != first && server < first)
			return;	/* said with the first of its kind */
		server_words(server, words, sizeof(words));
		if (used < sizeof(list))
			used += (size_t)snprintf(list + used, sizeof(list) -
			    used, "%s%s", used > 0 ? ", " : "", words);
	}
	add(d, DOCTOR_CHECK, login ? "login_refused" : "server_fails", login ?
	    RANK_LOGIN : RANK_SERVER, login ? FOCUS_LOGIN : FOCUS_CONNECTION,
	    print(d, login ? N_("the login fails on %s of %s: %s") :
	    N_("%s of %s do not work from here: %s"), list,
	    text_of(first, "host", ""), say(d, verdict)), hint[0] != '\0' ?
	    print(d, "%s", say(d, hint)) : NULL, NULL, 0);
}

static void
judge_check(struct doctor *d)
{
	const cJSON *servers = member(root_of(d, DOCTOR_CHECK), "servers");
	const cJSON *server;
	size_t working = 0, before = d->nproblems;
	bool all_work;

	if (not_made(d, DOCTOR_CHECK, N_("the servers could not be checked: "
	    "%s"), N_("Give what the message asks for (--server N, say), or "
	    "check this machine's network.")))
		return;
	cJSON_ArrayForEach(server, servers) {
		if (true_of(server, "works"))
			working++;
		else
			judge_failures(d, servers, server);
	}
	all_work = d->nproblems == before;
	if ((d->focus & FOCUS_LOGIN) && !d->login)
		add(d, DOCTOR_CHECK, "login_untested", RANK_UNTESTED, 0,
		    print(d, N_("the login was not tested")), print(d,
		    N_("Run ovhmail doctor %s --login: it logs in to each "
		    "server, only inside TLS whose certificate verified; and "
		    "check the account's state in the OVHcloud Control "
		    "Panel."), d->address), NULL, 0);
	/* The error said the login failed; here it works. */
	if ((d->focus & FOCUS_LOGIN) && d->login && all_work && working > 0)
		add(d, DOCTOR_CHECK, "login_works", RANK_ERROR + 1, 0, print(d,
		    N_("the address and the password given work from here")),
		    print(d, N_("The client that failed uses another username "
		    "(OVHcloud's is the full address) or another password, an "
		    "old one stored in its settings perhaps: correct them "
		    "there.")), NULL, 0);
	if (all_work)
		fine(d, DOCTOR_CHECK, d->login ? print_n(d, "%zu server "
		    "answers from here, and the login works", "%zu servers "
		    "answer from here, and the login works", working, working) :
		    print_n(d, "%zu server answers from here", "%zu servers "
		    "answer from here", working, working));
}

/* --- step 4: the clients' own files */

/* What each field's difference means for the trouble, and its rank. */
static void
field_weight(const char *field, int *rank, unsigned *focus)
{
	*rank = RANK_CLIENT;
	*focus = 0;
	if (strcmp(field, "host") == 0 || strcmp(field, "port") == 0 ||
	    strcmp(field, "security") == 0) {
		*rank = RANK_CLIENT_SERVER;
		*focus = FOCUS_CONNECTION;
	} else if (strcmp(field, "authentication") == 0)
		*focus = FOCUS_CLIENT_AUTH;
	else if (strcmp(field, "username") == 0)
		*focus = FOCUS_CLIENT_AUTH | FOCUS_LOGIN;
	else if (strcmp(field, "password") == 0) {
		/* An old password stored is what a refused login often is. */
		*rank = RANK_PASSWORD;
		*focus = FOCUS_LOGIN;
	}
}

static void
judge_finding(struct doctor *d, const char *file, const cJSON *finding)
{
	const char *field = text_of(finding, "field", "");
	const char *protocol = text_of(finding, "protocol", NULL);
	const char *found = text_of(finding, "found", "");
	const char *expected = text_of(finding, "expected", "");
	const char *note = say(d, text_of(finding, "note", NULL));
	unsigned focus;
	char *what, *fix;
	int rank;

	field_weight(field, &rank, &focus);
	if (strcmp(field, "password") == 0) {
		what = print(d, N_("the password is stored in the file"));
		fix = print(d, N_("Remove it, and let the client ask a "
		    "password manager with %s"), expected);
	} else {
		what = protocol != NULL ? print(d, N_("%s %s is %s where "
		    "OVHcloud's table says %s"), protocol, field, found,
		    expected) : print(d, N_("%s is %s where OVHcloud's table "
		    "says %s"), field, found, expected);
		fix = note != NULL ? print(d, N_("Set it to %s (%s)"), expected,
		    note) : print(d, N_("Set it to %s"), expected);
	}
	add(d, DOCTOR_AUDIT, strcmp(field, "password") == 0 ?
	    "password_stored" : "setting", rank, focus, what, fix, file,
	    number_of(finding, "line"));
}

/* An account of ADDRESS on servers that are not OVHcloud's. */
static void
judge_skipped(struct doctor *d, const char *file, const cJSON *account)
{
	const char *host = text_of(account, "skipped_host", NULL);
	const char *because = text_of(account, "skipped_because", "");

	if (host == NULL)
		return;
	/* "not an OVHcloud server" is said already; "no mail server" is not. */
	add(d, DOCTOR_AUDIT, "not_ovhcloud_server", RANK_CLIENT_SERVER,
	    FOCUS_CONNECTION, strcmp(because, "not an OVHcloud server") == 0 ?
	    print(d, N_("the account uses %s, which is not an OVHcloud "
	    "server"), host) : print(d, N_("the account uses %s, which is "
	    "not an OVHcloud server (%s)"), host, say(d, because)), print(d,
	    N_("Use the servers ovhmail list --offer %s gives"),
	    d->offer->id), file, number_of(account, "line"));
}

/*
 * The accounts of ADDRESS: those whose file says it, and those on
 * OVHcloud's servers whose file says no address at all (Thunderbird's
 * servers, mbsync's User jan), which may well be the one that fails.
 */
static bool
of_address(const struct doctor *d, const cJSON *account)
{
	const char *address = text_of(account, "address", NULL);

	if (address != NULL && address[0] != '\0')
		return strcasecmp(address, d->address) == 0;
	return strcmp(text_of(account, "status", ""), "skipped") != 0;
}

/*
 * Audit's Nth file, which is doctor's Nth: its path is taken from here,
 * as it was given, not as JSON could carry it.
 */
static void
judge_file(struct doctor *d, const cJSON *file, size_t n, size_t *files_read,
    size_t *right, size_t *accounts)
{
	const char *path = n < d->nfiles ? d->files[n] : text_of(file, "file",
	    "");
	const cJSON *account, *finding;

	if (true_of(file, "error")) {
		if (n < d->nfiles)
			d->unread[n] = true;
		add(d, DOCTOR_AUDIT, "file_unreadable", RANK_UNREAD, 0,
		    print(d, N_("the file could not be read: %s"),
		    text_of(file, "message", "")), print(d, N_("Check its name "
		    "and that it is the client's own file.")), path, 0);
		return;
	}
	(*files_read)++;
	cJSON_ArrayForEach(account, member(file, "accounts")) {
		const char *status = text_of(account, "status", "");

		if (!of_address(d, account))
			continue;
		(*accounts)++;
		if (strcmp(status, "right") == 0)
			(*right)++;
		else if (strcmp(status, "skipped") == 0)
			judge_skipped(d, path, account);
		cJSON_ArrayForEach(finding, member(account, "findings")) {
			judge_finding(d, path, finding);
		}
	}
}

static void
judge_audit(struct doctor *d)
{
	const cJSON *file;
	size_t files_read = 0, right = 0, accounts = 0, before = d->nproblems;
	size_t n = 0;

	if (d->steps[DOCTOR_AUDIT].skipped) {
		fine(d, DOCTOR_AUDIT, print(d, N_("no mail client's file in the "
		    "usual places: give the client's files after the "
		    "address")));
		return;
	}
	if (not_made(d, DOCTOR_AUDIT, N_("the clients' files could not be "
	    "read: %s"), N_("Name the files to read after the address.")))
		return;
	cJSON_ArrayForEach(file, member(root_of(d, DOCTOR_AUDIT), "files")) {
		judge_file(d, file, n++, &files_read, &right, &accounts);
	}
	if (accounts == 0 && files_read > 0)
		fine(d, DOCTOR_AUDIT, print_n(d, "no account of %2$s in the "
		    "%1$zu file read", "no account of %2$s in the %1$zu files "
		    "read", files_read, files_read, d->address));
	else if (d->nproblems == before)
		fine(d, DOCTOR_AUDIT, print_n(d, "%zu account of %s is as "
		    "OVHcloud's table says", "%zu accounts of %s are as "
		    "OVHcloud's table says", right, right, d->address));
}

/* --- step 5: the error the user saw */

static void
judge_group(struct doctor *d, const cJSON *group)
{
	const cJSON *conflict = member(group, "conflict");
	const cJSON *to = cJSON_GetArrayItem(member(group,
	    "sample_recipients"), 0);
	const char *fix = say(d, text_of(group, "fix", NULL));
	const char *code = text_of(group, "code", "");
	const char *status = text_of(group, "status", "");
	const char *meaning = say(d, text_of(group, "meaning", ""));
	char reply[32], *what, *both;

	snprintf(reply, sizeof(reply), "%s%s%s", code, code[0] != '\0' &&
	    status[0] != '\0' ? " " : "", status);
	what = cJSON_IsString(to) ? print(d, N_("the error %s for %s: %s"),
	    reply, to->valuestring, meaning) : print(d, N_("the error %s: "
	    "%s"), reply, meaning);
	if (fix != NULL && cJSON_IsObject(conflict))
		both = print(d, N_("%s (Another OVHcloud guide says otherwise: "
		    "%s)"), fix, say(d, text_of(conflict, "fix", "")));
	else
		both = fix != NULL ? print(d, "%s", fix) : NULL;
	add(d, DOCTOR_EXPLAIN, "error", RANK_ERROR, 0, what, both, NULL, 0);
}

/* What to do where the words of an error point. */
static const char *
focus_fix(unsigned focus)
{
	if (focus & FOCUS_CONNECTION)
		return N_("Compare the server, port and security the client "
		    "uses with ovhmail list: a firewall, an antivirus or the "
		    "network on the client's side may block them, even when "
		    "ovhmail check reaches them from here.");
	if (focus & FOCUS_LOGIN)
		return N_("Check the username (the full address) and the "
		    "password in the client; --login tests them from here.");
	if (focus & FOCUS_CLIENT_AUTH)
		return N_("Turn on SMTP authentication in the client, with "
		    "the full address as the username.");
	if (focus & FOCUS_SENDING_DNS)
		return N_("Check the sending domain's SPF, DKIM and DMARC with "
		    "ovhmail verify.");
	return N_("Give the server's whole reply or the bounce, and compare "
	    "the client's settings with ovhmail list and ovhmail guide.");
}

/* --error's words, when explain knows no reply in them. */
static void
judge_words(struct doctor *d)
{
	const struct reason *r = d->words_reason;
	char text[PROBLEM_ECHO_SIZE];

	quote_cut(text, sizeof(text), d->error_text);
	add(d, DOCTOR_EXPLAIN, r != NULL ? "error_words" : "error_unknown",
	    RANK_ERROR - 2, 0, r != NULL ? print(d, N_("'%s' is no reply "
	    "ovhmail knows; its words say: %s"), text, say(d, r->meaning)) :
	    print(d, N_("'%s' is no reply ovhmail knows"), text), print(d,
	    "%s", say(d, focus_fix(d->focus))), NULL, 0);
}

static void
judge_explain(struct doctor *d)
{
	const cJSON *root = root_of(d, DOCTOR_EXPLAIN), *group;
	size_t shown = 0;

	if (not_made(d, DOCTOR_EXPLAIN, N_("the error could not be "
	    "explained: %s"), N_("Give the server's whole reply with --error, "
	    "or the bounce on standard input.")))
		return;
	cJSON_ArrayForEach(group, member(root, "groups")) {
		if (shown++ < MAX_ERRORS_SHOWN)
			judge_group(d, group);
		else
			d->left_out++;
	}
	if (shown > 0)
		return;
	if (d->error_text != NULL)
		judge_words(d);
	else if (d->steps[DOCTOR_EXPLAIN].skipped ||
	    number_of(root, "messages") + number_of(root, "lines") == 0)
		fine(d, DOCTOR_EXPLAIN, print(d, N_("no error given (--error "
		    "TEXT, or a bounce or log on standard input)")));
	else
		fine(d, DOCTOR_EXPLAIN, print(d, N_("no failure in what was "
		    "given")));
}

/* --- all of it */

static int
by_rank(const void *a, const void *b)
{
	const struct doctor_problem *p = a, *q = b;

	if (p->rank != q->rank)
		return p->rank > q->rank ? -1 : 1;
	return p->order < q->order ? -1 : p->order > q->order;
}

void
doctor_judge(struct doctor *d, const struct error_book *book)
{
	judge_focus(d, book, d->error_text);
	judge_discover(d);
	judge_verify(d);
	judge_check(d);
	judge_audit(d);
	judge_explain(d);
	qsort(d->problems, d->nproblems, sizeof(d->problems[0]), by_rank);
}

void
doctor_free(struct doctor *d)
{
	size_t i;

	for (i = 0; i < d->nproblems; i++) {
		free(d->problems[i].what);
		free(d->problems[i].fix);
		free(d->problems[i].record);
	}
	for (i = 0; i < DOCTOR_STEPS; i++) {
		json_doc_free(d->steps[i].doc);
		free(d->steps[i].said);
		free(d->fine[i]);
	}
	for (i = 0; i < d->nfiles; i++)
		free(d->files[i]);
}
