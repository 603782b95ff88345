$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '552 5.2.2 Requested mail action aborted: exceeded storage allocation'
552 5.2.2 Requested mail action aborted: exceeded storage allocation
Code:         552 5.2.2
Ernst:        permanent
Reden:        mailbox_full
Betekenis:    De mailbox van de ontvanger is vol. Een vol account kan nog
              berichten versturen, maar niet meer ontvangen.
Oplossing:    De ontvanger moet ruimte vrijmaken in de mailbox (berichten
              verwijderen of archiveren, de prullenbak legen), of het quotum
              verhogen in het Control Panel als het pakket dat toelaat. Neem
              als afzender op een andere manier contact op met de ontvanger.
Pakketten:    mxplan, zimbra, emailpro, exchange
Bron:         OVHcloud guide email-manage-quota (and email_manage_quota,
              2022-11-17) (2026-09-18)
--- stderr
--- status 0
