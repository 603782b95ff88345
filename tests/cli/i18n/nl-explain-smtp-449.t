$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '449 A routing error'
449 A routing error
Code:         449
Ernst:        tijdelijk
Reden:        network
Betekenis:    Een routeringsfout. Alleen Microsoft Exchange-servers geven
              deze code.
Oplossing:    Microsoft raadt aan een diagnose uit te voeren met zijn
              hulpmiddel WinRoute.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
