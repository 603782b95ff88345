$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain'
550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain
Code:         550 5.7.1
Ernst:        permanent
Reden:        policy
Betekenis:    Sinds 20 juli 2026 weigeren MX Plan, Zimbra en de mail van
              webhosting een bericht waarvan het From-adres op een ander
              domein staat dan de mailbox waarmee de client is ingelogd.
Oplossing:    Maak een mailbox aan op het domein van het From-adres en log
              daarmee in om te versturen (één mailbox is genoeg voor het
              domein), of verstuur vanaf een adres op het domein waarmee u
              inlogt. Stel in Europa het domein in op een Zimbra
              Starter-pakket en maak daar de mailbox aan; voeg in Canada en
              Azië-Pacific het domein toe aan een MX Plan en maak daar de
              mailbox aan. Verzenden als en Verzenden namens van Exchange
              werken alleen binnen één domein: ze heffen deze weigering niet
              op.
Pakketten:    mxplan, zimbra
Bron:         OVHcloud guide email-rejected-cross-domain-spoofing
              (ovh/ovhcloud-docs) (2026-07-16)
--- stderr
--- status 0
