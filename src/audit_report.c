/* audit: the findings, as text, env or json. */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "audit_report.h"
#include "json_write.h"
#include "quote.h"
#include "i18n.h"

void
audit_report_start(struct audit_report *r, FILE *out, enum format format)
{
	memset(r, 0, sizeof(*r));
	r->out = out;
	r->format = format;
	if (format != FORMAT_JSON)
		return;
	json_start(&r->json, out);
	json_open_object(&r->json, NULL);
	json_open_array(&r->json, "files");
}

/* The json report is written as audit goes: a file's object stays open. */
static void
json_close_file(struct audit_report *r)
{
	if (r->file_open) {
		json_close_array(&r->json);
		json_close_object(&r->json);
	}
	r->file_open = false;
}

/* MESSAGE: why the file could not be read, or NULL. */
static void
json_file(struct audit_report *r, const char *path, const char *format,
    const char *message)
{
	json_close_file(r);
	json_open_object(&r->json, NULL);
	json_string(&r->json, "file", path);
	json_string(&r->json, "format", format);
	json_bool(&r->json, "error", message != NULL);
	json_string(&r->json, "message", message);
	json_open_array(&r->json, "accounts");
	r->file_open = true;
	r->accounts_in_file = 0;
}

/*
 * The path as the text report shows it: a file name may hold anything,
 * and no byte of it reaches the terminal as it is.  NULL: out of memory.
 */
static char *
shown_path(const char *path)
{
	char *text = NULL;
	size_t size = 0;
	FILE *out;

	if ((out = open_memstream(&text, &size)) == NULL)
		return NULL;
	quote_terminal(out, path);
	if (fclose(out) != 0) {
		free(text);
		return NULL;
	}
	return text;
}

void
audit_report_file(struct audit_report *r, const struct audit_file *file)
{
	char *path;

	if (r->format == FORMAT_JSON)
		json_file(r, file->path, file->format, NULL);
	else if (file->count == 0 && (path = shown_path(file->path)) != NULL) {
		fprintf(r->out, _("%s: %s, no mail account\n"), path,
		    file->format);
		free(path);
	}
	r->files++;
}

void
audit_report_error(struct audit_report *r, const char *path,
    const struct problem *problem)
{
	size_t n = strlen(path);
	const char *message = problem->message;

	/* The path is the object's "file": the message is what follows. */
	if (strncmp(message, path, n) == 0 && strncmp(message + n, ": ", 2) ==
	    0)
		message += n + 2;
	if (r->format == FORMAT_JSON)
		json_file(r, path, NULL, message);
	if (r->errors++ == 0)
		r->error_status = problem->status;
	r->files++;
}

static const char *
field_label(enum audit_field field)
{
	switch (field) {
	case AUDIT_FIELD_HOST:
		return _("server");
	case AUDIT_FIELD_PORT:
		return _("port");
	case AUDIT_FIELD_SECURITY:
		return _("security");
	case AUDIT_FIELD_AUTH:
		return _("authentication");
	case AUDIT_FIELD_USERNAME:
		return _("username");
	case AUDIT_FIELD_PASSWORD:
		break;
	}
	return _("password");
}

static void
text_finding(struct audit_report *r, const char *path, const char *account,
    const struct audit_finding *f)
{
	fprintf(r->out, "%s:%d: %s: ", path, f->line, account);
	if (f->field == AUDIT_FIELD_PASSWORD) {
		fprintf(r->out, _("a password is stored here (%s): use %s "
		    "instead\n"), f->found, gettext(f->expected));
		return;
	}
	fprintf(r->out, _("%s %s is %s; OVHcloud says %s"),
	    protocol_label(f->protocol), field_label(f->field), f->found,
	    f->field == AUDIT_FIELD_USERNAME ? gettext(f->expected) :
	    f->expected);
	if (f->note != NULL)
		fprintf(r->out, " (%s)", gettext(f->note));
	fprintf(r->out, _(" [source: %s, %s]\n"), gettext(f->source->title),
	    f->source->date);
}

static void
text_verdict(struct audit_report *r, const struct audit_file *file,
    const struct audit_verdict *v)
{
	const char *name = v->account->name.text;
	char *path = shown_path(file->path);
	size_t i;

	if (path == NULL)
		return;
	for (i = 0; i < v->count; i++)
		text_finding(r, path, name, &v->findings[i]);
	if (v->offer == NULL && v->skipped_host != NULL)
		fprintf(r->out, _("%s:%d: %s: skipped: %s is not an OVHcloud "
		    "server\n"), path, v->account->name.line, name,
		    v->skipped_host);
	else if (v->offer == NULL)
		fprintf(r->out, _("%s:%d: %s: skipped: %s\n"), path,
		    v->account->name.line, name, gettext(v->skipped));
	else if (v->count == 0)
		fprintf(r->out, _("%s:%d: %s: right for OVHcloud %s%s%s\n"),
		    path, v->account->name.line, name,
		    gettext(v->offer->name), v->region != NULL ? ", " : "",
		    v->region != NULL ? gettext(v->region->name) : "");
	free(path);
}

static void
json_finding(struct json_writer *w, const struct audit_finding *f)
{
	json_open_object(w, NULL);
	json_integer(w, "line", f->line);
	json_string(w, "protocol", f->has_protocol ?
	    protocol_name(f->protocol) : NULL);
	json_string(w, "field", audit_field_name(f->field));
	json_string(w, "found", f->found);
	json_string(w, "expected", f->expected);
	json_string(w, "note", f->note);
	json_string(w, "source", f->source != NULL ? f->source->id : NULL);
	json_close_object(w);
}

static void
json_verdict(struct audit_report *r, const struct audit_verdict *v)
{
	const struct audit_account *a = v->account;
	struct json_writer *w = &r->json;
	size_t i;

	json_open_object(w, NULL);
	json_string(w, "name", a->name.text);
	json_integer(w, "line", a->name.line);
	json_string(w, "address", a->address.text[0] != '\0' ?
	    a->address.text : NULL);
	json_string(w, "status", v->offer == NULL ? "skipped" :
	    v->count == 0 ? "right" : "findings");
	json_string(w, "skipped_because", v->offer == NULL ? v->skipped :
	    NULL);
	json_string(w, "skipped_host", v->skipped_host);
	json_string(w, "offer", v->offer != NULL ? v->offer->id : NULL);
	json_string(w, "region", v->region != NULL ? v->region->id : NULL);
	if (v->number != 0)
		json_integer(w, "server", v->number);
	else
		json_null(w, "server");
	json_open_array(w, "findings");
	for (i = 0; i < v->count; i++)
		json_finding(w, &v->findings[i]);
	json_close_array(w);
	json_close_object(w);
}

void
audit_report_verdict(struct audit_report *r, const struct audit_file *file,
    const struct audit_verdict *v)
{
	if (r->format == FORMAT_JSON)
		json_verdict(r, v);
	else
		text_verdict(r, file, v);
	r->accounts_in_file++;
	r->findings += v->count;
	if (v->offer == NULL && v->count == 0)
		r->skipped++;
	else if (v->count == 0)
		r->right++;
	else
		r->wrong++;
}

int
audit_report_end(struct audit_report *r, struct problem *problem)
{
	bool ok = r->errors == 0 && r->findings == 0;

	if (r->format == FORMAT_JSON) {
		json_close_file(r);
		json_close_array(&r->json);
		json_integer(&r->json, "right", (long long)r->right);
		json_integer(&r->json, "with_findings", (long long)r->wrong);
		json_integer(&r->json, "skipped", (long long)r->skipped);
		json_integer(&r->json, "findings", (long long)r->findings);
		json_integer(&r->json, "errors", (long long)r->errors);
		json_bool(&r->json, "ok", ok);
		json_close_object(&r->json);
		json_end(&r->json);
	}
	else if (r->files > r->errors)
		fprintf(r->out, _("%zu right, %zu to fix, %zu skipped\n"),
		    r->right, r->wrong, r->skipped);
	if (r->errors > 0)
		return problem_set(problem, r->error_status, "audit",
		    ngettext("%zu file could not be read",
		    "%zu files could not be read", r->errors), r->errors);
	if (r->findings > 0)
		return problem_set(problem, AUDIT_FINDINGS, "audit",
		    ngettext("%zu setting to change", "%zu settings to change",
		    r->findings), r->findings);
	return EX_OK;
}
