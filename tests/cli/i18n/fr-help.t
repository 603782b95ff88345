$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail --help
usage : ovhmail [options] doctor ADRESSE [FICHIER...] [--error TEXTE] [--login]
               [--timeout SECONDES] [< REBOND]
        ovhmail [options] [imap | pop | smtp]
        ovhmail [options] list
        ovhmail [options] webmail
        ovhmail [options] limits
        ovhmail [options] explain [TEXTE...] [--file CHEMIN] [--summary] [< MESSAGE]
        ovhmail [options] export FORMAT [--email ADRESSE] [--domain DOMAINE]
                [--account NOM] [--name "VRAI NOM"] [--offline]
                [--password-command CMD] [--allow-plaintext] [--legacy]
                [-o FICHIER]
        ovhmail [options] export mobileconfig --sign CERT --key CLÉ
                [--chain FICHIER] [-o FICHIER]
        ovhmail [options] check [imap | pop | smtp] [--timeout SECONDES]
                [--cafile FICHIER] [--legacy] [--login --email ADRESSE
                [--password-fd N | --password-command CMD]]
                [--format nagios [--warning-days N] [--critical-days N]]
        ovhmail [options] guide CLIENT [--email ADRESSE]
        ovhmail [options] audit [--discover] FICHIER...
        ovhmail [options] values offer | region | field | export | client |
                command
        ovhmail [options] discover ADRESSE | DOMAINE... [--dkim-selector NOM]
                [--domains FICHIER] [--jobs N]
        ovhmail [options] verify DOMAINE... [--dkim-selector NOM]
                [--domains FICHIER] [--jobs N] [--format nagios]

Indique le serveur de messagerie OVHcloud, le port, la sécurité et le nom
d'utilisateur dont un client de messagerie a besoin.

Commandes :
  doctor ADRESSE [FICHIER...]
                       quand le courrier ne marche pas : l'offre, le DNS
                       du domaine, les serveurs, les fichiers des clients
                       et l'erreur (--error TEXTE, ou un rebond sur
                       l'entrée standard), en un rapport, la cause la plus
                       probable d'abord
  imap, pop, smtp      un serveur (pop3 et submission sont des alias)
  list                 tous les serveurs de l'offre (par défaut)
  webmail              l'adresse du webmail
  limits               les limites d'envoi et le quota de l'offre
  explain [TEXTE]      ce que veut dire l'erreur d'un serveur, et comment
                       la corriger ; sans TEXTE, chaque échec d'un message
                       de non-remise, d'un journal ou d'un dialogue de
                       client sur l'entrée standard
  export FORMAT        la configuration d'un client ou les enregistrements
                       DNS : autoconfig, autodiscover, mobileconfig, msmtp,
                       mbsync, neomutt, aerc ou dns
  check [PROTOCOLE]    se connecter aux serveurs d'ici et diagnostiquer
  guide CLIENT         les étapes pour configurer un logiciel de messagerie :
                       thunderbird, outlook, new-outlook, outlook-mac,
                       apple-mail (ou mac), ios (ou iphone, ipad) ou
                       android
  audit FICHIER...     comparer les réglages des clients de messagerie
                       avec la table
  values NOM           les offres, régions, champs, formats d'export,
                       clients ou commandes, un par ligne, comme les liste
                       la complétion du shell

Options :
      --ssl            SSL/TLS activé : 993, 995, 465 pour MX Plan (défaut)
      --no-ssl         SSL désactivé : 587 avec STARTTLS ; anciens 143 et 110
      --security NOM   ssl, starttls ou none : les entrées ainsi protégées,
                       pour toute offre (pas avec --ssl ni --no-ssl)
      --offer NOM      mxplan (par défaut), zimbra, emailpro ou exchange
      --server N       le N de pro<N>.mail.ovh.net ou ex<N>.mail.ovh.net
      --region NOM     eu (par défaut), ca ou apac, là où l'offre est vendue
  -e, --email ADRESSE  remplir le nom d'utilisateur
      --domain DOMAINE le domaine de messagerie, pour export (sinon celui
                       de l'adresse)
      --legacy         export dns : avec les anciens SRV de MX Plan
      --account NOM    export : le nom du compte dans les fichiers du
                       client (ovhcloud par défaut), pour plusieurs
                       boîtes
      --name "VRAI NOM"
                       export : le nom de l'expéditeur, là où le format
                       en a un
      --offline        export neomutt : lire le Maildir que remplit
                       mbsync, envoyer avec msmtp -a COMPTE
  -o, --output FICHIER exporter dans FICHIER, remplacé une fois complet
      --sign CERT      export mobileconfig : signer le profil avec le
                       certificat PEM CERT (CMS binaire : donnez -o FICHIER)
      --key CLÉ        la clé privée du certificat, PEM, non chiffrée
      --chain FICHIER  les certificats intermédiaires à inclure, PEM
      --password-command CMD
                       la commande qu'un client lance pour le mot de passe ;
                       {email} y tient lieu d'adresse (par défaut :
                       secret-tool lookup ovhmail {email})
      --allow-plaintext
                       export peut citer des serveurs sans chiffrement
      --timeout SEC    combien de temps check peut prendre en tout
                       (10 par défaut) ; doctor, en tout (30 par défaut)
      --error TEXTE    doctor : l'erreur qu'a montrée le client ou un rebond
      --cafile FICHIER check fait confiance aux AC de FICHIER, pas à
                       celles du système
      --login          check se connecte avec --email (doctor avec ADRESSE)
                       et un mot de passe :
                       du terminal, ou la première ligne qu'affiche
                       --password-command, ou :
      --password-fd N  le mot de passe lu sur le descripteur N
      --warning-days N, --critical-days N
                       check --format nagios : les jours restants d'un
                       certificat qui donnent un avertissement (30 par
                       défaut) et l'état critique (7)
      --file CHEMIN    explain : lire CHEMIN (un journal, un .gz, une mbox,
                       un message, un Maildir ou un répertoire) ;
                       répétable
      --summary        explain : les échecs regroupés et comptés
  -f, --format NOM     text (par défaut), json ou env ; check et verify :
                       nagios, comme plugin de supervision
      --field NOM      n'afficher que la valeur de ce champ ; répétable
      --data FICHIER   lire la table des serveurs dans FICHIER
  -h, --help           afficher cette aide et quitter
  -V, --version        afficher la version et quitter

Le DNS d'un domaine :
  discover ADRESSE...  l'offre, la région et le serveur que désigne le DNS
                       du domaine, avec quelle certitude, et les réglages
  verify DOMAINE...    si le DNS du domaine est ce que son offre demande
      --discover       une recherche, un export ou guide prend l'offre, la
                       région et le serveur dans le DNS de --email (ou
                       --domain) ; audit : dans celui de l'adresse de
                       chaque compte
      --dkim-selector NOM  vérifie aussi ce sélecteur DKIM et sa paire
      --resolver IP[:PORT] interroge ce serveur DNS, pas celui du système
      --timeout SEC    durée maximale des questions DNS d'un domaine
                       (10 par défaut)
      --domains FICHIER
                       verify ou discover sur chaque domaine de FICHIER,
                       un par ligne (- pour l'entrée standard)
      --jobs N         nombre de domaines traités à la fois (16 par défaut)

Champs : offer, region, protocol, ssl, host, aliases, port, security, status,
auth_required, auth_method, username, source.  Voir ovhmail(1) pour
en savoir plus.
--- stderr
--- status 0
