$ ovhmail verify --domains tests/cli/scratch/nowhere
--- stderr
ovhmail: tests/cli/scratch/nowhere: No such file or directory
--- status 66
