#ifndef OVHMAIL_SIGN_H
#define OVHMAIL_SIGN_H

#include <stddef.h>

#include "export.h"
#include "problem.h"

/*
 * The profile TEXT signed with the signer's PEM certificate and key, the
 * chain's certificates included: CMS signed-data, DER, in *DER (the
 * caller frees it).  In ovhmail-check only: it needs OpenSSL.
 */
int	sign_profile(const char *text, size_t length,
	    const struct export_signer *, char **der, size_t *der_length,
	    struct problem *);

#endif
