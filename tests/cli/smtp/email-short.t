$ ovhmail smtp -e "o'brien@example.ie" --format env
OVHMAIL_OFFER=mxplan
OVHMAIL_REGION=eu
OVHMAIL_PROTOCOL=smtp
OVHMAIL_SSL=true
OVHMAIL_HOST=ssl0.ovh.net
OVHMAIL_ALIASES=smtp.mail.ovh.net
OVHMAIL_PORT=465
OVHMAIL_SECURITY=ssl
OVHMAIL_STATUS=current
OVHMAIL_AUTH_REQUIRED=true
OVHMAIL_AUTH_METHOD=password-cleartext
OVHMAIL_USERNAME='o'\''brien@example.ie'
OVHMAIL_SOURCE='ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_outlook_2016 (en-gb)'
--- stderr
--- status 0
