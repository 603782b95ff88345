/* "check" in ovhmail-check, the build that links OpenSSL. */
#include <stdlib.h>
#include <sysexits.h>

#include "check.h"
#include "cli.h"
#include "commands.h"
#include "errors.h"
#include "i18n.h"
#include "secret.h"
#include "tls.h"

static enum check_format
check_format(enum format format)
{
	if (format == FORMAT_JSON)
		return CHECK_JSON;
	if (format == FORMAT_NAGIOS)
		return CHECK_NAGIOS;
	return CHECK_TEXT;
}

int
check_command(const struct options *options, const struct dataset *data,
    struct problem *problem)
{
	struct check_options check = {
		.ssl_given = options->ssl_given,
		.legacy = options->query.legacy,
		.timeout = options->timeout != 0 ? options->timeout :
		    CHECK_TIMEOUT,
		.cafile = options->cafile,
		.format = check_format(options->format),
		.colour = command_colour(),
		.warning_days = options->warning_days,
		.critical_days = options->critical_days
	};
	struct secret_source source = { options->password_fd,
		options->password_command, options->query.email,
		check.timeout };
	struct error_book *errors = NULL;
	char *password = NULL, *path = NULL;

	/*
	 * Asked before the check starts, and only once for every server;
	 * errors.json as explain finds it, to explain a rejection.
	 */
	if (options->login) {
		if (errors_locate(data->path, &path, problem) != EX_OK ||
		    errors_load(path, &errors, problem) != EX_OK ||
		    secret_guard_process(problem) != EX_OK)
			goto done;
		/* Before OpenSSL's first allocation, which makes it fail. */
		(void)tls_wipe_freed_memory();
		if ((password = secret_alloc(SECRET_MAX)) == NULL) {
			problem_set(problem, EX_OSERR, NULL, "out of memory");
			goto done;
		}
		if (secret_read(&source, password, problem) != EX_OK)
			goto done;
		check.password = password;
		check.errors = errors;
	}
	/*
	 * The json report and the plugin's answer carry messages that
	 * programs read: they must not vary with the locale.
	 */
	if (check.format != CHECK_TEXT)
		i18n_stop();
	check_run(data, &options->query, &check, problem);
done:
	secret_free(password, SECRET_MAX);
	errors_free(errors);
	free(path);
	return problem->status;
}
