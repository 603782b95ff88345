$ ovhmail -V
ovhmail 0.1.0
--- stderr
--- status 0
