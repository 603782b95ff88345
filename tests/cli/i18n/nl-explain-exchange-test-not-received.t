$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain 'test email has not been received'
The test email has not been received
Antwoord:     test email has not been received
Ernst:        permanent
Reden:        host_unknown
Betekenis:    Het testbericht van de Exchange-diagnose kwam niet aan: de
              MX-records van het domein zijn niet geldig.
Oplossing:    Controleer de MX-records van het domein: mx0 tot en met
              mx4.mail.ovh.net voor de gedeelde pakketten, of de
              Exchange-server zelf als Exchange naast elders gehoste mail
              wordt gebruikt.
Pakketten:    exchange
Bron:         OVHcloud guide microsoft_exchange/diagnostic_advanced
              (2025-04-28)
--- stderr
--- status 0
