/*
 * neomutt(1) settings, to source from ~/.config/neomutt/neomuttrc: IMAP
 * and SMTP of its own, or with --offline, as mutt-wizard wires it, the
 * Maildir that export mbsync fills for the same --account (~/Mail/ACCOUNT/,
 * EXPORT_MAILDIR) and msmtp -a ACCOUNT to send.
 */
#include "export.h"
#include "quote.h"

static const char *
scheme(const struct server *server)
{
	if (server->protocol == PROTOCOL_SMTP)
		return server->security == SECURITY_SSL ? "smtps" : "smtp";
	return server->security == SECURITY_SSL ? "imaps" : "imap";
}

static void
set(FILE *out, const char *name, const char *value)
{
	fprintf(out, "set %s = ", name);
	quote_muttrc(out, value);
	putc('\n', out);
}

/* The password comes from the command in backticks, run at start-up. */
static void
set_password(FILE *out, const char *name, const struct export *e)
{
	fprintf(out, "set %s = \"`", name);
	escape_muttrc(out, e->password_command);
	fputs("`\"\n", out);
}

static void
set_url(FILE *out, const char *name, const struct record *record)
{
	char url[512];

	snprintf(url, sizeof(url), "%s://%s:%d/", scheme(record->server),
	    record->host, record->server->port);
	set(out, name, url);
}

/* The sender: the address, and the name when --name gives one. */
static void
set_sender(FILE *out, const struct export *e)
{
	set(out, "from", e->email);
	if (e->real_name != NULL)
		set(out, "realname", e->real_name);
}

/*
 * No password here: mbsync's PassCmd and msmtp's passwordeval run the
 * command.  The account's name needs no quoting (see parse_account()),
 * but goes through quote_muttrc() all the same.
 */
static void
export_neomutt_offline(FILE *out, const struct export *e)
{
	char value[256];

	export_header(out, "#", "neomutt", e, NULL);
	fprintf(out, "# Reads the Maildir that mbsync fills (export mbsync "
	    "--account %s),\n# and sends with msmtp (export msmtp --account "
	    "%s): their files run\n# the password command, and no password "
	    "is stored here.\n", e->account, e->account);
	putc('\n', out);
	set_sender(out, e);
	set(out, "mbox_type", "Maildir");
	snprintf(value, sizeof(value), EXPORT_MAILDIR "%s", e->account);
	set(out, "folder", value);
	set(out, "spoolfile", "+INBOX");
	set(out, "record", "+Sent");
	set(out, "postponed", "+Drafts");
	snprintf(value, sizeof(value), "msmtp -a %s", e->account);
	set(out, "sendmail", value);
	/* msmtp takes the envelope sender from its account's from. */
	fputs("set use_envelope_from = no\n", out);
}

void
export_neomutt(FILE *out, const struct export *e)
{
	bool starttls = e->imap->server->security == SECURITY_STARTTLS ||
	    e->smtp->server->security == SECURITY_STARTTLS;
	bool plain = e->imap->server->security == SECURITY_NONE ||
	    e->smtp->server->security == SECURITY_NONE;

	if (e->offline) {
		export_neomutt_offline(out, e);
		return;
	}
	export_header(out, "#", "neomutt", e, "each *_pass line");
	export_plaintext_warnings(out, "#", "", e);
	if (e->account_given)
		fprintf(out, "# The account %s: with --offline, its Maildir "
		    "and its msmtp account.\n", e->account);
	putc('\n', out);
	set_sender(out, e);
	set(out, "imap_user", e->email);
	set_password(out, "imap_pass", e);
	set_url(out, "folder", e->imap);
	set(out, "spoolfile", "+INBOX");
	set(out, "record", "+Sent");
	set(out, "postponed", "+Drafts");
	set_url(out, "smtp_url", e->smtp);
	set(out, "smtp_user", e->email);
	set_password(out, "smtp_pass", e);
	fprintf(out, "set ssl_starttls = %s\n", starttls ? "yes" : "no");
	fprintf(out, "set ssl_force_tls = %s\n", plain ? "no" : "yes");
}
