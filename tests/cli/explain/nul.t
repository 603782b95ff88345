$ printf "550 5.1.1 <a@example.com>\\000 user unknown\\n" | ovhmail explain --format json | jq -c ".[] | [.status, .recipient, .reason]"
["5.1.1","a@example.com","user_unknown"]
--- stderr
--- status 0
