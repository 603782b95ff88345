$ ovhmail --data tests/data/schema1.json imap
--- stderr
ovhmail: tests/data/schema1.json: schema 1 is no longer read: install the table of this ovhmail (schema 2), or update the file as ovhmail-data(5) says
--- status 65
