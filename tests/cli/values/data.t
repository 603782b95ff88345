$ ovhmail --data tests/data/mini.json values offer
mxplan
--- stderr
--- status 0
