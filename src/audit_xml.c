/*
 * audit: a bounded XML reader for autoconfig, Autodiscover and
 * mobileconfig files.
 */
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "audit_xml.h"
#include "i18n.h"

struct parser {
	const char	*s;
	const char	*end;
	int		 line;
	struct xml_doc	*doc;
	struct xml_node	*current;	/* the open element, NULL outside */
	int		 depth;
	struct problem	*problem;
};

static int
xml_bad(struct parser *p, const char *what)
{
	return problem_set(p->problem, EX_DATAERR, NULL,
	    "not well-formed XML at line %d: %s", p->line, gettext(what));
}

/* Moves past N bytes, counting lines. */
static void
advance(struct parser *p, size_t n)
{
	for (; n > 0 && p->s < p->end; n--, p->s++)
		if (*p->s == '\n')
			p->line++;
}

/* Moves past the next MARK; false when there is none. */
static bool
skip_past(struct parser *p, const char *mark)
{
	size_t n = strlen(mark);
	const char *at;

	for (at = p->s; at + n <= p->end; at++)
		if (memcmp(at, mark, n) == 0) {
			advance(p, (size_t)(at - p->s) + n);
			return true;
		}
	return false;
}

static bool
is_name_char(char c)
{
	return c != '\0' && strchr(" \t\r\n/>=\"'<&", c) == NULL;
}

/* The local part of the name at p->s, which it moves past. */
static size_t
read_name(struct parser *p, char *name, size_t size)
{
	const char *start = p->s, *colon = NULL;
	size_t n;

	while (p->s < p->end && is_name_char(*p->s)) {
		if (*p->s == ':')
			colon = p->s;
		p->s++;
	}
	n = (size_t)(p->s - start);
	if (colon != NULL) {
		n -= (size_t)(colon + 1 - start);
		start = colon + 1;
	}
	if (n >= size)
		n = size - 1;
	memcpy(name, start, n);
	name[n] = '\0';
	return n;
}

static void
put(char *buffer, size_t size, size_t *used, const char *s, size_t n)
{
	if (*used + n >= size)
		n = *used + 1 < size ? size - 1 - *used : 0;
	memcpy(buffer + *used, s, n);
	*used += n;
	buffer[*used] = '\0';
}

static void
put_code(char *buffer, size_t size, size_t *used, unsigned long c)
{
	char utf8[4];
	size_t n;

	if (c < 0x80) {
		utf8[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		utf8[0] = (char)(0xc0 | c >> 6);
		utf8[1] = (char)(0x80 | (c & 0x3f));
		n = 2;
	} else if (c < 0x10000) {
		utf8[0] = (char)(0xe0 | c >> 12);
		utf8[1] = (char)(0x80 | (c >> 6 & 0x3f));
		utf8[2] = (char)(0x80 | (c & 0x3f));
		n = 3;
	} else {
		utf8[0] = (char)(0xf0 | c >> 18);
		utf8[1] = (char)(0x80 | (c >> 12 & 0x3f));
		utf8[2] = (char)(0x80 | (c >> 6 & 0x3f));
		utf8[3] = (char)(0x80 | (c & 0x3f));
		n = 4;
	}
	put(buffer, size, used, utf8, n);
}

/* An entity reference at p->s ('&'), decoded into the buffer. */
static int
entity(struct parser *p, char *buffer, size_t size, size_t *used)
{
	static const char *const names[] = { "lt", "gt", "amp", "quot", "apos" };
	static const char chars[] = "<>&\"'";
	const char *semi;
	unsigned long c = 0;
	size_t i, n;

	semi = p->s;
	while (semi < p->end && semi - p->s < 12 && *semi != ';')
		semi++;
	if (semi >= p->end || *semi != ';')
		return xml_bad(p, "an '&' that starts no reference");
	n = (size_t)(semi - p->s - 1);
	for (i = 0; i < 5; i++)
		if (strlen(names[i]) == n && strncmp(p->s + 1, names[i], n) == 0) {
			put(buffer, size, used, &chars[i], 1);
			advance(p, n + 2);
			return EX_OK;
		}
	if (n < 2 || p->s[1] != '#')
		return xml_bad(p, "an entity that is not predefined");
	for (i = 2; i <= n; i++) {
		char d = p->s[i];

		if (p->s[2] == 'x' && i == 2)
			continue;
		if (d >= '0' && d <= '9')
			c = c * (p->s[2] == 'x' ? 16 : 10) + (unsigned long)(d - '0');
		else if (p->s[2] == 'x' && ((d | 0x20) >= 'a' && (d | 0x20) <= 'f'))
			c = c * 16 + (unsigned long)((d | 0x20) - 'a' + 10);
		else
			return xml_bad(p, "a bad character reference");
	}
	if (c == 0 || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return xml_bad(p, "a bad character reference");
	put_code(buffer, size, used, c);
	advance(p, n + 2);
	return EX_OK;
}

static void
skip_space(struct parser *p)
{
	while (p->s < p->end && strchr(" \t\r\n", *p->s) != NULL && *p->s)
		advance(p, 1);
}

static int
attribute(struct parser *p, struct xml_node *node)
{
	char name[32], value[AUDIT_TEXT], quote;
	size_t used = 0;

	value[0] = '\0';
	if (read_name(p, name, sizeof(name)) == 0)
		return xml_bad(p, "a bad attribute");
	skip_space(p);
	if (p->s >= p->end || *p->s != '=')
		return xml_bad(p, "an attribute without '='");
	advance(p, 1);
	skip_space(p);
	if (p->s >= p->end || (*p->s != '"' && *p->s != '\''))
		return xml_bad(p, "an attribute value without quotes");
	quote = *p->s;
	advance(p, 1);
	while (p->s < p->end && *p->s != quote) {
		if (*p->s == '<')
			return xml_bad(p, "'<' in an attribute value");
		if (*p->s == '&') {
			if (entity(p, value, sizeof(value), &used) != EX_OK)
				return p->problem->status;
			continue;
		}
		put(value, sizeof(value), &used, p->s, 1);
		advance(p, 1);
	}
	if (p->s >= p->end)
		return xml_bad(p, "an attribute value that does not end");
	advance(p, 1);
	if (node->nattrs < AUDIT_XML_MAX_ATTRS) {
		memcpy(node->attr_name[node->nattrs], name, sizeof(name));
		memcpy(node->attr_value[node->nattrs++], value, sizeof(value));
	}
	return EX_OK;
}

static struct xml_node *
new_node(struct parser *p)
{
	struct xml_node *node;

	if (p->current == NULL && p->doc->count > 0) {
		xml_bad(p, "a second root element");
		return NULL;
	}
	if (p->depth == AUDIT_XML_MAX_DEPTH) {
		problem_set(p->problem, EX_DATAERR, NULL,
		    "more than %d levels of XML elements", AUDIT_XML_MAX_DEPTH);
		return NULL;
	}
	if (p->doc->count == AUDIT_XML_MAX_NODES) {
		problem_set(p->problem, EX_DATAERR, NULL,
		    "more than %d XML elements", AUDIT_XML_MAX_NODES);
		return NULL;
	}
	node = &p->doc->nodes[p->doc->count++];
	memset(node, 0, sizeof(*node));
	node->line = p->line;
	node->parent = p->current;
	if (p->current != NULL) {
		if (p->current->last != NULL)
			p->current->last->next = node;
		else
			p->current->first = node;
		p->current->last = node;
	}
	return node;
}

static int
open_tag(struct parser *p)
{
	struct xml_node *node;

	advance(p, 1);
	if ((node = new_node(p)) == NULL)
		return p->problem->status;
	if (read_name(p, node->name, sizeof(node->name)) == 0)
		return xml_bad(p, "a tag without a name");
	for (;;) {
		skip_space(p);
		if (p->s >= p->end)
			return xml_bad(p, "a tag that does not end");
		if (*p->s == '>') {
			advance(p, 1);
			p->current = node;
			p->depth++;
			return EX_OK;
		}
		if (p->end - p->s >= 2 && memcmp(p->s, "/>", 2) == 0) {
			advance(p, 2);
			return EX_OK;
		}
		if (attribute(p, node) != EX_OK)
			return p->problem->status;
	}
}

static int
close_tag(struct parser *p)
{
	char name[64];

	advance(p, 2);
	read_name(p, name, sizeof(name));
	skip_space(p);
	if (p->current == NULL || strcmp(name, p->current->name) != 0)
		return xml_bad(p, "a closing tag that does not match");
	if (p->s >= p->end || *p->s != '>')
		return xml_bad(p, "a closing tag that does not end");
	advance(p, 1);
	p->current = p->current->parent;
	p->depth--;
	return EX_OK;
}

static int
char_data(struct parser *p)
{
	struct xml_node *node = p->current;

	if (*p->s == '&') {
		if (node == NULL)
			return xml_bad(p, "text outside the root element");
		return entity(p, node->text, sizeof(node->text),
		    &node->text_length);
	}
	if (node != NULL)
		put(node->text, sizeof(node->text), &node->text_length, p->s, 1);
	else if (strchr(" \t\r\n", *p->s) == NULL || *p->s == '\0')
		return xml_bad(p, "text outside the root element");
	advance(p, 1);
	return EX_OK;
}

static int
markup(struct parser *p)
{
	size_t left = (size_t)(p->end - p->s);

	if (left >= 4 && memcmp(p->s, "<!--", 4) == 0)
		return skip_past(p, "-->") ? EX_OK :
		    xml_bad(p, "a comment that does not end");
	if (left >= 9 && memcmp(p->s, "<![CDATA[", 9) == 0) {
		const char *start = p->s + 9;

		if (p->current == NULL || !skip_past(p, "]]>"))
			return xml_bad(p, "a misplaced CDATA section");
		put(p->current->text, sizeof(p->current->text),
		    &p->current->text_length, start, (size_t)(p->s - 3 - start));
		return EX_OK;
	}
	if (left >= 2 && (p->s[1] == '?' || p->s[1] == '!'))
		/* The XML declaration, a DOCTYPE: read past, never used. */
		return skip_past(p, ">") ? EX_OK :
		    xml_bad(p, "a declaration that does not end");
	if (left >= 2 && p->s[1] == '/')
		return close_tag(p);
	return open_tag(p);
}

static void
trim_texts(struct xml_doc *doc)
{
	size_t i, start, n;
	char *t;

	for (i = 0; i < doc->count; i++) {
		t = doc->nodes[i].text;
		n = strlen(t);
		while (n > 0 && strchr(" \t\r\n", t[n - 1]) != NULL)
			t[--n] = '\0';
		start = 0;
		while (start < n && strchr(" \t\r\n", t[start]) != NULL)
			start++;
		memmove(t, t + start, n - start + 1);
	}
}

int
xml_parse(const char *text, size_t length, struct xml_doc *doc,
    struct problem *problem)
{
	struct parser p;

	memset(doc, 0, sizeof(*doc));
	memset(&p, 0, sizeof(p));
	p.s = text;
	p.end = text + length;
	p.line = 1;
	p.doc = doc;
	p.problem = problem;
	if ((doc->nodes = calloc(AUDIT_XML_MAX_NODES,
	    sizeof(*doc->nodes))) == NULL)
		return problem_set(problem, EX_OSERR, NULL, "out of memory");
	if (length >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		p.s += 3;
	while (p.s < p.end && problem->status == EX_OK)
		if (*p.s == '<')
			markup(&p);
		else
			char_data(&p);
	if (problem->status == EX_OK && (doc->count == 0 || p.current != NULL))
		xml_bad(&p, doc->count == 0 ? "no element" : "an element that "
		    "does not end");
	if (problem->status == EX_OK)
		trim_texts(doc);
	return problem->status;
}

void
xml_free(struct xml_doc *doc)
{
	free(doc->nodes);
	doc->nodes = NULL;
}

const struct xml_node *
xml_child(const struct xml_node *parent, const struct xml_node *after,
    const char *name)
{
	const struct xml_node *node;

	for (node = after != NULL ? after->next : parent->first; node != NULL;
	    node = node->next)
		if (strcmp(node->name, name) == 0)
			return node;
	return NULL;
}

const char *
xml_child_text(const struct xml_node *parent, const char *name, int *line)
{
	const struct xml_node *node = xml_child(parent, NULL, name);

	if (line != NULL)
		*line = node != NULL ? node->line : 0;
	return node != NULL ? node->text : "";
}

const char *
xml_attr(const struct xml_node *node, const char *name)
{
	size_t i;

	for (i = 0; i < node->nattrs; i++)
		if (strcmp(node->attr_name[i], name) == 0)
			return node->attr_value[i];
	return NULL;
}
