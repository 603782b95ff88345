$ ovhmail guide mac --offer mxplan --format json | grep "\"client\""
  "client": "apple-mail",
--- stderr
--- status 0
