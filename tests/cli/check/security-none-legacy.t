$ ovhmail check --security none
--- stderr
ovhmail: check: only 2 legacy server entries match: add --legacy to check them
--- status 69
