$ ovhmail guide thunderbird --no-ssl --email jan@example.nl
--- stderr
ovhmail: imap: port 143 is not encrypted: no guide sets a client up to send the password in clear text (leave out --no-ssl)
Try 'ovhmail --help' for more information.
--- status 64
