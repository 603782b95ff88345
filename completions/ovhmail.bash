# bash completion for ovhmail(1).
#
# Commands, offers, regions, fields, export formats and clients come from
# "ovhmail values",
# so that they follow the data file; an --offer or --data already on the
# line is passed along, since they decide the regions and fields.

_ovhmail_values()
{
	local -a given=()
	local i

	for ((i = 1; i + 1 < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		--offer | --data)
			given+=("${COMP_WORDS[i]}" "${COMP_WORDS[i + 1]}")
			;;
		esac
	done
	"${COMP_WORDS[0]}" "${given[@]}" values "$1" 2>/dev/null
}

# The first word that is neither an option nor an option's argument.
_ovhmail_command()
{
	local i word

	for ((i = 1; i < COMP_CWORD; i++)); do
		word=${COMP_WORDS[i]}
		case $word in
		--offer | --server | --region | --email | --domain | --output | \
		    --password-command | --password-fd | --timeout | --cafile | \
		    --format | --field | --data | --dkim-selector | --resolver | \
		    --sign | --key | --chain | --file | --domains | --jobs | \
		    --warning-days | --critical-days | --security | --account | \
		    --name | --error | -e | -o | -f)
			((i++))
			;;
		-*) ;;
		*)
			printf '%s\n' "$word"
			return
			;;
		esac
	done
}

_ovhmail()
{
	local cur=${COMP_WORDS[COMP_CWORD]}
	local prev=${COMP_WORDS[COMP_CWORD - 1]}
	local options="--ssl --no-ssl --offer --server --region --email
	    --domain --password-command --allow-plaintext --legacy --output
	    --sign --key --chain --timeout --cafile --login --password-fd --format
	    --field --data --discover --dkim-selector --resolver --file --summary
	    --domains --jobs --warning-days --critical-days --security --account
	    --name --offline --error --help --version"
	local commands
	commands=$(_ovhmail_values command)
	local words

	COMPREPLY=()
	case $prev in
	--offer) words=$(_ovhmail_values offer) ;;
	--region) words=$(_ovhmail_values region) ;;
	--field) words=$(_ovhmail_values field) ;;
	--format | -f) words="text json env nagios" ;;
	--security) words="ssl starttls none" ;;
	--output | -o | --cafile | --data | --sign | --key | --chain | --file | \
	    --domains)
		mapfile -t COMPREPLY < <(compgen -f -- "$cur")
		return
		;;
	--password-command)
		mapfile -t COMPREPLY < <(compgen -c -- "$cur")
		return
		;;
	--server | --email | -e | --domain | --timeout | --dkim-selector | \
	    --resolver | --password-fd | --jobs | --warning-days | --critical-days | \
	    --account | --name | --error)
		return
		;;
	*)
		if [[ $cur == -* ]]; then
			words=$options
		else
			case $(_ovhmail_command) in
			"") words=$commands ;;
			export) words=$(_ovhmail_values export) ;;
			check) words="imap pop smtp" ;;
			audit | doctor)
				mapfile -t COMPREPLY < <(compgen -f -- "$cur")
				return
				;;
			guide) words=$(_ovhmail_values client) ;;
			values) words="offer region field export client command" ;;
			*) return ;;
			esac
		fi
		;;
	esac
	mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
}

complete -F _ovhmail ovhmail
