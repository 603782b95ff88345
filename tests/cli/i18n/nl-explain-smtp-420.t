$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '420 Timeout connection problem'
420 Timeout connection problem
Code:         420
Ernst:        tijdelijk
Reden:        network
Betekenis:    Er trad een time-out op voor de verbinding. Alleen
              GroupWise-mailservers geven deze code.
Oplossing:    Neem contact op met de beheerder van de ontvangende
              mailserver.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
