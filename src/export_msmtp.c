/* An msmtp(1) account, for ~/.msmtprc or ~/.config/msmtp/config. */
#include "export.h"
#include "quote.h"

void
export_msmtp(FILE *out, const struct export *e)
{
	const struct server *s = e->smtp->server;

	export_header(out, "#", "msmtp", e, "passwordeval");
	export_plaintext_warnings(out, "#", "", e);
	fprintf(out, "\naccount %s\n", e->account);
	fprintf(out, "host %s\n", e->smtp->host);
	fprintf(out, "port %d\n", s->port);
	fprintf(out, "tls %s\n", s->security == SECURITY_NONE ? "off" : "on");
	fprintf(out, "tls_starttls %s\n",
	    s->security == SECURITY_STARTTLS ? "on" : "off");
	fprintf(out, "auth %s\n", s->auth_required ? "on" : "off");
	/*
	 * msmtp takes the rest of the line as it is, and strips only quotes
	 * around all of it, which no address can have: no quoting needed.
	 */
	fprintf(out, "user %s\n", e->email);
	/*
	 * msmtp's from is an address alone: the sender's name goes into
	 * the From header that the mail program writes.
	 */
	if (e->real_name != NULL) {
		fputs("# msmtp's from is an address: the sender's name, ", out);
		quote_terminal(out, e->real_name);
		fputs(",\n# is set in the mail program that writes the "
		    "From header.\n", out);
	}
	fprintf(out, "from %s\n", e->email);
	fprintf(out, "passwordeval %s\n", e->password_command);
	/*
	 * The default account is the one without --account alone: a second
	 * account's file can go after the first in the same msmtprc.
	 */
	if (!e->account_given)
		fprintf(out, "\naccount default : %s\n", e->account);
}
