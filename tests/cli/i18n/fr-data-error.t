$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail --data tests/data/duplicate.json
--- stderr
ovhmail: tests/data/duplicate.json: sources[0]: clé "id" en double
--- status 65
