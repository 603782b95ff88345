$ ovhmail imap | grep -c "$(printf '\\033')"
0
--- stderr
--- status 1
