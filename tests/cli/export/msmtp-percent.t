$ ovhmail export msmtp --email 'a%Ub@example.com'
--- stderr
ovhmail: msmtp: msmtp would read the % of 'a%Ub@example.com' as one of its %U, %H, %C or %M: it cannot be written
Try 'ovhmail --help' for more information.
--- status 64
