$ ovhmail explain --format json "450 4.2.1 Requested mail action not taken: mailbox unavailable" | jq -c ".[] | [.id, .kind, .severity]"
["smtp-450","ovhcloud","temporary"]
--- stderr
--- status 0
