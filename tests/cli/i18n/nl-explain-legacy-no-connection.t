$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain 'wasn'\''t able to establish an SMTP connection'
Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.
Antwoord:     wasn't able to establish an SMTP connection
Ernst:        permanent
Reden:        network
Betekenis:    De server van OVHcloud kon geen verbinding maken met de
              mailserver van de ontvanger, en gaf het op nadat het bericht
              24 uur in de wachtrij stond.
Oplossing:    Controleer het domein van de ontvanger en de MX-records ervan,
              en verstuur later opnieuw.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVH-NL legacy help page on e-mail limits (10 MB a message, 24
              hours in the spool), undated (undated)
--- stderr
--- status 0
