$ ovhmail check --format nagios --critical-days 3651
OVHMAIL_CHECK UNKNOWN - --critical-days: '3651' is not a number from 0 to 3650
--- stderr
ovhmail: --critical-days: '3651' is not a number from 0 to 3650
--- status 3
