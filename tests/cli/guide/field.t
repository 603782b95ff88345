$ ovhmail guide ios --field host
--- stderr
ovhmail: guide: prints text or --format json: leave out --field
Try 'ovhmail --help' for more information.
--- status 64
