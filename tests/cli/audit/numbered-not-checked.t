$ ovhmail audit tests/audit/pro3.msmtprc
tests/audit/pro3.msmtprc:2: ovh: SMTP server is pro3.mail.ovh.net; OVHcloud says pro<N>.mail.ovh.net (server number not checked: give --server or --discover) [source: ovh/docs pages/web_cloud/email_and_collaborative_solutions/email_pro/how_to_configure_outlook_2016 (en-gb), 2026-01-30]
0 right, 1 to fix, 0 skipped
--- stderr
ovhmail: audit: 1 setting to change
--- status 1
