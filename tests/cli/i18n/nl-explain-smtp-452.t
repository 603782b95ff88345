$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '452 The command has been aborted because the server has insufficient system storage'
452 The command has been aborted because the server has insufficient system storage
Code:         452
Ernst:        tijdelijk
Reden:        system
Betekenis:    De mailserver is overbelast, of er werden te veel berichten
              tegelijk verstuurd.
Oplossing:    Controleer het postvak Uit, verstuur minder berichten
              tegelijk, en probeer het opnieuw.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
