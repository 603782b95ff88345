/*
 * An mbsync(1) (isync) configuration, for ~/.mbsyncrc: the IMAP account,
 * a Maildir under ~/Mail/ACCOUNT/ (EXPORT_MAILDIR, which export neomutt
 * --offline reads) and the channel between them, all named after the
 * account (--account, default ovhcloud): the files of two accounts go
 * side by side in one ~/.mbsyncrc.
 */
#include "export.h"
#include "quote.h"

static const char *
ssl_type(enum security security)
{
	switch (security) {
	case SECURITY_SSL:
		return "IMAPS";
	case SECURITY_STARTTLS:
		return "STARTTLS";
	case SECURITY_NONE:
		break;
	}
	return "None";
}

void
export_mbsync(FILE *out, const struct export *e)
{
	const struct server *s = e->imap->server;
	const char *a = e->account;

	export_header(out, "#", "mbsync", e, "PassCmd");
	export_plaintext_warnings(out, "#", "", e);
	fprintf(out, "\nIMAPAccount %s\n", a);
	fprintf(out, "Host %s\n", e->imap->host);
	fprintf(out, "Port %d\n", s->port);
	fputs("User ", out);
	quote_double(out, e->email);
	fputs("\nPassCmd ", out);
	quote_double(out, e->password_command);
	putc('\n', out);
	fprintf(out, "SSLType %s\n", ssl_type(s->security));
	/*
	 * mbsync's "*" leaves out LOGIN without TLS, and then finds nothing
	 * that OVHcloud's servers offer: it must be named.
	 */
	if (s->security == SECURITY_NONE)
		fputs("AuthMechs LOGIN\n", out);
	/* The account's name needs no quoting: see parse_account(). */
	fprintf(out, "\nIMAPStore %s-remote\nAccount %s\n"
	    "\nMaildirStore %s-local\nPath " EXPORT_MAILDIR "%s/\n"
	    "Inbox " EXPORT_MAILDIR "%s/INBOX\nSubFolders Verbatim\n"
	    "\nChannel %s\nFar :%s-remote:\n"
	    "Near :%s-local:\nPatterns *\nCreate Both\n"
	    "SyncState *\n", a, a, a, a, a, a, a, a);
}
