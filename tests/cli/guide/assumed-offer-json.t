$ ovhmail guide thunderbird --format json | grep offer
  "offer": "mxplan",
  "offer_assumed": true,
--- stderr
--- status 0
