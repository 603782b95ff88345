$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '551 User not local or invalid address – Relay denied'
551 User not local or invalid address – Relay denied
Code:         551
Ernst:        permanent
Reden:        relay_denied
Betekenis:    De server stuurt het bericht niet door naar een andere server
              dan de zijne: meestal een maatregel tegen spam.
Oplossing:    Controleer het adres van de ontvanger, en neem contact op met
              de provider van de uitgaande server.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide diagnostic_advanced (en-gb) =
              diagnostic-advanced (ovh/ovhcloud-docs), the table of SMTP
              error codes (2026-02-20)
--- stderr
--- status 0
