$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain 'unable to verify account name or password'
Unable to verify account name or password
Antwoord:     unable to verify account name or password
Ernst:        permanent
Reden:        authentication
Betekenis:    Mail voor Mac toont deze melding als het venster van een
              Zimbra Pro (EWS)- of Exchange-account voor het eerst opent:
              dat is normaal. Blijft ze na bevestigen staan, dan zijn de
              ingevulde gegevens fout.
Oplossing:    Controleer het volledige e-mailadres, het wachtwoord en de
              ingevulde servernamen, en bevestig opnieuw.
Pakketten:    zimbra, exchange
Bron:         OVHcloud guides zimbra_mail_macos (en-gb, 2025) and
              microsoft_exchange/how_to_configure_mail_macos (en-gb,
              2024-04-16), Mail for Mac with Zimbra Pro (EWS) and with
              Exchange (2025)
--- stderr
--- status 0
