$ printf "# nothing\n" | ovhmail verify --domains -
--- stderr
ovhmail: standard input: no domain in it
--- status 65
