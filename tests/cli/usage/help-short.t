$ ovhmail -h
usage: ovhmail [options] doctor ADDRESS [FILE...] [--error TEXT] [--login]
               [--timeout SECONDS] [< BOUNCE]
       ovhmail [options] [imap | pop | smtp]
       ovhmail [options] list
       ovhmail [options] webmail
       ovhmail [options] limits
       ovhmail [options] explain [TEXT...] [--file PATH] [--summary] [< BOUNCE]
       ovhmail [options] export FORMAT [--email ADDRESS] [--domain DOMAIN]
               [--account NAME] [--name "REAL NAME"] [--offline]
               [--password-command CMD] [--allow-plaintext] [--legacy]
               [-o FILE]
       ovhmail [options] export mobileconfig --sign CERT --key KEY
               [--chain FILE] [-o FILE]
       ovhmail [options] check [imap | pop | smtp] [--timeout SECONDS]
               [--cafile FILE] [--legacy] [--login --email ADDRESS
               [--password-fd N | --password-command CMD]]
               [--format nagios [--warning-days N] [--critical-days N]]
       ovhmail [options] guide CLIENT [--email ADDRESS]
       ovhmail [options] audit [--discover] FILE...
       ovhmail [options] values offer | region | field | export | client |
               command
       ovhmail [options] discover ADDRESS | DOMAIN... [--dkim-selector NAME]
               [--domains FILE] [--jobs N]
       ovhmail [options] verify DOMAIN... [--dkim-selector NAME]
               [--domains FILE] [--jobs N] [--format nagios]

Tells which OVHcloud mail server, port, security and username a mail
client needs.

Commands:
  doctor ADDRESS [FILE...]
                       when mail does not work: the offer, the domain's
                       DNS, the servers, the clients' files and the error
                       (--error TEXT, or a bounce on standard input), in
                       one report, the likeliest cause first
  imap, pop, smtp      one server (pop3 and submission are aliases)
  list                 every server of the offer (the default)
  webmail              the webmail address
  limits               the offer's sending limits and mailbox quota
  explain [TEXT]       what a server's error means and how to fix it; with
                       no TEXT, every failure in a bounce, a log or a
                       client's dialog on standard input
  export FORMAT        a client's configuration or DNS records: autoconfig,
                       autodiscover, mobileconfig, msmtp, mbsync, neomutt,
                       aerc or dns
  check [PROTOCOL]     connect to the servers from here and diagnose
  guide CLIENT         the steps to set up a mail client: thunderbird,
                       outlook, new-outlook, outlook-mac, apple-mail (or
                       mac), ios (or iphone, ipad) or android
  audit FILE...        compare mail clients' settings with the table
  values NAME          the offers, regions, fields, export formats, clients
                       or command words, one a line, as shell completion
                       lists them

Options:
      --ssl            SSL/TLS on: 993, 995, 465 for MX Plan (the default)
      --no-ssl         SSL off: 587 with STARTTLS; legacy 143 and 110
      --security NAME  ssl, starttls or none: the entries so protected,
                       on every offer (not with --ssl or --no-ssl)
      --offer NAME     mxplan (the default), zimbra, emailpro or exchange
      --server N       the N of pro<N>.mail.ovh.net or ex<N>.mail.ovh.net
      --region NAME    eu (the default), ca or apac, where the offer is sold
  -e, --email ADDRESS  fill in the username
      --domain DOMAIN  the mail domain, for export (else the address's)
      --account NAME   export: the account's name in the client files
                       (default ovhcloud), for more than one mailbox
      --name "REAL NAME"
                       export: the sender's name where the format has one
      --offline        export neomutt: read the Maildir export mbsync
                       fills, send with msmtp -a ACCOUNT
      --legacy         export dns: add the legacy MX Plan SRV records
  -o, --output FILE    export into FILE, replaced only once complete
      --sign CERT      export mobileconfig: sign the profile with the PEM
                       certificate CERT (binary CMS: give -o FILE)
      --key KEY        the certificate's private key, PEM, not encrypted
      --chain FILE     the intermediate certificates to include, PEM
      --password-command CMD
                       the command a client runs for the password; {email}
                       stands for the address (default: secret-tool lookup
                       ovhmail {email})
      --allow-plaintext
                       let export list servers without encryption
      --timeout SECS   how long check may take in all (default 10);
                       doctor, the whole of it (default 30)
      --error TEXT     doctor: the error the client or a bounce showed
      --cafile FILE    check trusts the CAs in FILE, not the system's
      --login          check logs in with --email (doctor with ADDRESS)
                       and a password: from the terminal, or the first
                       line --password-command prints, or:
      --password-fd N  the password from the descriptor N
      --warning-days N, --critical-days N
                       check --format nagios: a certificate's days left
                       that warn (default 30) and are critical (7)
      --file PATH      explain: read PATH (a log, a .gz, an mbox, a
                       message, a Maildir or a folder); repeatable
      --summary        explain: failures grouped and counted
  -f, --format NAME    text (the default), json or env; check and verify:
                       nagios, as a monitoring plugin
      --field NAME     print only this field's value; repeatable
      --data FILE      read the server table from FILE
  -h, --help           print this help and exit
  -V, --version        print the version and exit

The DNS of a domain:
  discover ADDRESS...  which offer, region and server the domain's DNS
                       points at, how sure that is, and the settings
  verify DOMAIN...     whether the domain's DNS is what its offer needs
      --discover       a lookup, export or guide takes the offer, region
                       and server from the DNS of --email (or --domain);
                       audit, of each account's address
      --dkim-selector NAME  check this DKIM selector and its pair too
      --resolver IP[:PORT]  ask this DNS server, not the system's
      --timeout SECS   how long the DNS questions of a domain may take
                       (default 10)
      --domains FILE   verify or discover each domain of FILE, one a line
                       (- for standard input)
      --jobs N         domains at a time (default 16)

Fields: offer, region, protocol, ssl, host, aliases, port, security, status,
auth_required, auth_method, username, source.  See ovhmail(1) for more.
--- stderr
--- status 0
