$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '451 Requested action aborted – Local error in processing'
451 Requested action aborted – Local error in processing
Code:         451
Ernst:        tijdelijk
Reden:        system
Betekenis:    De server stuitte op een fout bij het verwerken van het
              bericht: een tijdelijke overbelasting, of een onjuiste
              SPF-controle van het verzendende domein.
Oplossing:    Lees de aanvullende melding van de server, en controleer of
              het SPF-record van het verzendende domein juist is (v=spf1
              include:mx.ovh.com ~all voor de gedeelde pakketten van
              OVHcloud). Probeer het later opnieuw; blijft het probleem
              bestaan, neem dan contact op met de beheerder van de server.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
