$ head -c 20000000 /dev/zero | tr "\\0" a | ovhmail explain
--- stderr
ovhmail: explain: note: lines longer than 64 KiB were read up to there
ovhmail: explain: no known error and no SMTP reply in the input
--- status 69
