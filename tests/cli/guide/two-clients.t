$ ovhmail guide ios android
--- stderr
ovhmail: guide: give one client, e.g. 'ovhmail guide thunderbird' (ovhmail values client lists them)
Try 'ovhmail --help' for more information.
--- status 64
