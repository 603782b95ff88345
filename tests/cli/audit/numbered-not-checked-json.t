$ ovhmail audit --format json tests/audit/pro3.msmtprc | jq -c ".files[0].accounts[0].findings[] | [.field, .found, .expected, .note]"
["host","pro3.mail.ovh.net","pro<N>.mail.ovh.net","server number not checked: give --server or --discover"]
--- stderr
ovhmail: audit: 1 setting to change
--- status 0
