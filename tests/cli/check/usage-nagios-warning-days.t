$ ovhmail check --format nagios --warning-days x
OVHMAIL_CHECK UNKNOWN - --warning-days: 'x' is not a number from 0 to 3650
--- stderr
ovhmail: --warning-days: 'x' is not a number from 0 to 3650
--- status 3
