#ifndef OVHMAIL_AUDIT_XML_H
#define OVHMAIL_AUDIT_XML_H

#include <stddef.h>

#include "audit.h"

/*
 * The little XML the audit reads (autoconfig, autodiscover, plist): a tree
 * of elements with their attributes and text, in one pass that never
 * recurses, with bounded depth and size.  No DTD is read and no entity
 * but the five predefined and character references is expanded.
 * Names keep only their local part (no namespace prefix).
 */
#define AUDIT_XML_MAX_DEPTH	32
#define AUDIT_XML_MAX_NODES	2048
#define AUDIT_XML_MAX_ATTRS	2

struct xml_node {
	char			 name[64];
	int			 line;
	char			 text[AUDIT_TEXT];	/* its own text, cut
							   if longer */
	size_t			 text_length;
	char			 attr_name[AUDIT_XML_MAX_ATTRS][32];
	char			 attr_value[AUDIT_XML_MAX_ATTRS][AUDIT_TEXT];
	size_t			 nattrs;
	struct xml_node		*parent;
	struct xml_node		*first;		/* child */
	struct xml_node		*last;		/* child */
	struct xml_node		*next;		/* sibling */
};

struct xml_doc {
	struct xml_node		*nodes;		/* [0] is the root element */
	size_t			 count;
};

int		 xml_parse(const char *text, size_t length, struct xml_doc *,
		    struct problem *);
void		 xml_free(struct xml_doc *);

/* The first child named NAME after AFTER (NULL: from the first). */
const struct xml_node	*xml_child(const struct xml_node *parent,
			    const struct xml_node *after, const char *name);
/* The text of the first child named NAME, or "". */
const char		*xml_child_text(const struct xml_node *,
			    const char *name, int *line);
const char		*xml_attr(const struct xml_node *, const char *name);

#endif
