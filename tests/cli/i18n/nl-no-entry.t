$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail --offer emailpro --server 2 --no-ssl imap
--- stderr
ovhmail: imap: Email Pro, Europa heeft geen regel zonder SSL (probeer --ssl)
--- status 69
