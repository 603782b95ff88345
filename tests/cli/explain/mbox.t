$ for f in tests/explain/*.eml; do echo "From MAILER-DAEMON Mon Dec  7 03:01:02 2026"; cat "$f"; echo; done > tests/cli/scratch/bounces.mbox && ovhmail explain --format json --file tests/cli/scratch/bounces.mbox | jq -c ".[] | [.code, .status, .recipient, .id]"
["550","5.1.1","jan@example.nl",null]
["550","5.7.1","ana@example.com","cross-domain-from"]
["550","5.1.1","nobody@example.com",null]
[null,"4.4.1","frank@example.fr","legacy-no-connection"]
--- stderr
--- status 0
