$ ovhmail values region
eu
ca
apac
--- stderr
--- status 0
