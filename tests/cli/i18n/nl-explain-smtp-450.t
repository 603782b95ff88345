$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '450 Requested action not taken – The user'\''s mailbox is unavailable'
450
Antwoord:     450 Requested action not taken – The user's mailbox is
              unavailable
Ernst:        tijdelijk
Reden:        other
Betekenis:    450: Gevraagde mailactie niet uitgevoerd: mailbox niet
              beschikbaar (bezet, of tijdelijk geblokkeerd volgens het
              beleid).
Soort:        algemeen: wat de standaarden over de codes zeggen, geen advies
              van OVHcloud
Bron:         RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
