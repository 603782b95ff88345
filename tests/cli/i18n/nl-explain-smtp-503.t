$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '503 Server encountered bad sequence of commands'
503 Server encountered bad sequence of commands
Code:         503
Ernst:        permanent
Reden:        syntax
Betekenis:    De client stuurde de SMTP-opdrachten in de verkeerde volgorde,
              meestal omdat hij niet inlogde voor het verzenden.
Oplossing:    Zorg dat het mailprogramma inlogt op de uitgaande
              (SMTP-)server: zet SMTP-authenticatie aan, met het volledige
              e-mailadres als gebruikersnaam.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
