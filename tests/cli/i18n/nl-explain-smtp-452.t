$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail explain '452 Requested action not taken: insufficient system storage'
452 Requested action not taken: insufficient system storage
Betekenis: De server heeft nu te weinig opslagruimte, of er werden te veel
           berichten tegelijk verstuurd.
Oplossing: Verstuur minder berichten tegelijk, en probeer het later opnieuw.
Pakketten: mxplan, zimbra, emailpro, exchange
Bron:      OVHcloud guide diagnostic_advanced (en-gb), the table of SMTP
           error codes (2026-02-20)
--- stderr
--- status 0
