#ifndef OVHMAIL_ADDRESS_H
#define OVHMAIL_ADDRESS_H

/*
 * Checks of what users type: an e-mail address (RFC 5321 and RFC 6531,
 * so non-ASCII and quoted local parts pass) and a domain name.  Each
 * returns NULL when the text is good, or what is wrong with it.
 */
const char	*address_problem(const char *address);
const char	*domain_problem(const char *domain);

#endif
