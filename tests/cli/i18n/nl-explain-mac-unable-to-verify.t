$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain 'Unable to verify account name or password'
Unable to verify account name or password
Betekenis: Mail voor Mac toont deze melding als het accountvenster van
           Zimbra Pro (EWS) voor het eerst opent: dat is normaal. Blijft ze
           na bevestigen staan, dan zijn de ingevulde gegevens fout.
Oplossing: Controleer het volledige e-mailadres, het wachtwoord en de
           ingevulde servernamen, en bevestig opnieuw.
Pakketten: zimbra
Bron:      OVHcloud guide zimbra_mail_macos (en-gb) (2025)
--- stderr
--- status 0
