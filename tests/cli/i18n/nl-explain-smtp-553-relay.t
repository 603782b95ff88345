$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '553 sorry, that domain isn'\''t allowed to be relayed thru this MTA (#5.7.1)'
553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)
Code:         553 5.7.1
Ernst:        permanent
Reden:        relay_denied
Betekenis:    De uitgaande server weigerde het bericht omdat de client het
              verstuurde zonder in te loggen: de SMTP-servers van OVHcloud
              sturen alleen mail door voor geauthenticeerde gebruikers, en
              "POP vóór SMTP" wordt niet ondersteund.
Oplossing:    Zet SMTP-authenticatie aan in de instellingen voor de
              uitgaande server van het mailprogramma ("mijn uitgaande server
              vereist verificatie", normaal wachtwoord), met het volledige
              e-mailadres als gebruikersnaam en het wachtwoord van de
              mailbox dat in het OVHcloud Control Panel is ingesteld.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVH guide g1474, Webhosting: algemene informatie over OVH's
              gedeelde e-mail (2021-07-19)
--- stderr
--- status 0
