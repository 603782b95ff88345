$ ovhmail check imap --no-ssl
--- stderr
ovhmail: check: only 1 legacy server entry matches: add --legacy to check it
--- status 69
