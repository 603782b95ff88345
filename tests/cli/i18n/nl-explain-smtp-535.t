$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '535 Authentication failed'
535 Authentication failed
Betekenis: De server weigerde de login: de gebruikersnaam of het wachtwoord
           is fout, of verzenden is geblokkeerd voor dit adres (bijvoorbeeld
           nadat er spam vanaf werd verstuurd).
Oplossing: Log met hetzelfde adres en wachtwoord in op de webmail: lukt dat
           ook niet, dan is het wachtwoord fout. Controleer anders de status
           van het adres in het OVHcloud Control Panel; het wachtwoord
           wijzigen kan een wegens spam geblokkeerd account deblokkeren.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
