$ ovhmail --offer mxplan --region eu imap --security starttls; echo "status $?"; ovhmail --offer mxplan --region ca imap --security starttls; echo "status $?"; ovhmail --offer mxplan --region apac imap --security starttls; echo "status $?"
status 69
status 69
status 69
--- stderr
ovhmail: imap: MX Plan, Europe has no IMAP entry with security starttls (it has ssl, none)
ovhmail: imap: MX Plan, America has no IMAP entry with security starttls (it has ssl)
ovhmail: imap: MX Plan, Asia-Pacific has no IMAP entry with security starttls (it has ssl)
--- status 0
