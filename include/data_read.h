#ifndef OVHMAIL_DATA_READ_H
#define OVHMAIL_DATA_READ_H

#include <stdbool.h>
#include <stddef.h>

#include "data.h"
#include "reader.h"

/*
 * The two halves of the table: data.c holds the model and its names,
 * data_read.c reads servers.json into it.
 */

/* The words of each enum of data.h, in its order, NULL-ended. */
extern const char *const data_protocol_names[];
extern const char *const data_security_names[];
extern const char *const data_auth_method_names[];
extern const char *const data_username_names[];
extern const char *const data_status_names[];
extern const char *const data_scope_names[];
extern const char *const data_dns_part_names[];

/* The slot of REGION among the offer's regions; nregions when not sold. */
size_t	data_region_index(const struct offer *, const struct region *);
/* Whether a host is a pattern with "{N}", the server number, in it. */
bool	data_numbered(const char *host);

/* Reads the parsed document of DATA into it, or reports through R. */
void	data_read(struct reader *, struct dataset *data);

#endif
