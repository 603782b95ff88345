$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '555 MAIL FROM/RCPT TO parameters not recognized or not implemented'
555 MAIL FROM/RCPT TO parameters not recognized or not implemented
Betekenis: De server nam de parameters van afzender of ontvanger niet aan;
           bij OVHcloud gebeurt dat als de verzendlimiet is bereikt.
Oplossing: Controleer de verzendlimiet: 200 berichten per uur per account en
           300 per uur per IP-adres. Wacht, en verstuur daarna in kleinere
           groepen.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
