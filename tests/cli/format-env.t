$ ovhmail smtp --no-ssl --format env
OVHMAIL_OFFER=mxplan
OVHMAIL_REGION=eu
OVHMAIL_PROTOCOL=smtp
OVHMAIL_SSL=false
OVHMAIL_HOST=ssl0.ovh.net
OVHMAIL_PORT=587
OVHMAIL_SECURITY=starttls
OVHMAIL_AUTH_REQUIRED=true
OVHMAIL_AUTH_METHOD=password-cleartext
OVHMAIL_USERNAME=
OVHMAIL_SOURCE='ovh/docs pages/web_cloud/email_and_collaborative_solutions/mx_plan/how_to_configure_thunderbird_windows (fr-fr)'
--- stderr
--- status 0
