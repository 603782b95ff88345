/*
 * An aerc(1) account, for ~/.config/aerc/accounts.conf (which aerc wants
 * readable by its owner only: -o writes it with mode 0600).
 */
#include <stdlib.h>

#include "export.h"
#include "quote.h"

/*
 * aerc's schemes: imaps and smtps for TLS; imap for STARTTLS, and
 * imap+insecure for none.  smtp:// is STARTTLS from aerc 0.15 on, but
 * unencrypted in 0.14 (Debian 12's) without smtp-starttls: see below.
 */
static void
url(FILE *out, const struct record *record, const char *email)
{
	const struct server *s = record->server;
	const char *base = s->protocol == PROTOCOL_SMTP ? "smtp" : "imap";

	fprintf(out, "%s%s://", base, s->security == SECURITY_SSL ? "s" :
	    s->security == SECURITY_NONE ? "+insecure" : "");
	quote_url_user(out, email);
	fprintf(out, "@%s:%d\n", record->host, s->port);
}

/* KEY = VALUE, with VALUE as aerc's ini parser reads it back. */
static void
setting(FILE *out, const char *key, const char *value)
{
	fprintf(out, "%s = ", key);
	quote_ini(out, value);
	putc('\n', out);
}

/*
 * The sender, as aerc reads it (Go's net/mail): the name bare when it is
 * words of letters, digits and spaces, else quoted (--name holds no '"'
 * or '\\'), then the address in angle brackets.
 */
static void
sender(FILE *out, const struct export *e)
{
	const char *p;
	char *text = NULL;
	size_t length = 0;
	FILE *memory;
	bool bare = true;

	if (e->real_name == NULL) {
		setting(out, "from", e->email);
		return;
	}
	for (p = e->real_name; *p != '\0'; p++)
		if (!(*p >= 'a' && *p <= 'z') && !(*p >= 'A' && *p <= 'Z') &&
		    !(*p >= '0' && *p <= '9') && *p != ' ')
			bare = false;
	if ((memory = open_memstream(&text, &length)) == NULL)
		return;
	fprintf(memory, bare ? "%s <%s>" : "\"%s\" <%s>", e->real_name,
	    e->email);
	if (fclose(memory) == 0)
		setting(out, "from", text);
	free(text);
}

void
export_aerc(FILE *out, const struct export *e)
{
	export_header(out, "#", "aerc", e,
	    "source-cred-cmd (and outgoing-cred-cmd)");
	export_plaintext_warnings(out, "#", "", e);
	/* The account's name needs no quoting: see parse_account(). */
	fprintf(out, "\n[%s]\nsource = ", e->account_given ? e->account :
	    "OVHcloud");
	url(out, e->imap, e->email);
	setting(out, "source-cred-cmd", e->password_command);
	fputs("outgoing = ", out);
	url(out, e->smtp, e->email);
	setting(out, "outgoing-cred-cmd", e->password_command);
	/*
	 * aerc 0.14 uses STARTTLS only with this, and takes only "yes"
	 * (commands/compose/send.go; its manual says "true", which it
	 * ignores); 0.15 and later ignore the line and warn.
	 */
	if (e->smtp->server->security == SECURITY_STARTTLS)
		fputs("# For aerc 0.14; later versions ignore it: smtp:// is "
		    "STARTTLS there.\nsmtp-starttls = yes\n", out);
	sender(out, e);
	fputs("default = INBOX\ncopy-to = Sent\n", out);
}
