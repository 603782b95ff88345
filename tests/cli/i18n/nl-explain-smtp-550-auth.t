$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '550 5.7.26 This message does not have authentication information or fails to pass authentication checks'
550 5.7.26 This message does not have authentication information or fails to pass authentication checks
Code:         550 5.7.26
Ernst:        permanent
Reden:        authentication
Betekenis:    De ontvangende server weigerde het bericht omdat voor het
              domein van de afzender geen SPF of DKIM is ingesteld, of omdat
              het bericht niet door die controles komt.
Oplossing:    Stel een SPF-record in voor het verzendende domein, en DKIM
              als het pakket dat biedt, en verstuur het bericht opnieuw.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
