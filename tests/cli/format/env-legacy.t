$ ovhmail pop --no-ssl --format env
OVHMAIL_OFFER=mxplan
OVHMAIL_REGION=eu
OVHMAIL_PROTOCOL=pop3
OVHMAIL_SSL=false
OVHMAIL_HOST=ssl0.ovh.net
OVHMAIL_ALIASES=pop.mail.ovh.net
OVHMAIL_PORT=110
OVHMAIL_SECURITY=none
OVHMAIL_STATUS=legacy
OVHMAIL_AUTH_REQUIRED=true
OVHMAIL_AUTH_METHOD=password-cleartext
OVHMAIL_USERNAME=
OVHMAIL_SOURCE='OVH guide g1474, Webhosting: algemene informatie over OVH'\''s gedeelde e-mail'
--- stderr
--- status 0
