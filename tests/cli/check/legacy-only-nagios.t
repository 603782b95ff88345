$ ovhmail check imap --no-ssl --format nagios
OVHMAIL_CHECK UNKNOWN - check: only 1 legacy server entry matches: add --legacy to check it
--- stderr
ovhmail: check: only 1 legacy server entry matches: add --legacy to check it
--- status 3
