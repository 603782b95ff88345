$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail values field
offer
region
protocol
ssl
host
port
security
auth_required
auth_method
username
source
--- stderr
--- status 0
