$ mkdir -p tests/cli/scratch/folder/sub && cp tests/explain/exchange.eml tests/cli/scratch/folder/a.eml && mkfifo tests/cli/scratch/folder/fifo && ln -s loop tests/cli/scratch/folder/loop && ovhmail explain --format json --file tests/cli/scratch/folder | jq -c ".[] | [.status, .recipient]"
["5.1.1","jan@example.nl"]
--- stderr
ovhmail: tests/cli/scratch/folder/fifo: is not a regular file
ovhmail: tests/cli/scratch/folder/loop: is a symbolic link in a folder: not followed
ovhmail: explain: 2 of the inputs could not be read whole (said above)
--- status 0
