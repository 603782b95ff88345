$ ovhmail imap --field username --email '"a<b"@example.com'
"a<b"@example.com
--- stderr
--- status 0
