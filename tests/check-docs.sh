#!/bin/sh
# check-docs: the names mdtl takes are the names its man page and its
# completion give: output and input formats, event types (read from
# mdtl's own messages, made from its tables), and every long option of
# every command (from its --help), in the man page and in the zsh and fish
# completions.
#
# usage: tests/check-docs.sh MDTL
set -eu

mdtl=$1
man=man/mdtl.1
comp=completion/mdtl.bash
fail=0
bad() { echo "check-docs: FAIL: $*"; fail=1; }

# "mdtl: --format: unknown format 'x' (a, b, c)" -> "a b c"
names() {
	"$mdtl" "$@" 2>&1 >/dev/null | sed -n "s/.*unknown [a-z ]*'[^']*' (\(.*\))$/\1/p" |
	    head -1 | sed 's/, / /g'
}

check() {	# what, the completion's line must hold these words in order
	what=$1
	shift
	list=$*
	[ -n "$list" ] || { bad "$what: no names from mdtl"; return; }
	grep -q -- "compgen -W \"$list\"" "$comp" ||
	    bad "$what: the completion does not offer \"$list\""
	for n in $list; do
		grep -q -w -- "$n" "$man" || bad "$what: the man page never names $n"
	done
}

check "timeline -f" "$(names timeline -f '?')"
check "report -f" "$(names report -f '?')"
check "deadlines -f" "$(names deadlines -f '?')"
check "timex -f" "$(names timex -f '?')"
check "-t" "$(names timeline -t '?')"
check "--input-format" "$(names timeline --input-format '?' | sed 's/^auto //')"

n=0
for cmd in actors check deadlines merge parse report timeline timex; do
	for opt in $("$mdtl" "$cmd" --help | grep -o -- '--[a-z][a-z-]*' |
	    sort -u); do
		n=$((n + 1))
		grep -q -- "$(echo "$opt" | sed 's/-/\\\\-/g')" "$man" ||
		    grep -q -- "$opt" "$man" ||
		    bad "$cmd $opt: not in the man page"
		# zsh and fish list the options (bash asks --help)
		grep -q -e "'$opt\[" -e "'$opt=\[" -e "'\*$opt\[" -e ",$opt}" \
		    completion/_mdtl || bad "$cmd $opt: not in completion/_mdtl"
		grep -q -e "-l ${opt#--} " -e "-l ${opt#--}\$" \
		    completion/mdtl.fish ||
		    bad "$cmd $opt: not in completion/mdtl.fish"
	done
done
[ $fail -eq 0 ] && echo "check-docs: formats, types and $n options agree with the man page and the bash, zsh and fish completions"
exit $fail
