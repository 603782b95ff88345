$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '550 5.7.26 Unauthenticated email is not accepted'
550 5.7.26 Unauthenticated email is not accepted
Betekenis: De ontvangende server weigerde het bericht omdat het geen SPF- of
           DKIM-authenticatie heeft, of daarvoor niet slaagt.
Oplossing: Stel SPF en DKIM in voor het verzendende domein (en DMARC), en
           verstuur opnieuw.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
