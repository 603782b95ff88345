$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail guide new-outlook --offer zimbra -e jan@example.nl
Zimbra, Europa: Nieuwe Outlook (Windows)
1.  Deze stappen gelden voor Zimbra Starter. De nieuwe Outlook kan geen
    ActiveSync gebruiken, dat de agenda en contacten van Zimbra Pro nodig
    hebben: gebruik voor Zimbra Pro klassiek Outlook ("ovhmail guide
    outlook").
2.  Open de nieuwe Outlook (die sinds 1 januari 2025 de app Mail van Windows
    vervangt) en klik op "Account toevoegen".
3.  Vul uw e-mailadres in en klik op "Doorgaan"; kies IMAP als daarom
    gevraagd wordt, vul uw wachtwoord in en klik op "Meer weergeven".
    E-mailadres: jan@example.nl
4.  De inkomende server.
    Inkomende IMAP-server: ssl0.ovh.net
5.  Inkomende server: de poort.
    Poort: 993
6.  Inkomende server: de verbindingsbeveiliging.
    Type beveiligde verbinding: SSL/TLS
7.  De uitgaande server.
    Uitgaande SMTP-server: ssl0.ovh.net
8.  Uitgaande server: de poort.
    Poort: 465
9.  Uitgaande server: de verbindingsbeveiliging.
    Type beveiligde verbinding: SSL/TLS
10. Uitgaande server: de gebruikersnaam is uw volledige e-mailadres; daarna
    uw wachtwoord.
    SMTP-gebruikersnaam: jan@example.nl
11. Klik op "Doorgaan". De nieuwe Outlook kan deze serverinstellingen
    achteraf niet wijzigen: om ze te verbeteren verwijdert u het account en
    voegt u het opnieuw toe.
Bronnen:
  ovh/docs pages/web_cloud/email_and_collaborative_solutions/zimbra/zimbra_outlook_windows (en-gb) (2025-07-03)
  ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-windows-10.mdx: the new Outlook for Windows, MX Plan and Zimbra Starter (2026-06-08)
--- stderr
--- status 0
