$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '450 Requested mail action not taken: mailbox unavailable'
450 Requested mail action not taken: mailbox unavailable
Betekenis: De mailbox is nu niet beschikbaar: ze is bezet, of geblokkeerd om
           veiligheidsredenen of wegens een vermelding op een zwarte lijst.
Oplossing: Controleer of het verzendende IP-adres bij Spamhaus op een lijst
           staat, en probeer het later opnieuw.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
