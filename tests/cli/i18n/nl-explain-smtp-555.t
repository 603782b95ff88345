$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '555 MAIL FROM / RCPT TO, unrecognised or unimplemented arguments'
555
Antwoord:     555 MAIL FROM / RCPT TO, unrecognised or unimplemented
              arguments
Ernst:        permanent
Reden:        other
Betekenis:    555: Parameters van MAIL FROM/RCPT TO niet herkend of niet
              geïmplementeerd.
Soort:        algemeen: wat de standaarden over de codes zeggen, geen advies
              van OVHcloud
Bron:         RFC 5321 (SMTP), section 4.2 (2008-10)
--- stderr
--- status 0
