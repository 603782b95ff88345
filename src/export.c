#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "address.h"
#include "export.h"
#include "output.h"
#include "punycode.h"
#include "quote.h"

static const struct export_format formats[] = {
	/* name, writer, needs: domain, email; one account, ascii, private */
	{ "autoconfig",	  export_autoconfig,	true,  false, false, false, false },
	{ "autodiscover", export_autodiscover,	false, false, false, false, false },
	{ "mobileconfig", export_mobileconfig,	false, false, true,  false, false },
	{ "msmtp",	  export_msmtp,		false, true,  true,  false, true },
	{ "mbsync",	  export_mbsync,	false, true,  true,  false, true },
	{ "neomutt",	  export_neomutt,	false, true,  true,  false, true },
	{ "aerc",	  export_aerc,		false, true,  true,  false, true },
	{ "dns",	  export_dns,		true,  false, false, true,  false },
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

	fprintf(out, "%s %s settings for OVHcloud %s%s%s%s.\n", comment,
	    client, answer->offer->name, answer->region ? " (" : "",
	    answer->region ? answer->region->name : "",
	    answer->region ? ")" : "");
	fprintf(out, "%s %s\n", comment, EXPORT_MADE_BY);
	if (hook == NULL)
		return;
	fprintf(out, "%s No password is stored here: %s runs a command that "
	    "prints it.\n", comment, hook);
	fprintf(out, "%s Replace \"%s\" with your password manager's.\n",
	    comment, EXPORT_PASSWORD_COMMAND);
}

/* "secret-tool lookup ovhmail ADDRESS", the address shell-quoted. */
static char *
password_command(const char *email)
{
	char *text = NULL;
	size_t length = 0;
	FILE *memory;

	if ((memory = open_memstream(&text, &length)) == NULL)
		return NULL;
	fputs(EXPORT_PASSWORD_COMMAND " ", memory);
	quote_shell(memory, email);
	if (fclose(memory) != 0) {
		free(text);
		return NULL;
	}
	return text;
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
			    domain);
		export->domain = export->ascii_domain;
	}
	if (format->needs_email && email == NULL)
		return problem_set(problem, EX_USAGE, format->name,
		    "give --email ADDRESS: the account's username");
	return EX_OK;
}

static const struct record *
find_record(const struct answer *answer, enum protocol protocol, bool ssl)
{
	size_t i;

	for (i = 0; i < answer->count; i++)
		if (answer->records[i].server->protocol == protocol &&
		    answer->records[i].server->ssl == ssl)
			return &answer->records[i];
	return NULL;
}

/* The single-account formats take IMAP and SMTP of the chosen setting. */
static int
choose_servers(struct export *export, bool ssl, struct problem *problem)
{
	export->imap = find_record(export->answer, PROTOCOL_IMAP, ssl);
	export->smtp = find_record(export->answer, PROTOCOL_SMTP, ssl);
	if (export->imap == NULL || export->smtp == NULL)
		return lookup_no_entry(export->imap == NULL ? "imap" : "smtp",
		    export->answer->offer->name, ssl, problem);
	return EX_OK;
}

static int
resolve_autodiscover(struct export *export, int number,
    struct problem *problem)
{
	const char *host = export->answer->offer->autodiscover.host;

	export->autodiscover[0] = '\0';
	if (host == NULL)
		return EX_OK;
	return lookup_host(host, number, export->autodiscover,
	    sizeof(export->autodiscover), problem);
}

static int
write_export(const struct export_format *format, const struct export *export,
    const char *output, struct problem *problem)
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
		output_write(output, text, length, format->private_file,
		    problem);
	free(text);
	return problem->status;
}

int
export_run(const struct export_format *format, const struct dataset *data,
    const struct query *query, const char *domain, const char *output,
    struct problem *problem)
{
	struct query all = *query;
	struct answer answer;
	struct export export;

	memset(&export, 0, sizeof(export));
	export.data = data;
	export.email = query->email;
	if (choose_domain(format, domain, query->email, &export,
	    problem) != EX_OK)
		return problem->status;
	if (query->email != NULL &&
	    (export.password_command = password_command(query->email)) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	all.protocol = PROTOCOL_ANY;
	if (lookup(data, &all, &answer, problem) != EX_OK) {
		free(export.password_command);
		return problem->status;
	}
	export.answer = &answer;
	if (resolve_autodiscover(&export, query->server_number,
	    problem) == EX_OK && (!format->one_account ||
	    choose_servers(&export, query->ssl, problem) == EX_OK))
		write_export(format, &export, output, problem);
	answer_free(&answer);
	free(export.password_command);
	return problem->status;
}
