$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '554 Transaction failed, "No SMTP service here"'
554 Transaction failed, "No SMTP service here"
Code:         554
Ernst:        permanent
Reden:        blacklisted
Betekenis:    De transactie is mislukt, meestal door een probleem met een
              zwarte lijst.
Oplossing:    Controleer of het IP-adres van de verzendende mailserver op
              een zwarte lijst staat (Spamhaus), en laat het verwijderen.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
