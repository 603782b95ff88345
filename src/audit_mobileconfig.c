/*
 * An Apple configuration profile in XML: each com.apple.mail.managed
 * payload is an account with an incoming and an outgoing server.  Its
 * UseSSL says TLS, implicit or STARTTLS as the port has it.
 */
#include <string.h>
#include <sysexits.h>

#include "audit_read.h"
#include "i18n.h"
#include "audit_xml.h"

/* The value element after <key>NAME</key> in a plist dict. */
static const struct xml_node *
value_of(const struct xml_node *dict, const char *name)
{
	const struct xml_node *key;

	for (key = dict->first; key != NULL; key = key->next)
		if (strcmp(key->name, "key") == 0 &&
		    strcmp(key->text, name) == 0)
			return key->next;
	return NULL;
}

static const char *
text_of(const struct xml_node *dict, const char *side, const char *name,
    int *line)
{
	const struct xml_node *value;
	char key[64];

	snprintf(key, sizeof(key), "%s%s", side, name);
	value = value_of(dict, key);
	*line = value != NULL ? value->line : 0;
	if (value == NULL)
		return "";
	if (strcmp(value->name, "true") == 0 || strcmp(value->name,
	    "false") == 0)
		return value->name;
	return value->text;
}

static enum audit_auth
auth_of(const char *method)
{
	if (strcmp(method, "EmailAuthPassword") == 0)
		return AUDIT_AUTH_PASSWORD;
	if (strcmp(method, "EmailAuthNone") == 0)
		return AUDIT_AUTH_NONE;
	if (strcmp(method, "EmailAuthCRAMMD5") == 0 ||
	    strcmp(method, "EmailAuthHTTPMD5") == 0)
		return AUDIT_AUTH_ENCRYPTED;
	return method[0] == '\0' ? AUDIT_AUTH_UNSAID : AUDIT_AUTH_OTHER;
}

static int
add_server(struct audit_account *account, const struct xml_node *dict,
    const char *side, enum protocol protocol, struct problem *problem)
{
	struct audit_server *server;
	const char *text;
	int line;

	text = text_of(dict, side, "MailServerHostName", &line);
	if ((server = audit_server_add(account, protocol, line,
	    problem)) == NULL)
		return problem->status;
	audit_set_string(&server->host, text, line);
	text = text_of(dict, side, "MailServerPortNumber", &server->port_line);
	server->port = audit_port(text, strlen(text));
	text = text_of(dict, side, "MailServerUseSSL", &server->security_line);
	server->security_known = true;
	server->security = strcmp(text, "true") != 0 ? SECURITY_NONE :
	    server->port == 465 || server->port == 993 || server->port == 995 ?
	    SECURITY_SSL : SECURITY_STARTTLS;
	text = text_of(dict, side, "MailServerAuthentication",
	    &server->auth_line);
	server->auth = auth_of(text);
	text = text_of(dict, side, "MailServerUsername", &line);
	audit_set_string(&server->username, text, line);
	text_of(dict, side, "Password", &line);
	if (line != 0)
		audit_secret_add(account, strcmp(side, "Incoming") == 0 ?
		    "IncomingPassword" : "OutgoingPassword", line);
	return EX_OK;
}

static int
add_payload(struct audit_file *file, const struct xml_node *dict,
    struct problem *problem)
{
	struct audit_account *account;
	const char *text;
	int line;

	text = text_of(dict, "", "PayloadType", &line);
	if (strcmp(text, "com.apple.mail.managed") != 0)
		return EX_OK;
	text = text_of(dict, "", "PayloadDisplayName", &line);
	if ((account = audit_account_add(file, text, strlen(text), dict->line,
	    problem)) == NULL)
		return problem->status;
	account->password_advice = N_("leave the password out: the device asks "
	    "for it");
	text = text_of(dict, "", "EmailAddress", &line);
	audit_set_string(&account->address, text, line);
	text = text_of(dict, "", "EmailAccountType", &line);
	if (add_server(account, dict, "Incoming", strcmp(text,
	    "EmailTypePOP") == 0 ? PROTOCOL_POP3 : PROTOCOL_IMAP,
	    problem) == EX_OK)
		add_server(account, dict, "Outgoing", PROTOCOL_SMTP, problem);
	return problem->status;
}

int
audit_read_mobileconfig(const char *text, size_t length,
    struct audit_file *file, struct problem *problem)
{
	const struct xml_node *top, *content, *dict;
	struct xml_doc doc;

	if (xml_parse(text, length, &doc, problem) != EX_OK) {
		xml_free(&doc);
		return problem->status;
	}
	top = xml_child(&doc.nodes[0], NULL, "dict");
	content = top != NULL ? value_of(top, "PayloadContent") : NULL;
	if (content == NULL || strcmp(content->name, "array") != 0)
		problem_set(problem, EX_DATAERR, NULL,
		    "a profile without a PayloadContent array");
	else
		for (dict = xml_child(content, NULL, "dict"); dict != NULL &&
		    problem->status == EX_OK; dict = xml_child(content, dict,
		    "dict"))
			add_payload(file, dict, problem);
	xml_free(&doc);
	return problem->status;
}
