$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail --offer nope
--- stderr
ovhmail: --offer: onbekend pakket 'nope' (kies mxplan, zimbra, emailpro, exchange)
Probeer 'ovhmail --help' voor meer informatie.
--- status 64
