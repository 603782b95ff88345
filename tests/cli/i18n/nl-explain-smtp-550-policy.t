$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '550 5.7.1 Email rejected per policy reason'
550 5.7.1 Email rejected per policy reason
Code:         550 5.7.1
Ernst:        permanent
Reden:        policy
Betekenis:    De ontvangende server weigerde het verzendadres om redenen van
              beveiligingsbeleid, meestal toegelicht bij de code; soms staat
              een IP-adres in de verzendketen op een weigerlijst.
Oplossing:    Lees de details van de server, en controleer de reputatie van
              de IP-adressen met hulpmiddelen zoals MXToolbox, en de
              verzendketen met mail-tester.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
