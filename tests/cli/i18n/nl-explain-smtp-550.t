$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '550 Requested action not taken: mailbox unavailable'
550 Requested action not taken: mailbox unavailable
Betekenis: De mailbox van de ontvanger is niet beschikbaar: meestal bestaat
           het adres van de ontvanger niet.
Oplossing: Controleer het adres van de ontvanger op typefouten, en vraag de
           ontvanger om het juiste adres.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
