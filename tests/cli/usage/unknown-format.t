$ ovhmail imap --format xml
--- stderr
ovhmail: --format: unknown format 'xml' (choose text, json, env or nagios)
Try 'ovhmail --help' for more information.
--- status 64
