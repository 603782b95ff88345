$ ovhmail explain 'wasn'\''t able to establish an SMTP connection'
Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.
Reply:       wasn't able to establish an SMTP connection
Severity:    permanent
Reason:      network
Meaning:     OVHcloud's server could not connect to the recipient's mail
             server, and gave up after keeping the message 24 hours in its
             queue.
Fix:         Check the recipient's domain and its MX records, and send again
             later.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVH-NL legacy help page on e-mail limits (10 MB a message, 24
             hours in the spool), undated (undated)
--- stderr
--- status 0
