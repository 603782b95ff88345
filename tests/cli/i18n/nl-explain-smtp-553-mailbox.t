$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '553 Requested action not taken – Mailbox name invalid'
553 Requested action not taken – Mailbox name invalid
Code:         553
Ernst:        permanent
Reden:        user_unknown
Betekenis:    De naam van de mailbox is ongeldig: meestal is het adres van
              de ontvanger niet goed geschreven.
Oplossing:    Controleer het adres van de ontvanger (geen spaties, accenten
              of ontbrekende delen) en verstuur opnieuw.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
