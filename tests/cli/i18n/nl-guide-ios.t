$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail guide iphone --offer mxplan -e jan@example.nl
MX Plan, Europa: Mail (iPhone en iPad)
1.  De snelste weg: voer op een computer "ovhmail export mobileconfig
    --email jan@example.nl -o ovh.mobileconfig" uit en stuur het bestand
    naar de iPhone of iPad: met AirDrop, als bijlage die u in Mail opent, of
    vanaf een webpagina in Safari. iOS meldt "Profiel gedownload".
2.  Open Instellingen en tik bovenaan op "Profiel gedownload" (later:
    Algemeen > VPN en apparaatbeheer) en dan op Installeer; vul de
    toegangscode van het toestel in en daarna uw e-mailwachtwoord als daarom
    gevraagd wordt. Een profiel zonder handtekening toont in het rood "Niet
    geverifieerd": niemand staat in voor de herkomst, maar de instellingen
    zijn dezelfde. Met --sign ondertekent ovhmail het met uw certificaat, en
    iOS toont "Geverifieerd" als het dat certificaat vertrouwt. Of stel het
    account met de hand in, zoals hieronder.
3.  Open Instellingen > Mail > Accounts > Voeg account toe (iOS 14 en later;
    de handleiding van OVHcloud geeft ook de oudere menu's).
4.  Kies Anders en dan Voeg e-mailaccount toe; vul uw naam, e-mailadres,
    wachtwoord en een beschrijving in en tik op Volgende.
    E-mail: jan@example.nl
5.  OVHcloud raadt IMAP aan in plaats van POP.
    Soort account: IMAP
6.  Server inkomende post: vul de hostnaam in, ook al noemt iOS hem
    optioneel.
    Hostnaam: ssl0.ovh.net
7.  Server inkomende post: de gebruikersnaam, ook al noemt iOS hem
    optioneel; daarna uw wachtwoord.
    Gebruikersnaam: jan@example.nl
8.  Server uitgaande post: vul de hostnaam in, ook al noemt iOS hem
    optioneel.
    Hostnaam: ssl0.ovh.net
9.  Server uitgaande post: de gebruikersnaam, ook al noemt iOS hem
    optioneel: zonder weigert de server te versturen. Daarna uw wachtwoord.
    Gebruikersnaam: jan@example.nl
10. Laat Mail aangevinkt en tik op Bewaar. Maakt iOS geen verbinding,
    controleer dan de geavanceerde instellingen van het account: de
    inkomende poort:
    Serverpoort: 993
11. Inkomend: SSL.
    Gebruik SSL: on
12. Uitgaand (SMTP): de poort.
    Serverpoort: 465
13. Uitgaand: SSL.
    Gebruik SSL: on
Bronnen:
  ovhmail(1), export mobileconfig: an Apple configuration profile written from servers.json (2026-11-22)
  ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_ios (en-gb) (2024-10-01)
--- stderr
--- status 0
