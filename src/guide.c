/*
 * The steps of ovhmail guide CLIENT: the client's set-up from guides.json,
 * for the offer and region asked for, with the table's values filled in.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "guide.h"
#include "i18n.h"
#include "lookup.h"

/* What the placeholders stand for. */
struct context {
	const struct client	*client;
	const struct offer	*offer;
	const struct record	*imap;
	const struct record	*smtp;
	const char		*email;
	enum language		 language;
	bool			 machine;	/* for json: English, and
						   null for what is unknown */
};

/*
 * The language of the steps follows gettext's choice for the messages,
 * so that a guide never mixes two languages.
 */
static enum language
current_language(void)
{
	/* TRANSLATORS: the code of your language in data/guides.json. */
	const char *code = _("en");

	if (strcmp(code, "nl") == 0)
		return LANGUAGE_NL;
	if (strcmp(code, "fr") == 0)
		return LANGUAGE_FR;
	return LANGUAGE_EN;
}

/* The text machine formats print, or the one for people. */
static const char *
in_language(const struct context *context, const char *text)
{
	return context->machine ? text : gettext(text);
}

static void
put_record(FILE *out, const struct context *context,
    const struct record *record, const char *what)
{
	if (strcmp(what, "host") == 0)
		fputs(record->host, out);
	else if (strcmp(what, "port") == 0)
		fprintf(out, "%d", record->server->port);
	else
		fputs(context->client->security[record->server->security],
		    out);
}

static void
put_placeholder(FILE *out, const struct context *context,
    enum placeholder placeholder)
{
	const char *name = placeholder_name(placeholder);

	switch (placeholder) {
	case PLACEHOLDER_OFFER:
		fputs(context->offer->name, out);
		break;
	case PLACEHOLDER_EMAIL:
		fputs(context->email != NULL ? context->email :
		    in_language(context, N_("the full e-mail address")), out);
		break;
	case PLACEHOLDER_ADDRESS:
		/* TRANSLATORS: what a command line holds in place of the
		   e-mail address nobody gave, as in "--email ADDRESS". */
		fputs(context->email != NULL ? context->email :
		    in_language(context, N_("ADDRESS")), out);
		break;
	case PLACEHOLDER_IMAP_HOST:
	case PLACEHOLDER_IMAP_PORT:
	case PLACEHOLDER_IMAP_SECURITY:
		put_record(out, context, context->imap, strchr(name, '.') + 1);
		break;
	case PLACEHOLDER_SMTP_HOST:
	case PLACEHOLDER_SMTP_PORT:
	case PLACEHOLDER_SMTP_SECURITY:
	case PLACEHOLDER_COUNT:
		put_record(out, context, context->smtp, strchr(name, '.') + 1);
		break;
	}
}

/* The text with its placeholders filled in; NULL when out of memory. */
static char *
expand(const char *text, const struct context *context)
{
	char *result = NULL;
	size_t size = 0, length;
	FILE *out;
	int placeholder;

	if ((out = open_memstream(&result, &size)) == NULL)
		return NULL;
	while (*text != '\0') {
		placeholder = placeholder_at(text, &length);
		if (placeholder < 0) {
			putc(*text++, out);
			continue;
		}
		put_placeholder(out, context, (enum placeholder)placeholder);
		text += length;
	}
	if (fclose(out) != 0) {
		free(result);
		return NULL;
	}
	return result;
}

static bool
listed(const char *id, const char *const *ids, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (id != NULL && strcmp(ids[i], id) == 0)
			return true;
	return false;
}

static bool
applies(const struct step *step, const struct offer *offer,
    const struct region *region)
{
	return (step->noffers == 0 ||
	    listed(offer->id, step->offers, step->noffers)) &&
	    (step->nregions == 0 || listed(region != NULL ? region->id : NULL,
	    step->regions, step->nregions));
}

/*
 * A field's label as the lookups print it in the user's language, when
 * guides.json has none of its own: "Port" is ovhmail imap's "Poort:".
 */
static const char *
lookup_label(const struct context *context, const char *field,
    char *label, size_t size)
{
	static const struct {
		const char	*field;
		const char	*label;
	} labels[] = {
		{ "Server", N_("Server:") },
		{ "Port", N_("Port:") },
		{ "Security", N_("Security:") },
		{ "Authentication", N_("Authentication:") },
		{ "Username", N_("Username:") },
	};
	const char *translated;
	size_t i, length;

	if (context->machine || context->language == LANGUAGE_EN)
		return field;
	for (i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
		if (strcmp(labels[i].field, field) != 0)
			continue;
		translated = gettext(labels[i].label);
		if (translated == labels[i].label)
			return field;
		/* Without the colon and the space French puts before it. */
		length = strlen(translated);
		while (length > 0 && (translated[length - 1] == ':' ||
		    translated[length - 1] == ' '))
			length--;
		if (length >= 2 && (unsigned char)translated[length - 1] ==
		    0xaf && (unsigned char)translated[length - 2] == 0xe2)
			length -= 2;	/* a narrow no-break space */
		if (length >= 2 && (unsigned char)translated[length - 1] ==
		    0xa0 && (unsigned char)translated[length - 2] == 0xc2)
			length -= 2;	/* a no-break space */
		if (length == 0 || length >= size)
			return field;
		memcpy(label, translated, length);
		label[length] = '\0';
		return label;
	}
	return field;
}

static int
fill_step(struct guide_step *out, const struct step *step,
    const struct context *context, struct problem *problem)
{
	const struct step_words *words = &step->words[context->language];
	const char *value = words->value != NULL ? words->value : step->value;
	char label[128];

	out->field = words->field != NULL ? words->field : step->field;
	if (words->field == NULL && step->field != NULL) {
		out->field = lookup_label(context, step->field, label,
		    sizeof(label));
		if (out->field == label && (out->field_copy =
		    strdup(label)) == NULL)
			return problem_set(problem, EX_OSERR, NULL,
			    "out of memory");
		if (out->field == label)
			out->field = out->field_copy;
	}
	out->trap = step->trap;
	out->source = step->source;
	out->has_value = value != NULL;
	if ((out->text = expand(words->text, context)) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	/* An address nobody gave is no value: json prints null. */
	if (value == NULL || (context->email == NULL && context->machine &&
	    strcmp(value, "{email}") == 0))
		return EX_OK;
	if ((out->value = expand(value, context)) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	return EX_OK;
}

static int
fill_steps(struct guide *guide, const struct context *context,
    struct problem *problem)
{
	const struct client *client = guide->client;
	size_t i;

	if ((guide->steps = calloc(client->nsteps,
	    sizeof(*guide->steps))) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	for (i = 0; i < client->nsteps && problem->status == EX_OK; i++)
		if (applies(&client->steps[i], guide->offer, guide->region))
			fill_step(&guide->steps[guide->count++],
			    &client->steps[i], context, problem);
	return problem->status;
}

/* A guide never teaches a client to send the password in clear. */
static int
refuse_plaintext(const struct record *record, const struct query *query,
    struct problem *problem)
{
	if (record->server->security != SECURITY_NONE)
		return EX_OK;
	return problem_set(problem, EX_USAGE, protocol_name(
	    record->server->protocol), "port %d is not encrypted: no guide "
	    "sets a client up to send the password in clear text (leave out "
	    "%s)", record->server->port, query->security >= 0 ?
	    "--security none" : "--no-ssl");
}

int
guide_build(const struct client *client, const struct dataset *data,
    const struct query *query, bool machine, struct guide *guide,
    struct problem *problem)
{
	struct query all = *query;
	struct answer answer;
	struct context context = { client, NULL, NULL, NULL, query->email,
		machine ? LANGUAGE_EN : current_language(), machine };

	memset(guide, 0, sizeof(*guide));
	guide->client = client;
	all.protocol = PROTOCOL_ANY;
	if (lookup(data, &all, &answer, problem) != EX_OK)
		return problem->status;
	guide->offer = context.offer = answer.offer;
	guide->region = answer.region;
	guide->offer_assumed = query->offer == NULL;
	guide->email = query->email;
	guide->name = client->names[context.language];
	context.imap = answer_find(&answer, PROTOCOL_IMAP, query->ssl);
	context.smtp = answer_find(&answer, PROTOCOL_SMTP, query->ssl);
	if (context.imap == NULL || context.smtp == NULL)
		answer_no_entry(&answer, context.imap == NULL ? PROTOCOL_IMAP :
		    PROTOCOL_SMTP, query->ssl, problem);
	else if (refuse_plaintext(context.imap, query, problem) == EX_OK &&
	    refuse_plaintext(context.smtp, query, problem) == EX_OK)
		fill_steps(guide, &context, problem);
	answer_free(&answer);
	if (problem->status != EX_OK)
		guide_free(guide);
	return problem->status;
}

void
guide_free(struct guide *guide)
{
	size_t i;

	for (i = 0; i < guide->count; i++) {
		free(guide->steps[i].text);
		free(guide->steps[i].value);
		free(guide->steps[i].field_copy);
	}
	free(guide->steps);
	guide->steps = NULL;
	guide->count = 0;
}

bool
guide_first_citation(const struct guide *guide, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (guide->steps[i].source == guide->steps[n].source)
			return false;
	return true;
}
