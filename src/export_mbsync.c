/*
 * An mbsync(1) (isync) configuration, for ~/.mbsyncrc: the IMAP account,
 * a Maildir under ~/Mail/ovhcloud and the channel between them.
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

	export_header(out, "#", "mbsync", e, "PassCmd");
	export_plaintext_warnings(out, "#", "", e);
	fputs("\nIMAPAccount ovhcloud\n", out);
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
	fputs("\nIMAPStore ovhcloud-remote\nAccount ovhcloud\n"
	    "\nMaildirStore ovhcloud-local\nPath ~/Mail/ovhcloud/\n"
	    "Inbox ~/Mail/ovhcloud/INBOX\nSubFolders Verbatim\n"
	    "\nChannel ovhcloud\nFar :ovhcloud-remote:\n"
	    "Near :ovhcloud-local:\nPatterns *\nCreate Both\n"
	    "SyncState *\n", out);
}
