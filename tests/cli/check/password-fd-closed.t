$ OVHMAIL_ERRORS=data/errors.json ovhmail --data tests/data/check.json check --login --email a@example.com --password-fd 9
--- stderr
ovhmail: --password-fd: 9: Bad file descriptor
--- status 74
