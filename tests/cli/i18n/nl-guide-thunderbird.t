$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail guide thunderbird --offer mxplan -e jan@example.nl
MX Plan, Europa: Thunderbird
1.  Open Thunderbird, klik op het menu ☰ en dan op Nieuw account >
    E-mailadres (in de Engelse versie New Account > Email Address).
2.  Vul uw naam in zoals anderen hem zien en uw e-mailadres, en klik op
    Doorgaan. Thunderbird vraagt het wachtwoord pas aan het eind.
    E-mailadres: jan@example.nl
3.  Thunderbird stelt een configuratie voor uit zijn eigen database van
    providers; voor MX Plan in Europa is die juist. Toont hij de waarden
    hieronder (IMAP ssl0.ovh.net, poort 993), klik dan op Doorgaan en ga
    naar de laatste stap. Klik anders op "MODIFY THE CONFIGURATION"
    (Configuratie aanpassen) en vul ze in.
4.  De inkomende server. OVHcloud raadt IMAP aan in plaats van POP3: met
    IMAP blijven de berichten op de server, ook voor uw andere apparaten.
    Protocol: IMAP
5.  Inkomende server: de servernaam.
    Server: ssl0.ovh.net
6.  Inkomende server: de poort.
    Poort: 993
7.  Inkomende server: de verbindingsbeveiliging.
    SSL: SSL/TLS
8.  Inkomende server: de authenticatiemethode.
    Authenticatie: Standaard wachtwoord
9.  Inkomende server: de gebruikersnaam is uw volledige e-mailadres.
    Gebruikersnaam: jan@example.nl
10. Vul de uitgaande server (SMTP) in.
    Server: ssl0.ovh.net
11. Uitgaande server: de poort.
    Poort: 465
12. Uitgaande server: de verbindingsbeveiliging.
    SSL: SSL/TLS
13. Uitgaande server: de authenticatiemethode. SMTP-authenticatie moet aan
    staan: zonder weigert de server het bericht te versturen.
    Authenticatie: Standaard wachtwoord
14. Uitgaande server: de gebruikersnaam is uw volledige e-mailadres.
    Gebruikersnaam: jan@example.nl
15. Hebt u de configuratie aangepast, klik dan op Testen; heeft Thunderbird
    de servers gevonden, klik dan op Doorgaan.
16. Vul uw wachtwoord in en klik op Doorgaan: het account is klaar.
Bronnen:
  ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-thunderbird-windows.mdx (en): MX Plan and Zimbra Starter; the French guide (docs/fr/…, same date) gives the French words (2026-06-08)
--- stderr
--- status 0
