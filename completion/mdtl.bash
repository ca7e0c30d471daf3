# bash completion for mdtl
_mdtl()
{
	local cur prev cmd i
	COMPREPLY=()
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	local cmds="actors check deadlines merge parse report timeline timex"

	cmd=timeline
	for ((i = 1; i < COMP_CWORD; i++)); do
		case ${COMP_WORDS[i]} in
		actors|check|deadlines|merge|parse|report|timeline|timex)
			cmd=${COMP_WORDS[i]}; break ;;
		esac
	done

	# "--color=a": bash splits the word at "="
	if [ "$prev" = "=" ] && [ "$COMP_CWORD" -ge 2 ]; then
		prev=${COMP_WORDS[COMP_CWORD-2]}
	elif [ "$cur" = "=" ]; then
		prev=$prev cur=""
	fi

	case $prev in
	-a|--actor)
		# the actor ids the data knows
		COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" check --ids \
		    2>/dev/null)" -- "$cur"))
		return ;;
	-t|--type)
		COMPREPLY=($(compgen -W "statement warning offer summit deadline" -- "$cur"))
		return ;;
	-f|--format)
		if [ "$cmd" = timex ]; then
			COMPREPLY=($(compgen -W "timeml jsonl text" -- "$cur"))
		elif [ "$cmd" = report ]; then
			COMPREPLY=($(compgen -W "md html" -- "$cur"))
		elif [ "$cmd" = deadlines ]; then
			COMPREPLY=($(compgen -W "text jsonl csv" -- "$cur"))
		else
			COMPREPLY=($(compgen -W "text jsonl json yaml csv ics timelinejs md" -- "$cur"))
		fi
		return ;;
	--color)
		COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
		return ;;
	--input-format)
		COMPREPLY=($(compgen -W "text html nitf rss atom jsonl timeml" -- "$cur"))
		return ;;
	--data|--output-dir)
		COMPREPLY=($(compgen -d -- "$cur"))
		return ;;
	--since|--until|-g|--grep|--published|--as-of|-j|--jobs|-n|--limit|\
	--max-article-size|--max-events|--max-depth|--max-memory|--stdin-name)
		return ;;
	-o|--output)
		COMPREPLY=($(compgen -f -- "$cur"))
		return ;;
	esac

	if [[ $cur == -* ]]; then
		# the options a command takes, from its own --help
		local opts
		opts=$("${COMP_WORDS[0]}" "$cmd" --help 2>/dev/null |
		    grep -o -- '--[a-z][a-z-]*' | sort -u)
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
		return
	fi
	if [ "$COMP_CWORD" -eq 1 ]; then
		COMPREPLY=($(compgen -W "$cmds" -- "$cur") $(compgen -f -- "$cur"))
	else
		COMPREPLY=($(compgen -f -- "$cur"))
	fi
}
complete -o filenames -F _mdtl mdtl
