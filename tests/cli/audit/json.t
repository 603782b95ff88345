$ ovhmail audit --format json tests/audit/neomuttrc
{
  "files": [
    {
      "file": "tests/audit/neomuttrc",
      "format": "neomuttrc",
      "error": false,
      "message": null,
      "accounts": [
        {
          "name": "neomutt",
          "line": 1,
          "address": "Jan <jan@example.nl>",
          "status": "findings",
          "skipped_because": null,
          "skipped_host": null,
          "offer": "mxplan",
          "region": "eu",
          "server": null,
          "findings": [
            {
              "line": 4,
              "protocol": null,
              "field": "password",
              "found": "imap_pass",
              "expected": "imap_pass and smtp_pass in backticks",
              "note": null,
              "source": null
            },
            {
              "line": 6,
              "protocol": null,
              "field": "password",
              "found": "smtp_url",
              "expected": "imap_pass and smtp_pass in backticks",
              "note": null,
              "source": null
            }
          ]
        }
      ]
    }
  ],
  "right": 0,
  "with_findings": 1,
  "skipped": 0,
  "findings": 2,
  "errors": 0,
  "ok": false
}
--- stderr
ovhmail: audit: 2 settings to change
--- status 1
