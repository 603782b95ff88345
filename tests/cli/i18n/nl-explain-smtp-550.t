$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '550 Requested action not performed: mailbox unavailable'
550 Requested action not performed: mailbox unavailable
Code:         550
Ernst:        permanent
Reden:        user_unknown
Betekenis:    De ontvangende server kon het adres niet verifiëren: meestal
              is het adres van de ontvanger ongeldig, maar de ontvangende
              server kan ook firewall- of verbindingsproblemen hebben.
Oplossing:    Controleer het adres van de ontvanger op typefouten, en
              probeer het opnieuw.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
