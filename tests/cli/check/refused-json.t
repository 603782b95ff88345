$ ovhmail --data tests/data/check.json check imap --ssl --offer broken --timeout 1 --format json >tests/cli/scratch/refused.json; echo "status $?"; jq ".servers[].elapsed_ms |= type" tests/cli/scratch/refused.json
status 69
{
  "servers": [
    {
      "protocol": "imap",
      "host": "127.0.0.1",
      "port": 10201,
      "security": "ssl",
      "ssl": true,
      "status": "current",
      "works": false,
      "verdict": "127.0.0.1 refused the connection on port 10201",
      "hint": "try 10202 with STARTTLS (ovhmail check imap --no-ssl)",
      "elapsed_ms": "number",
      "connect_ms": null,
      "tls_ms": null,
      "certificate": null,
      "steps": [
        {
          "step": "dns",
          "status": "ok",
          "detail": "127.0.0.1"
        },
        {
          "step": "connect",
          "status": "FAIL",
          "detail": "port 10201: 127.0.0.1: connection refused"
        }
      ]
    }
  ],
  "checked": 1,
  "working": 0,
  "legacy_left_out": 0
}
--- stderr
ovhmail: check: 1 of 1 server does not work from here
--- status 0
