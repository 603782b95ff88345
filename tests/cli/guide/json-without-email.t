$ ovhmail guide thunderbird --format json | jq -c '.steps[] | select(.field == "Username")'
{"text":"Incoming server: the username is your full e-mail address.","field":"Username","value":null,"source":"thunderbird"}
{"text":"Outgoing server: the username is your full e-mail address.","field":"Username","value":null,"source":"thunderbird"}
--- stderr
--- status 0
