$ OVHMAIL_ERRORS=data/errors.json ovhmail --data tests/data/check.json check --login --email a@example.com --password-command false
--- stderr
ovhmail: --password-command: the command failed (status 1)
--- status 69
