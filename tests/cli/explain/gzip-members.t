$ { gzip -c tests/explain/mail.log; gzip -c tests/explain/mail.log; } | ovhmail explain --summary --format json | jq -c "{lines, failures}"
{"lines":30,"failures":20}
--- stderr
--- status 0
