/* neomutt(1) settings, to source from ~/.config/neomutt/neomuttrc. */
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

void
export_neomutt(FILE *out, const struct export *e)
{
	bool starttls = e->imap->server->security == SECURITY_STARTTLS ||
	    e->smtp->server->security == SECURITY_STARTTLS;
	bool plain = e->imap->server->security == SECURITY_NONE ||
	    e->smtp->server->security == SECURITY_NONE;

	export_header(out, "#", "neomutt", e, "each *_pass line");
	export_plaintext_warnings(out, "#", "", e);
	putc('\n', out);
	set(out, "from", e->email);
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
