$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '421 Service not available, closing transmission channel'
421 Service not available, closing transmission channel
Betekenis: De server is op dit moment niet beschikbaar en sloot de
           verbinding.
Oplossing: Controleer of versturen naar een ander domein werkt, en probeer
           het later opnieuw.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
