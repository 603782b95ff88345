$ ovhmail --offer emailpro --region eu --server 3 imap --security starttls; echo "status $?"; ovhmail --offer emailpro --region ca imap --security starttls; echo "status $?"; ovhmail --offer emailpro --region apac imap --security starttls; echo "status $?"
status 69
status 64
status 64
--- stderr
ovhmail: imap: Email Pro, Europe has no IMAP entry with security starttls (it has ssl)
ovhmail: --region: Email Pro is not sold in region 'ca' (choose eu)
Try 'ovhmail --help' for more information.
ovhmail: --region: Email Pro is not sold in region 'apac' (choose eu)
Try 'ovhmail --help' for more information.
--- status 0
