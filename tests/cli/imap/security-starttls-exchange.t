$ ovhmail --offer exchange --region eu --server 3 imap --security starttls; echo "status $?"; ovhmail --offer exchange --region ca imap --security starttls; echo "status $?"; ovhmail --offer exchange --region apac imap --security starttls; echo "status $?"
status 69
status 69
status 64
--- stderr
ovhmail: imap: Hosted Exchange, Europe has no IMAP entry with security starttls (it has ssl)
ovhmail: imap: Hosted Exchange, America has no IMAP entry with security starttls (it has ssl)
ovhmail: --region: Hosted Exchange is not sold in region 'apac' (choose eu, ca)
Try 'ovhmail --help' for more information.
--- status 0
