/*
 * Outlook's "plain old XML" Autodiscover response, as a domain serves it at
 * https://autodiscover.DOMAIN/autodiscover/autodiscover.xml.  Outlook takes
 * the first Protocol of each Type, so the table's order (SSL first) holds.
 */
#include "export.h"
#include "quote.h"

/* Encryption wins over SSL where Outlook knows it; older ones read SSL. */
static const char *
encryption(enum security security)
{
	switch (security) {
	case SECURITY_SSL:
		return "SSL";
	case SECURITY_STARTTLS:
		return "TLS";
	case SECURITY_NONE:
		break;
	}
	return "None";
}

static void
protocol(FILE *out, const struct record *record, const char *login)
{
	const struct server *s = record->server;

	fputs("      <Protocol>\n", out);
	fprintf(out, "        <Type>%s</Type>\n", protocol_label(s->protocol));
	fputs("        <Server>", out);
	quote_xml(out, record->host);
	fputs("</Server>\n", out);
	fprintf(out, "        <Port>%d</Port>\n", s->port);
	if (login != NULL) {
		fputs("        <LoginName>", out);
		quote_xml(out, login);
		fputs("</LoginName>\n", out);
	}
	fputs("        <DomainRequired>off</DomainRequired>\n", out);
	fprintf(out, "        <SPA>%s</SPA>\n",
	    s->auth_method == AUTH_PASSWORD_ENCRYPTED ? "on" : "off");
	fprintf(out, "        <Encryption>%s</Encryption>\n",
	    encryption(s->security));
	fprintf(out, "        <SSL>%s</SSL>\n",
	    s->security == SECURITY_NONE ? "off" : "on");
	fprintf(out, "        <AuthRequired>%s</AuthRequired>\n",
	    s->auth_required ? "on" : "off");
	if (s->protocol == PROTOCOL_SMTP)
		fputs("        <UsePOPAuth>on</UsePOPAuth>\n"
		    "        <SMTPLast>off</SMTPLast>\n", out);
	fputs("      </Protocol>\n", out);
}

void
export_autodiscover(FILE *out, const struct export *e)
{
	const struct record *record;
	size_t i;

	fputs("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", out);
	fputs("<!-- " EXPORT_MADE_BY " -->\n", out);
	fputs("<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/"
	    "autodiscover/responseschema/2006\">\n"
	    "  <Response xmlns=\"http://schemas.microsoft.com/exchange/"
	    "autodiscover/outlook/responseschema/2006a\">\n"
	    "    <Account>\n"
	    "      <AccountType>email</AccountType>\n"
	    "      <Action>settings</Action>\n", out);
	for (i = 0; i < e->answer->count; i++) {
		record = &e->answer->records[i];
		if (!export_lists(e, record))
			continue;
		if (record->server->security == SECURITY_NONE)
			export_plaintext_warning(out, "      <!--", " -->",
			    record);
		protocol(out, record, e->email);
	}
	fputs("    </Account>\n  </Response>\n</Autodiscover>\n", out);
}
