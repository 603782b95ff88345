$ ovhmail smtp --security starttls --format env
OVHMAIL_OFFER=mxplan
OVHMAIL_REGION=eu
OVHMAIL_PROTOCOL=smtp
OVHMAIL_SSL=false
OVHMAIL_HOST=ssl0.ovh.net
OVHMAIL_ALIASES=smtp.mail.ovh.net
OVHMAIL_PORT=587
OVHMAIL_SECURITY=starttls
OVHMAIL_STATUS=current
OVHMAIL_AUTH_REQUIRED=true
OVHMAIL_AUTH_METHOD=password-cleartext
OVHMAIL_USERNAME=
OVHMAIL_SOURCE='ovh/ovhcloud-docs docs/en/guides/web-cloud/email-and-collaborative-solutions/mx-plan/how-to-configure-thunderbird-windows.mdx'
--- stderr
--- status 0
