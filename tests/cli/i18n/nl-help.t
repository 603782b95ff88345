$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail --help
gebruik: ovhmail [opties] doctor ADRES [BESTAND...] [--error TEKST] [--login]
               [--timeout SECONDEN] [< BOUNCE]
         ovhmail [opties] [imap | pop | smtp]
         ovhmail [opties] list
         ovhmail [opties] webmail
         ovhmail [opties] limits
         ovhmail [opties] explain [TEKST...] [--file PAD] [--summary] [< BOUNCE]
         ovhmail [opties] export FORMAAT [--email ADRES] [--domain DOMEIN]
                 [--account NAAM] [--name "ECHTE NAAM"] [--offline]
                 [--password-command CMD] [--allow-plaintext] [--legacy]
                 [-o BESTAND]
         ovhmail [opties] export mobileconfig --sign CERT --key SLEUTEL
                 [--chain BESTAND] [-o BESTAND]
         ovhmail [opties] check [imap | pop | smtp] [--timeout SECONDEN]
                 [--cafile BESTAND] [--legacy] [--login --email ADRES
                 [--password-fd N | --password-command CMD]]
                 [--format nagios [--warning-days N] [--critical-days N]]
         ovhmail [opties] guide CLIENT [--email ADRES]
         ovhmail [opties] audit [--discover] BESTAND...
         ovhmail [opties] values offer | region | field | export | client |
                 command
         ovhmail [opties] discover ADRES | DOMEIN... [--dkim-selector NAAM]
                 [--domains BESTAND] [--jobs N]
         ovhmail [opties] verify DOMEIN... [--dkim-selector NAAM]
                 [--domains BESTAND] [--jobs N] [--format nagios]

Vertelt welke OVHcloud-mailserver, poort, beveiliging en gebruikersnaam een
mailprogramma nodig heeft.

Opdrachten:
  doctor ADRES [BESTAND...]
                       als de e-mail niet werkt: het pakket, de DNS van
                       het domein, de servers, de bestanden van de
                       clients en de fout (--error TEKST, of een bounce op
                       standaardinvoer), in één rapport, de
                       waarschijnlijkste oorzaak eerst
  imap, pop, smtp      één server (pop3 en submission zijn aliassen)
  list                 alle servers van het pakket (de standaard)
  webmail              het adres van de webmail
  limits               de verzendlimieten en het quotum van het pakket
  explain [TEKST]      wat een foutmelding van een server betekent en hoe
                       u die oplost; zonder TEKST elke fout in een bounce,
                       een log of een dialoog van een client op
                       standaardinvoer
  export FORMAAT       de configuratie van een client of DNS-records:
                       autoconfig, autodiscover, mobileconfig, msmtp,
                       mbsync, neomutt, aerc of dns
  check [PROTOCOL]     maak van hieruit verbinding met de servers en stel
                       een diagnose
  guide CLIENT         de stappen om een e-mailprogramma in te stellen:
                       thunderbird, outlook, new-outlook, outlook-mac,
                       apple-mail (of mac), ios (of iphone, ipad) of
                       android
  audit BESTAND...     vergelijk de instellingen van mailprogramma's met
                       de tabel
  values NAAM          de pakketten, regio's, velden, exportformaten,
                       clients of opdrachten, één per regel, zoals
                       shell-aanvulling ze toont

Opties:
      --ssl            SSL/TLS aan: 993, 995, 465 voor MX Plan (de standaard)
      --no-ssl         SSL uit: 587 met STARTTLS; verouderd 143 en 110
      --security NAAM  ssl, starttls of none: de regels die zo beveiligd
                       zijn, voor elk pakket (niet met --ssl of --no-ssl)
      --offer NAAM     mxplan (de standaard), zimbra, emailpro of exchange
      --server N       de N van pro<N>.mail.ovh.net of ex<N>.mail.ovh.net
      --region NAAM    eu (de standaard), ca of apac, waar het pakket
                       verkocht wordt
  -e, --email ADRES    vul de gebruikersnaam in
      --domain DOMEIN  het maildomein, voor export (anders dat van het adres)
      --legacy         export dns: met de verouderde SRV-records van MX Plan
      --account NAAM   export: de naam van het account in de
                       clientbestanden (standaard ovhcloud), voor meer
                       dan één mailbox
      --name "ECHTE NAAM"
                       export: de naam van de afzender, waar het formaat
                       er een heeft
      --offline        export neomutt: lees de Maildir die mbsync vult,
                       verstuur met msmtp -a ACCOUNT
  -o, --output BESTAND exporteer naar BESTAND, pas vervangen als het af is
      --sign CERT      export mobileconfig: onderteken het profiel met het
                       PEM-certificaat CERT (binaire CMS: geef -o BESTAND)
      --key SLEUTEL    de privésleutel van het certificaat, PEM, onversleuteld
      --chain BESTAND  de tussencertificaten die erbij moeten, PEM
      --password-command CMD
                       het commando dat een client voor het wachtwoord
                       uitvoert; {email} staat voor het adres (standaard:
                       secret-tool lookup ovhmail {email})
      --allow-plaintext
                       laat export ook servers zonder versleuteling noemen
      --timeout SEC    hoe lang check in totaal mag duren (standaard 10);
                       doctor, alles samen (standaard 30)
      --error TEKST    doctor: de fout die de client of een bounce toonde
      --cafile BESTAND check vertrouwt de CA's in BESTAND, niet die van
                       het systeem
      --login          check logt in met --email (doctor met ADRES) en een
                       wachtwoord: uit
                       de terminal, of de eerste regel die
                       --password-command afdrukt, of:
      --password-fd N  het wachtwoord uit descriptor N
      --warning-days N, --critical-days N
                       check --format nagios: de resterende dagen van een
                       certificaat die een waarschuwing geven (standaard
                       30) en die kritiek zijn (7)
      --file PAD       explain: lees PAD (een log, een .gz, een mbox, een
                       bericht, een Maildir of een map); herhaalbaar
      --summary        explain: fouten gegroepeerd en geteld
  -f, --format NAAM    text (de standaard), json of env; check en verify:
                       nagios, als monitoringplug-in
      --field NAAM     toon alleen de waarde van dit veld; herhaalbaar
      --data BESTAND   lees de servertabel uit BESTAND
  -h, --help           toon deze hulp en stop
  -V, --version        toon de versie en stop

De DNS van een domein:
  discover ADRES...    naar welk pakket, welke regio en welke server de DNS
                       van het domein wijst, hoe zeker dat is, en de
                       instellingen
  verify DOMEIN...     of de DNS van het domein is wat het pakket nodig heeft
      --discover       een opzoeking, export of guide neemt pakket, regio
                       en server uit de DNS van --email (of --domain);
                       audit: uit die van het adres van elk account
      --dkim-selector NAAM  controleer ook deze DKIM-selector en zijn paar
      --resolver IP[:POORT] vraag deze DNS-server, niet die van het systeem
      --timeout SEC    hoe lang de DNS-vragen van een domein mogen duren
                       (standaard 10)
      --domains BESTAND
                       verify of discover voor elk domein in BESTAND, één
                       per regel (- voor standaardinvoer)
      --jobs N         domeinen tegelijk (standaard 16)

Velden: offer, region, protocol, ssl, host, aliases, port, security, status,
auth_required, auth_method, username, source.  Zie ovhmail(1) voor meer.
--- stderr
--- status 0
