$ ovhmail values offer
mxplan
emailpro
exchange
--- stderr
--- status 0
