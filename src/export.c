/* export: one writer per format, the file written whole or not at all. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "address.h"
#include "export.h"
#include "output.h"
#include "password_command.h"
#include "punycode.h"
#include "quote.h"

static const struct export_format formats[] = {
	/*
	 * name, writer, needs: domain, email; one account, SMTP only, ascii
	 * (the domain as its A-label, for whatever reads it as a host name),
	 * private; names its account (--account), has a sender's name
	 * (--name)
	 */
	{ "autoconfig",	  export_autoconfig,	true,  false, false, false, true,  false, false, false },
	{ "autodiscover", export_autodiscover,	false, false, false, false, false, false, false, false },
	{ "mobileconfig", export_mobileconfig,	false, false, true,  false, false, false, false, true },
	{ "msmtp",	  export_msmtp,		false, true,  true,  true,  false, true,  true,  true },
	{ "mbsync",	  export_mbsync,	false, true,  true,  false, false, true,  true,  true },
	{ "neomutt",	  export_neomutt,	false, true,  true,  false, false, true,  true,  true },
	{ "aerc",	  export_aerc,		false, true,  true,  false, false, true,  true,  true },
	{ "dns",	  export_dns,		true,  false, false, false, true,  false, false, false },
};

#define NFORMATS	(sizeof(formats) / sizeof(formats[0]))

const struct export_format *
export_format(const char *name)
{
	size_t i;

	for (i = 0; i < NFORMATS; i++)
		if (strcmp(formats[i].name, name) == 0)
			return &formats[i];
	return NULL;
}

const char *
export_format_name(size_t n)
{
	return n < NFORMATS ? formats[n].name : NULL;
}

void
export_format_names(char *list, size_t size)
{
	size_t i;

	list[0] = '\0';
	for (i = 0; i < NFORMATS; i++)
		problem_list_append(list, size, formats[i].name);
}

void
export_header(FILE *out, const char *comment, const char *client,
    const struct export *export, const char *hook)
{
	const struct answer *answer = export->answer;

	fprintf(out, "%s %s settings for OVHcloud %s (%s).\n", comment,
	    client, answer->offer->name, answer->region->name);
	fprintf(out, "%s %s\n", comment, EXPORT_MADE_BY);
	if (hook == NULL)
		return;
	fprintf(out, "%s No password is stored here: %s runs a command that "
	    "prints it.\n", comment, hook);
	fprintf(out, "%s For another password manager, export again with "
	    "--password-command.\n", comment);
}

bool
export_lists(const struct export *export, const struct record *record)
{
	return record->server->security != SECURITY_NONE ||
	    export->allow_plaintext;
}

/* No "--" in the text: it goes into XML comments too. */
void
export_plaintext_warning(FILE *out, const char *open, const char *close,
    const struct record *record)
{
	fprintf(out, "%s WARNING: %s on port %d is not encrypted, as you asked"
	    "%s\n", open, protocol_label(record->server->protocol),
	    record->server->port, close);
	fprintf(out, "%s (allow-plaintext). Your password and your mail cross "
	    "the network in%s\n", open, close);
	fprintf(out, "%s clear text: anyone on the way (a public Wi-Fi, say) "
	    "can read them%s\n", open, close);
	fprintf(out, "%s and use the account.%s\n", open, close);
}

void
export_plaintext_warnings(FILE *out, const char *open, const char *close,
    const struct export *export)
{
	if (export->imap != NULL &&
	    export->imap->server->security == SECURITY_NONE)
		export_plaintext_warning(out, open, close, export->imap);
	if (export->smtp->server->security == SECURITY_NONE)
		export_plaintext_warning(out, open, close, export->smtp);
}

static int
choose_domain(const struct export_format *format, const char *given,
    const char *email, struct export *export, struct problem *problem)
{
	const char *domain = given;

	if (domain == NULL && email != NULL)
		domain = strrchr(email, '@') + 1;
	if (domain == NULL && format->needs_domain)
		return problem_set(problem, EX_USAGE, format->name,
		    "give --domain DOMAIN or --email ADDRESS");
	export->domain = domain;
	if (domain != NULL && format->ascii_domain) {
		if (!domain_to_ascii(domain, export->ascii_domain,
		    sizeof(export->ascii_domain)))
			return problem_set(problem, EX_USAGE, format->name,
			    "the domain '%s' is too long in its ASCII form",
			    problem_echo(domain));
		export->domain = export->ascii_domain;
	}
	if (format->needs_email && email == NULL)
		return problem_set(problem, EX_USAGE, format->name,
		    "give --email ADDRESS: the account's username");
	/* msmtp expands %U, %H, %C and %M in from, with no way to escape. */
	if (email != NULL && strcmp(format->name, "msmtp") == 0 &&
	    strchr(email, '%') != NULL)
		return problem_set(problem, EX_USAGE, format->name,
		    "msmtp would read the %% of '%s' as one of its %%U, %%H, "
		    "%%C or %%M: it cannot be written", problem_echo(email));
	return EX_OK;
}

static int
refuse_plaintext(const struct record *record, struct problem *problem)
{
	return problem_set(problem, EX_USAGE, protocol_name(
	    record->server->protocol), "port %d is not encrypted: the "
	    "password would cross the network in clear text (use --ssl, or "
	    "--allow-plaintext if you mean it)", record->server->port);
}

/* The single-account formats take IMAP and SMTP of the chosen setting. */
static int
choose_servers(const struct export_format *format, struct export *export,
    bool ssl, struct problem *problem)
{
	export->imap = answer_find(export->answer, PROTOCOL_IMAP, ssl);
	export->smtp = answer_find(export->answer, PROTOCOL_SMTP, ssl);
	if (export->imap == NULL || export->smtp == NULL)
		return answer_no_entry(export->answer, export->imap == NULL ?
		    PROTOCOL_IMAP : PROTOCOL_SMTP, ssl, problem);
	if (format->smtp_only)
		export->imap = NULL;
	else if (!export_lists(export, export->imap))
		return refuse_plaintext(export->imap, problem);
	if (!export_lists(export, export->smtp))
		return refuse_plaintext(export->smtp, problem);
	return EX_OK;
}

/* The DNS records of the offer in its region, with the server number. */
static int
resolve_dns(struct export *export, int number, struct problem *problem)
{
	const struct dns_profile *dns;
	size_t i;

	dns = offer_dns(export->answer->offer, export->answer->region);
	export->dns = dns;
	for (i = 0; i < dns->nsrv && problem->status == EX_OK; i++)
		lookup_host(dns->srv[i].host, number, export->srv_hosts[i],
		    sizeof(export->srv_hosts[i]), problem);
	return problem->status;
}

/* The file, sealed when asked, then written. */
static int
output_export(const struct export_format *format, const char *text,
    size_t length, const struct export_request *request,
    struct problem *problem)
{
	char *sealed = NULL;
	size_t sealed_length = 0;

	if (request->seal == NULL)
		return output_write(request->output, text, length,
		    format->private_file, problem);
	if (request->seal(text, length, request->sign, &sealed,
	    &sealed_length, problem) == EX_OK)
		output_write(request->output, sealed, sealed_length,
		    format->private_file, problem);
	free(sealed);
	return problem->status;
}

static int
write_export(const struct export_format *format, const struct export *export,
    const struct export_request *request, struct problem *problem)
{
	char *text = NULL;
	size_t length = 0;
	FILE *memory;

	if ((memory = open_memstream(&text, &length)) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	format->write(memory, export);
	if (fclose(memory) != 0)
		problem_set(problem, EX_OSERR, NULL, "out of memory");
	else
		output_export(format, text, length, request, problem);
	free(text);
	return problem->status;
}

/* The terminal clients' password command, for the address. */
static int
choose_password_command(const struct export_format *format,
    const struct export_request *request, struct export *export,
    struct problem *problem)
{
	const char *command = request->password_command;

	if (command != NULL && !format->needs_email)
		return problem_set(problem, EX_USAGE, "--password-command",
		    "goes with the terminal clients' formats: msmtp, mbsync, "
		    "neomutt and aerc");
	if (export->email == NULL)
		return EX_OK;
	export->password_command = password_command_expand(command != NULL ?
	    command : PASSWORD_COMMAND_DEFAULT, export->email);
	if (export->password_command == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	return EX_OK;
}

/*
 * --account and --name go where the file has an account's name or a
 * sender's name; --offline with neomutt alone.  mbsync has no sender, but
 * takes --name so that the same options write the three files that work
 * together (msmtp, mbsync, neomutt --offline).
 */
static int
choose_names(const struct export_format *format,
    const struct export_request *request, struct export *export,
    struct problem *problem)
{
	if (request->account != NULL && !format->has_account)
		return problem_set(problem, EX_USAGE, "--account",
		    "goes with the terminal clients' formats: msmtp, mbsync, "
		    "neomutt and aerc");
	if (request->real_name != NULL && !format->has_name)
		return problem_set(problem, EX_USAGE, "--name", "goes with "
		    "the formats that name the sender: msmtp, mbsync, "
		    "neomutt, aerc and mobileconfig");
	if (request->offline && format->write != export_neomutt)
		return problem_set(problem, EX_USAGE, "--offline",
		    "goes with export neomutt");
	export->account = request->account != NULL ? request->account :
	    EXPORT_ACCOUNT;
	export->account_given = request->account != NULL;
	export->real_name = request->real_name;
	export->offline = request->offline;
	return EX_OK;
}

int
export_run(const struct export_format *format, const struct dataset *data,
    const struct query *query, const struct export_request *request,
    struct problem *problem)
{
	struct query all = *query;
	struct answer answer;
	struct export export;

	memset(&export, 0, sizeof(export));
	export.data = data;
	export.email = query->email;
	export.allow_plaintext = request->allow_plaintext;
	export.legacy = query->legacy;
	/* No client file is written for plaintext unless asked for. */
	if (query->security == SECURITY_NONE && !request->allow_plaintext &&
	    strcmp(format->name, "dns") != 0)
		return problem_set(problem, EX_USAGE, "--security", "none "
		    "picks unencrypted entries: add --allow-plaintext if you "
		    "mean it");
	if (choose_names(format, request, &export, problem) != EX_OK ||
	    choose_domain(format, request->domain, query->email, &export,
	    problem) != EX_OK || choose_password_command(format, request,
	    &export, problem) != EX_OK)
		return problem->status;
	all.protocol = PROTOCOL_ANY;
	if (lookup(data, &all, &answer, problem) != EX_OK) {
		free(export.password_command);
		return problem->status;
	}
	export.answer = &answer;
	if (resolve_dns(&export, query->server_number,
	    problem) == EX_OK && (!format->one_account ||
	    choose_servers(format, &export, query->ssl, problem) == EX_OK))
		write_export(format, &export, request, problem);
	answer_free(&answer);
	free(export.password_command);
	return problem->status;
}
