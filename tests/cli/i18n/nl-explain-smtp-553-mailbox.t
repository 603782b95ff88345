$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '553 Requested action not taken: mailbox name not allowed'
553 Requested action not taken: mailbox name not allowed
Betekenis: De naam van de mailbox is ongeldig: het adres van de ontvanger is
           niet goed geschreven.
Oplossing: Controleer het adres van de ontvanger (geen spaties, accenten of
           ontbrekende delen) en verstuur opnieuw.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
