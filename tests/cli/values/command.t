$ ovhmail values command
imap
pop
pop3
smtp
submission
list
webmail
limits
explain
export
check
guide
audit
values
discover
verify
--- stderr
--- status 0
