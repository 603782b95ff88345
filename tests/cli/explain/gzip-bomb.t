$ head -c 300000000 /dev/zero | gzip -1 | ovhmail explain
--- stderr
ovhmail: standard input: expands more than 200 times: the rest was not read (a gzip bomb?)
ovhmail: explain: note: lines longer than 64 KiB were read up to there
ovhmail: explain: 1 of the inputs could not be read whole (said above)
--- status 65
