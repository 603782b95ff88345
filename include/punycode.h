#ifndef OVHMAIL_PUNYCODE_H
#define OVHMAIL_PUNYCODE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A domain name with each non-ASCII label turned into its ASCII form
 * ("xn--" and the RFC 3492 Punycode of the label), as zone files hold it.
 * ASCII letters are lower-cased; no other IDNA mapping is done, so the
 * domain should be given in lower case.  Returns false when the result
 * does not fit in size or a label grows longer than 63 bytes.
 */
bool	domain_to_ascii(const char *domain, char *ascii, size_t size);

#endif
