$ for l in C nl_NL.UTF-8 fr_FR.UTF-8; do for c in $(ovhmail values client); do for o in "mxplan" "zimbra" "emailpro --server 3" "exchange --server 2"; do t=$(LC_ALL= LANG=$l ovhmail guide $c --offer $o -e jan@example.nl 2>&1) || echo "failed: $l $c $o"; printf "%s\n" "$t" | grep -E "ADDRESS|ADRES|[{}]|the full e-mail address$" | sed "s|^|$l $c $o: |"; done; done; done; echo checked
checked
--- stderr
--- status 0
