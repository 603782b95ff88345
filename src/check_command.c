/* "check" in ovhmail-check, the build that links OpenSSL. */
#include "check.h"
#include "cli.h"
#include "commands.h"

int
check_command(const struct options *options, const struct dataset *data,
    bool colour, struct problem *problem)
{
	struct check_options check = { options->ssl_given,
		options->timeout != 0 ? options->timeout : CHECK_TIMEOUT,
		options->cafile, options->format == FORMAT_JSON, colour };

	return check_run(data, &options->query, &check, problem);
}
