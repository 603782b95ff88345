$ ovhmail export mbsync --no-ssl --email jan@example.nl
--- stderr
ovhmail: imap: port 143 is not encrypted: the password would cross the network in clear text (use --ssl, or --allow-plaintext if you mean it)
Try 'ovhmail --help' for more information.
--- status 64
