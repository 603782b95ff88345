$ ovhmail list --format json | jq -r '.[] | select(.protocol == "smtp") | "\(.host) \(.port) \(.security) \(.ssl)"'
ssl0.ovh.net 465 ssl true
ssl0.ovh.net 587 starttls false
--- stderr
--- status 0
