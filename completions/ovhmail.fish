# fish completion for ovhmail(1).
#
# Commands, offers, regions, fields, export formats and clients come from
# "ovhmail values",
# so that they follow the data file; an --offer or --data already on the
# line is passed along, since they decide the regions and fields.

function __ovhmail_values
    set -l words (commandline -opc)
    set -l given
    for i in (seq 2 (math (count $words) - 1))
        switch $words[$i]
            case --offer --data
                set -a given $words[$i] $words[(math $i + 1)]
        end
    end
    $words[1] $given values $argv 2>/dev/null
end

set -l commands (ovhmail values command 2>/dev/null)

complete -c ovhmail -f
complete -c ovhmail -n "not __fish_seen_subcommand_from $commands" -a "$commands"
complete -c ovhmail -n "__fish_seen_subcommand_from export" -a "(__ovhmail_values export)"
complete -c ovhmail -n "__fish_seen_subcommand_from check" -a "imap pop smtp"
complete -c ovhmail -n "__fish_seen_subcommand_from audit doctor" -F
complete -c ovhmail -n "__fish_seen_subcommand_from guide" -a "(__ovhmail_values client)"
complete -c ovhmail -n "__fish_seen_subcommand_from values" -a "offer region field export client command"

complete -c ovhmail -l ssl -d "SSL/TLS on: 993, 995, 465 (the default)"
complete -c ovhmail -l no-ssl -d "SSL off: 587 with STARTTLS; legacy 143 and 110"
complete -c ovhmail -l offer -x -a "(__ovhmail_values offer)" -d "the OVHcloud offer"
complete -c ovhmail -l server -x -d "the N of pro<N> or ex<N>"
complete -c ovhmail -l region -x -a "(__ovhmail_values region)" -d "where the offer is sold"
complete -c ovhmail -s e -l email -x -d "fill in the username"
complete -c ovhmail -l domain -x -d "the mail domain, for export"
complete -c ovhmail -l password-command -x -a "(__fish_complete_command)" -d "the command that prints the password"
complete -c ovhmail -l allow-plaintext -d "let export list servers without encryption"
complete -c ovhmail -l legacy -d "export dns: the legacy MX Plan SRV records too"
complete -c ovhmail -s o -l output -r -F -d "export into FILE"
complete -c ovhmail -l sign -r -F -d "export mobileconfig: sign with this PEM certificate"
complete -c ovhmail -l key -r -F -d "the certificate's private key, PEM"
complete -c ovhmail -l chain -r -F -d "the intermediate certificates, PEM"
complete -c ovhmail -l timeout -x -d "how long check or DNS may take in all"
complete -c ovhmail -l cafile -r -F -d "check trusts the CAs in FILE"
complete -c ovhmail -l login -d "check logs in with --email and a password"
complete -c ovhmail -l password-fd -x -d "read the password from descriptor N"
complete -c ovhmail -l password-command -x -a "(__fish_complete_command)" -d "read the password from what CMD prints"
complete -c ovhmail -s f -l format -x -a "text json env nagios" -d "output format"
complete -c ovhmail -l field -x -a "(__ovhmail_values field)" -d "print only this field's value"
complete -c ovhmail -l data -r -F -d "read the server table from FILE"
complete -c ovhmail -l discover -d "find the offer, region and server in DNS"
complete -c ovhmail -l dkim-selector -x -d "check this DKIM selector and its pair"
complete -c ovhmail -l resolver -x -d "ask the DNS server at IP[:PORT]"
complete -c ovhmail -l file -r -F -d "explain: read a log, .gz, mbox, message or Maildir"
complete -c ovhmail -l summary -d "explain: the failures grouped and counted"
complete -c ovhmail -l error -x -d "doctor: the error the client or a bounce showed"
complete -c ovhmail -l domains -r -F -d "verify or discover each domain of FILE"
complete -c ovhmail -l security -x -a "ssl starttls none" -d "the entries so protected"
complete -c ovhmail -l account -x -d "export: the account name in the client files"
complete -c ovhmail -l name -x -d "export: the sender's name"
complete -c ovhmail -l offline -d "export neomutt: read the Maildir, send with msmtp"
complete -c ovhmail -l jobs -x -d "domains at a time"
complete -c ovhmail -l warning-days -x -d "check --format nagios: days left that warn"
complete -c ovhmail -l critical-days -x -d "check --format nagios: days left that are critical"
complete -c ovhmail -s h -l help -d "print the help and exit"
complete -c ovhmail -s V -l version -d "print the version and exit"
