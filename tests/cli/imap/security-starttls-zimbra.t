$ ovhmail --offer zimbra --region eu imap --security starttls; echo "status $?"; ovhmail --offer zimbra --region ca imap --security starttls; echo "status $?"; ovhmail --offer zimbra --region apac imap --security starttls; echo "status $?"
status 69
status 64
status 64
--- stderr
ovhmail: imap: Zimbra, Europe has no IMAP entry with security starttls (it has ssl)
ovhmail: --region: Zimbra is not sold in region 'ca' (choose eu)
Try 'ovhmail --help' for more information.
ovhmail: --region: Zimbra is not sold in region 'apac' (choose eu)
Try 'ovhmail --help' for more information.
--- status 0
