$ ovhmail --offer emailpro values region
--- stderr
--- status 0
