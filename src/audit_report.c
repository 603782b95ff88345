/* audit: the findings, as text, env or json. */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "audit_report.h"
#include "quote.h"
#include "i18n.h"

void
audit_report_start(struct audit_report *r, FILE *out, enum format format)
{
	memset(r, 0, sizeof(*r));
	r->out = out;
	r->format = format;
	if (format == FORMAT_JSON)
		fputs("{\n  \"files\": [", out);
}

static void
json_close_file(struct audit_report *r)
{
	if (r->file_open)
		fputs(r->accounts_in_file > 0 ? "\n      ]\n    }" : "]\n    }",
		    r->out);
	r->file_open = false;
}

static void
json_key_string(FILE *out, const char *key, const char *value,
    const char *after)
{
	fprintf(out, "\"%s\": ", key);
	if (value == NULL)
		fputs("null", out);
	else
		json_print_string(out, value);
	fputs(after, out);
}

static void
json_file(struct audit_report *r, const char *path, const char *format,
    bool error)
{
	json_close_file(r);
	fputs(r->files > 0 ? ",\n    {" : "\n    {", r->out);
	json_key_string(r->out, "file", path, ", ");
	json_key_string(r->out, "format", format, ", ");
	fprintf(r->out, "\"error\": %s, \"accounts\": [", error ? "true" :
	    "false");
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
		json_file(r, file->path, file->format, false);
	else if (file->count == 0 && (path = shown_path(file->path)) != NULL) {
		fprintf(r->out, _("%s: %s, no mail account\n"), path,
		    file->format);
		free(path);
	}
	r->files++;
}

void
audit_report_error(struct audit_report *r, const char *path, int status)
{
	if (r->format == FORMAT_JSON)
		json_file(r, path, NULL, true);
	if (r->errors++ == 0)
		r->error_status = status;
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
json_finding(FILE *out, const struct audit_finding *f, bool first)
{
	fputs(first ? "\n            {" : ",\n            {", out);
	fprintf(out, "\"line\": %d, ", f->line);
	json_key_string(out, "protocol", f->has_protocol ?
	    protocol_name(f->protocol) : NULL, ", ");
	json_key_string(out, "field", audit_field_name(f->field), ", ");
	json_key_string(out, "found", f->found, ", ");
	json_key_string(out, "expected", f->expected, ", ");
	json_key_string(out, "note", f->note, ", ");
	json_key_string(out, "source", f->source != NULL ? f->source->id :
	    NULL, "}");
}

static void
json_verdict(struct audit_report *r, const struct audit_verdict *v)
{
	const struct audit_account *a = v->account;
	size_t i;

	fputs(r->accounts_in_file > 0 ? ",\n        {" : "\n        {", r->out);
	json_key_string(r->out, "name", a->name.text, ", ");
	fprintf(r->out, "\"line\": %d, ", a->name.line);
	json_key_string(r->out, "address", a->address.text[0] != '\0' ?
	    a->address.text : NULL, ",\n          ");
	json_key_string(r->out, "status", v->offer == NULL ? "skipped" :
	    v->count == 0 ? "right" : "findings", ", ");
	json_key_string(r->out, "skipped_because", v->offer == NULL ?
	    v->skipped : NULL, ", ");
	json_key_string(r->out, "skipped_host", v->skipped_host, ", ");
	json_key_string(r->out, "offer", v->offer != NULL ? v->offer->id :
	    NULL, ", ");
	json_key_string(r->out, "region", v->region != NULL ? v->region->id :
	    NULL, ", ");
	if (v->number != 0)
		fprintf(r->out, "\"server\": %d,\n          ", v->number);
	else
		fputs("\"server\": null,\n          ", r->out);
	fputs("\"findings\": [", r->out);
	for (i = 0; i < v->count; i++)
		json_finding(r->out, &v->findings[i], i == 0);
	fputs(v->count > 0 ? "\n          ]}" : "]}", r->out);
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
		fprintf(r->out, "%s],\n  \"right\": %zu, \"with_findings\": %zu, "
		    "\"skipped\": %zu, \"findings\": %zu, \"errors\": %zu, "
		    "\"ok\": %s\n}\n", r->files > 0 ? "\n  " : "", r->right,
		    r->wrong, r->skipped, r->findings, r->errors,
		    ok ? "true" : "false");
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
