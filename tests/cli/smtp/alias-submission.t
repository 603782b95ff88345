$ ovhmail submission --no-ssl --field port --field security
587
starttls
--- stderr
--- status 0
