$ ovhmail --offer exchange values field
offer
region
protocol
ssl
host
aliases
port
security
status
auth_required
auth_method
username
source
--- stderr
--- status 0
