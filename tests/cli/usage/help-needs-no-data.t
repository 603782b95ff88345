$ OVHMAIL_DATA=/nonexistent ovhmail --help | sed -n 1p
usage: ovhmail [options] doctor ADDRESS [FILE...] [--error TEXT] [--login]
--- stderr
--- status 0
