$ LC_ALL= LANG=nl_NL.UTF-8 ovhmail audit tests/audit/msmtprc
tests/audit/msmtprc:5: ovh: SMTP beveiliging is starttls; OVHcloud zegt ssl [bron: ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb), 2026-01-09]
tests/audit/msmtprc:12: ovh: hier staat een wachtwoord (password): gebruik in plaats daarvan passwordeval
tests/audit/msmtprc:14: work: overgeslagen: smtp.example.org is geen server van OVHcloud
0 juist, 1 te verbeteren, 1 overgeslagen
--- stderr
ovhmail: audit: 2 instellingen te wijzigen
--- status 1
