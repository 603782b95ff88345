#ifndef OVHMAIL_PASSWORD_COMMAND_H
#define OVHMAIL_PASSWORD_COMMAND_H

/*
 * The command a client runs to get the account's password from the
 * user's password manager (--password-command).  Wherever it says
 * "{email}", the address goes in, quoted for the shell; a command without
 * "{email}" is taken as it is.
 */
#define PASSWORD_COMMAND_DEFAULT	"secret-tool lookup ovhmail {email}"
#define PASSWORD_COMMAND_MARK		"{email}"

/* NULL when the command can go into a client's file, else what is wrong. */
const char	*password_command_problem(const char *command);

/* The command for this address, the caller's to free; NULL: no memory. */
char		*password_command_expand(const char *command, const char *email);

#endif
