/* "check" in ovhmail-check, the build that links OpenSSL. */
#include "check.h"
#include "cli.h"
#include "commands.h"
#include "i18n.h"

int
check_command(const struct options *options, const struct dataset *data,
    bool colour, struct problem *problem)
{
	struct check_options check = { options->ssl_given,
		options->timeout != 0 ? options->timeout : CHECK_TIMEOUT,
		options->cafile, options->format == FORMAT_JSON, colour };

	/* The json report carries its messages: they must not vary. */
	if (check.json)
		i18n_stop();
	return check_run(data, &options->query, &check, problem);
}
