$ ovhmail smtp --field host --field port --field security --field auth_required
ssl0.ovh.net
465
ssl
true
--- stderr
--- status 0
