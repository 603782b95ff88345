$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '535 Authentication failed'
535 Authentication failed
Code:         535
Ernst:        permanent
Reden:        authentication
Betekenis:    De server weigerde de login: de gebruikersnaam of het
              wachtwoord is fout, of verzenden is geblokkeerd voor dit adres
              (bijvoorbeeld nadat er spam vanaf werd verstuurd).
Oplossing:    Log met hetzelfde adres en wachtwoord in op de webmail: lukt
              dat ook niet, dan is het wachtwoord fout. Controleer anders de
              status van het adres in het OVHcloud Control Panel; het
              wachtwoord wijzigen kan een wegens spam geblokkeerd account
              deblokkeren.
Conflict:     Het wachtwoord wijzigen is niet altijd nodig: wijzig het
              alleen als u vermoedt dat het account gecompromitteerd is (een
              geïnfecteerd apparaat, uitgelekte of gedeelde inloggegevens,
              onbevoegde toegang). Om een wegens spam geblokkeerd adres te
              deblokkeren, zoekt en verhelpt u de oorzaak en neemt u daarna
              contact op met de support van OVHcloud. (OVHcloud guide
              locked-for-spam (ovh/ovhcloud-docs; older locked_for_spam,
              en-gb, 2024-05-23), 2026-05-28: de handleidingen spreken
              elkaar tegen)
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
