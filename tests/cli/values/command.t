$ ovhmail values command
doctor
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
