$ ovhmail --offer emailpro values region
eu
--- stderr
--- status 0
