$ ovhmail --data tests/data/port-range.json list --format json || echo "failed with $?"
failed with 65
--- stderr
ovhmail: tests/data/port-range.json: offers[0].servers[0].port: must be a whole number from 1 to 65535
--- status 0
