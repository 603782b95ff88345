$ LC_ALL= LANG=fr_FR.UTF-8 ovhmail guide android | head -1
Offre supposée : MX Plan (--offer n'a pas été donné). Pour connaître la vôtre : ovhmail discover ADRESSE, puis donnez son --offer.
--- stderr
--- status 0
