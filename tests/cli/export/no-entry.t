$ ovhmail export msmtp --no-ssl --offer exchange --server 1 -e a@b.fr
--- stderr
ovhmail: imap: Hosted Exchange has no entry without SSL (try --ssl)
--- status 69
