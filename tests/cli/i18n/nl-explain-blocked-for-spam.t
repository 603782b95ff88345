$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain 'blocked for spam'
Blocked for SPAM
Antwoord:     blocked for spam
Ernst:        permanent
Reden:        spam
Betekenis:    Het adres is geblokkeerd omdat er verdachte activiteit
              (mogelijk spam) is gedetecteerd in wat het verstuurde: het kan
              niet meer versturen, maar ontvangt nog steeds mail. Het
              Control Panel toont "Blocked" (Exchange; de oudere
              diagnosehandleiding voor Exchange zegt "SPAM"), "Spam" (Email
              Pro, MX Plan met OWA) of "Blocked for SPAM" (MX Plan met
              Roundcube); met Zimbra (Zimbra Starter, Zimbra Pro, MX Plan
              met Zimbra) wordt ook het inloggen op de webmail opgeschort.
Oplossing:    Zoek en verhelp eerst de oorzaak (apparaten, software die het
              adres gebruikt, omleidingen, filters, automatische
              antwoorden). Exchange: klik op Deblokkeren naast het account
              en beantwoord dan de 3 vragen van het supportticket; het adres
              wordt niet automatisch gedeblokkeerd. Email Pro en MX Plan met
              OWA: klik op de status "Spam", dan op Antwoorden in het
              ticket, en beantwoord de 3 vragen ervan. MX Plan met
              Roundcube: deblokkeer het adres niet zelf, ook niet als de
              interface dat toestaat; maak een supportticket aan. Zimbra: er
              wordt geen ticket geopend; maak er zelf een aan met het adres,
              de dienst en de identificatie ervan, en de genomen
              corrigerende maatregelen.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide locked-for-spam (ovh/ovhcloud-docs; older
              locked_for_spam, en-gb, 2024-05-23) (2026-05-28)
--- stderr
--- status 0
