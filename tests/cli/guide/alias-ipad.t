$ ovhmail guide ipad --offer mxplan --format json | grep "\"client\""
  "client": "ios",
--- stderr
--- status 0
