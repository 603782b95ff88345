/* An msmtp(1) account, for ~/.msmtprc or ~/.config/msmtp/config. */
#include "export.h"

void
export_msmtp(FILE *out, const struct export *e)
{
	const struct server *s = e->smtp->server;

	export_header(out, "#", "msmtp", e, "passwordeval");
	export_plaintext_warnings(out, "#", "", e);
	fputs("\naccount ovhcloud\n", out);
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
	fprintf(out, "from %s\n", e->email);
	fprintf(out, "passwordeval %s\n", e->password_command);
	fputs("\naccount default : ovhcloud\n", out);
}
