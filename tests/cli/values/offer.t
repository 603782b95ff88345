$ ovhmail values offer
mxplan
zimbra
emailpro
exchange
--- stderr
--- status 0
