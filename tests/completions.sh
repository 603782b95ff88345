#!/bin/sh
# The completions for bash, zsh and fish, loaded in the real shells: each
# offers the commands, the options, and the offers, regions, fields and
# export formats that "ovhmail values" reads from the data file.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
. tests/lib.sh
scratch
# The completions run the "ovhmail" of the command line: this one.
PATH="$top:$PATH"
OVHMAIL_DATA="$top/data/servers.json"
HOME=$work
export PATH OVHMAIL_DATA HOME
unset LC_ALL LANG

oneline() {
	tr '\n' ' ' | sed 's/ $//'
}

# --- bash: complete -p, then the function on a command line.
bash_complete() {
	bash --norc --noprofile -c '
		. completions/ovhmail.bash
		COMP_WORDS=("$@")
		COMP_CWORD=$(($# - 1))
		_ovhmail
		printf "%s\n" "${COMPREPLY[@]}"' bash "$@" | sort | oneline
}
expect "bash: registered" "$(bash --norc -c '. completions/ovhmail.bash;
    complete -p ovhmail')" "complete -F _ovhmail ovhmail"
expect "bash: commands" "$(bash_complete ovhmail '')" \
    "audit check discover doctor explain export guide imap limits list pop pop3 smtp submission values verify webmail"
expect "bash: options" "$(bash_complete ovhmail --o)" "--offer --offline --output"
expect "bash: doctor's --error" "$(bash_complete ovhmail doctor a@b.example --er)" "--error"
expect "bash: DNS options" "$(bash_complete ovhmail --d)" \
    "--data --discover --dkim-selector --domain --domains"
expect "bash: offers" "$(bash_complete ovhmail --offer '')" \
    "emailpro exchange mxplan zimbra"
expect "bash: regions" "$(bash_complete ovhmail --region '')" "apac ca eu"
expect "bash: the regions where the offer is sold" \
    "$(bash_complete ovhmail --offer exchange --region '')" "ca eu"
expect "bash: formats" "$(bash_complete ovhmail --ssl -f '')" "env json nagios text"
expect "bash: fields" "$(bash_complete ovhmail --field a)" \
    "aliases auth_method auth_required"
expect "bash: export formats" "$(bash_complete ovhmail --no-ssl export m)" \
    "mbsync mobileconfig msmtp"
expect "bash: check protocols" "$(bash_complete ovhmail check '')" \
    "imap pop smtp"
expect "bash: values names" "$(bash_complete ovhmail values '')" \
    "client command export field offer region"
expect "bash: guide clients" "$(bash_complete ovhmail guide '')" \
    "android apple-mail ios new-outlook outlook outlook-mac thunderbird"
expect "bash: nothing after a protocol" "$(bash_complete ovhmail imap '')" ""
expect "bash: --data decides the offers" \
    "$(bash_complete ovhmail --data tests/data/mini.json --offer '')" "mxplan"
expect "bash: files after --output" \
    "$(bash_complete ovhmail export msmtp -o completions/ovhmail.b)" \
    "completions/ovhmail.bash"
expect "bash: files after --key" \
    "$(bash_complete ovhmail export mobileconfig --sign a --key completions/ovhmail.b)" \
    "completions/ovhmail.bash"
expect "bash: files after explain --file" \
    "$(bash_complete ovhmail explain --file tests/explain/mail.l)" \
    "tests/explain/mail.log"
expect "bash: explain's options" "$(bash_complete ovhmail explain --su)" \
    "--summary"
expect "bash: files after audit" \
    "$(bash_complete ovhmail audit tests/audit/msm)" "tests/audit/msmtprc"

# --- zsh: compinit finds _ovhmail in $fpath and binds it to ovhmail, and
# its helper lists what ovhmail values gives for the line in $words.
zsh_run() {
	zsh -f -c '
		fpath=(completions $fpath)
		autoload -Uz compinit
		compinit -u -d "$HOME/zcompdump"
		'"$1"
}
expect "zsh: compinit binds _ovhmail" "$(zsh_run 'print -r -- $_comps[ovhmail]')" \
    "_ovhmail"
expect "zsh: the file parses" "$(zsh -n completions/_ovhmail 2>&1)" ""
zsh_values() {
	# _arguments runs only inside completion: a stand-in lets the file
	# load here, to reach the helper it defines.
	zsh_run '_arguments() { return 1; }
		. completions/_ovhmail
		words=('"$1"')
		CURRENT=${#words}
		_ovhmail_values '"$2" | sort | oneline
}
expect "zsh: offers" "$(zsh_values "ovhmail --offer ''" offer)" \
    "emailpro exchange mxplan zimbra"
expect "zsh: regions" "$(zsh_values "ovhmail --region ''" region)" "apac ca eu"
expect "zsh: fields" "$(zsh_values "ovhmail --field ''" field | wc -w)" 13
expect "zsh: export formats" "$(zsh_values "ovhmail export ''" export)" \
    "aerc autoconfig autodiscover dns mbsync mobileconfig msmtp neomutt"
expect "zsh: guide clients" "$(zsh_values "ovhmail guide ''" client)" \
    "android apple-mail ios new-outlook outlook outlook-mac thunderbird"
expect "zsh: --data decides the offers" \
    "$(zsh_values "ovhmail --data tests/data/mini.json --offer ''" offer)" \
    "mxplan"
# --- fish: complete -C, as fish completes a command line.
fish_complete() {
	fish --no-config -c "source completions/ovhmail.fish
		complete -C'$1'" | cut -f 1 | sort | oneline
}
expect "fish: commands" "$(fish_complete 'ovhmail ')" \
    "audit check discover doctor explain export guide imap limits list pop pop3 smtp submission values verify webmail"
expect "fish: guide clients" "$(fish_complete 'ovhmail guide ')" \
    "android apple-mail ios new-outlook outlook outlook-mac thunderbird"
expect "fish: offers" "$(fish_complete 'ovhmail --offer ')" \
    "emailpro exchange mxplan zimbra"
expect "fish: regions" "$(fish_complete 'ovhmail --offer mxplan --region ')" \
    "apac ca eu"
expect "fish: formats" "$(fish_complete 'ovhmail --format ')" "env json nagios text"
expect "fish: fields" "$(fish_complete 'ovhmail --field a')" \
    "aliases auth_method auth_required"
expect "fish: export formats" "$(fish_complete 'ovhmail export ')" \
    "aerc autoconfig autodiscover dns mbsync mobileconfig msmtp neomutt"
expect "fish: check protocols" "$(fish_complete 'ovhmail check ')" \
    "imap pop smtp"
expect "fish: options" "$(fish_complete 'ovhmail --o')" "--offer --offline --output"
expect "fish: --data decides the offers" \
    "$(fish_complete 'ovhmail --data tests/data/mini.json --offer ')" "mxplan"

# --- Every shell knows every long option that --help lists.
options=$(ovhmail --help | grep -o -- '--[a-z][a-z-]*' | sort -u | oneline)
expect "bash: every option" "$(grep -o -- '--[a-z][a-z-]*' \
    completions/ovhmail.bash | sort -u | oneline)" "$options"
expect "zsh: every option" "$(grep -o -- '--[a-z][a-z-]*' \
    completions/_ovhmail | sort -u | oneline)" "$options"
expect "fish: every option" "$(grep '^complete' completions/ovhmail.fish |
    grep -o -- ' -l [a-z][a-z-]*' | sed 's/ -l /--/' | sort -u | oneline)" \
    "$options"

summary completions
