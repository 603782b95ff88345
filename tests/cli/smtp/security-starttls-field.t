$ ovhmail smtp --offer zimbra --security starttls --field host --field port
ssl0.ovh.net
587
--- stderr
--- status 0
