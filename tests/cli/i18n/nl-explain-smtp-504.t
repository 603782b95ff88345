$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '504 Command parameter not implemented'
504 Command parameter not implemented
Code:         504
Ernst:        permanent
Reden:        syntax
Betekenis:    De server herkent een parameter die de client bij het
              versturen gebruikte, maar die is uitgeschakeld in de
              configuratie van de server.
Oplossing:    Neem contact op met de provider van de uitgaande
              (SMTP-)server.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
