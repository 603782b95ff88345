/*
 * Thunderbird's autoconfig file (config-v1.1.xml): each emailProvider is
 * an account, each incomingServer and outgoingServer one of its servers.
 */
#include <string.h>
#include <sysexits.h>

#include "audit_read.h"
#include "i18n.h"
#include "audit_xml.h"

static enum security
security_of(const char *socket)
{
	if (strcmp(socket, "SSL") == 0)
		return SECURITY_SSL;
	if (strcmp(socket, "STARTTLS") == 0)
		return SECURITY_STARTTLS;
	return SECURITY_NONE;
}

static enum audit_auth
auth_of(const char *method)
{
	if (strcmp(method, "password-cleartext") == 0 ||
	    strcmp(method, "plain") == 0)
		return AUDIT_AUTH_PASSWORD;
	if (strcmp(method, "password-encrypted") == 0 ||
	    strcmp(method, "secure") == 0)
		return AUDIT_AUTH_ENCRYPTED;
	if (strcmp(method, "none") == 0 ||
	    strcmp(method, "client-IP-address") == 0 ||
	    strcmp(method, "smtp-after-pop") == 0)
		return AUDIT_AUTH_NONE;
	return method[0] == '\0' ? AUDIT_AUTH_UNSAID : AUDIT_AUTH_OTHER;
}

static int
add_server(struct audit_account *account, const struct xml_node *x,
    struct problem *problem)
{
	const char *type = xml_attr(x, "type"), *text;
	const struct xml_node *secret;
	struct audit_server *server;
	enum protocol protocol;
	int line;

	/* Thunderbird takes the types in lower case only. */
	if (type == NULL || strspn(type, "abcdefghijklmnopqrstuvwxyz0123456789")
	    != strlen(type) || !audit_protocol(type, &protocol))
		return EX_OK;
	if ((server = audit_server_add(account, protocol, x->line,
	    problem)) == NULL)
		return problem->status;
	text = xml_child_text(x, "hostname", &line);
	audit_set_string(&server->host, text, line);
	text = xml_child_text(x, "socketType", &server->security_line);
	server->security = security_of(text);
	server->security_known = server->security_line != 0;
	text = xml_child_text(x, "port", &server->port_line);
	server->port = audit_port(text, strlen(text));
	text = xml_child_text(x, "authentication", &server->auth_line);
	server->auth = auth_of(text);
	text = xml_child_text(x, "username", &line);
	audit_set_string(&server->username, text, line);
	if ((secret = xml_child(x, NULL, "password")) != NULL)
		audit_secret_add(account, "password", secret->line);
	return EX_OK;
}

int
audit_read_autoconfig(const char *text, size_t length,
    struct audit_file *file, struct problem *problem)
{
	const struct xml_node *provider = NULL, *x;
	struct audit_account *account;
	struct xml_doc doc;
	const char *id;

	if (xml_parse(text, length, &doc, problem) != EX_OK) {
		xml_free(&doc);
		return problem->status;
	}
	while ((provider = xml_child(&doc.nodes[0], provider,
	    "emailProvider")) != NULL && problem->status == EX_OK) {
		id = xml_attr(provider, "id");
		if ((account = audit_account_add(file, id != NULL ? id : "",
		    id != NULL ? strlen(id) : 0, provider->line,
		    problem)) == NULL)
			break;
		account->password_advice = N_("no <password> element");
		for (x = provider->first; x != NULL &&
		    problem->status == EX_OK; x = x->next)
			if (strcmp(x->name, "incomingServer") == 0 ||
			    strcmp(x->name, "outgoingServer") == 0)
				add_server(account, x, problem);
	}
	xml_free(&doc);
	return problem->status;
}
