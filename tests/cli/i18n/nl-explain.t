$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain 553 relayed
553
Antwoord:     553 relayed
Ernst:        permanent
Reden:        other
Betekenis:    553: Gevraagde actie niet uitgevoerd: naam van de mailbox niet
              toegestaan.
Soort:        algemeen: wat de standaarden over de codes zeggen, geen advies
              van OVHcloud
Bron:         RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
