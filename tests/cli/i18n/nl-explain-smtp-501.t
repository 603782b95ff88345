$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '501 Syntax error in parameters or arguments'
501 Syntax error in parameters or arguments
Code:         501
Ernst:        permanent
Reden:        syntax
Betekenis:    De server accepteerde de parameters van een commando niet,
              vaak omdat het adres van de ontvanger fout is, of door het
              antivirusprogramma of de firewall van de afzender.
Oplossing:    Controleer het adres van de ontvanger, en het
              antivirusprogramma en de firewall op de verzendende computer.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
