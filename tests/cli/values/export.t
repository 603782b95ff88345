$ ovhmail values export
autoconfig
autodiscover
mobileconfig
msmtp
mbsync
neomutt
aerc
dns
--- stderr
--- status 0
