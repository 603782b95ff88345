$ mkdir -p tests/cli/scratch/md/cur tests/cli/scratch/md/new tests/cli/scratch/md/tmp && cp tests/explain/qmail.eml tests/cli/scratch/md/cur/1.eml && cp tests/explain/exchange.eml tests/cli/scratch/md/new/2.eml && ovhmail explain --summary --format json --file tests/cli/scratch/md | jq -c "{messages, failures, recipients: [.groups[].sample_recipients[]] | sort}"
{"messages":2,"failures":3,"recipients":["frank@example.fr","jan@example.nl","nobody@example.com"]}
--- stderr
--- status 0
