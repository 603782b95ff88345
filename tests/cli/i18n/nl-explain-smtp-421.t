$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '421 Service not available, transmission channel being closed'
421 Service not available, transmission channel being closed
Code:         421
Ernst:        tijdelijk
Reden:        system
Betekenis:    De server is op dit moment niet beschikbaar en sloot de
              verbinding; de oorzaak is onbekend.
Oplossing:    Controleer of versturen naar een ander domein werkt; zo ja,
              verstuur het oorspronkelijke bericht later opnieuw.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
