$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '455 Server unable to deal with the command at this time'
455
Antwoord:     455 Server unable to deal with the command at this time
Ernst:        tijdelijk
Reden:        other
Betekenis:    455: De server kan de parameters niet verwerken.
Soort:        algemeen: wat de standaarden over de codes zeggen, geen advies
              van OVHcloud
Bron:         RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
