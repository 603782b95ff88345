$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '432 The recipient'\''s Exchange Server incoming mail queue has been stopped'
432 The recipient's Exchange Server incoming mail queue has been stopped
Code:         432
Ernst:        tijdelijk
Reden:        system
Betekenis:    De Microsoft Exchange-server van de ontvanger heeft zijn
              wachtrij voor inkomende mail stopgezet. Alleen
              Exchange-servers geven deze code; het is niet de "password
              transition" van RFC 4954.
Oplossing:    Neem contact op met de beheerder van de ontvangende
              mailserver.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
