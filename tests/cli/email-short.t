$ ovhmail smtp -e "o'brien@example.ie" --format env
OVHMAIL_OFFER=mxplan
OVHMAIL_REGION=eu
OVHMAIL_PROTOCOL=smtp
OVHMAIL_SSL=true
OVHMAIL_HOST=ssl0.ovh.net
OVHMAIL_PORT=465
OVHMAIL_SECURITY=ssl
OVHMAIL_AUTH_REQUIRED=true
OVHMAIL_AUTH_METHOD=password-cleartext
OVHMAIL_USERNAME='o'\''brien@example.ie'
OVHMAIL_SOURCE='OVH guide g1474, Webhosting: algemene informatie over OVH'\''s gedeelde e-mail'
--- stderr
--- status 0
