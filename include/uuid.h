#ifndef OVHMAIL_UUID_H
#define OVHMAIL_UUID_H

#include <stddef.h>
#include <stdint.h>

#define SHA1_SIZE	20
#define UUID_TEXT_SIZE	37	/* 36 characters and the NUL */

void	sha1(const void *data, size_t length, uint8_t digest[SHA1_SIZE]);

/*
 * The RFC 4122 version 5 UUID of the name in the URL namespace, in upper
 * case as Apple's profiles write them: the same name always gives the same
 * UUID, which makes exported profiles reproducible.
 */
void	uuid_from_name(const char *name, char text[UUID_TEXT_SIZE]);

#endif
