$ ovhmail audit tests/audit/msmtprc tests/audit/prefs.js
tests/audit/msmtprc:5: ovh: SMTP security is starttls; OVHcloud says ssl [source: ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb), 2026-01-09]
tests/audit/msmtprc:12: ovh: a password is stored here (password): use passwordeval instead
tests/audit/msmtprc:14: work: skipped: smtp.example.org is not an OVHcloud server
tests/audit/prefs.js:6: server1: IMAP port is 143; OVHcloud says 993 with ssl [source: ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb), 2026-01-09]
tests/audit/prefs.js:10: server1: a password is stored here (password): use Thunderbird's password manager with a primary password instead
tests/audit/prefs.js:14: server3: skipped: pop.gmail.com is not an OVHcloud server
tests/audit/prefs.js:21: smtp1: SMTP authentication is none; OVHcloud says password-cleartext (without it the server refuses to relay (553)) [source: ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb), 2026-01-09]
0 right, 3 to fix, 2 skipped
--- stderr
ovhmail: audit: 5 settings to change
--- status 1
