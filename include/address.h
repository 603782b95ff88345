#ifndef OVHMAIL_ADDRESS_H
#define OVHMAIL_ADDRESS_H

#include <stdbool.h>

/*
 * Checks of what users type: an e-mail address (RFC 5321 and RFC 6531,
 * so non-ASCII and quoted local parts pass) and a domain name.  Each
 * returns NULL when the text is good, or what is wrong with it.
 */
const char	*address_problem(const char *address);
const char	*domain_problem(const char *domain);

/* A DKIM selector: one DNS label of letters, digits, '-' and '_'. */
bool	selector_ok(const char *);

/* What is wrong with a sender's name (export --name), or NULL. */
const char	*real_name_problem(const char *name);

#endif
