$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain 'Blocked for SPAM'
Blocked for SPAM
Betekenis: Het account is geblokkeerd omdat het spam verstuurde: het Control
           Panel toont het als "Blocked" (Exchange), "Spam" (Email Pro, MX
           Plan met OWA) of "Blocked for SPAM" (MX Plan met Roundcube); op
           Zimbra zijn webmail en verzenden uitgeschakeld en wordt geen
           ticket geopend. Een geblokkeerd account ontvangt nog steeds mail.
Oplossing: Exchange: gebruik Deblokkeren in het Control Panel. Email Pro en
           MX Plan met OWA: beantwoord de drie vragen van het ticket dat
           OVHcloud opende. MX Plan met Roundcube: deblokkeer het adres niet
           zelf; neem contact op met de support van OVHcloud. Zimbra: er
           wordt geen ticket geopend; neem contact op met de support van
           OVHcloud.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide locked-for-spam (and locked_for_spam, en-gb,
           2024-05-23) (2026-05-28)
--- stderr
--- status 0
