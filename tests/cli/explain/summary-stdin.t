$ ovhmail explain --summary --format json < tests/explain/mail.log | jq -c "{messages, lines, failures, groups: [.groups[] | [.count, .status, .severity, .reason]]}"
{"messages":0,"lines":15,"failures":10,"groups":[[2,"5.1.1","permanent","user_unknown"],[2,"4.4.1","temporary","network"],[1,"5.2.2","permanent","mailbox_full"],[1,"4.7.0","temporary","other"],[1,"5.7.1","permanent","relay_denied"],[1,"4.4.7","permanent","expired"],[1,"5.7.1","permanent","policy"],[1,"4.2.2","temporary","mailbox_full"]]}
--- stderr
--- status 0
