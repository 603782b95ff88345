/*
 * An Apple configuration profile with one com.apple.mail.managed payload,
 * for iOS, iPadOS and macOS Mail.  The UUIDs are derived from the inputs,
 * so the same command always writes the same profile, and installing it
 * again replaces the account instead of adding a second one.
 */
#include <string.h>

#include "export.h"
#include "quote.h"
#include "uuid.h"

static void
key_string(FILE *out, const char *indent, const char *key, const char *value)
{
	fprintf(out, "%s<key>%s</key>\n%s<string>", indent, key, indent);
	quote_xml(out, value);
	fputs("</string>\n", out);
}

static void
key_integer(FILE *out, const char *indent, const char *key, long value)
{
	fprintf(out, "%s<key>%s</key>\n%s<integer>%ld</integer>\n", indent,
	    key, indent, value);
}

static void
key_bool(FILE *out, const char *indent, const char *key, bool value)
{
	fprintf(out, "%s<key>%s</key>\n%s<%s/>\n", indent, key, indent,
	    value ? "true" : "false");
}

/* Incoming or Outgoing: the same six keys for each server. */
static void
mail_server(FILE *out, const char *side, const struct record *record,
    const char *email)
{
	const char *indent = "\t\t\t";
	char key[64];

	snprintf(key, sizeof(key), "%sMailServerHostName", side);
	key_string(out, indent, key, record->host);
	snprintf(key, sizeof(key), "%sMailServerPortNumber", side);
	key_integer(out, indent, key, record->server->port);
	snprintf(key, sizeof(key), "%sMailServerUseSSL", side);
	key_bool(out, indent, key, record->server->security != SECURITY_NONE);
	snprintf(key, sizeof(key), "%sMailServerAuthentication", side);
	key_string(out, indent, key, record->server->auth_required ?
	    "EmailAuthPassword" : "EmailAuthNone");
	if (email != NULL) {
		snprintf(key, sizeof(key), "%sMailServerUsername", side);
		key_string(out, indent, key, email);
	}
}

void
export_mobileconfig(FILE *out, const struct export *e)
{
	const struct offer *offer = e->answer->offer;
	char name[1024], profile_uuid[UUID_TEXT_SIZE], mail_uuid[UUID_TEXT_SIZE];
	char identifier[128], description[512];

	snprintf(name, sizeof(name), "ovhmail:mobileconfig:%s:%s:%s:%s",
	    offer->id, e->answer->region->id,
	    e->imap->host, e->email != NULL ? e->email : "");
	uuid_from_name(name, profile_uuid);
	strncat(name, ":mail", sizeof(name) - strlen(name) - 1);
	uuid_from_name(name, mail_uuid);
	snprintf(identifier, sizeof(identifier), "ovhmail.%s.%s", offer->id,
	    profile_uuid);
	/* The address names the account among others in Mail's list. */
	if (e->email != NULL)
		snprintf(description, sizeof(description), "%s (OVHcloud %s)",
		    e->email, offer->name);
	else
		snprintf(description, sizeof(description), "OVHcloud %s",
		    offer->name);

	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
	    "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
	    "<!-- " EXPORT_MADE_BY " -->\n", out);
	export_plaintext_warnings(out, "<!--", " -->", e);
	fputs("<plist version=\"1.0\">\n<dict>\n"
	    "\t<key>PayloadContent</key>\n\t<array>\n\t\t<dict>\n", out);
	key_string(out, "\t\t\t", "EmailAccountDescription", description);
	if (e->real_name != NULL)
		key_string(out, "\t\t\t", "EmailAccountName", e->real_name);
	key_string(out, "\t\t\t", "EmailAccountType", "EmailTypeIMAP");
	if (e->email != NULL)
		key_string(out, "\t\t\t", "EmailAddress", e->email);
	mail_server(out, "Incoming", e->imap, e->email);
	mail_server(out, "Outgoing", e->smtp, e->email);
	key_bool(out, "\t\t\t", "OutgoingPasswordSameAsIncomingPassword", true);
	key_string(out, "\t\t\t", "PayloadDisplayName", description);
	fprintf(out, "\t\t\t<key>PayloadIdentifier</key>\n"
	    "\t\t\t<string>%s.mail</string>\n", identifier);
	key_string(out, "\t\t\t", "PayloadType", "com.apple.mail.managed");
	key_string(out, "\t\t\t", "PayloadUUID", mail_uuid);
	key_integer(out, "\t\t\t", "PayloadVersion", 1);
	fputs("\t\t</dict>\n\t</array>\n", out);
	key_string(out, "\t", "PayloadDisplayName", description);
	key_string(out, "\t", "PayloadIdentifier", identifier);
	key_bool(out, "\t", "PayloadRemovalDisallowed", false);
	key_string(out, "\t", "PayloadType", "Configuration");
	key_string(out, "\t", "PayloadUUID", profile_uuid);
	key_integer(out, "\t", "PayloadVersion", 1);
	fputs("</dict>\n</plist>\n", out);
}
