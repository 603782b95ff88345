$ gzip -c tests/explain/mail.log > tests/cli/scratch/mail.log.2.gz && ovhmail explain --summary --format json --file tests/cli/scratch/mail.log.2.gz | jq -c "{messages, lines, failures}"
{"messages":0,"lines":15,"failures":10}
--- stderr
--- status 0
