$ OVHMAIL_DATA=/nonexistent ovhmail --help | head -1
usage: ovhmail [options] [imap | pop | smtp]
--- stderr
--- status 0
