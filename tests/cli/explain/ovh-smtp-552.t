$ ovhmail explain '552 5.2.2 Requested mail action aborted: exceeded storage allocation'
552 5.2.2 Requested mail action aborted: exceeded storage allocation
Code:        552 5.2.2
Severity:    permanent
Reason:      mailbox_full
Meaning:     The recipient's mailbox is full. A full account can still send
             messages; it can no longer receive them.
Fix:         The recipient must free space in the mailbox (delete or archive
             messages, empty the bin), or raise its quota in the Control
             Panel where the offer allows it. As the sender, reach the
             recipient another way.
Offers:      mxplan, zimbra, emailpro, exchange
Source:      OVHcloud guide email-manage-quota (and email_manage_quota,
             2022-11-17) (2026-09-18)
--- stderr
--- status 0
