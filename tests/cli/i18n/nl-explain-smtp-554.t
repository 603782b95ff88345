$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '554 Transaction failed'
554 Transaction failed
Betekenis: De transactie is mislukt, meestal door een probleem met een
           zwarte lijst.
Oplossing: Controleer of het verzendende IP-adres of domein op een zwarte
           lijst staat (Spamhaus, MXToolbox), en laat het verwijderen.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
