/*
 * Outlook's plain-XML Autodiscover response: one account, a server for
 * each Protocol of Type IMAP, POP3 or SMTP.  Encryption (SSL, TLS, None)
 * wins over the older SSL on/off, as it does in Outlook.
 */
#include <string.h>
#include <sysexits.h>

#include "audit_read.h"
#include "i18n.h"
#include "audit_xml.h"

static void
security_of(struct audit_server *server, const struct xml_node *x)
{
	const char *encryption = xml_child_text(x, "Encryption",
	    &server->security_line);
	const char *ssl;

	server->security_known = true;
	if (server->security_line != 0 && strcmp(encryption, "Auto") != 0) {
		server->security = strcmp(encryption, "SSL") == 0 ?
		    SECURITY_SSL : strcmp(encryption, "TLS") == 0 ?
		    SECURITY_STARTTLS : SECURITY_NONE;
		return;
	}
	ssl = xml_child_text(x, "SSL", &server->security_line);
	if (server->security_line != 0 && strcmp(ssl, "off") == 0)
		server->security = SECURITY_NONE;
	else	/* on, the default: TLS as the port has it */
		server->security = server->port == 465 || server->port == 993 ||
		    server->port == 995 ? SECURITY_SSL : SECURITY_STARTTLS;
}

static int
add_server(struct audit_account *account, const struct xml_node *x,
    struct problem *problem)
{
	const char *type = xml_child_text(x, "Type", NULL), *text;
	struct audit_server *server;
	enum protocol protocol;
	int line;

	if (!audit_protocol(type, &protocol))
		return EX_OK;
	if ((server = audit_server_add(account, protocol, x->line,
	    problem)) == NULL)
		return problem->status;
	text = xml_child_text(x, "Server", &line);
	audit_set_string(&server->host, text, line);
	text = xml_child_text(x, "Port", &server->port_line);
	server->port = server->port_line != 0 ? audit_port(text, strlen(text)) :
	    0;
	security_of(server, x);
	if (server->port_line == 0)
		server->port = audit_default_port(protocol, server->security);
	text = xml_child_text(x, "AuthRequired", &server->auth_line);
	server->auth = strcmp(text, "off") == 0 ? AUDIT_AUTH_NONE :
	    strcmp(xml_child_text(x, "SPA", NULL), "on") == 0 ?
	    AUDIT_AUTH_ENCRYPTED : AUDIT_AUTH_PASSWORD;
	text = xml_child_text(x, "LoginName", &line);
	audit_set_string(&server->username, text, line);
	return EX_OK;
}

int
audit_read_autodiscover(const char *text, size_t length,
    struct audit_file *file, struct problem *problem)
{
	const struct xml_node *response, *x = NULL, *p;
	struct audit_account *account;
	struct xml_doc doc;

	if (xml_parse(text, length, &doc, problem) != EX_OK) {
		xml_free(&doc);
		return problem->status;
	}
	if ((response = xml_child(&doc.nodes[0], NULL, "Response")) != NULL)
		x = xml_child(response, NULL, "Account");
	if (x == NULL)
		problem_set(problem, EX_DATAERR, NULL,
		    "an Autodiscover response without Response/Account");
	else if ((account = audit_account_add(file, "Autodiscover", 12,
	    x->line, problem)) != NULL) {
		account->password_advice = N_("no password in the response");
		for (p = xml_child(x, NULL, "Protocol"); p != NULL &&
		    problem->status == EX_OK; p = xml_child(x, p, "Protocol"))
			add_server(account, p, problem);
	}
	xml_free(&doc);
	return problem->status;
}
