$ ovhmail imap --field hots
--- stderr
ovhmail: --field: unknown field 'hots' (choose offer, region, protocol, ssl, host, aliases, port, security, status, auth_required, auth_method, username, source)
Try 'ovhmail --help' for more information.
--- status 64
