$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '552 5.3.4 Message size exceeds fixed limit'
552 5.3.4 Message size exceeds fixed limit
Code:         552 5.3.4
Ernst:        permanent
Reden:        message_too_big
Betekenis:    Het bericht is groter dan de server aanneemt. De huidige
              handleidingen van OVHcloud noemen geen getal ("there is a size
              limit"); een oude pagina van OVH noemde 10 MB.
Oplossing:    Verstuur minder of kleinere bijlagen; deel grote bestanden
              liever als link, bijvoorbeeld met plik.ovh.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide faq-emails (MX Plan) (2026-07-27)
--- stderr
--- status 0
