$ ovhmail pop3 --field port
995
--- stderr
--- status 0
