$ ovhmail values region --offer exchange
eu
ca
--- stderr
--- status 0
