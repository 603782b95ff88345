$ script -qec '$OVHMAIL imap' /dev/null | head -2 | od -c | head -3
0000000 033   [   1   m   M   X       P   l   a   n   ,       E   u   r
0000020   o   p   e   :       I   M   A   P 033   [   0   m  \r  \n    
0000040     033   [   1   m   S   e   r   v   e   r   : 033   [   0   m
--- stderr
--- status 0
