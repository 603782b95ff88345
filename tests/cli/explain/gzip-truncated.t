$ gzip -c tests/explain/mail.log | head -c 300 | ovhmail explain --format json | jq length
--- stderr
ovhmail: standard input: ends before its gzip data does: what was read is explained
ovhmail: explain: 1 of the inputs could not be read whole (said above)
--- status 0
