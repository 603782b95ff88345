$ NO_COLOR=1 script -qec '$OVHMAIL imap' /dev/null | head -2 | od -c | head -3
0000000   M   X       P   l   a   n   ,       E   u   r   o   p   e   :
0000020       I   M   A   P  \r  \n           S   e   r   v   e   r   :
0000040                                       s   s   l   0   .   o   v
--- stderr
--- status 0
