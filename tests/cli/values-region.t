$ ovhmail values region
eu
ca
--- stderr
--- status 0
