$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '551 User not local; relay denied'
551 User not local; relay denied
Betekenis: De ontvanger is niet lokaal op de server, die weigert het bericht
           door te sturen.
Oplossing: Controleer het adres van de ontvanger, en of het mailprogramma
           verstuurt via de uitgaande server van zijn eigen maildienst,
           ingelogd.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
