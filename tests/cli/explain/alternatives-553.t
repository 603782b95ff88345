$ ovhmail explain --format json 553 | jq -c ".[] | [.id, [.alternatives[].id]]"
["smtp-553-mailbox",["smtp-553-relay"]]
--- stderr
--- status 0
