$ ovhmail export neomutt --email jan@example.nl --name "$(printf 'Jan\342\200\213Jansen')"
--- stderr
ovhmail: --name: a name holds no invisible character (U+200B, say): it would show as another
Try 'ovhmail --help' for more information.
--- status 64
