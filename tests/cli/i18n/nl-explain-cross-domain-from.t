$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain'
550 5.7.1 Rejected by policy: From header domain does not align with authenticated domain
Betekenis: Sinds 20 juli 2026 weigert de server een bericht waarvan het
           From-adres op een ander domein staat dan het adres waarmee de
           client inlogde.
Oplossing: Maak een mailbox aan op het domein van het From-adres en log
           daarmee in (één is genoeg voor het domein), of verstuur vanaf het
           adres waarmee u inlogt. Gebruik op Exchange in plaats daarvan
           Verzenden als of Verzenden namens.
Pakketten: mxplan, zimbra
Bron:      OVHcloud guide email-rejected-cross-domain-spoofing (2026-07-16)
--- stderr
--- status 0
