$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail --data tests/data/port-range.json
--- stderr
ovhmail: tests/data/port-range.json: offers[0].servers[0].port: moet een geheel getal van 1 tot en met 65535 zijn
--- status 65
