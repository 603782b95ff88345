$ OVHMAIL_DATA=/nonexistent ovhmail --help | sed -n 1p
usage: ovhmail [options] [imap | pop | smtp]
--- stderr
--- status 0
