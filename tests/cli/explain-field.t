$ ovhmail explain 553 --field fix
Turn on SMTP authentication in the mail client's outgoing server settings ("my outgoing server requires authentication", normal password), with the full e-mail address as the username and the mailbox password set in the OVHcloud Control Panel.
--- stderr
--- status 0
