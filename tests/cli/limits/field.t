$ ovhmail limits --offer exchange --field limit --field size
account

ip

quota
50 GB (300 GB with the extension option)
--- stderr
--- status 0
