$ eval "$(ovhmail smtp --format env)" && echo "$OVHMAIL_HOST:$OVHMAIL_PORT $OVHMAIL_SECURITY"
ssl0.ovh.net:465 ssl
--- stderr
--- status 0
