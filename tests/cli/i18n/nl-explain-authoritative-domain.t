$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain 'authoritative domain detected'
authoritative domain detected
Ernst:        permanent
Reden:        other
Betekenis:    Het domein is op een ander e-mailplatform in de gezaghebbende
              modus ingesteld, en kan daarom niet zomaar aan dit platform
              worden toegevoegd.
Oplossing:    Zet het domein op beide platformen in de niet-gezaghebbende
              modus, zodat ze het kunnen delen.
Pakketten:    emailpro, exchange
Bron:         OVHcloud guide exchange_adding_domain (en), and the Email Pro
              guide on adding a domain (2023-06-14)
--- stderr
--- status 0
