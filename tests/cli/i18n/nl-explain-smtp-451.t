$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '451 Requested action aborted: local error in processing'
451 Requested action aborted: local error in processing
Betekenis: De server stuitte op een fout bij het verwerken van het bericht:
           een tijdelijke overbelasting, of een onjuiste SPF-controle van
           het verzendende domein.
Oplossing: Probeer het later opnieuw, en controleer of het SPF-record van
           het verzendende domein juist is (v=spf1 include:mx.ovh.com ~all
           voor de gedeelde pakketten van OVHcloud).
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
