$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '550 5.7.1 Rejected per policy'
550 5.7.1 Rejected per policy
Betekenis: De ontvangende server weigerde het bericht volgens zijn beleid,
           meestal vanwege de reputatie van het verzendende IP-adres.
Oplossing: Controleer de reputatie van het verzendende IP-adres en van het
           domein met hulpmiddelen zoals MXToolbox en mail-tester.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
