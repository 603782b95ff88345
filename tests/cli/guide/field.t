$ ovhmail guide ios --field host
--- stderr
ovhmail: guide: prints text or --format json
Try 'ovhmail --help' for more information.
--- status 64
