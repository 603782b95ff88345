$ OVHMAIL_ERRORS=tests/data/mini.json ovhmail explain 553
--- stderr
ovhmail: tests/data/mini.json: unknown key "regions"
--- status 65
