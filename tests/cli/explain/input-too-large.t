$ head -c 10485761 /dev/zero | ovhmail explain
--- stderr
ovhmail: standard input: larger than the limit of 10 MiB
--- status 65
