#!/bin/sh
# compare.sh: two builds of mdtl side by side on the bench's forms, their
# runs alternating so that the machine's changes of pace fall on both; the
# median and the fastest of RUNS runs each, in seconds.  Not a test.
#
# usage: bench/compare.sh OLD_MDTL NEW_MDTL [ARTICLES]   (RUNS=7)
set -eu

old=$1 new=$2 n=${3:-20000}
runs=${RUNS:-7}
work=build/bench
mkdir -p "$work"
c=$work/corpus-$n.jsonl
[ -s "$c" ] || bench/gen-corpus.py "$n" "$n" >"$c"
ev=$work/events-$n.jsonl
[ -s "$ev" ] || "$old" timeline -f jsonl - <"$c" >"$ev"

one() {	# seconds of one run of a command
	t0=$(date +%s.%N)
	sh -c "$1" >/dev/null 2>&1 || true
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", b - a }'
}

stats() {	# median and fastest of the numbers in a file
	sort -n "$1" | awk '{ t[NR] = $1 } END {
	    printf "%7.3f %7.3f", t[int((NR + 1) / 2)], t[1] }'
}

row() {	# name, command with @ for the binary
	: >"$work/cmp-old"
	: >"$work/cmp-new"
	i=0
	while [ $i -lt "$runs" ]; do
		one "$(echo "$2" | sed "s|@|$old|")" >>"$work/cmp-old"
		one "$(echo "$2" | sed "s|@|$new|")" >>"$work/cmp-new"
		i=$((i + 1))
	done
	printf "| %-28s | %s | %s |\n" "$1" "$(stats "$work/cmp-old")" \
	    "$(stats "$work/cmp-new")"
}

echo "$n articles, $(wc -c <"$c") bytes; $runs runs each, alternating"
echo "| form                         | old: median, fastest | new: median, fastest |"
echo "|------------------------------|---------------------:|---------------------:|"
row "jsonl from stdin, -j 1" "@ timeline -j 1 -f jsonl - <$c"
row "jsonl from stdin, -j 2" "@ timeline -j 2 -f jsonl - <$c"
row "jsonl file (merged), -j 1" "@ timeline -j 1 -f jsonl $c"
row "jsonl file (merged), -j 2" "@ timeline -j 2 -f jsonl $c"
row "query on events" "@ timeline $ev -a rogozin --since 2011 --until 2011-12 -f jsonl"
# (JSON Lines: several TimeML documents make no one document)
row "timex TimeBank" "@ timex -f jsonl ../shared/data/timeml/TimeBank"
row "timex AQUAINT" "@ timex -f jsonl ../shared/data/timeml/AQUAINT"
