$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '500 A syntax error: the server could not recognise the command'
500
Antwoord:     500 A syntax error: the server could not recognise the command
Ernst:        permanent
Reden:        syntax
Betekenis:    500: Syntaxfout, opdracht niet herkend.
Soort:        algemeen: wat de standaarden over de codes zeggen, geen advies
              van OVHcloud
Bron:         RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
